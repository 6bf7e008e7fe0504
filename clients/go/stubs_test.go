package imagegallery_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// TestGalleryLifecycle runs the generated stubs, without the SDK, against the
// live server at $IMAGEGALLERY_ADDRESS with the token in $IMAGEGALLERY_TOKEN:
// create (in a subscription it creates first), read, list, a rejected
// create, delete.
func TestGalleryLifecycle(t *testing.T) {
	addr := liveAddress(t)
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatalf("grpc.NewClient(%q): %v", addr, err)
	}
	t.Cleanup(func() { conn.Close() })
	galleries := pb.NewGalleryServiceClient(conn)
	definitions := pb.NewImageDefinitionServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	// The bare stubs send what the context carries: the suite's token as
	// "authorization: Bearer <token>" metadata on every call.
	if token := liveToken(); token != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token)
	}

	parent := newSubscription(t, ctx, pb.NewAccessServiceClient(conn)) + "/resourceGroups/rg1"
	name := parent + "/providers/Microsoft.Compute/galleries/gallery_go"

	// 1. Create a gallery.
	gallery, err := galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{
		Parent:    parent,
		GalleryId: "gallery_go",
		Gallery:   &pb.Gallery{Location: "East US", Description: "from go"},
	})
	if err != nil {
		t.Fatalf("CreateGallery: %v", err)
	}
	if gallery.GetName() != name || gallery.GetLocation() != "eastus" || gallery.GetDescription() != "from go" ||
		gallery.GetEtag() == "" || gallery.GetProvisioningState() != pb.ProvisioningState_PROVISIONING_STATE_SUCCEEDED {
		t.Fatalf("CreateGallery answered %v; want name %q, location \"eastus\", description \"from go\", an etag, SUCCEEDED",
			gallery, name)
	}

	// 2. Read it back, by its name and by the name in upper case.
	for _, n := range []string{name, strings.ToUpper(name)} {
		got, err := galleries.GetGallery(ctx, &pb.GetGalleryRequest{Name: n})
		if err != nil {
			t.Fatalf("GetGallery(%q): %v", n, err)
		}
		if !proto.Equal(got, gallery) {
			t.Errorf("GetGallery(%q) = %v; want %v", n, got, gallery)
		}
	}

	// 3. Create an image definition in it and read it back.
	def, err := definitions.CreateImageDefinition(ctx, &pb.CreateImageDefinitionRequest{
		Parent:            name,
		ImageDefinitionId: "ubuntu-22_04",
		ImageDefinition: &pb.ImageDefinition{
			OsType:     pb.OsType_OS_TYPE_LINUX,
			OsState:    pb.OsState_OS_STATE_GENERALIZED,
			Identifier: &pb.ImageIdentifier{Publisher: "Contoso", Offer: "Ubuntu", Sku: "22_04"},
		},
	})
	if err != nil {
		t.Fatalf("CreateImageDefinition: %v", err)
	}
	gotDef, err := definitions.GetImageDefinition(ctx, &pb.GetImageDefinitionRequest{Name: def.GetName()})
	if err != nil {
		t.Fatalf("GetImageDefinition(%q): %v", def.GetName(), err)
	}
	if !proto.Equal(gotDef, def) {
		t.Errorf("GetImageDefinition = %v; want %v", gotDef, def)
	}
	if gotDef.GetName() != name+"/images/ubuntu-22_04" ||
		gotDef.GetHyperVGeneration() != pb.HyperVGeneration_HYPER_V_GENERATION_V1 ||
		gotDef.GetLocation() != gallery.GetLocation() {
		t.Errorf("GetImageDefinition = %v; want name %q, HYPER_V_GENERATION_V1, location %q",
			gotDef, name+"/images/ubuntu-22_04", gallery.GetLocation())
	}

	// 4. List the resource group's galleries: exactly this one.
	list, err := galleries.ListGalleries(ctx, &pb.ListGalleriesRequest{Parent: parent})
	if err != nil {
		t.Fatalf("ListGalleries: %v", err)
	}
	if len(list.GetGalleries()) != 1 || !proto.Equal(list.GetGalleries()[0], gallery) || list.GetNextPageToken() != "" {
		t.Errorf("ListGalleries = %v; want exactly %v", list, gallery)
	}

	// 5. A bad create: invalid name, no location.
	_, err = galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{
		Parent: parent, GalleryId: "-bad-", Gallery: &pb.Gallery{},
	})
	st := wantCode(t, err, codes.InvalidArgument)
	var info *errdetails.ErrorInfo
	violations := map[string]bool{}
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.ErrorInfo:
			info = d
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				violations[v.GetField()] = true
			}
		}
	}
	if info.GetReason() != "ERROR_REASON_INVALID_NAME" || info.GetDomain() != "imagegallery.v1" {
		t.Errorf("ErrorInfo = %v; want reason ERROR_REASON_INVALID_NAME, domain imagegallery.v1 (details %v)",
			info, st.Details())
	}
	if !violations["gallery_id"] || !violations["gallery.location"] {
		t.Errorf("BadRequest field violations %v; want gallery_id and gallery.location (details %v)",
			violations, st.Details())
	}

	// 6. Delete the definition, then the gallery; both are gone.
	if _, err := definitions.DeleteImageDefinition(ctx, &pb.DeleteImageDefinitionRequest{Name: def.GetName()}); err != nil {
		t.Fatalf("DeleteImageDefinition: %v", err)
	}
	if _, err := galleries.DeleteGallery(ctx, &pb.DeleteGalleryRequest{Name: name}); err != nil {
		t.Fatalf("DeleteGallery: %v", err)
	}
	_, err = definitions.GetImageDefinition(ctx, &pb.GetImageDefinitionRequest{Name: def.GetName()})
	wantCode(t, err, codes.NotFound)
	_, err = galleries.GetGallery(ctx, &pb.GetGalleryRequest{Name: name})
	wantCode(t, err, codes.NotFound)
}

// wantCode fails the test unless err is a gRPC status with the given code.
func wantCode(t *testing.T, err error, want codes.Code) *status.Status {
	t.Helper()
	st, ok := status.FromError(err)
	if !ok || st.Code() != want {
		t.Fatalf("got error %v; want code %v", err, want)
	}
	return st
}
