package imagegallery_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// TestSharedGallery calls every RPC of the SharedGalleryService: a gallery of
// one "go-…" subscription is shared with another, read there through its
// shared names (never the owner's), and reset to private, after which the
// other subscription lists nothing.
func TestSharedGallery(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	rg := newSubscription(t, ctx, c.Access) + "/resourceGroups/sharing"
	consumer := newSubscription(t, ctx, c.Access)
	g, err := c.Galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{Parent: rg, GalleryId: "g", Gallery: &pb.Gallery{Location: "eastus"}})
	must("CreateGallery", err)
	_, err = c.Definitions.CreateImageDefinition(ctx, &pb.CreateImageDefinitionRequest{
		Parent: g.GetName(), ImageDefinitionId: "d",
		ImageDefinition: &pb.ImageDefinition{
			OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
			Identifier: &pb.ImageIdentifier{Publisher: "Contoso", Offer: "Ubuntu", Sku: "go"},
		},
	})
	must("CreateImageDefinition", err)

	shared, err := c.Shared.ShareGallery(ctx, &pb.ShareGalleryRequest{
		Gallery: g.GetName(), OperationType: pb.SharingOperation_SHARING_OPERATION_ADD,
		Groups: []*pb.SharingProfileGroup{{Type: pb.SharingGroupType_SHARING_GROUP_TYPE_SUBSCRIPTIONS, Ids: []string{strings.TrimPrefix(consumer, "/subscriptions/")}}},
	})
	must("ShareGallery", err)
	if shared.GetSharingProfile().GetPermissions() != pb.GallerySharingPermission_GALLERY_SHARING_PERMISSION_GROUPS {
		t.Errorf("ShareGallery = %v; want GROUPS permission", shared.GetSharingProfile())
	}
	location := consumer + "/providers/Microsoft.Compute/locations/eastus"
	name := location + "/sharedGalleries/" + shared.GetUniqueName()
	listed, err := c.Shared.ListSharedGalleries(ctx, &pb.ListSharedGalleriesRequest{Parent: location})
	must("ListSharedGalleries", err)
	if len(listed.GetSharedGalleries()) != 1 || listed.GetSharedGalleries()[0].GetName() != name {
		t.Errorf("ListSharedGalleries(%s) = %v; want only %s", location, listed, name)
	}
	got, err := c.Shared.GetSharedGallery(ctx, &pb.GetSharedGalleryRequest{Name: name})
	must("GetSharedGallery", err)
	if got.GetUniqueId() != "/SharedGalleries/"+shared.GetUniqueName() {
		t.Errorf("GetSharedGallery = %v; want unique id /SharedGalleries/%s", got, shared.GetUniqueName())
	}
	image := name + "/images/d"
	images, err := c.Shared.ListSharedGalleryImages(ctx, &pb.ListSharedGalleryImagesRequest{Parent: name})
	must("ListSharedGalleryImages", err)
	if len(images.GetSharedGalleryImages()) != 1 || images.GetSharedGalleryImages()[0].GetName() != image {
		t.Errorf("ListSharedGalleryImages = %v; want only %s", images, image)
	}
	gotImage, err := c.Shared.GetSharedGalleryImage(ctx, &pb.GetSharedGalleryImageRequest{Name: image})
	must("GetSharedGalleryImage", err)
	if gotImage.GetOsType() != pb.OsType_OS_TYPE_LINUX {
		t.Errorf("GetSharedGalleryImage = %v; want a Linux image", gotImage)
	}
	versions, err := c.Shared.ListSharedGalleryImageVersions(ctx, &pb.ListSharedGalleryImageVersionsRequest{Parent: image})
	must("ListSharedGalleryImageVersions", err)
	if len(versions.GetSharedGalleryImageVersions()) != 0 {
		t.Errorf("ListSharedGalleryImageVersions = %v; want none", versions)
	}
	_, err = c.Shared.GetSharedGalleryImageVersion(ctx, &pb.GetSharedGalleryImageVersionRequest{Name: image + "/versions/1.0.0"})
	wantRefusal(t, "GetSharedGalleryImageVersion of a missing version", err, codes.NotFound, pb.ErrorReason_ERROR_REASON_SHARED_GALLERY_NOT_FOUND)

	_, err = c.Shared.ShareGallery(ctx, &pb.ShareGalleryRequest{Gallery: g.GetName(), OperationType: pb.SharingOperation_SHARING_OPERATION_RESET})
	must("ShareGallery RESET", err)
	listed, err = c.Shared.ListSharedGalleries(ctx, &pb.ListSharedGalleriesRequest{Parent: location})
	must("ListSharedGalleries after RESET", err)
	if len(listed.GetSharedGalleries()) != 0 {
		t.Errorf("ListSharedGalleries after RESET = %v; want none", listed)
	}
}
