// Publishes a version through armcompute against imagegallery's ARM front, as a
// user of the Azure SDK for Go would, and prints what it saw as one JSON line.
// Env: ARM_ENDPOINT, ARM_CA (the server's CA file), IMAGEGALLERY_TOKEN,
// SUBSCRIPTION, RESOURCE_GROUP, SOURCE_ID.
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"sort"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/compute/armcompute/v8"
)

// token is a credential whose token is an imagegallery token.
type token string

func (t token) GetToken(context.Context, policy.TokenRequestOptions) (azcore.AccessToken, error) {
	return azcore.AccessToken{Token: string(t), ExpiresOn: time.Now().Add(time.Hour)}, nil
}

func main() {
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	pem, err := os.ReadFile(os.Getenv("ARM_CA"))
	if err != nil {
		return err
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(pem)
	endpoint := os.Getenv("ARM_ENDPOINT")
	opts := &arm.ClientOptions{DisableRPRegistration: true, ClientOptions: azcore.ClientOptions{
		Cloud: cloud.Configuration{Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
			cloud.ResourceManager: {Endpoint: endpoint, Audience: "https://management.azure.com"},
		}},
		Transport: &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}}},
	}}
	factory, err := armcompute.NewClientFactory(os.Getenv("SUBSCRIPTION"), token(os.Getenv("IMAGEGALLERY_TOKEN")), opts)
	if err != nil {
		return err
	}
	rg, done := os.Getenv("RESOURCE_GROUP"), &runtime.PollUntilDoneOptions{Frequency: time.Second}
	galleries, images, versions := factory.NewGalleriesClient(), factory.NewGalleryImagesClient(), factory.NewGalleryImageVersionsClient()

	gp, err := galleries.BeginCreateOrUpdate(ctx, rg, "go", armcompute.Gallery{
		Location: to.Ptr("eastus"), Properties: &armcompute.GalleryProperties{Description: to.Ptr("made by Go")},
	}, nil)
	if err != nil {
		return err
	}
	gallery, err := gp.PollUntilDone(ctx, done)
	if err != nil {
		return err
	}
	ip, err := images.BeginCreateOrUpdate(ctx, rg, "go", "ubuntu", armcompute.GalleryImage{
		Location: to.Ptr("eastus"),
		Properties: &armcompute.GalleryImageProperties{
			OSType:           to.Ptr(armcompute.OperatingSystemTypesLinux),
			OSState:          to.Ptr(armcompute.OperatingSystemStateTypesGeneralized),
			HyperVGeneration: to.Ptr(armcompute.HyperVGenerationV2),
			Identifier:       &armcompute.GalleryImageIdentifier{Publisher: to.Ptr("Contoso"), Offer: to.Ptr("Ubuntu"), SKU: to.Ptr("go")},
		},
	}, nil)
	if err != nil {
		return err
	}
	if _, err := ip.PollUntilDone(ctx, done); err != nil {
		return err
	}
	vp, err := versions.BeginCreateOrUpdate(ctx, rg, "go", "ubuntu", "1.0.0", armcompute.GalleryImageVersion{
		Location: to.Ptr("eastus"),
		Properties: &armcompute.GalleryImageVersionProperties{
			StorageProfile: &armcompute.GalleryImageVersionStorageProfile{
				Source: &armcompute.GalleryArtifactVersionFullSource{ID: to.Ptr(os.Getenv("SOURCE_ID"))},
			},
			PublishingProfile: &armcompute.GalleryImageVersionPublishingProfile{
				TargetRegions: []*armcompute.TargetRegion{{Name: to.Ptr("eastus")}, {Name: to.Ptr("westus")}},
			},
		},
	}, nil)
	if err != nil {
		return err
	}
	version, err := vp.PollUntilDone(ctx, done)
	if err != nil {
		return err
	}
	expanded, err := versions.Get(ctx, rg, "go", "ubuntu", "1.0.0",
		&armcompute.GalleryImageVersionsClientGetOptions{Expand: to.Ptr(armcompute.ReplicationStatusTypesReplicationStatus)})
	if err != nil {
		return err
	}
	listed, regions, remaining := []string{}, []string{}, []string{}
	pager := versions.NewListByGalleryImagePager(rg, "go", "ubuntu", nil)
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, v := range page.Value {
			listed = append(listed, *v.Name)
		}
	}
	status := expanded.Properties.ReplicationStatus
	for _, s := range status.Summary {
		regions = append(regions, *s.Region)
	}
	sort.Strings(regions)
	var failure map[string]any
	var refused *azcore.ResponseError
	if _, err := galleries.Get(ctx, rg, "missing", nil); errors.As(err, &refused) {
		failure = map[string]any{"statusCode": refused.StatusCode, "code": refused.ErrorCode}
	}
	if err := deleteAll(ctx, versions, images, galleries, rg, done); err != nil {
		return err
	}
	groups := galleries.NewListByResourceGroupPager(rg, nil)
	for groups.More() {
		page, err := groups.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, g := range page.Value {
			remaining = append(remaining, *g.Name)
		}
	}
	seen := map[string]any{
		"gallery":     map[string]any{"name": *gallery.Name, "state": *gallery.Properties.ProvisioningState, "uniqueName": *gallery.Properties.Identifier.UniqueName},
		"version":     map[string]any{"id": *version.ID, "state": *version.Properties.ProvisioningState},
		"replication": *status.AggregatedState,
		"regions":     regions,
		"listed":      listed,
		"error":       failure,
		"remaining":   remaining,
	}
	return json.NewEncoder(os.Stdout).Encode(seen)
}

func deleteAll(ctx context.Context, versions *armcompute.GalleryImageVersionsClient, images *armcompute.GalleryImagesClient,
	galleries *armcompute.GalleriesClient, rg string, done *runtime.PollUntilDoneOptions) error {
	vp, err := versions.BeginDelete(ctx, rg, "go", "ubuntu", "1.0.0", nil)
	if err == nil {
		_, err = vp.PollUntilDone(ctx, done)
	}
	if err != nil {
		return err
	}
	ip, err := images.BeginDelete(ctx, rg, "go", "ubuntu", nil)
	if err == nil {
		_, err = ip.PollUntilDone(ctx, done)
	}
	if err != nil {
		return err
	}
	gp, err := galleries.BeginDelete(ctx, rg, "go", nil)
	if err == nil {
		_, err = gp.PollUntilDone(ctx, done)
	}
	return err
}
