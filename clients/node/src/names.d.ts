// Types of src/names.js: resource names from their ids.
export declare const PROVIDER: "Microsoft.Compute";
/** "/subscriptions/{subscriptionId}". */
export declare function subscriptionName(subscriptionId: string): string;
/** "/subscriptions/{s}/resourceGroups/{resourceGroupName}". */
export declare function resourceGroupName(subscriptionId: string, resourceGroupName: string): string;
/** "…/resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{galleryName}". */
export declare function galleryName(subscriptionId: string, resourceGroupName: string, galleryName: string): string;
/** "…/galleries/{g}/images/{galleryImageName}". */
export declare function imageDefinitionName(subscriptionId: string, resourceGroupName: string, galleryName: string, galleryImageName: string): string;
/** "…/images/{i}/versions/{galleryImageVersionName}". */
export declare function imageVersionName(
  subscriptionId: string,
  resourceGroupName: string,
  galleryName: string,
  galleryImageName: string,
  galleryImageVersionName: string,
): string;
/** "…/resourceGroups/{rg}/providers/Microsoft.Compute/uploads/{uploadId}". */
export declare function uploadName(subscriptionId: string, resourceGroupName: string, uploadId: string): string;
