package imagegallery_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// TestScenario is the scenario every client runs, through the SDK's helpers:
// a gallery and a definition, an uploaded source, a version to two regions
// watched to Completed, latest resolved, its regions changed, an error read,
// and everything deleted. Its calls are made under the subscription "go-…",
// so the server's record shows which calls came from Go.
func TestScenario(t *testing.T) {
	addr := liveAddress(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx) // with $IMAGEGALLERY_TOKEN

	rg := newSubscription(t, ctx, c.Access) + "/resourceGroups/scenario"

	// The region catalog answers display names with short ones.
	region, err := c.Regions.GetRegion(ctx, &pb.GetRegionRequest{Name: "East US"})
	if err != nil || region.GetName() != "eastus" {
		t.Fatalf("GetRegion(East US) = %v, %v; want eastus", region, err)
	}

	// A gallery and a definition.
	g, def := newDefinition(t, ctx, c, rg, "gallery_go", "go")

	// A source: a disk of random KiBs and long runs of zeros (the middle 1 MiB
	// chunk and the tail are skipped, not sent), as a Linux managed image.
	const MiB = 1 << 20
	disk := make([]byte, 3*MiB+MiB/2)
	randomBytes(t, disk[:4096])
	randomBytes(t, disk[2*MiB+100:2*MiB+100+4096])
	up, err := c.UploadDisk(ctx, rg, "eastus", bytes.NewReader(disk), int64(len(disk)))
	if err != nil {
		t.Fatalf("UploadDisk: %v", err)
	}
	if up.GetState() != pb.UploadState_UPLOAD_STATE_COMMITTED || up.GetDisk().GetSizeBytes() != int64(len(disk)) {
		t.Fatalf("UploadDisk = %v; want a committed upload of %d bytes", up, len(disk))
	}
	src := newSource(t, ctx, c, rg, "ubuntu-go", up.GetName())

	// A version to two regions, watched until it is Completed.
	op := startVersion(t, ctx, c, def.GetName(), "1.0.0", src.GetName(), "eastus", "westus")
	versionName := def.GetName() + "/versions/1.0.0"
	watchCtx, stopWatch := context.WithTimeout(ctx, 90*time.Second)
	completed := false
	for msg, err := range c.Watch(watchCtx, versionName, gallery.WatchOptions{SendInitialState: true}) {
		if err != nil {
			t.Fatalf("watching %s: %v", versionName, err)
		}
		ch := msg.GetChange()
		if ch.GetImageVersion() != versionName {
			continue
		}
		if ch.GetStatus().GetAggregatedState() == pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_FAILED {
			t.Fatalf("replication failed: %v", ch)
		}
		if ch.GetStatus().GetAggregatedState() == pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_COMPLETED {
			completed = true
			break
		}
	}
	stopWatch()
	if !completed {
		t.Fatal("the watch ended before the version was Completed")
	}
	// The watch example, run as a user would, sees it Completed too (it reads
	// $IMAGEGALLERY_TOKEN from the environment it inherits).
	example := exec.CommandContext(ctx, "go", "run", "./examples/watch", "-scope", versionName, "-until-completed", "-timeout", "60s")
	example.Env = append(os.Environ(), addressVariable+"="+addr, tokenVariable+"="+liveToken())
	out, err := example.CombinedOutput()
	if err != nil || !strings.Contains(string(out), versionName+" AGGREGATED_REPLICATION_STATE_COMPLETED") {
		t.Fatalf("examples/watch: %v\n%s", err, out)
	}

	var progress []int32
	created, err := gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op.GetName(), func(md *pb.OperationMetadata) {
		progress = append(progress, md.GetProgressPercent())
	})
	if err != nil {
		t.Fatalf("waiting on %s: %v", op.GetName(), err)
	}
	if created.GetName() != versionName || created.GetProvisioningState() != pb.ProvisioningState_PROVISIONING_STATE_SUCCEEDED ||
		!slices.Equal(regionNames(created), []string{"eastus", "westus"}) || len(progress) == 0 {
		t.Fatalf("the create answered %v (progress %v); want %s SUCCEEDED in eastus and westus", created, progress, versionName)
	}

	// Latest resolves to it.
	latest, err := c.Versions.GetLatestImageVersion(ctx, &pb.GetLatestImageVersionRequest{Parent: def.GetName(), Region: "westus"})
	if err != nil || latest.GetName() != versionName {
		t.Fatalf("GetLatestImageVersion = %v, %v; want %s", latest, err, versionName)
	}

	// Change its regions: westus out (which the safety profile must allow), westus2 in.
	op, err = c.Versions.UpdateImageVersion(ctx, &pb.UpdateImageVersionRequest{
		ImageVersion: &pb.ImageVersion{
			Name:              versionName,
			PublishingProfile: &pb.PublishingProfile{TargetRegions: targets("eastus", "westus2")},
			SafetyProfile:     &pb.SafetyProfile{AllowDeletionOfReplicatedLocations: true},
		},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"publishing_profile.target_regions", "safety_profile"}},
	})
	if err != nil {
		t.Fatalf("UpdateImageVersion: %v", err)
	}
	updated, err := gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op.GetName(), nil)
	if err != nil {
		t.Fatalf("waiting on %s: %v", op.GetName(), err)
	}
	if got := regionNames(updated); !slices.Equal(got, []string{"eastus", "westus2"}) {
		t.Fatalf("after the update the version targets %v; want eastus and westus2", got)
	}

	// An error's reason and field violations.
	_, err = c.Galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{Parent: rg, GalleryId: "-bad-", Gallery: &pb.Gallery{}})
	if status.Code(err) != codes.InvalidArgument || !gallery.IsReason(err, gallery.ReasonInvalidName) ||
		!gallery.IsReason(err, "ERROR_REASON_INVALID_NAME") || gallery.Reason(err) != gallery.ReasonInvalidName {
		t.Fatalf("CreateGallery(-bad-) = %v; want INVALID_ARGUMENT, ERROR_REASON_INVALID_NAME", err)
	}
	reason, info, violations := gallery.Details(err)
	fields := map[string]string{}
	for _, v := range violations {
		fields[v.GetField()] = v.GetReason()
	}
	if reason != "ERROR_REASON_INVALID_NAME" || info.GetDomain() != gallery.ErrorDomain ||
		fields["gallery_id"] != "ERROR_REASON_INVALID_NAME" || fields["gallery.location"] == "" {
		t.Fatalf("Details = %q, %v, %v; want INVALID_NAME in %s, violations of gallery_id and gallery.location",
			reason, info, violations, gallery.ErrorDomain)
	}

	// Delete the version (waiting on it), the source, the definition, the gallery.
	op, err = c.Versions.DeleteImageVersion(ctx, &pb.DeleteImageVersionRequest{Name: versionName})
	if err != nil {
		t.Fatalf("DeleteImageVersion: %v", err)
	}
	if _, err := gallery.WaitResult[*emptypb.Empty](ctx, c.Operations, op.GetName(), nil); err != nil {
		t.Fatalf("waiting on %s: %v", op.GetName(), err)
	}
	if _, err := c.Sources.DeleteImageSource(ctx, &pb.DeleteImageSourceRequest{Name: src.GetName()}); err != nil {
		t.Fatalf("DeleteImageSource: %v", err)
	}
	if _, err := c.Definitions.DeleteImageDefinition(ctx, &pb.DeleteImageDefinitionRequest{Name: def.GetName()}); err != nil {
		t.Fatalf("DeleteImageDefinition: %v", err)
	}
	if _, err := c.Galleries.DeleteGallery(ctx, &pb.DeleteGalleryRequest{Name: g.GetName()}); err != nil {
		t.Fatalf("DeleteGallery: %v", err)
	}
	_, err = c.Galleries.GetGallery(ctx, &pb.GetGalleryRequest{Name: g.GetName()})
	if !gallery.IsReason(err, gallery.ReasonResourceNotFound) {
		t.Fatalf("GetGallery after delete: %v; want ERROR_REASON_RESOURCE_NOT_FOUND", err)
	}
}

func targets(names ...string) []*pb.TargetRegion {
	var out []*pb.TargetRegion
	for _, n := range names {
		out = append(out, &pb.TargetRegion{Name: n})
	}
	return out
}

func regionNames(v *pb.ImageVersion) []string {
	var out []string
	for _, t := range v.GetPublishingProfile().GetTargetRegions() {
		out = append(out, t.GetName())
	}
	slices.Sort(out)
	return out
}

func randomBytes(t *testing.T, b []byte) {
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
}
