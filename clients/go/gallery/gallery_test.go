package gallery

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// These tests run the helpers against an in-process server that fails on
// purpose; the scenario test in the module root runs them against the real one.

type fakeServer struct {
	pb.UnimplementedGalleryServiceServer
	pb.UnimplementedImageSourceServiceServer
	pb.UnimplementedReplicationServiceServer
	pb.UnimplementedAccessServiceServer

	mu          sync.Mutex
	failures    int // calls still to fail with UNAVAILABLE
	calls       int
	requestIDs  []string
	authHeaders []string
	deadlines   []bool
	writes      []*pb.WriteUploadRequest
	watches     []*pb.WatchReplicationStatusRequest
	watchScript []func(*pb.WatchReplicationStatusRequest, grpc.ServerStreamingServer[pb.WatchReplicationStatusResponse]) error
	committed   *pb.CommitUploadRequest
	breakAfter  int // WriteUpload fails with UNAVAILABLE after this many messages, once
}

func (s *fakeServer) record(ctx context.Context, requestID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	s.requestIDs = append(s.requestIDs, requestID)
	md, _ := metadata.FromIncomingContext(ctx)
	s.authHeaders = append(s.authHeaders, md.Get("authorization")...)
	_, ok := ctx.Deadline()
	s.deadlines = append(s.deadlines, ok)
	if s.failures > 0 {
		s.failures--
		return status.Error(codes.Unavailable, "try again")
	}
	return nil
}

func (s *fakeServer) GetGallery(ctx context.Context, r *pb.GetGalleryRequest) (*pb.Gallery, error) {
	if err := s.record(ctx, ""); err != nil {
		return nil, err
	}
	return &pb.Gallery{Name: r.GetName()}, nil
}

func (s *fakeServer) GetCaller(ctx context.Context, r *pb.GetCallerRequest) (*pb.Caller, error) {
	if err := s.record(ctx, ""); err != nil {
		return nil, err
	}
	return &pb.Caller{Authenticated: true}, nil
}

func (s *fakeServer) CreateGallery(ctx context.Context, r *pb.CreateGalleryRequest) (*pb.Gallery, error) {
	if err := s.record(ctx, r.GetRequestId()); err != nil {
		return nil, err
	}
	if r.GetGalleryId() == "-bad-" {
		st, _ := status.New(codes.InvalidArgument, "bad").WithDetails(
			&errdetails.ErrorInfo{Reason: "ERROR_REASON_INVALID_NAME", Domain: ErrorDomain},
			&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{
				{Field: "gallery_id", Reason: "ERROR_REASON_INVALID_NAME"},
				{Field: "gallery.location", Reason: "ERROR_REASON_FIELD_REQUIRED"},
			}})
		return nil, st.Err()
	}
	return &pb.Gallery{Name: r.GetParent() + "/" + r.GetGalleryId()}, nil
}

func (s *fakeServer) CreateUpload(ctx context.Context, r *pb.CreateUploadRequest) (*pb.Upload, error) {
	return &pb.Upload{Name: "up1", SizeBytes: r.GetUpload().GetSizeBytes()}, nil
}

func (s *fakeServer) received() int64 {
	var end int64
	for _, w := range s.writes {
		end = w.GetOffset() + int64(len(w.GetData()))
	}
	return end
}

func (s *fakeServer) GetUpload(ctx context.Context, r *pb.GetUploadRequest) (*pb.Upload, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return &pb.Upload{Name: r.GetName(), ReceivedBytes: s.received()}, nil
}

func (s *fakeServer) WriteUpload(stream grpc.ClientStreamingServer[pb.WriteUploadRequest, pb.Upload]) error {
	for n := 0; ; n++ {
		req, err := stream.Recv()
		if err == io.EOF {
			s.mu.Lock()
			defer s.mu.Unlock()
			return stream.SendAndClose(&pb.Upload{Name: "up1", ReceivedBytes: s.received()})
		}
		if err != nil {
			return err
		}
		s.mu.Lock()
		if n == 0 && req.GetName() != "up1" || req.GetOffset() < s.received() {
			s.mu.Unlock()
			return status.Errorf(codes.InvalidArgument, "bad write %v", req)
		}
		if s.breakAfter > 0 && n == s.breakAfter {
			s.breakAfter = 0
			s.mu.Unlock()
			return status.Error(codes.Unavailable, "connection lost")
		}
		s.writes = append(s.writes, req)
		s.mu.Unlock()
	}
}

func (s *fakeServer) CommitUpload(ctx context.Context, r *pb.CommitUploadRequest) (*pb.Upload, error) {
	s.committed = r
	return &pb.Upload{Name: r.GetName(), State: pb.UploadState_UPLOAD_STATE_COMMITTED}, nil
}

func (s *fakeServer) WatchReplicationStatus(r *pb.WatchReplicationStatusRequest, stream grpc.ServerStreamingServer[pb.WatchReplicationStatusResponse]) error {
	s.mu.Lock()
	n := len(s.watches)
	s.watches = append(s.watches, r)
	s.mu.Unlock()
	if n >= len(s.watchScript) {
		<-stream.Context().Done()
		return nil
	}
	return s.watchScript[n](r, stream)
}

func start(t *testing.T, s *fakeServer, opts ...Option) *Client {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	pb.RegisterGalleryServiceServer(srv, s)
	pb.RegisterImageSourceServiceServer(srv, s)
	pb.RegisterReplicationServiceServer(srv, s)
	pb.RegisterAccessServiceServer(srv, s)
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	opts = append([]Option{WithRetry(RetryPolicy{MaxAttempts: 4, Initial: time.Millisecond, Max: 5 * time.Millisecond, Multiplier: 2})}, opts...)
	c, err := Dial(context.Background(), lis.Addr().String(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestReadsAreRetriedWithADeadlineAndToken(t *testing.T) {
	s := &fakeServer{failures: 2}
	c := start(t, s, WithToken("secret"))
	if _, err := c.Galleries.GetGallery(context.Background(), &pb.GetGalleryRequest{Name: "g"}); err != nil {
		t.Fatalf("GetGallery after two UNAVAILABLE: %v", err)
	}
	if s.calls != 3 || s.deadlines[0] != true || s.authHeaders[0] != "Bearer secret" {
		t.Errorf("calls %d, deadlines %v, authorization %v; want 3 calls with a deadline and the token", s.calls, s.deadlines, s.authHeaders)
	}
}

func TestAccessCallsCarryTheTokenAndAnEmptyOneIsNotSent(t *testing.T) {
	s := &fakeServer{failures: 1}
	c := start(t, s, WithToken("secret"))
	if caller, err := c.Access.GetCaller(context.Background(), &pb.GetCallerRequest{}); err != nil || !caller.GetAuthenticated() {
		t.Fatalf("GetCaller after one UNAVAILABLE = %v, %v; want the caller", caller, err)
	}
	if !slices.Equal(s.authHeaders, []string{"Bearer secret", "Bearer secret"}) {
		t.Errorf("authorization %v; want the token on both attempts", s.authHeaders)
	}

	s = &fakeServer{}
	c = start(t, s, WithToken(""))
	if _, err := c.Access.GetCaller(context.Background(), &pb.GetCallerRequest{}); err != nil {
		t.Fatalf("GetCaller: %v", err)
	}
	if s.calls != 1 || len(s.authHeaders) != 0 {
		t.Errorf("%d calls with authorization %v; want 1 without", s.calls, s.authHeaders)
	}
}

func TestWritesGetARequestIDAndAreRetriedWithIt(t *testing.T) {
	s := &fakeServer{failures: 1}
	c := start(t, s)
	req := &pb.CreateGalleryRequest{Parent: "p", GalleryId: "g"}
	if _, err := c.Galleries.CreateGallery(context.Background(), req); err != nil {
		t.Fatalf("CreateGallery after one UNAVAILABLE: %v", err)
	}
	if len(s.requestIDs) != 2 || s.requestIDs[0] == "" || s.requestIDs[0] != s.requestIDs[1] {
		t.Errorf("request ids %q; want the same generated id twice", s.requestIDs)
	}
	if req.GetRequestId() != "" {
		t.Errorf("the caller's request was changed: %v", req)
	}
}

func TestWritesWithoutRequestIDAreNotRetried(t *testing.T) {
	s := &fakeServer{failures: 1}
	c := start(t, s, WithoutAutoRequestIDs())
	_, err := c.Galleries.CreateGallery(context.Background(), &pb.CreateGalleryRequest{Parent: "p", GalleryId: "g"})
	if status.Code(err) != codes.Unavailable || s.calls != 1 {
		t.Errorf("CreateGallery = %v after %d calls; want UNAVAILABLE after 1", err, s.calls)
	}
}

func TestDetails(t *testing.T) {
	c := start(t, &fakeServer{})
	_, err := c.Galleries.CreateGallery(context.Background(), &pb.CreateGalleryRequest{Parent: "p", GalleryId: "-bad-"})
	reason, info, violations := Details(err)
	if reason != "ERROR_REASON_INVALID_NAME" || info.GetDomain() != ErrorDomain || len(violations) != 2 ||
		!IsReason(err, ReasonInvalidName) || IsReason(err, ReasonFieldRequired) || Reason(err) != ReasonInvalidName {
		t.Errorf("Details = %q, %v, %v", reason, info, violations)
	}
	if r, i, v := Details(io.EOF); r != "" || i != nil || v != nil || IsReason(io.EOF, "") {
		t.Errorf("Details(io.EOF) = %q, %v, %v; want nothing", r, i, v)
	}
}

func TestUploadDiskSkipsZerosAndResumes(t *testing.T) {
	s := &fakeServer{breakAfter: 2}
	c := start(t, s)
	disk := make([]byte, 5*UploadChunk+123)
	copy(disk[10:], "hello")                      // chunk 0
	copy(disk[2*UploadChunk+5:], "world")         // chunk 2
	copy(disk[3*UploadChunk+UploadChunk-1:], "!") // chunk 3; chunk 1, 4 and the tail are zeros
	up, err := c.UploadDisk(context.Background(), "rg", "eastus", bytes.NewReader(disk), int64(len(disk)))
	if err != nil {
		t.Fatal(err)
	}
	var offsets []int64
	for _, w := range s.writes {
		offsets = append(offsets, w.GetOffset())
	}
	want := []int64{0, 2 * UploadChunk, 3 * UploadChunk, int64(len(disk))}
	if !slices.Equal(offsets, want) {
		t.Fatalf("writes at %v; want %v", offsets, want)
	}
	sum := sha256.Sum256(disk)
	if s.committed.GetSha256() != hex.EncodeToString(sum[:]) || s.committed.GetSizeBytes() != int64(len(disk)) ||
		up.GetState() != pb.UploadState_UPLOAD_STATE_COMMITTED {
		t.Errorf("committed %v; want size %d, sha256 %x", s.committed, len(disk), sum)
	}
}

// A plain io.Reader is read once: a broken stream that needs bytes read
// already ends the upload with ErrRewind (and is resumed by UploadOptions.Resume).
func TestUploadReaderOfAPlainReaderCannotRewind(t *testing.T) {
	s := &fakeServer{breakAfter: 2}
	c := start(t, s)
	disk := bytes.Repeat([]byte{1}, 4*UploadChunk)
	plain := struct{ io.Reader }{bytes.NewReader(disk)}
	_, err := c.UploadReader(context.Background(), "rg", "eastus", plain, int64(len(disk)), nil)
	if !errors.Is(err, ErrRewind) || !strings.Contains(err.Error(), "up1") {
		t.Fatalf("UploadReader of a broken stream: %v; want ErrRewind naming the upload", err)
	}
}

func send(stream grpc.ServerStreamingServer[pb.WatchReplicationStatusResponse], cursors ...string) {
	for _, c := range cursors {
		stream.Send(&pb.WatchReplicationStatusResponse{Cursor: c, Event: &pb.WatchReplicationStatusResponse_Checkpoint{Checkpoint: &pb.Checkpoint{}}})
	}
}

func reasonError(code codes.Code, reason string, md map[string]string) error {
	st, _ := status.New(code, reason).WithDetails(&errdetails.ErrorInfo{Reason: reason, Domain: ErrorDomain, Metadata: md})
	return st.Err()
}

func TestWatchResumes(t *testing.T) {
	type stream = grpc.ServerStreamingServer[pb.WatchReplicationStatusResponse]
	s := &fakeServer{}
	s.watchScript = []func(*pb.WatchReplicationStatusRequest, stream) error{
		func(_ *pb.WatchReplicationStatusRequest, st stream) error { // disconnect
			send(st, "1", "2")
			return status.Error(codes.Unavailable, "gone")
		},
		func(_ *pb.WatchReplicationStatusRequest, st stream) error { // the cursor expired
			send(st, "3")
			return reasonError(codes.OutOfRange, "ERROR_REASON_WATCH_CURSOR_EXPIRED", map[string]string{"oldestCursor": "9"})
		},
		func(_ *pb.WatchReplicationStatusRequest, st stream) error { // the state again, then too slow
			st.Send(&pb.WatchReplicationStatusResponse{Cursor: "10", Event: &pb.WatchReplicationStatusResponse_Change{
				Change: &pb.VersionReplicationStatus{ImageVersion: "v"}}})
			st.Send(&pb.WatchReplicationStatusResponse{Cursor: "10", Event: &pb.WatchReplicationStatusResponse_Checkpoint{
				Checkpoint: &pb.Checkpoint{InitialStateDone: true}}})
			return reasonError(codes.ResourceExhausted, "ERROR_REASON_WATCH_TOO_SLOW", map[string]string{"cursor": "10"})
		},
		func(_ *pb.WatchReplicationStatusRequest, st stream) error { // ends cleanly
			send(st, "11")
			return nil
		},
		func(_ *pb.WatchReplicationStatusRequest, st stream) error { // a real error
			send(st, "12")
			return status.Error(codes.PermissionDenied, "no")
		},
	}
	c := start(t, s)
	var cursors []string
	var rereads []bool
	var last error
	for msg, err := range c.Watch(context.Background(), "scope", WatchOptions{
		StartCursor: "0", InitialBackoff: time.Millisecond,
		OnReconnect: func(_ error, reread bool) { rereads = append(rereads, reread) },
	}) {
		if err != nil {
			last = err
			break
		}
		cursors = append(cursors, msg.GetCursor())
	}
	if status.Code(last) != codes.PermissionDenied {
		t.Errorf("the watch ended with %v; want PERMISSION_DENIED", last)
	}
	if got, want := cursors, []string{"1", "2", "3", "10", "10", "11", "12"}; !slices.Equal(got, want) {
		t.Errorf("cursors %v; want %v", got, want)
	}
	type req struct {
		cursor  string
		initial bool
	}
	var got []req
	for _, w := range s.watches {
		if w.GetScope() != "scope" {
			t.Errorf("watch of scope %q", w.GetScope())
		}
		got = append(got, req{w.GetStartCursor(), w.GetSendInitialState()})
	}
	want := []req{{"0", false}, {"2", false}, {"", true}, {"10", false}, {"11", false}}
	if !slices.Equal(got, want) {
		t.Errorf("watch requests %v; want %v", got, want)
	}
	if !slices.Equal(rereads, []bool{false, true, false, false}) {
		t.Errorf("reconnects (reread) %v", rereads)
	}
}

func TestWatchEndsWithItsContext(t *testing.T) {
	s := &fakeServer{}
	c := start(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	for _, err := range c.Watch(ctx, "", WatchOptions{}) {
		if err == nil || ctx.Err() == nil {
			t.Fatalf("got %v before the context ended", err)
		}
	}
}
