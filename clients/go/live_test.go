package imagegallery_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// The live server the tests run against, as the runner gives it:
//
//	.venv/bin/python -m imagegallery_server.testing go='cd clients/go && go test ./...'
//
// starts one and sets both variables (the token is that of a server
// administrator of the suite's own).
const (
	addressVariable = "IMAGEGALLERY_ADDRESS"
	tokenVariable   = "IMAGEGALLERY_TOKEN"
)

// liveAddress is $IMAGEGALLERY_ADDRESS; the test fails when it is unset.
func liveAddress(t *testing.T) string {
	t.Helper()
	addr := os.Getenv(addressVariable)
	if addr == "" {
		t.Fatal(addressVariable + " is not set: run the tests with a live server, e.g. " +
			"`.venv/bin/python -m imagegallery_server.testing go='cd clients/go && go test ./...'`")
	}
	return addr
}

// liveToken is $IMAGEGALLERY_TOKEN, "" when unset (a server run with --auth
// none takes calls without one).
func liveToken() string { return os.Getenv(tokenVariable) }

// requireToken is $IMAGEGALLERY_TOKEN; the test fails when it is unset.
func requireToken(t *testing.T) string {
	t.Helper()
	token := liveToken()
	if token == "" {
		t.Fatal(tokenVariable + " is not set: this test needs the token of a server administrator " +
			"(the runner imagegallery_server.testing sets it)")
	}
	return token
}

// dialLive connects the SDK's client to the live server with the suite's
// token, and closes it when the test ends.
func dialLive(t *testing.T, ctx context.Context) *gallery.Client {
	t.Helper()
	return dialAs(t, ctx, liveToken())
}

// dialAs connects to the live server sending the given token.
func dialAs(t *testing.T, ctx context.Context, token string) *gallery.Client {
	t.Helper()
	c, err := gallery.Dial(ctx, liveAddress(t), gallery.WithToken(token))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// wantRefusal fails the test unless err is a gRPC status with the given code
// and ErrorInfo reason; it returns the ErrorInfo.
func wantRefusal(t *testing.T, what string, err error, code codes.Code, reason pb.ErrorReason) *errdetails.ErrorInfo {
	t.Helper()
	_, info, _ := gallery.Details(err)
	if status.Code(err) != code || !gallery.IsReason(err, reason) || info.GetDomain() != gallery.ErrorDomain {
		t.Fatalf("%s: got %v (ErrorInfo %v); want %v with reason %v in domain %s", what, err, info, code, reason, gallery.ErrorDomain)
	}
	return info
}

// newSubscription creates a subscription "go-…" of the suite's own, in the
// caller's tenant, and returns its name: resources are made only in a
// subscription that exists.
func newSubscription(t *testing.T, ctx context.Context, access pb.AccessServiceClient) string {
	t.Helper()
	s, err := access.CreateSubscription(ctx, &pb.CreateSubscriptionRequest{SubscriptionId: "go-" + randomHex(t)})
	if err != nil {
		t.Fatalf("CreateSubscription: %v", err)
	}
	return s.GetName()
}

func randomHex(t *testing.T) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// newSource creates image source id in rg, a generalized Linux managed image
// of a committed upload.
func newSource(t *testing.T, ctx context.Context, c *gallery.Client, rg, id, upload string) *pb.ImageSource {
	t.Helper()
	src, err := c.Sources.CreateImageSource(ctx, &pb.CreateImageSourceRequest{
		Parent: rg, ImageSourceId: id,
		ImageSource: &pb.ImageSource{
			Location: "eastus", Kind: pb.ImageSourceKind_IMAGE_SOURCE_KIND_MANAGED_IMAGE,
			OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
			OsDisk: &pb.SourceDisk{Upload: upload},
		},
	})
	if err != nil {
		t.Fatalf("CreateImageSource: %v", err)
	}
	return src
}

// startVersion starts creating version id of definition def from source src,
// replicated to regions; the operation.
func startVersion(t *testing.T, ctx context.Context, c *gallery.Client, def, id, src string, regions ...string) *longrunningpb.Operation {
	t.Helper()
	op, err := c.Versions.CreateImageVersion(ctx, &pb.CreateImageVersionRequest{
		Parent: def, ImageVersionId: id,
		ImageVersion: &pb.ImageVersion{
			StorageProfile:    &pb.StorageProfile{Source: src},
			PublishingProfile: &pb.PublishingProfile{TargetRegions: targets(regions...)},
		},
	})
	if err != nil {
		t.Fatalf("CreateImageVersion: %v", err)
	}
	return op
}

// newDefinition creates gallery galleryID in rg (in eastus) and in it the
// definition "ubuntu" of a generalized Linux image of SKU sku.
func newDefinition(t *testing.T, ctx context.Context, c *gallery.Client, rg, galleryID, sku string) (*pb.Gallery, *pb.ImageDefinition) {
	t.Helper()
	g, err := c.Galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{
		Parent: rg, GalleryId: galleryID, Gallery: &pb.Gallery{Location: "eastus", Description: "made by the Go tests"},
	})
	if err != nil {
		t.Fatalf("CreateGallery: %v", err)
	}
	def, err := c.Definitions.CreateImageDefinition(ctx, &pb.CreateImageDefinitionRequest{
		Parent: g.GetName(), ImageDefinitionId: "ubuntu",
		ImageDefinition: &pb.ImageDefinition{
			OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
			Identifier: &pb.ImageIdentifier{Publisher: "Contoso", Offer: "Ubuntu", Sku: sku},
		},
	})
	if err != nil {
		t.Fatalf("CreateImageDefinition: %v", err)
	}
	return g, def
}
