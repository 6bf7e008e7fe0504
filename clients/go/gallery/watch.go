package gallery

import (
	"context"
	"errors"
	"io"
	"iter"
	"strings"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// WatchOptions says where a watch starts and how it reconnects.
type WatchOptions struct {
	// StartCursor resumes after a cursor a previous watch or
	// GetReplicationStatus gave; empty starts from now.
	StartCursor string
	// SendInitialState first sends the state of every version in scope, then
	// a checkpoint with initial_state_done, then the changes.
	SendInitialState bool
	// MaxReconnects bounds consecutive failed reconnects (none received a
	// message); 0 means no bound: the watch keeps trying until ctx ends.
	MaxReconnects int
	// Backoff between reconnects: from InitialBackoff (default 100 ms),
	// doubling up to MaxBackoff (default 5 s); reset by every message.
	InitialBackoff, MaxBackoff time.Duration
	// OnReconnect, when set, is told each time the watch reopens its stream:
	// why, and whether it re-reads the whole state (the cursor expired).
	OnReconnect func(cause error, reread bool)
}

// Watch watches the replication status of everything in scope (an image
// version, definition, gallery, resource group or subscription, by resource
// ID; "" for everything), for use with range:
//
//	for msg, err := range c.Watch(ctx, versionName, gallery.WatchOptions{SendInitialState: true}) {
//		if err != nil { return err }
//		if ch := msg.GetChange(); ch != nil { ... }
//	}
//
// The watch outlives its streams: after a disconnect (UNAVAILABLE, a reset
// stream, a stream that ends) or WATCH_TOO_SLOW it reopens from the last
// cursor it received, with backoff, so no change is lost or repeated; when its
// cursor has expired (OUT_OF_RANGE, WATCH_CURSOR_EXPIRED) it starts again with
// send_initial_state, so the state it delivers is whole again (watch for the
// checkpoint with initial_state_done). Any other error, or ctx ending, is
// yielded once as the last element. Breaking out of the loop closes the stream.
func (c *Client) Watch(ctx context.Context, scope string, opts WatchOptions) iter.Seq2[*pb.WatchReplicationStatusResponse, error] {
	return WatchReplication(ctx, c.Replication, scope, opts)
}

// WatchReplication is Client.Watch on any ReplicationServiceClient.
func WatchReplication(ctx context.Context, rc pb.ReplicationServiceClient, scope string, opts WatchOptions) iter.Seq2[*pb.WatchReplicationStatusResponse, error] {
	initial, max := opts.InitialBackoff, opts.MaxBackoff
	if initial <= 0 {
		initial = 100 * time.Millisecond
	}
	if max <= 0 {
		max = 5 * time.Second
	}
	return func(yield func(*pb.WatchReplicationStatusResponse, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel() // closes the stream when the loop breaks
		cursor, initialState := opts.StartCursor, opts.SendInitialState
		b := newBackoff(initial, max, 2)
		failures := 0
		for {
			stream, err := rc.WatchReplicationStatus(ctx, &pb.WatchReplicationStatusRequest{
				Scope: scope, StartCursor: cursor, SendInitialState: initialState,
			})
			received := false
			for err == nil {
				var msg *pb.WatchReplicationStatusResponse
				msg, err = stream.Recv()
				if err != nil {
					break
				}
				received = true
				if msg.GetCursor() != "" {
					cursor = msg.GetCursor()
				}
				// Until the initial state is complete, a resume asks for it
				// again; after, it resumes from the cursor alone.
				if msg.GetCheckpoint().GetInitialStateDone() {
					initialState = false
				}
				if !yield(msg, nil) {
					return
				}
			}
			if ended(ctx, err) {
				yield(nil, ctx.Err())
				return
			}
			var reread bool
			switch {
			case errors.Is(err, io.EOF) || resumable(err):
			case status.Code(err) == codes.ResourceExhausted && IsReason(err, ReasonWatchTooSlow):
				if _, info, _ := Details(err); info.GetMetadata()["cursor"] != "" {
					cursor = info.GetMetadata()["cursor"]
				}
			case status.Code(err) == codes.OutOfRange && IsReason(err, ReasonWatchCursorExpired):
				cursor, initialState, reread = "", true, true
			default:
				yield(nil, err)
				return
			}
			if received {
				b.reset()
				failures = 0
			}
			failures++
			if opts.MaxReconnects > 0 && failures > opts.MaxReconnects {
				yield(nil, err)
				return
			}
			if opts.OnReconnect != nil {
				opts.OnReconnect(err, reread)
			}
			if !b.sleep(ctx) {
				yield(nil, ctx.Err())
				return
			}
		}
	}
}

// resumable reports a broken transport: the stream may be opened again.
func resumable(err error) bool {
	switch status.Code(err) {
	case codes.Unavailable:
		return true
	case codes.Internal, codes.Unknown:
		// A stream reset by the peer or a proxy (RST_STREAM), not an answer.
		msg := status.Convert(err).Message()
		return strings.Contains(msg, "RST_STREAM") || strings.Contains(msg, "stream terminated")
	}
	return false
}

// ended reports whether err comes from ctx ending; then ctx.Err() is set.
// grpc's own deadline timer can fire just before ctx's, so a stream may fail
// with DEADLINE_EXCEEDED a moment before ctx.Err() reports it.
func ended(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return true
	}
	if c := status.Code(err); c != codes.DeadlineExceeded && c != codes.Canceled {
		return false
	}
	if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		<-ctx.Done()
		return true
	}
	return false
}
