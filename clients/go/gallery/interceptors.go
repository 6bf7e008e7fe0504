package gallery

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"math"
	mrand "math/rand/v2"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// typedErrorInterceptor answers every refusal as an *Error.
func typedErrorInterceptor(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	return typed(invoker(ctx, method, req, reply, cc, opts...))
}

// typedErrorStreamInterceptor does the same for streams: opening one, and
// each message sent or received.
func typedErrorStreamInterceptor(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
	s, err := streamer(ctx, desc, cc, method, opts...)
	if err != nil {
		return nil, typed(err)
	}
	return typedStream{s}, nil
}

type typedStream struct{ grpc.ClientStream }

func (s typedStream) SendMsg(m any) error { return typed(s.ClientStream.SendMsg(m)) }
func (s typedStream) RecvMsg(m any) error { return typed(s.ClientStream.RecvMsg(m)) }

// timeoutInterceptor gives a call whose context has no deadline one of d.
func timeoutInterceptor(d time.Duration) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		if _, ok := ctx.Deadline(); !ok && d > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, d)
			defer cancel()
		}
		return invoker(ctx, method, req, reply, cc, opts...)
	}
}

// requestIDInterceptor fills an empty request_id field with a fresh id, on a
// copy of the request, so that the call becomes safe to retry.
func requestIDInterceptor(enabled bool) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		if m, ok := req.(proto.Message); ok && enabled {
			if fd := requestIDField(m); fd != nil && m.ProtoReflect().Get(fd).String() == "" {
				m = proto.Clone(m)
				m.ProtoReflect().Set(fd, protoreflect.ValueOfString(NewRequestID()))
				req = m
			}
		}
		return invoker(ctx, method, req, reply, cc, opts...)
	}
}

// retryInterceptor retries safe calls that fail with UNAVAILABLE.
func retryInterceptor(p RetryPolicy) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		if p.MaxAttempts <= 1 || !safeToRetry(method, req) {
			return invoker(ctx, method, req, reply, cc, opts...)
		}
		b := newBackoff(p.Initial, p.Max, p.Multiplier)
		for attempt := 1; ; attempt++ {
			err := invoker(ctx, method, req, reply, cc, opts...)
			if status.Code(err) != codes.Unavailable || attempt >= p.MaxAttempts {
				return err
			}
			if !b.sleep(ctx) {
				return err
			}
		}
	}
}

// safeToRetry: reads, and writes carrying a request_id (the server answers a
// repeated one from its record of the first).
func safeToRetry(method string, req any) bool {
	service, name, _ := strings.Cut(strings.TrimPrefix(method, "/"), "/")
	switch {
	case strings.HasPrefix(name, "Get"), strings.HasPrefix(name, "List"),
		service == "google.longrunning.Operations" && name == "WaitOperation",
		service == "imagegallery.v1.PlanningService":
		return true
	}
	if m, ok := req.(proto.Message); ok {
		if fd := requestIDField(m); fd != nil {
			return m.ProtoReflect().Get(fd).String() != ""
		}
	}
	return false
}

func requestIDField(m proto.Message) protoreflect.FieldDescriptor {
	fd := m.ProtoReflect().Descriptor().Fields().ByName("request_id")
	if fd == nil || fd.Kind() != protoreflect.StringKind || fd.IsList() {
		return nil
	}
	return fd
}

// NewRequestID returns a random id for a request_id field.
func NewRequestID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails (crypto/rand panics rather)
	return hex.EncodeToString(b)
}

// backoff is an exponential backoff with ±20% jitter.
type backoff struct {
	next, max  time.Duration
	multiplier float64
	initial    time.Duration
}

func newBackoff(initial, max time.Duration, multiplier float64) *backoff {
	if initial <= 0 {
		initial = 100 * time.Millisecond
	}
	if max < initial {
		max = initial
	}
	if multiplier < 1 {
		multiplier = 1
	}
	return &backoff{next: initial, max: max, multiplier: multiplier, initial: initial}
}

// sleep waits the next delay; false when ctx ended first.
func (b *backoff) sleep(ctx context.Context) bool {
	d := time.Duration(float64(b.next) * (0.8 + 0.4*mrand.Float64()))
	b.next = time.Duration(math.Min(float64(b.max), float64(b.next)*b.multiplier))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func (b *backoff) reset() { b.next = b.initial }
