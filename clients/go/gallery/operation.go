package gallery

import (
	"context"
	"fmt"
	"time"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// waitSlice is how long one WaitOperation call asks the server to wait; it
// stays below DefaultTimeout so each call's deadline outlasts it.
const waitSlice = 10 * time.Second

// WaitOperation waits until the operation called name is done, calling
// progress (when not nil) with its metadata each time it is read, and returns
// its response unpacked (an *imagegalleryv1.ImageVersion, or *emptypb.Empty
// for a delete). A failed operation returns its google.rpc.Status as an error
// that Details and IsReason read. ctx bounds the whole wait.
func WaitOperation(ctx context.Context, ops longrunningpb.OperationsClient, name string, progress func(*pb.OperationMetadata)) (proto.Message, error) {
	b := newBackoff(200*time.Millisecond, 2*time.Second, 2)
	for {
		op, err := ops.WaitOperation(ctx, &longrunningpb.WaitOperationRequest{Name: name, Timeout: durationpb.New(waitSlice)})
		if err != nil {
			return nil, err
		}
		if progress != nil && op.GetMetadata() != nil {
			md := &pb.OperationMetadata{}
			if err := op.GetMetadata().UnmarshalTo(md); err == nil {
				progress(md)
			}
		}
		if op.GetDone() {
			return operationResult(op)
		}
		// The server may answer before the operation ends (its own cap on a
		// wait); pause briefly so that a server answering at once is not hammered.
		if !b.sleep(ctx) {
			return nil, ctx.Err()
		}
	}
}

// WaitResult is WaitOperation with the response's type checked:
//
//	v, err := gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op.GetName(), nil)
func WaitResult[T proto.Message](ctx context.Context, ops longrunningpb.OperationsClient, name string, progress func(*pb.OperationMetadata)) (T, error) {
	var zero T
	m, err := WaitOperation(ctx, ops, name, progress)
	if err != nil {
		return zero, err
	}
	t, ok := m.(T)
	if !ok {
		return zero, fmt.Errorf("gallery: operation %s answered a %s, not a %T", name, m.ProtoReflect().Descriptor().FullName(), zero)
	}
	return t, nil
}

// WaitOperation is the package function on this client's Operations service.
func (c *Client) WaitOperation(ctx context.Context, name string, progress func(*pb.OperationMetadata)) (proto.Message, error) {
	return WaitOperation(ctx, c.Operations, name, progress)
}

func operationResult(op *longrunningpb.Operation) (proto.Message, error) {
	switch r := op.GetResult().(type) {
	case *longrunningpb.Operation_Error:
		return nil, status.ErrorProto(r.Error)
	case *longrunningpb.Operation_Response:
		m, err := r.Response.UnmarshalNew()
		if err != nil {
			return nil, fmt.Errorf("gallery: operation %s: unpacking %s: %w", op.GetName(), r.Response.GetTypeUrl(), err)
		}
		return m, nil
	}
	return nil, fmt.Errorf("gallery: operation %s is done with neither a response nor an error", op.GetName())
}
