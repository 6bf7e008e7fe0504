// Command watch prints the replication status of everything under a scope as
// it changes, resuming across disconnects.
//
//	IMAGEGALLERY_ADDRESS=127.0.0.1:50051 IMAGEGALLERY_TOKEN=$(cat data/owner-token) \
//	  go run ./examples/watch [-scope RESOURCE_ID] [-until-completed]
//
// The token is sent as "authorization: Bearer <token>"; the server refuses
// calls without one unless it runs with --auth none. Only the changes of
// versions the token's principal may read are shown.
//
// With -until-completed it exits 0 once every version it has seen is
// Completed (after the initial state), and 1 if one failed.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"time"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

func main() {
	scope := flag.String("scope", "", "resource ID to watch (a version, definition, gallery, resource group or subscription); empty for everything")
	untilCompleted := flag.Bool("until-completed", false, "exit once every version seen is Completed")
	timeout := flag.Duration("timeout", 0, "give up after this long (0: never)")
	flag.Parse()

	addr := os.Getenv("IMAGEGALLERY_ADDRESS")
	if addr == "" {
		addr = "127.0.0.1:50051"
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *timeout)
		defer cancel()
	}

	// An empty token (IMAGEGALLERY_TOKEN unset) sends none.
	c, err := gallery.Dial(ctx, addr, gallery.WithToken(os.Getenv("IMAGEGALLERY_TOKEN")))
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	pending := map[string]bool{} // versions seen, not yet Completed
	ready := false               // the initial state has been sent
	watch := c.Watch(ctx, *scope, gallery.WatchOptions{
		SendInitialState: true,
		OnReconnect: func(cause error, reread bool) {
			log.Printf("reconnecting (re-reading the state: %v): %v", reread, cause)
		},
	})
	for msg, err := range watch {
		if err != nil {
			if ctx.Err() != nil {
				return // interrupted or timed out
			}
			log.Fatal(err)
		}
		if msg.GetCheckpoint().GetInitialStateDone() {
			ready = true
		}
		if ch := msg.GetChange(); ch != nil {
			printChange(ch)
			switch state := ch.GetStatus().GetAggregatedState(); {
			case ch.GetDeleted() || state == pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_COMPLETED:
				delete(pending, ch.GetImageVersion())
			case state == pb.AggregatedReplicationState_AGGREGATED_REPLICATION_STATE_FAILED:
				if *untilCompleted {
					os.Exit(1)
				}
			default:
				pending[ch.GetImageVersion()] = true
			}
		}
		if *untilCompleted && ready && len(pending) == 0 {
			return
		}
	}
}

func printChange(ch *pb.VersionReplicationStatus) {
	if ch.GetDeleted() {
		fmt.Printf("%s %s deleted\n", time.Now().Format(time.TimeOnly), ch.GetImageVersion())
		return
	}
	fmt.Printf("%s %s %s\n", time.Now().Format(time.TimeOnly), ch.GetImageVersion(), ch.GetStatus().GetAggregatedState())
	for _, r := range ch.GetStatus().GetSummary() {
		fmt.Printf("    %-12s %-24s %3d%%  %d/%d replicas\n", r.GetRegion(), r.GetState(), r.GetProgress(), r.GetReplicasCompleted(), r.GetReplicaCount())
	}
}
