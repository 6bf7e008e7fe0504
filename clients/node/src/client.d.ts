// Types of the client (src/client.js) and its Azure-shaped surface (src/surface.js).
import type { DescMessage, MessageInitShape } from "@bufbuild/protobuf";
import type { CallOptions, Client, Interceptor, Transport } from "@connectrpc/connect";
import type { Http2SessionManager } from "@connectrpc/connect-node";
import { Code, ConnectError } from "@connectrpc/connect";

export { Code, ConnectError };
import type { SecureClientSessionOptions } from "node:http2";
import type { ListOperationsRequestSchema, Operation, Operations } from "./gen/google/longrunning/operations_pb.js";
import type {
  AccessService,
  AuditRecord,
  ListAuditRecordsRequestSchema,
  ListPrincipalsRequestSchema,
  ListRoleAssignmentsRequestSchema,
  ListSubscriptionsRequestSchema,
  ListTenantsRequestSchema,
  ListTokensRequestSchema,
  Principal,
  RoleAssignment,
  Subscription,
  Tenant,
  Token,
} from "./gen/imagegallery/v1/access_service_pb.js";
import type { Gallery, GalleryService, ListGalleriesRequestSchema } from "./gen/imagegallery/v1/gallery_service_pb.js";
import type {
  ImageDefinition,
  ImageDefinitionService,
  ListImageDefinitionsRequestSchema,
} from "./gen/imagegallery/v1/image_definition_service_pb.js";
import type { ImageSource, ImageSourceService, ListImageSourcesRequestSchema } from "./gen/imagegallery/v1/image_source_service_pb.js";
import type {
  CreateImageVersionRequestSchema,
  DeleteImageVersionRequestSchema,
  ImageVersion,
  ImageVersionService,
  ListImageVersionsRequestSchema,
  ListSoftDeletedResourcesRequestSchema,
  RetryImageVersionReplicationRequestSchema,
  SoftDeletedResource,
  UpdateImageVersionRequestSchema,
} from "./gen/imagegallery/v1/image_version_service_pb.js";
import type { MaintenanceService } from "./gen/imagegallery/v1/maintenance_service_pb.js";
import type { PlanningService } from "./gen/imagegallery/v1/planning_service_pb.js";
import type { ListRegionsRequestSchema, Region, RegionService } from "./gen/imagegallery/v1/region_service_pb.js";
import type { ReplicationService } from "./gen/imagegallery/v1/replication_service_pb.js";
import type {
  ListSharedGalleriesRequestSchema,
  ListSharedGalleryImagesRequestSchema,
  ListSharedGalleryImageVersionsRequestSchema,
  SharedGallery,
  SharedGalleryImage,
  SharedGalleryImageVersion,
  SharedGalleryService,
} from "./gen/imagegallery/v1/shared_gallery_service_pb.js";
import type { OperationPoller, PollerOptions } from "./lro.js";
import type { PagedAsyncIterableIterator } from "./paging.js";
import type { SubscriptionClient } from "./surface.js";

/** The deadline of a unary call that gives none: 30 s. */
export declare const DEFAULT_DEADLINE_MS: number;
/** HTTP/2 keepalive pings every 30 s (the server accepts one every 10 s at most). */
export declare const PING_INTERVAL_MS: number;

export interface ImageGalleryClientOptions {
  /** "host:port", or a URL "http://host:port" / "https://host:port". */
  address: string;
  /** Sent as "authorization: Bearer <token>" on every call. */
  token?: string;
  /** true for TLS with the system's roots, or the HTTP/2 TLS options (ca, cert, key, servername…). */
  tls?: boolean | SecureClientSessionOptions;
  /** The deadline of a unary call that gives no timeoutMs; default 30 s. */
  deadlineMs?: number;
  /** Attempts of a safe call (a read, or a write carrying a request_id) answered UNAVAILABLE; default 5. */
  maxAttempts?: number;
  /** Give a write whose request has an empty requestId a fresh UUID (the same for
   * every attempt), so that it is retried and applied once; default true. */
  autoRequestIds?: boolean;
  /** More interceptors, run after the token's, the request ids' and the retries'. They see ConnectErrors. */
  interceptors?: Interceptor[];
}

type Init<S extends DescMessage> = MessageInitShape<S>;

/** Options of a begin call, as @azure/arm-compute's: `resumeFrom` (a poller's
 * toString()) follows that operation instead of sending the request. */
export interface BeginOptions extends PollerOptions {
  abortSignal?: AbortSignal;
  resumeFrom?: string;
}

/** begin<Rpc>: the call, then a poller of its operation. */
type Begin<S extends DescMessage, T, Named = never> = (request: Init<S> | Named | undefined, options?: BeginOptions) => Promise<OperationPoller<T>>;
/** begin<Rpc>AndWait: the call, then its result once done (pollUntilDone). */
type BeginAndWait<S extends DescMessage, T, Named = never> = (request: Init<S> | Named, options?: BeginOptions) => Promise<T>;
/** A List RPC as a pager (pageSize and pageToken are byPage()'s). */
type Pager<S extends DescMessage, T> = (request?: Init<S>, options?: CallOptions) => PagedAsyncIterableIterator<T>;

/** The long-running RPCs as pollers; delete and retry also take the version's name. */
export interface Pollers {
  beginCreateImageVersion: Begin<typeof CreateImageVersionRequestSchema, ImageVersion>;
  beginCreateImageVersionAndWait: BeginAndWait<typeof CreateImageVersionRequestSchema, ImageVersion>;
  beginUpdateImageVersion: Begin<typeof UpdateImageVersionRequestSchema, ImageVersion>;
  beginUpdateImageVersionAndWait: BeginAndWait<typeof UpdateImageVersionRequestSchema, ImageVersion>;
  beginDeleteImageVersion: Begin<typeof DeleteImageVersionRequestSchema, undefined, string>;
  beginDeleteImageVersionAndWait: BeginAndWait<typeof DeleteImageVersionRequestSchema, undefined, string>;
  beginRetryImageVersionReplication: Begin<typeof RetryImageVersionReplicationRequestSchema, ImageVersion, string>;
  beginRetryImageVersionReplicationAndWait: BeginAndWait<typeof RetryImageVersionReplicationRequestSchema, ImageVersion, string>;
  /** A poller following the operation named `operationName` (a poller's toString()). */
  pollerFrom(operationName: string, options?: PollerOptions): Promise<OperationPoller<ImageVersion | undefined>>;
}

/** Every List RPC as a pager. */
export interface Pagers {
  listGalleries: Pager<typeof ListGalleriesRequestSchema, Gallery>;
  listImageDefinitions: Pager<typeof ListImageDefinitionsRequestSchema, ImageDefinition>;
  listImageVersions: Pager<typeof ListImageVersionsRequestSchema, ImageVersion>;
  /** The soft-deleted versions of a gallery. */
  listSoftDeletedResources: Pager<typeof ListSoftDeletedResourcesRequestSchema, SoftDeletedResource>;
  listImageSources: Pager<typeof ListImageSourcesRequestSchema, ImageSource>;
  listOperations: Pager<typeof ListOperationsRequestSchema, Operation>;
  listRegions: Pager<typeof ListRegionsRequestSchema, Region>;
  listTenants: Pager<typeof ListTenantsRequestSchema, Tenant>;
  listSubscriptions: Pager<typeof ListSubscriptionsRequestSchema, Subscription>;
  listPrincipals: Pager<typeof ListPrincipalsRequestSchema, Principal>;
  /** One page: ListTokens does not page. */
  listTokens: Pager<typeof ListTokensRequestSchema, Token>;
  listRoleAssignments: Pager<typeof ListRoleAssignmentsRequestSchema, RoleAssignment>;
  listAuditRecords: Pager<typeof ListAuditRecordsRequestSchema, AuditRecord>;
  listSharedGalleries: Pager<typeof ListSharedGalleriesRequestSchema, SharedGallery>;
  listSharedGalleryImages: Pager<typeof ListSharedGalleryImagesRequestSchema, SharedGalleryImage>;
  listSharedGalleryImageVersions: Pager<typeof ListSharedGalleryImageVersionsRequestSchema, SharedGalleryImageVersion>;
}

/** A client of each service, all on one HTTP/2 connection, with pollers and
 * pagers. Every method rejects (a server stream: throws while iterating) with an
 * ImageGalleryError of its code's class. */
export interface ImageGalleryClient extends Pollers, Pagers {
  /** The calls that take ids (resource group, gallery, image, version) in one
   * subscription, as @azure/arm-compute's operation groups. */
  subscription(subscriptionId: string): SubscriptionClient;
  /** The transport under the services' clients: its calls reject with ConnectError. */
  readonly transport: Transport;
  /** The HTTP/2 connection's manager. */
  readonly sessionManager: Http2SessionManager;
  /** Closes the HTTP/2 connection and every call open on it; a later call opens a new one. */
  close(): void;
  readonly galleries: Client<typeof GalleryService>;
  readonly definitions: Client<typeof ImageDefinitionService>;
  readonly sources: Client<typeof ImageSourceService>;
  readonly versions: Client<typeof ImageVersionService>;
  readonly replication: Client<typeof ReplicationService>;
  readonly operations: Client<typeof Operations>;
  readonly regions: Client<typeof RegionService>;
  readonly planning: Client<typeof PlanningService>;
  readonly maintenance: Client<typeof MaintenanceService>;
  /** Tenants, subscriptions, principals, tokens, role assignments, region allow-lists and the audit log. */
  readonly access: Client<typeof AccessService>;
  /** Sharing galleries with subscriptions, tenants or the community, and reading what is shared. */
  readonly shared: Client<typeof SharedGalleryService>;
}

/**
 * A client of every service over gRPC (HTTP/2): a deadline on every unary call,
 * retries with backoff on UNAVAILABLE for safe calls, request ids for writes
 * that carry none, keepalive pings the server accepts, a bearer token when
 * given, and errors as ImageGalleryError.
 */
export declare function createImageGalleryClient(options: ImageGalleryClientOptions): ImageGalleryClient;
