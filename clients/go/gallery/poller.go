package gallery

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// ErrNotDone is what Poller.Result answers while the operation runs.
var ErrNotDone = errors.New("gallery: the operation is still running")

// Poller follows one long operation to its end, as azcore's runtime.Poller:
// Poll reads it once, Done says whether it has ended, Result is its outcome
// once it has, and PollUntilDone waits for it. ResumeToken is the operation's
// name: BeginOptions.ResumeToken (or ResumePoller) follows it again, from any
// process. T is the result's type: *imagegalleryv1.ImageVersion, or
// *emptypb.Empty for a delete.
type Poller[T proto.Message] struct {
	ops longrunningpb.OperationsClient
	op  *longrunningpb.Operation
}

// BeginOptions are the options of the Begin calls.
type BeginOptions struct {
	// ResumeToken, when set, follows the operation an earlier poller's
	// ResumeToken names instead of starting a new one (the request is not sent).
	ResumeToken string
}

// PollUntilDoneOptions tune PollUntilDone; nil takes the defaults.
type PollUntilDoneOptions struct {
	// Frequency is how long each WaitOperation call asks the server to hold
	// the answer (default 10 s), so how often Progress hears of a running
	// operation; the server answers at once when the operation ends.
	Frequency time.Duration
	// Progress, when set, is given the operation's metadata each time it is read.
	Progress func(*pb.OperationMetadata)
	// OnRetry, when set, is told of each failed call the wait goes on after.
	OnRetry func(error)
}

// ResumeToken is the operation's name, which BeginOptions.ResumeToken and
// ResumePoller take; the error is for a Poller that follows no operation.
func (p *Poller[T]) ResumeToken() (string, error) {
	if p.op.GetName() == "" {
		return "", errors.New("gallery: the poller follows no operation")
	}
	return p.op.GetName(), nil
}

// Operation is the operation as last read.
func (p *Poller[T]) Operation() *longrunningpb.Operation { return p.op }

// Done reports whether the operation had ended when last read.
func (p *Poller[T]) Done() bool { return p.op.GetDone() }

// Poll reads the operation once (GetOperation, retried on UNAVAILABLE as
// every read) and returns it.
func (p *Poller[T]) Poll(ctx context.Context) (*longrunningpb.Operation, error) {
	if p.Done() {
		return p.op, nil
	}
	op, err := p.ops.GetOperation(ctx, &longrunningpb.GetOperationRequest{Name: p.op.GetName()})
	if err != nil {
		return nil, err
	}
	p.op = op
	return op, nil
}

// Result is the operation's outcome once Done: its result, or, for a failed
// operation, its error as an *Error. While it runs, the error is ErrNotDone.
func (p *Poller[T]) Result(context.Context) (T, error) {
	if !p.Done() {
		var zero T
		return zero, fmt.Errorf("%w: %s", ErrNotDone, p.op.GetName())
	}
	return resultAs[T](p.op)
}

// PollUntilDone waits until the operation ends and returns Result. It is
// WaitOperation's wait: ctx bounds it (without a deadline it has none), and
// until then it follows the operation through UNAVAILABLE, reset streams and
// server restarts.
func (p *Poller[T]) PollUntilDone(ctx context.Context, opts *PollUntilDoneOptions) (T, error) {
	if !p.Done() {
		o := PollUntilDoneOptions{}
		if opts != nil {
			o = *opts
		}
		waitOpts := []WaitOption{WaitOnRetry(o.OnRetry)}
		if o.Frequency > 0 {
			waitOpts = append(waitOpts, WaitInterval(o.Frequency))
		}
		op, err := waitDone(ctx, p.ops, p.op.GetName(), o.Progress, waitOpts...)
		if err != nil {
			var zero T
			return zero, err
		}
		p.op = op
	}
	return p.Result(ctx)
}

// ResumePoller follows the operation a poller's ResumeToken named; an
// operation the server does not know is a NOT_FOUND *Error.
func ResumePoller[T proto.Message](ctx context.Context, c *Client, token string) (*Poller[T], error) {
	op, err := c.Operations.GetOperation(ctx, &longrunningpb.GetOperationRequest{Name: token})
	if err != nil {
		return nil, err
	}
	return &Poller[T]{ops: c.Operations, op: op}, nil
}

// begin starts an operation with start, or resumes the one opts names.
func begin[T proto.Message](ctx context.Context, c *Client, opts *BeginOptions, start func() (*longrunningpb.Operation, error)) (*Poller[T], error) {
	if opts != nil && opts.ResumeToken != "" {
		return ResumePoller[T](ctx, c, opts.ResumeToken)
	}
	op, err := start()
	if err != nil {
		return nil, err
	}
	return &Poller[T]{ops: c.Operations, op: op}, nil
}

// BeginCreateImageVersion starts creating a version and replicating it to its
// target regions; the poller's result is the version.
func (c *Client) BeginCreateImageVersion(ctx context.Context, req *pb.CreateImageVersionRequest, opts *BeginOptions) (*Poller[*pb.ImageVersion], error) {
	return begin[*pb.ImageVersion](ctx, c, opts, func() (*longrunningpb.Operation, error) {
		return c.Versions.CreateImageVersion(ctx, req)
	})
}

// BeginUpdateImageVersion starts updating a version (the fields of its
// update_mask); the poller's result is the version.
func (c *Client) BeginUpdateImageVersion(ctx context.Context, req *pb.UpdateImageVersionRequest, opts *BeginOptions) (*Poller[*pb.ImageVersion], error) {
	return begin[*pb.ImageVersion](ctx, c, opts, func() (*longrunningpb.Operation, error) {
		return c.Versions.UpdateImageVersion(ctx, req)
	})
}

// BeginDeleteImageVersion starts deleting a version and its replicas.
func (c *Client) BeginDeleteImageVersion(ctx context.Context, req *pb.DeleteImageVersionRequest, opts *BeginOptions) (*Poller[*emptypb.Empty], error) {
	return begin[*emptypb.Empty](ctx, c, opts, func() (*longrunningpb.Operation, error) {
		return c.Versions.DeleteImageVersion(ctx, req)
	})
}

// BeginRetryImageVersionReplication starts replicating a version again to the
// regions where it failed; the poller's result is the version.
func (c *Client) BeginRetryImageVersionReplication(ctx context.Context, req *pb.RetryImageVersionReplicationRequest, opts *BeginOptions) (*Poller[*pb.ImageVersion], error) {
	return begin[*pb.ImageVersion](ctx, c, opts, func() (*longrunningpb.Operation, error) {
		return c.Versions.RetryImageVersionReplication(ctx, req)
	})
}
