// Types of the ids surface (src/surface.js): for one subscription, the calls
// that take the ids, as @azure/arm-compute's operation groups.
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Empty, FieldMask, FieldMaskSchema } from "@bufbuild/protobuf/wkt";
import type { Gallery, GallerySchema } from "./gen/imagegallery/v1/gallery_service_pb.js";
import type { ImageDefinition, ImageDefinitionSchema } from "./gen/imagegallery/v1/image_definition_service_pb.js";
import type { ImageVersion, ImageVersionSchema, ImageVersionView } from "./gen/imagegallery/v1/image_version_service_pb.js";
import type { BeginOptions } from "./client.js";
import type { OperationPoller } from "./lro.js";
import type { PagedAsyncIterableIterator } from "./paging.js";

/** The options of a call by ids, as @azure/arm-compute's OperationOptions. */
export interface OperationOptions {
  abortSignal?: AbortSignal;
  timeoutMs?: number;
}
export interface UpdateOptions extends OperationOptions {
  /** The fields to change; default: those the resource sets. */
  updateMask?: MessageInitShape<typeof FieldMaskSchema> | FieldMask;
}
export interface DeleteOptions extends OperationOptions {
  etag?: string;
  /** Delete what it holds too (galleries, definitions). */
  force?: boolean;
}
export interface VersionReadOptions extends OperationOptions {
  view?: ImageVersionView;
}
export interface LatestOptions extends VersionReadOptions {
  /** The latest version replicated to this region. */
  region?: string;
}

type Init<T> = MessageInitShape<T extends Gallery ? typeof GallerySchema : T extends ImageDefinition ? typeof ImageDefinitionSchema : typeof ImageVersionSchema>;

/** client.subscription(id).galleries, as @azure/arm-compute's Galleries. */
export interface GalleriesOperations {
  get(resourceGroupName: string, galleryName: string, options?: OperationOptions): Promise<Gallery>;
  listByResourceGroup(resourceGroupName: string, options?: OperationOptions): PagedAsyncIterableIterator<Gallery>;
  create(resourceGroupName: string, galleryName: string, gallery: Init<Gallery>, options?: OperationOptions): Promise<Gallery>;
  update(resourceGroupName: string, galleryName: string, gallery: Init<Gallery>, options?: UpdateOptions): Promise<Gallery>;
  delete(resourceGroupName: string, galleryName: string, options?: DeleteOptions): Promise<Empty>;
}

/** client.subscription(id).galleryImages, as @azure/arm-compute's GalleryImages. */
export interface GalleryImagesOperations {
  get(resourceGroupName: string, galleryName: string, galleryImageName: string, options?: OperationOptions): Promise<ImageDefinition>;
  listByGallery(resourceGroupName: string, galleryName: string, options?: OperationOptions): PagedAsyncIterableIterator<ImageDefinition>;
  create(
    resourceGroupName: string,
    galleryName: string,
    galleryImageName: string,
    galleryImage: Init<ImageDefinition>,
    options?: OperationOptions,
  ): Promise<ImageDefinition>;
  update(
    resourceGroupName: string,
    galleryName: string,
    galleryImageName: string,
    galleryImage: Init<ImageDefinition>,
    options?: UpdateOptions,
  ): Promise<ImageDefinition>;
  delete(resourceGroupName: string, galleryName: string, galleryImageName: string, options?: DeleteOptions): Promise<Empty>;
}

type VersionIds = [resourceGroupName: string, galleryName: string, galleryImageName: string, galleryImageVersionName: string];
type DefinitionIds = [resourceGroupName: string, galleryName: string, galleryImageName: string];

/** client.subscription(id).galleryImageVersions, as @azure/arm-compute's GalleryImageVersions. */
export interface GalleryImageVersionsOperations {
  get(...args: [...VersionIds, options?: VersionReadOptions]): Promise<ImageVersion>;
  listByGalleryImage(...args: [...DefinitionIds, options?: VersionReadOptions]): PagedAsyncIterableIterator<ImageVersion>;
  /** The latest version (of the highest version number, not excluded from latest). */
  getLatest(...args: [...DefinitionIds, options?: LatestOptions]): Promise<ImageVersion>;
  beginCreate(...args: [...VersionIds, galleryImageVersion: Init<ImageVersion>, options?: BeginOptions]): Promise<OperationPoller<ImageVersion>>;
  beginCreateAndWait(...args: [...VersionIds, galleryImageVersion: Init<ImageVersion>, options?: BeginOptions]): Promise<ImageVersion>;
  beginUpdate(
    ...args: [...VersionIds, galleryImageVersion: Init<ImageVersion>, options?: BeginOptions & UpdateOptions]
  ): Promise<OperationPoller<ImageVersion>>;
  beginUpdateAndWait(...args: [...VersionIds, galleryImageVersion: Init<ImageVersion>, options?: BeginOptions & UpdateOptions]): Promise<ImageVersion>;
  beginDelete(...args: [...VersionIds, options?: BeginOptions & { etag?: string }]): Promise<OperationPoller<undefined>>;
  beginDeleteAndWait(...args: [...VersionIds, options?: BeginOptions & { etag?: string }]): Promise<undefined>;
  /** Restarts the replication of the regions that failed. */
  beginRetryReplication(...args: [...VersionIds, options?: BeginOptions]): Promise<OperationPoller<ImageVersion>>;
  beginRetryReplicationAndWait(...args: [...VersionIds, options?: BeginOptions]): Promise<ImageVersion>;
}

/** The calls by ids of one subscription (client.subscription(subscriptionId)). */
export interface SubscriptionClient {
  galleries: GalleriesOperations;
  galleryImages: GalleryImagesOperations;
  galleryImageVersions: GalleryImageVersionsOperations;
}
