// Resource names from their ids, the one place the client spells them — as
// Azure's resource ids: /subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Compute/….

export const PROVIDER = "Microsoft.Compute";

export const subscriptionName = (subscriptionId) => `/subscriptions/${subscriptionId}`;

export const resourceGroupName = (subscriptionId, resourceGroupName) =>
  `${subscriptionName(subscriptionId)}/resourceGroups/${resourceGroupName}`;

export const galleryName = (subscriptionId, resourceGroup, galleryName) =>
  `${resourceGroupName(subscriptionId, resourceGroup)}/providers/${PROVIDER}/galleries/${galleryName}`;

export const imageDefinitionName = (subscriptionId, resourceGroup, gallery, galleryImageName) =>
  `${galleryName(subscriptionId, resourceGroup, gallery)}/images/${galleryImageName}`;

export const imageVersionName = (subscriptionId, resourceGroup, gallery, galleryImage, galleryImageVersionName) =>
  `${imageDefinitionName(subscriptionId, resourceGroup, gallery, galleryImage)}/versions/${galleryImageVersionName}`;

export const uploadName = (subscriptionId, resourceGroup, uploadId) =>
  `${resourceGroupName(subscriptionId, resourceGroup)}/providers/${PROVIDER}/uploads/${uploadId}`;
