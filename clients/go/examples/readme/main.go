// Command readme is the README's examples, as one program: each block of
// clients/go/README.md is the text between a "README begin" and the next
// "README end" comment here, in order (readme_test.go checks that, and runs
// the program against a live server).
//
//	IMAGEGALLERY_ADDRESS=127.0.0.1:50051 IMAGEGALLERY_TOKEN=$(cat data/owner-token) \
//	  go run ./examples/readme -subscription demo
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

// README begin
import (
	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// README end

func main() {
	subscription := flag.String("subscription", "demo", "the subscription to create and work in")
	flag.Parse()
	ctx := context.Background()
	address, token := os.Getenv("IMAGEGALLERY_ADDRESS"), os.Getenv("IMAGEGALLERY_TOKEN")
	if err := run(ctx, address, token, *subscription); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, address, token, subscription string) error {
	// README begin
	// Plaintext, for a local server. Every call but health and reflection needs a
	// token: the server administrator's is in <data-dir>/owner-token.
	c, err := gallery.Dial(ctx, address, gallery.WithToken(token))
	if err != nil {
		return err
	}
	defer c.Close()
	// README end

	// README begin
	me, err := c.Access.GetCaller(ctx, &pb.GetCallerRequest{}) // the token's principal, its groups and roles
	if err != nil {
		return err
	}
	fmt.Println("calling as", me.GetPrincipal().GetName())
	// README end

	// README begin
	_, err = c.Access.CreateSubscription(ctx, &pb.CreateSubscriptionRequest{SubscriptionId: subscription})
	if err != nil {
		return err
	}
	sub := c.Subscription(subscription) // calls by ids: resource group, gallery, image, version
	_, err = sub.CreateGallery(ctx, "images", "myGallery", &pb.Gallery{Location: "eastus", Description: "Golden images"})
	if err != nil {
		return err
	}
	def, err := sub.CreateImageDefinition(ctx, "images", "myGallery", "ubuntu", &pb.ImageDefinition{
		OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
		Identifier: &pb.ImageIdentifier{Publisher: "Contoso", Offer: "Ubuntu", Sku: "24_04-lts"},
	})
	if err != nil {
		return err
	}
	// The same call in the request-message form, on the generated client:
	def, err = c.Definitions.GetImageDefinition(ctx, &pb.GetImageDefinitionRequest{
		Name: gallery.ImageDefinitionID(subscription, "images", "myGallery", "ubuntu"),
	})
	if err != nil {
		return err
	}
	// README end

	diskPath, err := writeDisk()
	if err != nil {
		return err
	}
	defer os.RemoveAll(filepath.Dir(diskPath))

	// README begin
	up, err := sub.UploadFile(ctx, "images", "eastus", diskPath, &gallery.UploadOptions{
		Progress: func(name string, done, size int64) { log.Printf("%s: %d of %d bytes", name, done, size) },
	})
	if err != nil {
		return err
	}
	src, err := sub.CreateImageSource(ctx, "images", "ubuntu", &pb.ImageSource{
		Location: "eastus", Kind: pb.ImageSourceKind_IMAGE_SOURCE_KIND_MANAGED_IMAGE,
		OsType: pb.OsType_OS_TYPE_LINUX, OsState: pb.OsState_OS_STATE_GENERALIZED,
		OsDisk: &pb.SourceDisk{Upload: up.GetName()},
	})
	if err != nil {
		return err
	}
	// README end

	// README begin
	poller, err := sub.BeginCreateImageVersion(ctx, "images", "myGallery", "ubuntu", "1.0.0", &pb.ImageVersion{
		StorageProfile: &pb.StorageProfile{Source: src.GetName()},
		PublishingProfile: &pb.PublishingProfile{TargetRegions: []*pb.TargetRegion{
			{Name: "eastus"}, {Name: "westus"},
		}},
	}, nil)
	if err != nil {
		return err
	}
	resumeToken, _ := poller.ResumeToken() // the operation's name: BeginOptions{ResumeToken: …} follows it anywhere
	version, err := poller.PollUntilDone(ctx, &gallery.PollUntilDoneOptions{
		Progress: func(md *pb.OperationMetadata) { log.Printf("%s: %d%%", resumeToken, md.GetProgressPercent()) },
	})
	if err != nil {
		return err
	}
	fmt.Println(version.GetName(), version.GetReplicationStatus().GetAggregatedState())
	// README end

	// README begin
	for v, err := range sub.ListImageVersions(ctx, "images", "myGallery", "ubuntu") {
		if err != nil {
			return err
		}
		fmt.Println(v.GetName())
	}
	pager := c.NewListGalleriesPager(&pb.ListGalleriesRequest{Parent: sub.ResourceGroupID("images"), PageSize: 10})
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			return err
		}
		fmt.Println(len(page.GetGalleries()), "galleries on this page")
	}
	// README end

	// README begin
	latest, err := sub.GetLatestImageVersion(ctx, "images", "myGallery", "ubuntu", "westus")
	if err != nil {
		return err
	}
	fmt.Println("latest in westus:", latest.GetName())
	// README end

	// README begin
	for msg, err := range c.Watch(ctx, def.GetName(), gallery.WatchOptions{SendInitialState: true}) {
		if err != nil {
			return err // ctx ended, or an error that reconnecting cannot fix
		}
		if ch := msg.GetChange(); ch != nil {
			fmt.Println(ch.GetImageVersion(), ch.GetStatus().GetAggregatedState())
		}
		if msg.GetCheckpoint().GetInitialStateDone() {
			break // the whole state is in; ranging on would print each change
		}
	}
	// README end

	// README begin
	_, err = sub.CreateGallery(ctx, "images", "-bad-", &pb.Gallery{Location: "eastus"})
	var e *gallery.Error
	if errors.As(err, &e) && e.Reason == gallery.ReasonInvalidName {
		fmt.Println(e.Code, e.Message)
		for _, v := range e.Violations {
			fmt.Printf("  %s: %s\n", v.GetField(), v.GetDescription())
		}
	}
	// README end
	if e == nil {
		return fmt.Errorf("a gallery named -bad-: %v; want a refusal", err)
	}
	return nil
}

// writeDisk writes a 3 MiB disk image (its first MiB random-looking, the rest
// zeros) into a new temporary directory; its path.
func writeDisk() (string, error) {
	dir, err := os.MkdirTemp("", "imagegallery-readme")
	if err != nil {
		return "", err
	}
	disk := make([]byte, 3<<20)
	for i := range 1 << 20 {
		disk[i] = byte(i*7 + i/251)
	}
	path := filepath.Join(dir, "disk.raw")
	return path, os.WriteFile(path, disk, 0o600)
}
