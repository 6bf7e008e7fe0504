package imagegallery_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// The live server the tests run against, as the runner gives it:
//
//	.venv/bin/python -m imagegallery_server.testing go='cd clients/go && go test ./...'
//
// starts one and sets both variables (the token is that of a server
// administrator of the suite's own).
const (
	addressVariable = "IMAGEGALLERY_ADDRESS"
	tokenVariable   = "IMAGEGALLERY_TOKEN"
)

// liveAddress is $IMAGEGALLERY_ADDRESS; the test fails when it is unset.
func liveAddress(t *testing.T) string {
	t.Helper()
	addr := os.Getenv(addressVariable)
	if addr == "" {
		t.Fatal(addressVariable + " is not set: run the tests with a live server, e.g. " +
			"`.venv/bin/python -m imagegallery_server.testing go='cd clients/go && go test ./...'`")
	}
	return addr
}

// liveToken is $IMAGEGALLERY_TOKEN, "" when unset (a server run with --auth
// none takes calls without one).
func liveToken() string { return os.Getenv(tokenVariable) }

// requireToken is $IMAGEGALLERY_TOKEN; the test fails when it is unset.
func requireToken(t *testing.T) string {
	t.Helper()
	token := liveToken()
	if token == "" {
		t.Fatal(tokenVariable + " is not set: this test needs the token of a server administrator " +
			"(the runner imagegallery_server.testing sets it)")
	}
	return token
}

// dialLive connects the SDK's client to the live server with the suite's
// token, and closes it when the test ends.
func dialLive(t *testing.T, ctx context.Context) *gallery.Client {
	t.Helper()
	return dialAs(t, ctx, liveToken())
}

// dialAs connects to the live server sending the given token.
func dialAs(t *testing.T, ctx context.Context, token string) *gallery.Client {
	t.Helper()
	c, err := gallery.Dial(ctx, liveAddress(t), gallery.WithToken(token))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// wantRefusal fails the test unless err is a gRPC status with the given code
// and ErrorInfo reason; it returns the ErrorInfo.
func wantRefusal(t *testing.T, what string, err error, code codes.Code, reason pb.ErrorReason) *errdetails.ErrorInfo {
	t.Helper()
	_, info, _ := gallery.Details(err)
	if status.Code(err) != code || !gallery.IsReason(err, reason) || info.GetDomain() != gallery.ErrorDomain {
		t.Fatalf("%s: got %v (ErrorInfo %v); want %v with reason %v in domain %s", what, err, info, code, reason, gallery.ErrorDomain)
	}
	return info
}

// newSubscription creates a subscription "go-…" of the suite's own, in the
// caller's tenant, and returns its name: resources are made only in a
// subscription that exists.
func newSubscription(t *testing.T, ctx context.Context, access pb.AccessServiceClient) string {
	t.Helper()
	s, err := access.CreateSubscription(ctx, &pb.CreateSubscriptionRequest{SubscriptionId: "go-" + randomHex(t)})
	if err != nil {
		t.Fatalf("CreateSubscription: %v", err)
	}
	return s.GetName()
}

func randomHex(t *testing.T) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}
