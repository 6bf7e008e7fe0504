package imagegallery_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"slices"
	"testing"
	"time"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// conditionsRegion is the region whose rehearsed conditions this suite
// changes (and restores); no other language's suite touches it.
const conditionsRegion = "norwayeast"

// TestEveryOtherRPC calls, from Go and under its own "go-…" subscription,
// each RPC of the image services that neither the scenario nor
// TestGalleryLifecycle does (AccessService is TestAccess's), and checks each
// answer. Together they call every RPC the server serves, with the suite's
// token, so that the server's record shows each called by the Go suite.
func TestEveryOtherRPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	rg := newSubscription(t, ctx, c.Access) + "/resourceGroups/rpcs"

	// Regions: the catalog, with the two that need allow-listing marked.
	regions, err := c.Regions.ListRegions(ctx, &pb.ListRegionsRequest{})
	must("ListRegions", err)
	var names, allowListed []string
	for _, r := range regions.GetRegions() {
		names = append(names, r.GetName())
		if r.GetRequiresAllowListing() {
			allowListed = append(allowListed, r.GetName())
		}
	}
	slices.Sort(allowListed)
	if !slices.Contains(names, "eastus") || !slices.Contains(names, conditionsRegion) ||
		!slices.Equal(allowListed, []string{"australiacentral", "australiacentral2"}) {
		t.Errorf("ListRegions: %d regions %v, needing allow-listing %v; want eastus and %s among them, "+
			"australiacentral and australiacentral2 needing allow-listing", len(names), names, allowListed, conditionsRegion)
	}

	// A gallery, updated (soft delete turned on) and listed.
	g, err := c.Galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{Parent: rg, GalleryId: "g", Gallery: &pb.Gallery{Location: "eastus"}})
	must("CreateGallery", err)
	updatedGallery, err := c.Galleries.UpdateGallery(ctx, &pb.UpdateGalleryRequest{
		Gallery: &pb.Gallery{
			Name: g.GetName(), Description: "updated", SoftDeletePolicy: &pb.SoftDeletePolicy{IsSoftDeleteEnabled: true},
		},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"description", "soft_delete_policy"}},
	})
	must("UpdateGallery", err)
	if updatedGallery.GetName() != g.GetName() || updatedGallery.GetDescription() != "updated" ||
		updatedGallery.GetLocation() != "eastus" || updatedGallery.GetEtag() == "" || updatedGallery.GetEtag() == g.GetEtag() ||
		!updatedGallery.GetSoftDeletePolicy().GetIsSoftDeleteEnabled() || updatedGallery.GetSoftDeletePolicy().GetRetentionPeriodInDays() != 7 {
		t.Errorf("UpdateGallery = %v; want %s described \"updated\", still in eastus, soft delete on for 7 days, with a new etag (was %q)", updatedGallery, g.GetName(), g.GetEtag())
	}
	galleries, err := c.Galleries.ListGalleries(ctx, &pb.ListGalleriesRequest{Parent: rg})
	must("ListGalleries", err)
	if len(galleries.GetGalleries()) != 1 || !proto.Equal(galleries.GetGalleries()[0], updatedGallery) {
		t.Errorf("ListGalleries(%s) = %v; want exactly %v", rg, galleries, updatedGallery)
	}

	// A definition, listed and updated.
	def, err := c.Definitions.CreateImageDefinition(ctx, &pb.CreateImageDefinitionRequest{
		Parent: g.GetName(), ImageDefinitionId: "d",
		ImageDefinition: &pb.ImageDefinition{
			OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
			Identifier: &pb.ImageIdentifier{Publisher: "Contoso", Offer: "Ubuntu", Sku: "rpcs"},
		},
	})
	must("CreateImageDefinition", err)
	definitions, err := c.Definitions.ListImageDefinitions(ctx, &pb.ListImageDefinitionsRequest{Parent: g.GetName()})
	must("ListImageDefinitions", err)
	if len(definitions.GetImageDefinitions()) != 1 || !proto.Equal(definitions.GetImageDefinitions()[0], def) {
		t.Errorf("ListImageDefinitions(%s) = %v; want exactly %v", g.GetName(), definitions, def)
	}
	updatedDef, err := c.Definitions.UpdateImageDefinition(ctx, &pb.UpdateImageDefinitionRequest{
		ImageDefinition: &pb.ImageDefinition{Name: def.GetName(), Description: "updated"},
		UpdateMask:      &fieldmaskpb.FieldMask{Paths: []string{"description"}},
	})
	must("UpdateImageDefinition", err)
	if updatedDef.GetName() != def.GetName() || updatedDef.GetDescription() != "updated" ||
		!proto.Equal(updatedDef.GetIdentifier(), def.GetIdentifier()) || updatedDef.GetEtag() == def.GetEtag() {
		t.Errorf("UpdateImageDefinition = %v; want %s described \"updated\", identifier unchanged, a new etag", updatedDef, def.GetName())
	}

	// An upload abandoned, another used.
	abandoned, err := c.Sources.CreateUpload(ctx, &pb.CreateUploadRequest{Parent: rg, Upload: &pb.Upload{Location: "eastus", SizeBytes: 4096}})
	must("CreateUpload", err)
	gotUpload, err := c.Sources.GetUpload(ctx, &pb.GetUploadRequest{Name: abandoned.GetName()})
	must("GetUpload", err)
	if gotUpload.GetName() != abandoned.GetName() || gotUpload.GetState() != pb.UploadState_UPLOAD_STATE_RECEIVING ||
		gotUpload.GetSizeBytes() != 4096 || gotUpload.GetReceivedBytes() != 0 {
		t.Errorf("GetUpload = %v; want %s RECEIVING, 0 of 4096 bytes received", gotUpload, abandoned.GetName())
	}
	_, err = c.Sources.DeleteUpload(ctx, &pb.DeleteUploadRequest{Name: abandoned.GetName()})
	must("DeleteUpload", err)
	_, err = c.Sources.GetUpload(ctx, &pb.GetUploadRequest{Name: abandoned.GetName()})
	wantRefusal(t, "GetUpload after DeleteUpload", err, codes.NotFound, gallery.ReasonResourceNotFound)

	disk := make([]byte, 8192)
	randomBytes(t, disk[:1024])
	up, err := c.UploadDisk(ctx, rg, "eastus", bytes.NewReader(disk), int64(len(disk)))
	must("UploadDisk", err)
	src, err := c.Sources.CreateImageSource(ctx, &pb.CreateImageSourceRequest{
		Parent: rg, ImageSourceId: "s",
		ImageSource: &pb.ImageSource{
			Location: "eastus", Kind: pb.ImageSourceKind_IMAGE_SOURCE_KIND_MANAGED_IMAGE,
			OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
			OsDisk: &pb.SourceDisk{Upload: up.GetName()},
		},
	})
	must("CreateImageSource", err)
	gotSource, err := c.Sources.GetImageSource(ctx, &pb.GetImageSourceRequest{Name: src.GetName()})
	must("GetImageSource", err)
	if !proto.Equal(gotSource, src) {
		t.Errorf("GetImageSource = %v; want %v", gotSource, src)
	}
	sources, err := c.Sources.ListImageSources(ctx, &pb.ListImageSourcesRequest{Parent: rg})
	must("ListImageSources", err)
	if len(sources.GetImageSources()) != 1 || !proto.Equal(sources.GetImageSources()[0], src) {
		t.Errorf("ListImageSources(%s) = %v; want exactly %v", rg, sources, src)
	}

	// A version, and its operation: got, listed, not cancellable, deleted.
	op, err := c.Versions.CreateImageVersion(ctx, &pb.CreateImageVersionRequest{
		Parent: def.GetName(), ImageVersionId: "1.0.0",
		ImageVersion: &pb.ImageVersion{StorageProfile: &pb.StorageProfile{Source: src.GetName()}},
	})
	must("CreateImageVersion", err)
	version, err := gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op.GetName(), nil) // WaitOperation
	must("waiting on "+op.GetName(), err)
	versionName := def.GetName() + "/versions/1.0.0"
	if version.GetName() != versionName {
		t.Fatalf("the create answered %v; want %s", version, versionName)
	}
	gotOp, err := c.Operations.GetOperation(ctx, &longrunningpb.GetOperationRequest{Name: op.GetName()})
	must("GetOperation", err)
	fromOp := &pb.ImageVersion{}
	if !gotOp.GetDone() || gotOp.GetError() != nil || gotOp.GetResponse().UnmarshalTo(fromOp) != nil || fromOp.GetName() != versionName {
		t.Errorf("GetOperation(%s) = %v; want it done with the version %s as its response", op.GetName(), gotOp, versionName)
	}
	listed := false
	for pageToken, pages := "", 0; !listed && pages < 100; pages++ {
		ops, err := c.Operations.ListOperations(ctx, &longrunningpb.ListOperationsRequest{Name: "operations", PageSize: 100, PageToken: pageToken})
		must("ListOperations", err)
		for _, o := range ops.GetOperations() {
			listed = listed || (o.GetName() == op.GetName() && o.GetDone())
		}
		if pageToken = ops.GetNextPageToken(); pageToken == "" {
			break
		}
	}
	if !listed {
		t.Errorf("ListOperations never listed %s as done", op.GetName())
	}
	_, err = c.Operations.CancelOperation(ctx, &longrunningpb.CancelOperationRequest{Name: op.GetName()})
	wantRefusal(t, "CancelOperation", err, codes.FailedPrecondition, pb.ErrorReason_ERROR_REASON_OPERATION_NOT_CANCELLABLE)
	_, err = c.Operations.DeleteOperation(ctx, &longrunningpb.DeleteOperationRequest{Name: op.GetName()})
	must("DeleteOperation", err)
	_, err = c.Operations.GetOperation(ctx, &longrunningpb.GetOperationRequest{Name: op.GetName()})
	wantRefusal(t, "GetOperation after DeleteOperation", err, codes.NotFound, gallery.ReasonResourceNotFound)

	full, err := c.Versions.GetImageVersion(ctx, &pb.GetImageVersionRequest{Name: versionName, View: pb.ImageVersionView_IMAGE_VERSION_VIEW_FULL})
	must("GetImageVersion", err)
	if full.GetName() != versionName || full.GetProvisioningState() != pb.ProvisioningState_PROVISIONING_STATE_SUCCEEDED ||
		full.GetReplicationStatus().GetAggregatedState() != pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_COMPLETED ||
		!slices.Equal(regionNames(full), []string{"eastus"}) {
		t.Errorf("GetImageVersion(FULL) = %v; want %s SUCCEEDED, replication COMPLETED, targeting eastus", full, versionName)
	}
	versions, err := c.Versions.ListImageVersions(ctx, &pb.ListImageVersionsRequest{Parent: def.GetName()})
	must("ListImageVersions", err)
	if len(versions.GetImageVersions()) != 1 || versions.GetImageVersions()[0].GetName() != versionName {
		t.Errorf("ListImageVersions(%s) = %v; want exactly %s", def.GetName(), versions, versionName)
	}
	_, err = c.Versions.RetryImageVersionReplication(ctx, &pb.RetryImageVersionReplicationRequest{Name: versionName})
	wantRefusal(t, "RetryImageVersionReplication", err, codes.FailedPrecondition, pb.ErrorReason_ERROR_REASON_NO_FAILED_REGIONS)

	// Replication: its status, and the disk read back from a replica.
	replication, err := c.Replication.GetReplicationStatus(ctx, &pb.GetReplicationStatusRequest{Name: versionName})
	must("GetReplicationStatus", err)
	if r := replication.GetReplication(); r.GetImageVersion() != versionName || r.GetDeleted() || replication.GetCursor() == "" ||
		r.GetStatus().GetAggregatedState() != pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_COMPLETED {
		t.Errorf("GetReplicationStatus = %v; want %s COMPLETED, with a cursor", replication, versionName)
	}
	header, read, err := readDisk(ctx, c, versionName, "East US")
	must("ReadImageVersionDisk", err)
	digest := sha256.Sum256(disk)
	if header.GetImageVersion() != versionName || header.GetDisk() != "os" || header.GetRegion() != "eastus" ||
		header.GetSizeBytes() != int64(len(disk)) || header.GetSha256() != hex.EncodeToString(digest[:]) {
		t.Errorf("ReadImageVersionDisk header = %v; want the os disk of %s in eastus, %d bytes, sha256 %x", header, versionName, len(disk), digest)
	}
	if !bytes.Equal(read, disk) {
		t.Errorf("ReadImageVersionDisk: the %d bytes read differ from the %d uploaded", len(read), len(disk))
	}

	// Planning.
	resolved, err := c.Planning.ResolveDeployment(ctx, &pb.ResolveDeploymentRequest{
		ImageDefinition: def.GetName(), Region: "eastus", Vm: &pb.VirtualMachineSpec{VCpus: 2, MemoryGb: 4, HasOsProfile: true},
	})
	must("ResolveDeployment", err)
	if resolved.GetImageVersion() != versionName || resolved.GetReplica().GetRegion() != "eastus" || resolved.GetReplica().GetRegionReplicas() < 1 {
		t.Errorf("ResolveDeployment = %v; want %s from a replica in eastus", resolved, versionName)
	}
	switchCheck, err := c.Planning.CheckImageSwitch(ctx, &pb.CheckImageSwitchRequest{CurrentImage: versionName, TargetImage: versionName})
	must("CheckImageSwitch", err)
	if !switchCheck.GetAllowed() || len(switchCheck.GetMismatches()) != 0 ||
		switchCheck.GetCurrentImageVersion() != versionName || switchCheck.GetTargetImageVersion() != versionName {
		t.Errorf("CheckImageSwitch(itself) = %v; want allowed without mismatches, both sides %s", switchCheck, versionName)
	}
	recommended, err := c.Planning.RecommendReplicas(ctx, &pb.RecommendReplicasRequest{ConcurrentVms: 40})
	must("RecommendReplicas", err)
	if recommended.GetVmReplicas() != 2 || recommended.GetReplicas() < 2 {
		t.Errorf("RecommendReplicas(40 VMs) = %v; want ⌈40/20⌉ = 2 VM replicas, at least 2 replicas", recommended)
	}
	compared, err := c.Planning.CompareReplicas(ctx, &pb.CompareReplicasRequest{ImageVersion: versionName})
	must("CompareReplicas", err)
	if compared.GetImageVersion() != versionName || len(compared.GetRegions()) != 1 ||
		compared.GetRegions()[0].GetRegion() != "eastus" || compared.GetRegions()[0].GetReplicaCount() < 1 {
		t.Errorf("CompareReplicas = %v; want %s with eastus alone, holding at least one replica", compared, versionName)
	}
	cost, err := c.Planning.EstimateCost(ctx, &pb.EstimateCostRequest{ImageVersion: versionName})
	must("EstimateCost", err)
	if cost.GetImageVersion() != versionName || cost.GetSourceRegion() != "eastus" ||
		cost.GetOccupiedBytesPerReplica() <= 0 || len(cost.GetRegions()) != 1 || cost.GetRegions()[0].GetEgressBytes() != 0 {
		t.Errorf("EstimateCost = %v; want %s from eastus, some bytes per replica, eastus alone without egress", cost, versionName)
	}

	// Maintenance: a scrub of this resource group, and a region's conditions
	// changed and put back as they were.
	scrub, err := c.Maintenance.ScrubReplicas(ctx, &pb.ScrubReplicasRequest{Scope: rg})
	must("ScrubReplicas", err)
	if scrub.GetReplicasChecked() < 1 || len(scrub.GetDamaged()) != 0 {
		t.Errorf("ScrubReplicas(%s) = %v; want at least the version's replica checked, none damaged", rg, scrub)
	}
	before, err := c.Maintenance.GetRegionConditions(ctx, &pb.GetRegionConditionsRequest{Region: "Norway East"})
	must("GetRegionConditions", err)
	if before.GetRegion() != conditionsRegion {
		t.Errorf("GetRegionConditions(Norway East) = %v; want region %s", before, conditionsRegion)
	}
	t.Cleanup(func() { // the conditions as they were, whatever happens below
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		restored, err := c.Maintenance.UpdateRegionConditions(ctx, &pb.UpdateRegionConditionsRequest{Conditions: before})
		if err != nil || !proto.Equal(restored, before) {
			t.Errorf("restoring the conditions of %s: %v, %v; want %v", conditionsRegion, restored, err, before)
		}
	})
	rehearsed := &pb.RegionConditions{Region: conditionsRegion, ThrottleBytesPerSecond: 1 << 20, ZonesDown: []string{"2"}}
	changed, err := c.Maintenance.UpdateRegionConditions(ctx, &pb.UpdateRegionConditionsRequest{Conditions: rehearsed})
	must("UpdateRegionConditions", err)
	if !proto.Equal(changed, rehearsed) {
		t.Errorf("UpdateRegionConditions = %v; want %v", changed, rehearsed)
	}
	after, err := c.Maintenance.GetRegionConditions(ctx, &pb.GetRegionConditionsRequest{Region: conditionsRegion})
	must("GetRegionConditions", err)
	if !proto.Equal(after, rehearsed) {
		t.Errorf("GetRegionConditions after the update = %v; want %v", after, rehearsed)
	}

	// Soft delete: the deleted version is listed, restored, deleted again and purged.
	softDelete := func() {
		t.Helper()
		op, err := c.Versions.DeleteImageVersion(ctx, &pb.DeleteImageVersionRequest{Name: versionName})
		must("DeleteImageVersion", err)
		_, err = c.WaitOperation(ctx, op.GetName(), nil)
		must("waiting on the delete", err)
	}
	softDelete()
	kept, err := c.Versions.ListSoftDeletedResources(ctx, &pb.ListSoftDeletedResourcesRequest{Parent: g.GetName()})
	must("ListSoftDeletedResources", err)
	if len(kept.GetSoftDeletedResources()) != 1 || kept.GetSoftDeletedResources()[0].GetResourceArmId() != versionName {
		t.Errorf("ListSoftDeletedResources(%s) = %v; want exactly %s", g.GetName(), kept, versionName)
	}
	restored, err := c.Versions.UndeleteImageVersion(ctx, &pb.UndeleteImageVersionRequest{Name: versionName})
	must("UndeleteImageVersion", err)
	if restored.GetName() != versionName {
		t.Errorf("UndeleteImageVersion = %v; want %s back", restored, versionName)
	}
	softDelete()
	_, err = c.Versions.PurgeImageVersion(ctx, &pb.PurgeImageVersionRequest{Name: versionName})
	must("PurgeImageVersion", err)

	// Clean up.
	_, err = c.Sources.DeleteImageSource(ctx, &pb.DeleteImageSourceRequest{Name: src.GetName()})
	must("DeleteImageSource", err)
	_, err = c.Definitions.DeleteImageDefinition(ctx, &pb.DeleteImageDefinitionRequest{Name: def.GetName()})
	must("DeleteImageDefinition", err)
	_, err = c.Galleries.DeleteGallery(ctx, &pb.DeleteGalleryRequest{Name: g.GetName()})
	must("DeleteGallery", err)
}

// readDisk reads a version's OS disk from a region: the header, and the bytes
// of the chunks laid out at their offsets (holes are zeros).
func readDisk(ctx context.Context, c *gallery.Client, version, region string) (*pb.ReplicaDiskHeader, []byte, error) {
	stream, err := c.Replication.ReadImageVersionDisk(ctx, &pb.ReadImageVersionDiskRequest{Name: version, Region: region})
	if err != nil {
		return nil, nil, err
	}
	first, err := stream.Recv()
	if err != nil {
		return nil, nil, err
	}
	header := first.GetHeader()
	if header == nil {
		return nil, nil, errors.New("the first message is not a header")
	}
	out := make([]byte, header.GetSizeBytes())
	for {
		msg, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return header, out, nil
		}
		if err != nil {
			return nil, nil, err
		}
		chunk := msg.GetChunk()
		if chunk == nil || chunk.GetOffset() < 0 || chunk.GetOffset()+int64(len(chunk.GetData())) > int64(len(out)) {
			return nil, nil, errors.New("a message after the header is not a chunk within the disk")
		}
		copy(out[chunk.GetOffset():], chunk.GetData())
	}
}
