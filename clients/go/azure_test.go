package imagegallery_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// The Azure-shaped surface, against the live server: pollers, pagers, calls
// by ids, typed errors and resumable uploads.

const MiB = 1 << 20

// newResourceGroup is a subscription of the test's own (its id) and the
// calls of it by ids.
func newResourceGroup(t *testing.T, ctx context.Context, c *gallery.Client) *gallery.SubscriptionClient {
	t.Helper()
	return c.Subscription(strings.TrimPrefix(newSubscription(t, ctx, c.Access), "/subscriptions/"))
}

// wantError is err as an *Error with code; the test fails otherwise.
func wantError(t *testing.T, what string, err error, code codes.Code) *gallery.Error {
	t.Helper()
	var e *gallery.Error
	if !errors.As(err, &e) || e.Code != code || status.Code(err) != code {
		t.Fatalf("%s: %v (%T); want a *gallery.Error with code %v", what, err, err, code)
	}
	return e
}

func TestPollersFollowAVersionAndResumeFromTheirToken(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // only so that a broken test ends
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	sub := newResourceGroup(t, ctx, c)
	rg := sub.ResourceGroupID("rg")
	newDefinition(t, ctx, c, rg, "gallery", "pollers")
	disk := make([]byte, MiB)
	randomBytes(t, disk)
	up, err := c.UploadDisk(ctx, rg, "eastus", bytes.NewReader(disk), MiB)
	if err != nil {
		t.Fatalf("UploadDisk: %v", err)
	}
	src := newSource(t, ctx, c, rg, "disk", up.GetName())

	poller, err := sub.BeginCreateImageVersion(ctx, "rg", "gallery", "ubuntu", "1.0.0", &pb.ImageVersion{
		StorageProfile:    &pb.StorageProfile{Source: src.GetName()},
		PublishingProfile: &pb.PublishingProfile{TargetRegions: targets("eastus", "westus")},
	}, nil)
	if err != nil {
		t.Fatalf("BeginCreateImageVersion: %v", err)
	}
	token, err := poller.ResumeToken()
	if err != nil || !strings.HasPrefix(token, "operations/") {
		t.Fatalf("ResumeToken = %q, %v; want an operation's name", token, err)
	}
	if _, err := poller.Result(ctx); !poller.Done() && !errors.Is(err, gallery.ErrNotDone) {
		t.Fatalf("Result of a running operation: %v; want ErrNotDone", err)
	}

	// Another poller, from the token alone, waits for it.
	resumed, err := c.BeginCreateImageVersion(ctx, nil, &gallery.BeginOptions{ResumeToken: token})
	if err != nil {
		t.Fatalf("resuming %s: %v", token, err)
	}
	var progress []int32
	version, err := resumed.PollUntilDone(ctx, &gallery.PollUntilDoneOptions{
		Frequency: time.Second, Progress: func(md *pb.OperationMetadata) { progress = append(progress, md.GetProgressPercent()) },
	})
	name := gallery.ImageVersionID(sub.ID(), "rg", "gallery", "ubuntu", "1.0.0")
	if err != nil || version.GetName() != name ||
		version.GetReplicationStatus().GetAggregatedState() != pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_COMPLETED {
		t.Fatalf("PollUntilDone = %v, %v; want %s Completed", version, err, name)
	}
	if len(progress) == 0 || progress[len(progress)-1] != 100 {
		t.Fatalf("progress %v; want it to end at 100", progress)
	}
	// The first poller hears the end too.
	if op, err := poller.Poll(ctx); err != nil || !op.GetDone() || !poller.Done() {
		t.Fatalf("Poll after the end = %v, %v; want the done operation", op, err)
	}
	if v, err := poller.Result(ctx); err != nil || v.GetName() != name {
		t.Fatalf("Result = %v, %v; want %s", v, err, name)
	}

	updating, err := sub.BeginUpdateImageVersion(ctx, "rg", "gallery", "ubuntu", "1.0.0",
		&pb.ImageVersion{Tags: map[string]string{"stage": "tested"}}, []string{"tags"}, nil)
	if err != nil {
		t.Fatalf("BeginUpdateImageVersion: %v", err)
	}
	if v, err := updating.PollUntilDone(ctx, nil); err != nil || v.GetTags()["stage"] != "tested" {
		t.Fatalf("the update: %v, %v; want tag stage=tested", v, err)
	}
	if latest, err := sub.GetLatestImageVersion(ctx, "rg", "gallery", "ubuntu", "westus"); err != nil || latest.GetName() != name {
		t.Fatalf("GetLatestImageVersion = %v, %v; want %s", latest, err, name)
	}

	deleting, err := sub.BeginDeleteImageVersion(ctx, "rg", "gallery", "ubuntu", "1.0.0", nil)
	if err != nil {
		t.Fatalf("BeginDeleteImageVersion: %v", err)
	}
	if _, err := deleting.PollUntilDone(ctx, nil); err != nil || !deleting.Done() {
		t.Fatalf("the delete: %v", err)
	}
	_, err = sub.GetImageVersion(ctx, "rg", "gallery", "ubuntu", "1.0.0")
	if e := wantError(t, "reading a deleted version", err, codes.NotFound); e.Reason != gallery.ReasonResourceNotFound {
		t.Fatalf("reason %v; want %v", e.Reason, gallery.ReasonResourceNotFound)
	}
	_, err = gallery.ResumePoller[*pb.ImageVersion](ctx, c, "operations/never-made")
	wantError(t, "resuming an operation never made", err, codes.NotFound)
}

func TestPagersWalkEveryPage(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	sub := newResourceGroup(t, ctx, c)
	var made []string
	for _, id := range []string{"a", "b", "c"} {
		g, err := sub.CreateGallery(ctx, "rg", id, &pb.Gallery{Location: "eastus"})
		if err != nil {
			t.Fatalf("CreateGallery: %v", err)
		}
		made = append(made, g.GetName())
	}

	pager := c.NewListGalleriesPager(&pb.ListGalleriesRequest{Parent: sub.ResourceGroupID("rg"), PageSize: 2})
	var sizes []int
	var paged []string
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			t.Fatalf("NextPage: %v", err)
		}
		sizes = append(sizes, len(page.GetGalleries()))
		for _, g := range page.GetGalleries() {
			paged = append(paged, g.GetName())
		}
	}
	if !slices.Equal(sizes, []int{2, 1}) || !slices.Equal(paged, made) {
		t.Fatalf("pages of %v holding %v; want [2 1] holding %v", sizes, paged, made)
	}
	if _, err := pager.NextPage(ctx); !errors.Is(err, gallery.ErrNoMorePages) {
		t.Fatalf("NextPage after the last: %v; want ErrNoMorePages", err)
	}

	var all []string
	for g, err := range sub.ListGalleries(ctx, "rg") {
		if err != nil {
			t.Fatalf("ListGalleries: %v", err)
		}
		all = append(all, g.GetName())
	}
	if !slices.Equal(all, made) {
		t.Fatalf("ListGalleries = %v; want %v", all, made)
	}
	for _, err := range sub.ListImageVersions(ctx, "rg", "nope", "nope") {
		wantError(t, "listing the versions of no definition", err, codes.NotFound)
	}
	// The other lists page alike.
	for _, err := range sub.ListImageSources(ctx, "rg") {
		t.Fatalf("ListImageSources of an empty resource group: %v", err)
	}
	for _, err := range sub.ListImageDefinitions(ctx, "rg", "a") {
		t.Fatalf("ListImageDefinitions of an empty gallery: %v", err)
	}
	if page, err := sub.NewListImageSourcesPager("rg").NextPage(ctx); err != nil || len(page.GetImageSources()) != 0 {
		t.Fatalf("NewListImageSourcesPager = %v, %v; want an empty page", page, err)
	}
	if _, err := sub.NewListImageDefinitionsPager("rg", "a").NextPage(ctx); err != nil {
		t.Fatalf("NewListImageDefinitionsPager: %v", err)
	}
	for _, err := range c.ListOperations(ctx, &longrunningpb.ListOperationsRequest{PageSize: 1}) {
		if err != nil {
			t.Fatalf("ListOperations: %v", err)
		}
		break
	}
}

func TestEveryRefusalIsATypedError(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	sub := newResourceGroup(t, ctx, c)

	_, err := sub.CreateGallery(ctx, "rg", "-bad-", &pb.Gallery{Location: "eastus"})
	e := wantError(t, "a gallery with a bad name", err, codes.InvalidArgument)
	fields := []string{}
	for _, v := range e.Violations {
		fields = append(fields, v.GetField())
	}
	if e.Reason != gallery.ReasonInvalidName || !slices.Contains(fields, "gallery_id") || e.Info.GetDomain() != gallery.ErrorDomain {
		t.Fatalf("%v: reason %v, fields %v, info %v; want INVALID_NAME naming gallery_id", e, e.Reason, fields, e.Info)
	}

	// A stream's refusal is typed too.
	stream, err := c.Sources.WriteUpload(ctx)
	if err != nil {
		t.Fatal(err)
	}
	missing := sub.ResourceGroupID("rg") + "/providers/Microsoft.Compute/uploads/missing"
	_ = stream.Send(&pb.WriteUploadRequest{Name: missing, Data: []byte("x")})
	_, err = stream.CloseAndRecv()
	wantError(t, "writing to an upload never made", err, codes.NotFound)
}

func TestUploadsStreamWithProgressAndResume(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	sub := newResourceGroup(t, ctx, c)
	rg := sub.ResourceGroupID("rg")
	disk := make([]byte, 3*MiB+123)
	randomBytes(t, disk[:4096])
	randomBytes(t, disk[2*MiB:])
	sum := sha256.Sum256(disk)
	path := filepath.Join(t.TempDir(), "disk.raw")
	if err := os.WriteFile(path, disk, 0o600); err != nil {
		t.Fatal(err)
	}

	var done []int64
	up, err := sub.UploadFile(ctx, "rg", "eastus", path, &gallery.UploadOptions{
		Progress: func(_ string, n, size int64) { done = append(done, n) },
	})
	if err != nil || up.GetDisk().GetSha256() != hex.EncodeToString(sum[:]) {
		t.Fatalf("UploadFile = %v, %v; want it committed with sha256 %x", up, err, sum)
	}
	if !slices.Equal(done, []int64{0, MiB, 2 * MiB, 3 * MiB, int64(len(disk))}) {
		t.Fatalf("progress %v; want 0, then each chunk's end", done)
	}

	// An earlier run created an upload and sent its first MiB; a new run
	// resumes it by name from a plain stream (read once, never seeked).
	started, err := c.Sources.CreateUpload(ctx, &pb.CreateUploadRequest{
		Parent: rg, Upload: &pb.Upload{Location: "eastus", SizeBytes: int64(len(disk))},
	})
	if err != nil {
		t.Fatal(err)
	}
	stream, err := c.Sources.WriteUpload(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.WriteUploadRequest{Name: started.GetName(), Data: disk[:MiB]}); err != nil {
		t.Fatal(err)
	}
	if _, err := stream.CloseAndRecv(); err != nil {
		t.Fatal(err)
	}
	done = nil
	plain := struct{ io.Reader }{bytes.NewReader(disk)}
	resumed, err := c.UploadReader(ctx, "", "", plain, int64(len(disk)), &gallery.UploadOptions{
		Resume: started.GetName(), Progress: func(_ string, n, size int64) { done = append(done, n) },
	})
	if err != nil || resumed.GetName() != started.GetName() || resumed.GetDisk().GetSha256() != hex.EncodeToString(sum[:]) {
		t.Fatalf("resuming %s = %v, %v; want it committed with sha256 %x", started.GetName(), resumed, err, sum)
	}
	if done[0] != MiB || done[len(done)-1] != int64(len(disk)) {
		t.Fatalf("progress %v; want from 1 MiB (held) to the end", done)
	}
	if _, err := c.UploadReader(ctx, "", "", bytes.NewReader(disk[1:]), int64(len(disk)-1), &gallery.UploadOptions{Resume: started.GetName()}); err == nil {
		t.Fatal("resuming with a disk of another size: no error")
	}
}
