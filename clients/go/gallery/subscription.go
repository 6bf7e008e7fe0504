package gallery

import (
	"context"
	"iter"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// SubscriptionClient makes the calls of one subscription by the ids of its
// resources — resource group, gallery, image, version — as armcompute's
// clients take them; the Client's methods take the request messages. Its
// resource IDs are built by GalleryID, ImageDefinitionID and ImageVersionID.
type SubscriptionClient struct {
	c  *Client
	id string
}

// Subscription is the calls of subscription id ("demo", not "/subscriptions/demo").
func (c *Client) Subscription(id string) *SubscriptionClient {
	return &SubscriptionClient{c: c, id: id}
}

// ID is the subscription's id.
func (s *SubscriptionClient) ID() string { return s.id }

// ResourceGroupID is the ID of resource group rg of this subscription.
func (s *SubscriptionClient) ResourceGroupID(rg string) string { return ResourceGroupID(s.id, rg) }

// CreateGallery creates gallery in resource group rg.
func (s *SubscriptionClient) CreateGallery(ctx context.Context, rg, gallery string, g *pb.Gallery) (*pb.Gallery, error) {
	return s.c.Galleries.CreateGallery(ctx, &pb.CreateGalleryRequest{Parent: s.ResourceGroupID(rg), GalleryId: gallery, Gallery: g})
}

// GetGallery reads a gallery.
func (s *SubscriptionClient) GetGallery(ctx context.Context, rg, gallery string) (*pb.Gallery, error) {
	return s.c.Galleries.GetGallery(ctx, &pb.GetGalleryRequest{Name: GalleryID(s.id, rg, gallery)})
}

// NewListGalleriesPager pages through the galleries of resource group rg.
func (s *SubscriptionClient) NewListGalleriesPager(rg string) *Pager[*pb.ListGalleriesResponse] {
	return s.c.NewListGalleriesPager(&pb.ListGalleriesRequest{Parent: s.ResourceGroupID(rg)})
}

// ListGalleries is every gallery of resource group rg.
func (s *SubscriptionClient) ListGalleries(ctx context.Context, rg string) iter.Seq2[*pb.Gallery, error] {
	return s.c.ListGalleries(ctx, &pb.ListGalleriesRequest{Parent: s.ResourceGroupID(rg)})
}

// CreateImageDefinition creates image definition image in a gallery.
func (s *SubscriptionClient) CreateImageDefinition(ctx context.Context, rg, gallery, image string, d *pb.ImageDefinition) (*pb.ImageDefinition, error) {
	return s.c.Definitions.CreateImageDefinition(ctx, &pb.CreateImageDefinitionRequest{
		Parent: GalleryID(s.id, rg, gallery), ImageDefinitionId: image, ImageDefinition: d,
	})
}

// GetImageDefinition reads an image definition.
func (s *SubscriptionClient) GetImageDefinition(ctx context.Context, rg, gallery, image string) (*pb.ImageDefinition, error) {
	return s.c.Definitions.GetImageDefinition(ctx, &pb.GetImageDefinitionRequest{Name: ImageDefinitionID(s.id, rg, gallery, image)})
}

// NewListImageDefinitionsPager pages through the image definitions of a gallery.
func (s *SubscriptionClient) NewListImageDefinitionsPager(rg, gallery string) *Pager[*pb.ListImageDefinitionsResponse] {
	return s.c.NewListImageDefinitionsPager(&pb.ListImageDefinitionsRequest{Parent: GalleryID(s.id, rg, gallery)})
}

// ListImageDefinitions is every image definition of a gallery.
func (s *SubscriptionClient) ListImageDefinitions(ctx context.Context, rg, gallery string) iter.Seq2[*pb.ImageDefinition, error] {
	return s.c.ListImageDefinitions(ctx, &pb.ListImageDefinitionsRequest{Parent: GalleryID(s.id, rg, gallery)})
}

// NewListImageSourcesPager pages through the image sources of resource group rg.
func (s *SubscriptionClient) NewListImageSourcesPager(rg string) *Pager[*pb.ListImageSourcesResponse] {
	return s.c.NewListImageSourcesPager(&pb.ListImageSourcesRequest{Parent: s.ResourceGroupID(rg)})
}

// ListImageSources is every image source of resource group rg.
func (s *SubscriptionClient) ListImageSources(ctx context.Context, rg string) iter.Seq2[*pb.ImageSource, error] {
	return s.c.ListImageSources(ctx, &pb.ListImageSourcesRequest{Parent: s.ResourceGroupID(rg)})
}

// CreateImageSource creates image source id in resource group rg.
func (s *SubscriptionClient) CreateImageSource(ctx context.Context, rg, id string, src *pb.ImageSource) (*pb.ImageSource, error) {
	return s.c.Sources.CreateImageSource(ctx, &pb.CreateImageSourceRequest{Parent: s.ResourceGroupID(rg), ImageSourceId: id, ImageSource: src})
}

// UploadFile uploads the disk in the file at path to location, in resource
// group rg: Client.UploadFile.
func (s *SubscriptionClient) UploadFile(ctx context.Context, rg, location, path string, opts *UploadOptions) (*pb.Upload, error) {
	return s.c.UploadFile(ctx, s.ResourceGroupID(rg), location, path, opts)
}

// BeginCreateImageVersion starts creating version of an image definition.
func (s *SubscriptionClient) BeginCreateImageVersion(ctx context.Context, rg, gallery, image, version string, v *pb.ImageVersion, opts *BeginOptions) (*Poller[*pb.ImageVersion], error) {
	return s.c.BeginCreateImageVersion(ctx, &pb.CreateImageVersionRequest{
		Parent: ImageDefinitionID(s.id, rg, gallery, image), ImageVersionId: version, ImageVersion: v,
	}, opts)
}

// BeginUpdateImageVersion starts updating the fields paths of a version to
// those of v.
func (s *SubscriptionClient) BeginUpdateImageVersion(ctx context.Context, rg, gallery, image, version string, v *pb.ImageVersion, paths []string, opts *BeginOptions) (*Poller[*pb.ImageVersion], error) {
	named := proto.CloneOf(v)
	named.Name = ImageVersionID(s.id, rg, gallery, image, version)
	return s.c.BeginUpdateImageVersion(ctx, &pb.UpdateImageVersionRequest{
		ImageVersion: named, UpdateMask: &fieldmaskpb.FieldMask{Paths: paths},
	}, opts)
}

// BeginDeleteImageVersion starts deleting a version.
func (s *SubscriptionClient) BeginDeleteImageVersion(ctx context.Context, rg, gallery, image, version string, opts *BeginOptions) (*Poller[*emptypb.Empty], error) {
	return s.c.BeginDeleteImageVersion(ctx, &pb.DeleteImageVersionRequest{Name: ImageVersionID(s.id, rg, gallery, image, version)}, opts)
}

// BeginRetryImageVersionReplication starts replicating a version again to the
// regions where it failed.
func (s *SubscriptionClient) BeginRetryImageVersionReplication(ctx context.Context, rg, gallery, image, version string, opts *BeginOptions) (*Poller[*pb.ImageVersion], error) {
	return s.c.BeginRetryImageVersionReplication(ctx, &pb.RetryImageVersionReplicationRequest{Name: ImageVersionID(s.id, rg, gallery, image, version)}, opts)
}

// GetImageVersion reads a version.
func (s *SubscriptionClient) GetImageVersion(ctx context.Context, rg, gallery, image, version string) (*pb.ImageVersion, error) {
	return s.c.Versions.GetImageVersion(ctx, &pb.GetImageVersionRequest{Name: ImageVersionID(s.id, rg, gallery, image, version)})
}

// GetLatestImageVersion reads the version "latest" means for an image
// definition: overall, or (region not "") the latest completely replicated there.
func (s *SubscriptionClient) GetLatestImageVersion(ctx context.Context, rg, gallery, image, region string) (*pb.ImageVersion, error) {
	return s.c.Versions.GetLatestImageVersion(ctx, &pb.GetLatestImageVersionRequest{
		Parent: ImageDefinitionID(s.id, rg, gallery, image), Region: region,
	})
}

// NewListImageVersionsPager pages through the versions of an image definition.
func (s *SubscriptionClient) NewListImageVersionsPager(rg, gallery, image string) *Pager[*pb.ListImageVersionsResponse] {
	return s.c.NewListImageVersionsPager(&pb.ListImageVersionsRequest{Parent: ImageDefinitionID(s.id, rg, gallery, image)})
}

// ListImageVersions is every version of an image definition.
func (s *SubscriptionClient) ListImageVersions(ctx context.Context, rg, gallery, image string) iter.Seq2[*pb.ImageVersion, error] {
	return s.c.ListImageVersions(ctx, &pb.ListImageVersionsRequest{Parent: ImageDefinitionID(s.id, rg, gallery, image)})
}
