package gallery

import (
	"context"
	"fmt"
	"time"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// waitSlice is how long one WaitOperation call asks the server to wait; it
// stays below DefaultTimeout so each call's deadline outlasts it.
const waitSlice = 10 * time.Second

// WaitOption tunes a wait; see WaitInterval and WaitOnRetry.
type WaitOption func(*waitOptions)

type waitOptions struct {
	interval time.Duration
	onRetry  func(error)
}

// WaitInterval is how long each WaitOperation call asks the server to wait
// (default 10 s), so how often progress hears of a running operation.
func WaitInterval(d time.Duration) WaitOption {
	return func(o *waitOptions) { o.interval = d }
}

// WaitOnRetry has onRetry told of each failed call after which the wait goes on.
func WaitOnRetry(onRetry func(error)) WaitOption {
	return func(o *waitOptions) { o.onRetry = onRetry }
}

// WaitOperation waits until the operation called name is done, calling
// progress (when not nil) with its metadata each time it is read, and returns
// its response unpacked (an *imagegalleryv1.ImageVersion, or *emptypb.Empty
// for a delete). A failed operation returns its google.rpc.Status as an
// *Error.
//
// ctx bounds the whole wait; without a deadline the wait has none, as an
// Azure poller. Until then it follows the operation through UNAVAILABLE,
// reset streams and server restarts: a call that fails so (or outlives its
// own deadline) is made again with backoff once the client's retries of it
// are spent. Any other failed call is returned at once.
func WaitOperation(ctx context.Context, ops longrunningpb.OperationsClient, name string, progress func(*pb.OperationMetadata), opts ...WaitOption) (proto.Message, error) {
	op, err := waitDone(ctx, ops, name, progress, opts...)
	if err != nil {
		return nil, err
	}
	return operationResult(op)
}

// waitDone is WaitOperation's wait: the operation once it is done.
func waitDone(ctx context.Context, ops longrunningpb.OperationsClient, name string, progress func(*pb.OperationMetadata), opts ...WaitOption) (*longrunningpb.Operation, error) {
	o := waitOptions{interval: waitSlice}
	for _, opt := range opts {
		opt(&o)
	}
	b := newBackoff(200*time.Millisecond, 2*time.Second, 2)
	for {
		op, err := waitOnce(ctx, ops, name, o.interval)
		switch {
		case ended(ctx, err):
			return nil, ctx.Err()
		case err != nil && !resumable(err) && status.Code(err) != codes.DeadlineExceeded:
			return nil, err
		case err != nil:
			if o.onRetry != nil {
				o.onRetry(err)
			}
		default:
			if progress != nil && op.GetMetadata() != nil {
				md := &pb.OperationMetadata{}
				if err := op.GetMetadata().UnmarshalTo(md); err == nil {
					progress(md)
				}
			}
			if op.GetDone() {
				return op, nil
			}
		}
		// The server may answer before the operation ends (its own cap on a
		// wait); pause briefly so that a server answering at once is not hammered.
		if !b.sleep(ctx) {
			return nil, ctx.Err()
		}
	}
}

// waitOnce is one WaitOperation call: the server waits at most interval, and
// the call ends by DefaultTimeout after that (or ctx's deadline, if sooner).
func waitOnce(ctx context.Context, ops longrunningpb.OperationsClient, name string, interval time.Duration) (*longrunningpb.Operation, error) {
	if d, ok := ctx.Deadline(); ok && time.Until(d) < interval {
		interval = max(time.Until(d), time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(ctx, interval+DefaultTimeout)
	defer cancel()
	return ops.WaitOperation(ctx, &longrunningpb.WaitOperationRequest{Name: name, Timeout: durationpb.New(interval)})
}

// WaitResult is WaitOperation with the response's type checked:
//
//	v, err := gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op.GetName(), nil)
func WaitResult[T proto.Message](ctx context.Context, ops longrunningpb.OperationsClient, name string, progress func(*pb.OperationMetadata), opts ...WaitOption) (T, error) {
	op, err := waitDone(ctx, ops, name, progress, opts...)
	if err != nil {
		var zero T
		return zero, err
	}
	return resultAs[T](op)
}

// resultAs is a done operation's response as a T, or its error.
func resultAs[T proto.Message](op *longrunningpb.Operation) (T, error) {
	var zero T
	m, err := operationResult(op)
	if err != nil {
		return zero, err
	}
	t, ok := m.(T)
	if !ok {
		return zero, fmt.Errorf("gallery: operation %s answered a %s, not a %T", op.GetName(), m.ProtoReflect().Descriptor().FullName(), zero)
	}
	return t, nil
}

// WaitOperation is the package function on this client's Operations service.
func (c *Client) WaitOperation(ctx context.Context, name string, progress func(*pb.OperationMetadata), opts ...WaitOption) (proto.Message, error) {
	return WaitOperation(ctx, c.Operations, name, progress, opts...)
}

func operationResult(op *longrunningpb.Operation) (proto.Message, error) {
	switch r := op.GetResult().(type) {
	case *longrunningpb.Operation_Error:
		return nil, newError(status.FromProto(r.Error))
	case *longrunningpb.Operation_Response:
		m, err := r.Response.UnmarshalNew()
		if err != nil {
			return nil, fmt.Errorf("gallery: operation %s: unpacking %s: %w", op.GetName(), r.Response.GetTypeUrl(), err)
		}
		return m, nil
	}
	return nil, fmt.Errorf("gallery: operation %s is done with neither a response nor an error", op.GetName())
}
