package gallery

import (
	"context"
	"errors"
	"iter"

	"cloud.google.com/go/longrunning/autogen/longrunningpb"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

// ErrNoMorePages is what Pager.NextPage answers after the last page.
var ErrNoMorePages = errors.New("gallery: no more pages")

// A Page is a List call's response: its items and the token of the next page.
type Page interface {
	proto.Message
	GetNextPageToken() string
}

// Pager walks the pages of a List call, as azcore's runtime.Pager:
//
//	for pager.More() {
//		page, err := pager.NextPage(ctx)
//		...
//	}
type Pager[P Page] struct {
	fetch func(ctx context.Context, token string) (P, error)
	next  string
	done  bool
}

// More reports whether there is a page to read.
func (p *Pager[P]) More() bool { return !p.done }

// NextPage reads the next page; after the last, ErrNoMorePages.
func (p *Pager[P]) NextPage(ctx context.Context) (P, error) {
	if p.done {
		var zero P
		return zero, ErrNoMorePages
	}
	page, err := p.fetch(ctx, p.next)
	if err != nil {
		return page, err
	}
	p.next = page.GetNextPageToken()
	p.done = p.next == ""
	return page, nil
}

// newPager pages through call with copies of req, each with its page_token.
func newPager[R proto.Message, P Page](req R, call func(context.Context, R, ...grpc.CallOption) (P, error)) *Pager[P] {
	return &Pager[P]{fetch: func(ctx context.Context, token string) (P, error) {
		r := proto.CloneOf(req)
		m := r.ProtoReflect()
		m.Set(m.Descriptor().Fields().ByName("page_token"), protoreflect.ValueOfString(token))
		return call(ctx, r)
	}}
}

// items is every item of every page of a fresh pager like p; on a failed page
// the error is the last element.
func items[P Page, T any](ctx context.Context, p *Pager[P], of func(P) []T) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		pages := &Pager[P]{fetch: p.fetch}
		for pages.More() {
			page, err := pages.NextPage(ctx)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range of(page) {
				if !yield(item, nil) {
					return
				}
			}
		}
	}
}

// NewListGalleriesPager pages through the galleries of a resource group.
func (c *Client) NewListGalleriesPager(req *pb.ListGalleriesRequest) *Pager[*pb.ListGalleriesResponse] {
	return newPager(req, c.Galleries.ListGalleries)
}

// ListGalleries is every gallery of a resource group, across pages.
func (c *Client) ListGalleries(ctx context.Context, req *pb.ListGalleriesRequest) iter.Seq2[*pb.Gallery, error] {
	return items(ctx, c.NewListGalleriesPager(req), (*pb.ListGalleriesResponse).GetGalleries)
}

// NewListImageDefinitionsPager pages through the image definitions of a gallery.
func (c *Client) NewListImageDefinitionsPager(req *pb.ListImageDefinitionsRequest) *Pager[*pb.ListImageDefinitionsResponse] {
	return newPager(req, c.Definitions.ListImageDefinitions)
}

// ListImageDefinitions is every image definition of a gallery, across pages.
func (c *Client) ListImageDefinitions(ctx context.Context, req *pb.ListImageDefinitionsRequest) iter.Seq2[*pb.ImageDefinition, error] {
	return items(ctx, c.NewListImageDefinitionsPager(req), (*pb.ListImageDefinitionsResponse).GetImageDefinitions)
}

// NewListImageVersionsPager pages through the versions of an image definition.
func (c *Client) NewListImageVersionsPager(req *pb.ListImageVersionsRequest) *Pager[*pb.ListImageVersionsResponse] {
	return newPager(req, c.Versions.ListImageVersions)
}

// ListImageVersions is every version of an image definition, across pages.
func (c *Client) ListImageVersions(ctx context.Context, req *pb.ListImageVersionsRequest) iter.Seq2[*pb.ImageVersion, error] {
	return items(ctx, c.NewListImageVersionsPager(req), (*pb.ListImageVersionsResponse).GetImageVersions)
}

// NewListImageSourcesPager pages through the image sources of a resource group.
func (c *Client) NewListImageSourcesPager(req *pb.ListImageSourcesRequest) *Pager[*pb.ListImageSourcesResponse] {
	return newPager(req, c.Sources.ListImageSources)
}

// ListImageSources is every image source of a resource group, across pages.
func (c *Client) ListImageSources(ctx context.Context, req *pb.ListImageSourcesRequest) iter.Seq2[*pb.ImageSource, error] {
	return items(ctx, c.NewListImageSourcesPager(req), (*pb.ListImageSourcesResponse).GetImageSources)
}

// NewListOperationsPager pages through the long operations the caller may read.
func (c *Client) NewListOperationsPager(req *longrunningpb.ListOperationsRequest) *Pager[*longrunningpb.ListOperationsResponse] {
	return newPager(req, c.Operations.ListOperations)
}

// ListOperations is every long operation the caller may read, across pages.
func (c *Client) ListOperations(ctx context.Context, req *longrunningpb.ListOperationsRequest) iter.Seq2[*longrunningpb.Operation, error] {
	return items(ctx, c.NewListOperationsPager(req), (*longrunningpb.ListOperationsResponse).GetOperations)
}
