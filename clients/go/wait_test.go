package imagegallery_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// testServerVariable names the command (a JSON list) of a server of the
// test's own that it kills and restarts by lines on the command's stdin; the
// runner sets it (python -m imagegallery_server.testing restartable).
const testServerVariable = "IMAGEGALLERY_TEST_SERVER"

// testServer is that server: Address and Token (its administrator's) once it serves.
type testServer struct {
	Address, Token string
	commands       io.WriteCloser
	answers        *bufio.Scanner
}

// startTestServer starts the server with env added to this process's
// environment; it stops when the test ends.
func startTestServer(t *testing.T, env ...string) *testServer {
	t.Helper()
	var argv []string
	if err := json.Unmarshal([]byte(os.Getenv(testServerVariable)), &argv); err != nil || len(argv) == 0 {
		t.Fatalf("%s is not a JSON list of a command (%v): run the tests with the runner imagegallery_server.testing", testServerVariable, err)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	commands, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	answers, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &testServer{commands: commands, answers: bufio.NewScanner(answers)}
	t.Cleanup(func() {
		commands.Close() // the server stops
		if err := cmd.Wait(); err != nil {
			t.Errorf("the test server: %v", err)
		}
	})
	s.answer(t, s)
	return s
}

// do sends a command ("kill", "restart") and waits for its answer.
func (s *testServer) do(t *testing.T, command string) {
	t.Helper()
	if _, err := fmt.Fprintln(s.commands, command); err != nil {
		t.Fatal(err)
	}
	var answer struct{ Error string }
	if s.answer(t, &answer); answer.Error != "" {
		t.Fatal(answer.Error)
	}
}

func (s *testServer) answer(t *testing.T, into any) {
	t.Helper()
	if !s.answers.Scan() {
		t.Fatalf("the test server ended: %v", s.answers.Err())
	}
	if err := json.Unmarshal(s.answers.Bytes(), into); err != nil {
		t.Fatalf("the test server answered %q: %v", s.answers.Text(), err)
	}
}

// startLinuxVersion creates a gallery, a definition and a source of size
// random bytes in rg, then starts creating version 1.0.0 in regions; the
// operation's name and the version's.
func startLinuxVersion(t *testing.T, ctx context.Context, c *gallery.Client, rg string, size int, regions ...string) (string, string) {
	t.Helper()
	_, def := newDefinition(t, ctx, c, rg, "gallery", "wait")
	disk := make([]byte, size)
	randomBytes(t, disk)
	up, err := c.UploadDisk(ctx, rg, "eastus", bytes.NewReader(disk), int64(size))
	if err != nil {
		t.Fatalf("UploadDisk: %v", err)
	}
	src := newSource(t, ctx, c, rg, "disk", up.GetName())
	op := startVersion(t, ctx, c, def.GetName(), "1.0.0", src.GetName(), regions...)
	return op.GetName(), def.GetName() + "/versions/1.0.0"
}

// A wait follows its operation through a crash: the server (with a slow link
// to westus) is killed once the wait has seen the operation running, and
// restarted on the same data dir and port once the wait has retried a call
// (the client's own retries of it spent); the wait returns the version the
// restarted server finished. So does a poller resumed from its token, whose
// PollUntilDone is the same wait.
func TestWaitReturnsTheVersionARestartedServerFinished(t *testing.T) {
	waitsFollowARestart(t, func(ctx context.Context, c *gallery.Client, op string, progress func(*pb.OperationMetadata), onRetry func(error)) (*pb.ImageVersion, error) {
		return gallery.WaitResult[*pb.ImageVersion](ctx, c.Operations, op, progress, gallery.WaitInterval(200*time.Millisecond), gallery.WaitOnRetry(onRetry))
	})
}

func TestPollUntilDoneReturnsTheVersionARestartedServerFinished(t *testing.T) {
	waitsFollowARestart(t, func(ctx context.Context, c *gallery.Client, op string, progress func(*pb.OperationMetadata), onRetry func(error)) (*pb.ImageVersion, error) {
		poller, err := c.BeginCreateImageVersion(ctx, nil, &gallery.BeginOptions{ResumeToken: op})
		if err != nil {
			return nil, err
		}
		return poller.PollUntilDone(ctx, &gallery.PollUntilDoneOptions{Frequency: 200 * time.Millisecond, Progress: progress, OnRetry: onRetry})
	})
}

// waitsFollowARestart runs the test above with wait as the wait.
func waitsFollowARestart(t *testing.T, wait func(ctx context.Context, c *gallery.Client, op string, progress func(*pb.OperationMetadata), onRetry func(error)) (*pb.ImageVersion, error)) {
	srv := startTestServer(t, "IMAGEGALLERY_REGION_THROTTLES=westus=1048576")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // only so that a broken test ends
	t.Cleanup(cancel)
	c, err := gallery.Dial(ctx, srv.Address, gallery.WithToken(srv.Token))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	rg := newSubscription(t, ctx, c.Access) + "/resourceGroups/rg"
	op, versionName := startLinuxVersion(t, ctx, c, rg, 4<<20, "eastus", "westus") // 4 s to westus

	running, retried := make(chan struct{}), make(chan struct{})
	var seenRunning, seenRetry sync.Once
	type outcome struct {
		version *pb.ImageVersion
		err     error
	}
	waited := make(chan outcome, 1)
	go func() {
		v, err := wait(ctx, c, op, func(md *pb.OperationMetadata) {
			if md.GetEndTime() == nil {
				seenRunning.Do(func() { close(running) })
			}
		}, func(error) {
			seenRetry.Do(func() { close(retried) })
		})
		waited <- outcome{v, err}
	}()
	awaitEvent := func(event <-chan struct{}, what string) {
		t.Helper()
		select {
		case <-event:
		case o := <-waited:
			t.Fatalf("the wait ended before %s: %v, %v", what, o.version, o.err)
		case <-ctx.Done():
			t.Fatalf("no %s: %v", what, ctx.Err())
		}
	}
	awaitEvent(running, "seeing the operation running")
	srv.do(t, "kill")
	awaitEvent(retried, "retrying a call")
	srv.do(t, "restart")
	o := <-waited
	if o.err != nil {
		t.Fatalf("the wait: %v", o.err)
	}
	if o.version.GetName() != versionName ||
		o.version.GetReplicationStatus().GetAggregatedState() != pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_COMPLETED {
		t.Fatalf("the wait returned %v; want %s Completed", o.version, versionName)
	}
}

// A wait returns an answer of the server that is not a broken transport at once.
func TestWaitReturnsAnAnswerOfTheServerWithoutRetrying(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	c := dialLive(t, ctx)
	retries := 0
	_, err := c.WaitOperation(ctx, "operations/never-made", nil, gallery.WaitOnRetry(func(error) { retries++ }))
	if status.Code(err) != codes.NotFound || retries != 0 {
		t.Fatalf("waiting on an operation never made: %v after %d retries; want NotFound after none", err, retries)
	}
}

// A failed operation is a *gallery.Error from PollUntilDone and Result, with
// the operation's reason.
func TestAFailedOperationIsATypedError(t *testing.T) {
	// Every copy to westus arrives damaged and is tried once: the region fails.
	srv := startTestServer(t, "IMAGEGALLERY_DAMAGED_COPIES=westus=5", "IMAGEGALLERY_REPLICATION_ATTEMPTS=1")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // only so that a broken test ends
	t.Cleanup(cancel)
	c, err := gallery.Dial(ctx, srv.Address, gallery.WithToken(srv.Token))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	sub := newResourceGroup(t, ctx, c)
	op, _ := startLinuxVersion(t, ctx, c, sub.ResourceGroupID("rg"), 1<<20, "eastus", "westus")
	poller, err := gallery.ResumePoller[*pb.ImageVersion](ctx, c, op)
	if err != nil {
		t.Fatal(err)
	}
	_, err = poller.PollUntilDone(ctx, nil)
	e := wantError(t, "a failed replication", err, codes.Unavailable)
	if e.Reason != gallery.ReasonReplicationFailed || !strings.Contains(e.Message, "westus") || !poller.Done() {
		t.Fatalf("%v: reason %v; want REPLICATION_FAILED naming westus, the poller done", e, e.Reason)
	}
	if _, again := poller.Result(ctx); wantError(t, "Result after the end", again, codes.Unavailable).Reason != e.Reason {
		t.Fatalf("Result after the end: %v; want %v", again, e)
	}
	// Retried, the copy to westus arrives damaged again.
	retrying, err := sub.BeginRetryImageVersionReplication(ctx, "rg", "gallery", "ubuntu", "1.0.0", nil)
	if err != nil {
		t.Fatalf("BeginRetryImageVersionReplication: %v", err)
	}
	if _, err := retrying.PollUntilDone(ctx, nil); !gallery.IsReason(err, gallery.ReasonReplicationFailed) {
		t.Fatalf("the retry: %v; want REPLICATION_FAILED again", err)
	}
}
