package imagegallery_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// TestFeaturesAndShallowReplication gives a definition security features (an
// update with AllowUpdateImage), publishes a shallow version of it and resolves
// deployments against both.
func TestFeaturesAndShallowReplication(t *testing.T) {
	liveAddress(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	rg := newSubscription(t, ctx, c.Access) + "/resourceGroups/features"
	_, def := newDefinition(t, ctx, c, rg, "gallery_go_features", "go-features")

	hibernate, accelerated := true, false
	features := &pb.ImageFeatures{
		SecurityType:                  pb.SecurityType_SECURITY_TYPE_STANDARD,
		IsHibernateSupported:          &hibernate,
		IsAcceleratedNetworkSupported: &accelerated,
	}
	mask := &fieldmaskpb.FieldMask{Paths: []string{"features"}}
	_, err := c.Definitions.UpdateImageDefinition(ctx, &pb.UpdateImageDefinitionRequest{
		ImageDefinition: &pb.ImageDefinition{Name: def.GetName(), Features: features}, UpdateMask: mask,
	})
	wantRefusal(t, "features without AllowUpdateImage", err, codes.InvalidArgument, pb.ErrorReason_ERROR_REASON_FEATURES_UPDATE_NOT_ALLOWED)
	updated, err := c.Definitions.UpdateImageDefinition(ctx, &pb.UpdateImageDefinitionRequest{
		ImageDefinition: &pb.ImageDefinition{Name: def.GetName(), Features: features, AllowUpdateImage: true},
		UpdateMask:      mask,
	})
	if err != nil || !updated.GetFeatures().GetIsHibernateSupported() || updated.GetAllowUpdateImage() {
		t.Fatalf("UpdateImageDefinition(features) = %v, %v", updated, err)
	}

	disk := make([]byte, 1<<20)
	randomBytes(t, disk[:4096])
	up, err := c.UploadDisk(ctx, rg, "eastus", bytes.NewReader(disk), int64(len(disk)))
	if err != nil {
		t.Fatalf("UploadDisk: %v", err)
	}
	src := newSource(t, ctx, c, rg, "features-go", up.GetName())
	op, err := c.Versions.CreateImageVersion(ctx, &pb.CreateImageVersionRequest{
		Parent: def.GetName(), ImageVersionId: "1.0.0",
		ImageVersion: &pb.ImageVersion{
			StorageProfile:    &pb.StorageProfile{Source: src.GetName()},
			PublishingProfile: &pb.PublishingProfile{ReplicationMode: pb.ReplicationMode_REPLICATION_MODE_SHALLOW},
		},
	})
	if err != nil {
		t.Fatalf("CreateImageVersion(shallow): %v", err)
	}
	version, err := gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op.GetName(), nil)
	if err != nil || version.GetPublishingProfile().GetReplicationMode() != pb.ReplicationMode_REPLICATION_MODE_SHALLOW {
		t.Fatalf("shallow version = %v, %v", version, err)
	}

	deploy := func(vm *pb.VirtualMachineSpec) (*pb.ResolveDeploymentResponse, error) {
		vm.HasOsProfile = true
		return c.Planning.ResolveDeployment(ctx, &pb.ResolveDeploymentRequest{
			ImageDefinition: def.GetName(), Region: "eastus", Vm: vm,
		})
	}
	answer, err := deploy(&pb.VirtualMachineSpec{HibernationEnabled: true})
	if err != nil || answer.GetReplicationMode() != pb.ReplicationMode_REPLICATION_MODE_SHALLOW {
		t.Fatalf("ResolveDeployment(hibernation) = %v, %v; want the shallow version", answer, err)
	}
	_, err = deploy(&pb.VirtualMachineSpec{AcceleratedNetworking: true})
	wantRefusal(t, "accelerated networking", err, codes.InvalidArgument, pb.ErrorReason_ERROR_REASON_FEATURE_NOT_SUPPORTED)
	if !strings.Contains(err.Error(), "IsAcceleratedNetworkSupported=False") {
		t.Fatalf("refusal %v does not name the feature", err)
	}
}
