package imagegallery_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"testing"
	"time"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// TestEveryOtherRPC calls, from Go and under its own "go-…" subscription,
// each RPC the scenario does not, so that the server's record holds every
// RPC of the API called from Go. Refusals the call is expected to meet are
// named; any other error fails.
func TestEveryOtherRPC(t *testing.T) {
	addr := os.Getenv("IMAGEGALLERY_ADDRESS")
	if addr == "" {
		t.Fatal("IMAGEGALLERY_ADDRESS is not set: run the tests with a live server")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c, err := gallery.Dial(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	check := func(what string, err error, expected ...pb.ErrorReason) {
		t.Helper()
		if err == nil {
			return
		}
		for _, r := range expected {
			if gallery.IsReason(err, r) {
				return
			}
		}
		t.Errorf("%s: %v", what, err)
	}
	rg := "/subscriptions/go-" + randomHex(t) + "/resourceGroups/rpcs"

	_, err = c.Regions.ListRegions(ctx, &pb.ListRegionsRequest{})
	check("ListRegions", err)

	g, err := c.Galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{Parent: rg, GalleryId: "g", Gallery: &pb.Gallery{Location: "eastus"}})
	if err != nil {
		t.Fatalf("CreateGallery: %v", err)
	}
	_, err = c.Galleries.UpdateGallery(ctx, &pb.UpdateGalleryRequest{
		Gallery: &pb.Gallery{Name: g.GetName(), Description: "updated"}, UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"description"}},
	})
	check("UpdateGallery", err)
	def, err := c.Definitions.CreateImageDefinition(ctx, &pb.CreateImageDefinitionRequest{
		Parent: g.GetName(), ImageDefinitionId: "d",
		ImageDefinition: &pb.ImageDefinition{
			OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
			Identifier: &pb.ImageIdentifier{Publisher: "Contoso", Offer: "Ubuntu", Sku: "rpcs"},
		},
	})
	if err != nil {
		t.Fatalf("CreateImageDefinition: %v", err)
	}
	_, err = c.Definitions.ListImageDefinitions(ctx, &pb.ListImageDefinitionsRequest{Parent: g.GetName()})
	check("ListImageDefinitions", err)
	_, err = c.Definitions.UpdateImageDefinition(ctx, &pb.UpdateImageDefinitionRequest{
		ImageDefinition: &pb.ImageDefinition{Name: def.GetName(), Description: "updated"},
		UpdateMask:      &fieldmaskpb.FieldMask{Paths: []string{"description"}},
	})
	check("UpdateImageDefinition", err)

	// An upload abandoned, another used.
	abandoned, err := c.Sources.CreateUpload(ctx, &pb.CreateUploadRequest{Parent: rg, Upload: &pb.Upload{Location: "eastus", SizeBytes: 4096}})
	if err != nil {
		t.Fatalf("CreateUpload: %v", err)
	}
	_, err = c.Sources.GetUpload(ctx, &pb.GetUploadRequest{Name: abandoned.GetName()})
	check("GetUpload", err)
	_, err = c.Sources.DeleteUpload(ctx, &pb.DeleteUploadRequest{Name: abandoned.GetName()})
	check("DeleteUpload", err)
	disk := make([]byte, 8192)
	randomBytes(t, disk[:1024])
	up, err := c.UploadDisk(ctx, rg, "eastus", bytes.NewReader(disk), int64(len(disk)))
	if err != nil {
		t.Fatalf("UploadDisk: %v", err)
	}
	src, err := c.Sources.CreateImageSource(ctx, &pb.CreateImageSourceRequest{
		Parent: rg, ImageSourceId: "s",
		ImageSource: &pb.ImageSource{
			Location: "eastus", Kind: pb.ImageSourceKind_IMAGE_SOURCE_KIND_MANAGED_IMAGE,
			OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
			OsDisk: &pb.SourceDisk{Upload: up.GetName()},
		},
	})
	if err != nil {
		t.Fatalf("CreateImageSource: %v", err)
	}
	_, err = c.Sources.GetImageSource(ctx, &pb.GetImageSourceRequest{Name: src.GetName()})
	check("GetImageSource", err)
	_, err = c.Sources.ListImageSources(ctx, &pb.ListImageSourcesRequest{Parent: rg})
	check("ListImageSources", err)

	op, err := c.Versions.CreateImageVersion(ctx, &pb.CreateImageVersionRequest{
		Parent: def.GetName(), ImageVersionId: "1.0.0",
		ImageVersion: &pb.ImageVersion{StorageProfile: &pb.StorageProfile{Source: src.GetName()}},
	})
	if err != nil {
		t.Fatalf("CreateImageVersion: %v", err)
	}
	version, err := gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op.GetName(), nil)
	if err != nil {
		t.Fatalf("waiting on %s: %v", op.GetName(), err)
	}
	_, err = c.Operations.GetOperation(ctx, &longrunningpb.GetOperationRequest{Name: op.GetName()})
	check("GetOperation", err)
	_, err = c.Operations.ListOperations(ctx, &longrunningpb.ListOperationsRequest{Name: "operations"})
	check("ListOperations", err)
	_, err = c.Operations.CancelOperation(ctx, &longrunningpb.CancelOperationRequest{Name: op.GetName()})
	check("CancelOperation", err, pb.ErrorReason_ERROR_REASON_OPERATION_NOT_CANCELLABLE)
	_, err = c.Operations.DeleteOperation(ctx, &longrunningpb.DeleteOperationRequest{Name: op.GetName()})
	check("DeleteOperation", err)

	_, err = c.Versions.GetImageVersion(ctx, &pb.GetImageVersionRequest{Name: version.GetName(), View: pb.ImageVersionView_IMAGE_VERSION_VIEW_FULL})
	check("GetImageVersion", err)
	_, err = c.Versions.ListImageVersions(ctx, &pb.ListImageVersionsRequest{Parent: def.GetName()})
	check("ListImageVersions", err)
	_, err = c.Versions.RetryImageVersionReplication(ctx, &pb.RetryImageVersionReplicationRequest{Name: version.GetName()})
	check("RetryImageVersionReplication", err, pb.ErrorReason_ERROR_REASON_NO_FAILED_REGIONS)
	_, err = c.Replication.GetReplicationStatus(ctx, &pb.GetReplicationStatusRequest{Name: version.GetName()})
	check("GetReplicationStatus", err)
	read, err := c.Replication.ReadImageVersionDisk(ctx, &pb.ReadImageVersionDiskRequest{Name: version.GetName(), Region: "eastus"})
	if err == nil {
		for {
			if _, err = read.Recv(); err != nil {
				break
			}
		}
		if errors.Is(err, io.EOF) {
			err = nil
		}
	}
	check("ReadImageVersionDisk", err)

	_, err = c.Planning.ResolveDeployment(ctx, &pb.ResolveDeploymentRequest{
		ImageDefinition: def.GetName(), Region: "eastus", Vm: &pb.VirtualMachineSpec{VCpus: 2, MemoryGb: 4, HasOsProfile: true},
	})
	check("ResolveDeployment", err)
	_, err = c.Planning.CheckImageSwitch(ctx, &pb.CheckImageSwitchRequest{CurrentImage: version.GetName(), TargetImage: version.GetName()})
	check("CheckImageSwitch", err)
	_, err = c.Planning.RecommendReplicas(ctx, &pb.RecommendReplicasRequest{ConcurrentVms: 40})
	check("RecommendReplicas", err)
	_, err = c.Planning.CompareReplicas(ctx, &pb.CompareReplicasRequest{ImageVersion: version.GetName()})
	check("CompareReplicas", err)
	_, err = c.Planning.EstimateCost(ctx, &pb.EstimateCostRequest{ImageVersion: version.GetName()})
	check("EstimateCost", err)

	_, err = c.Maintenance.ScrubReplicas(ctx, &pb.ScrubReplicasRequest{Scope: rg})
	check("ScrubReplicas", err)
	conditions, err := c.Maintenance.GetRegionConditions(ctx, &pb.GetRegionConditionsRequest{Region: "eastus"})
	check("GetRegionConditions", err)
	if err == nil { // written back unchanged
		_, err = c.Maintenance.UpdateRegionConditions(ctx, &pb.UpdateRegionConditionsRequest{Conditions: conditions})
		check("UpdateRegionConditions", err)
	}

	// Clean up.
	if op, err = c.Versions.DeleteImageVersion(ctx, &pb.DeleteImageVersionRequest{Name: version.GetName()}); err == nil {
		_, err = c.WaitOperation(ctx, op.GetName(), nil)
	}
	check("deleting the version", err)
	_, err = c.Sources.DeleteImageSource(ctx, &pb.DeleteImageSourceRequest{Name: src.GetName()})
	check("DeleteImageSource", err)
	_, err = c.Definitions.DeleteImageDefinition(ctx, &pb.DeleteImageDefinitionRequest{Name: def.GetName()})
	check("DeleteImageDefinition", err)
	_, err = c.Galleries.DeleteGallery(ctx, &pb.DeleteGalleryRequest{Name: g.GetName()})
	check("DeleteGallery", err)
}
