package gallery

// Resource IDs, spelled as Azure spells them (and the server answers them):
// the name fields of requests and resources take these.

// provider is the resource provider of galleries, as in Azure.
const provider = "Microsoft.Compute"

// SubscriptionID is "/subscriptions/{subscription}".
func SubscriptionID(subscription string) string {
	return "/subscriptions/" + subscription
}

// ResourceGroupID is "/subscriptions/{s}/resourceGroups/{resourceGroup}".
func ResourceGroupID(subscription, resourceGroup string) string {
	return SubscriptionID(subscription) + "/resourceGroups/" + resourceGroup
}

// GalleryID is ".../resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{gallery}".
func GalleryID(subscription, resourceGroup, gallery string) string {
	return ResourceGroupID(subscription, resourceGroup) + "/providers/" + provider + "/galleries/" + gallery
}

// ImageDefinitionID is ".../galleries/{gallery}/images/{image}".
func ImageDefinitionID(subscription, resourceGroup, gallery, image string) string {
	return GalleryID(subscription, resourceGroup, gallery) + "/images/" + image
}

// ImageVersionID is ".../images/{image}/versions/{version}".
func ImageVersionID(subscription, resourceGroup, gallery, image, version string) string {
	return ImageDefinitionID(subscription, resourceGroup, gallery, image) + "/versions/" + version
}
