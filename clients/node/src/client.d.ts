// Types of the hand-written client (src/client.js).
import type { Client, Interceptor, Transport } from "@connectrpc/connect";
import type { Http2SessionManager } from "@connectrpc/connect-node";
import { Code, ConnectError } from "@connectrpc/connect";

export { Code, ConnectError };
import type { SecureClientSessionOptions } from "node:http2";
import type { Operation, Operations } from "./gen/google/longrunning/operations_pb.js";
import type { Status } from "./gen/google/rpc/status_pb.js";
import type { AccessService } from "./gen/imagegallery/v1/access_service_pb.js";
import type { GalleryService } from "./gen/imagegallery/v1/gallery_service_pb.js";
import type { ImageDefinitionService } from "./gen/imagegallery/v1/image_definition_service_pb.js";
import type { ImageSourceService, Upload } from "./gen/imagegallery/v1/image_source_service_pb.js";
import type { ImageVersion, ImageVersionService } from "./gen/imagegallery/v1/image_version_service_pb.js";
import type { MaintenanceService } from "./gen/imagegallery/v1/maintenance_service_pb.js";
import type { OperationMetadata } from "./gen/imagegallery/v1/operation_metadata_pb.js";
import type { PlanningService } from "./gen/imagegallery/v1/planning_service_pb.js";
import type { SharedGalleryService } from "./gen/imagegallery/v1/shared_gallery_service_pb.js";
import type { RegionService } from "./gen/imagegallery/v1/region_service_pb.js";
import type {
  ReplicationService,
  WatchReplicationStatusResponse,
} from "./gen/imagegallery/v1/replication_service_pb.js";

/** The deadline of a unary call that gives none: 30 s. */
export declare const DEFAULT_DEADLINE_MS: number;
/** HTTP/2 keepalive pings every 30 s (the server accepts one every 10 s at most). */
export declare const PING_INTERVAL_MS: number;

/** One field at fault in a request (a google.rpc.BadRequest field violation). */
export interface FieldViolation {
  /** The field's path, e.g. "gallery.location". */
  field: string;
  description: string;
  /** An ErrorReason name, e.g. "ERROR_REASON_INVALID_NAME". */
  reason: string;
}

/** An error of the service, or of the connection to it. */
export declare class ImageGalleryError extends Error {
  constructor(
    message: string,
    init?: {
      code?: Code;
      reason?: string;
      domain?: string;
      metadata?: Record<string, string>;
      violations?: FieldViolation[];
      cause?: unknown;
    },
  );
  /** The gRPC status code. */
  readonly code: Code;
  /** The code's name, e.g. "InvalidArgument". */
  readonly codeName: string;
  /** The ErrorInfo reason, an ErrorReason name ("" when the error has none). */
  readonly reason: string;
  /** The ErrorInfo domain, "imagegallery.v1". */
  readonly domain: string;
  /** The ErrorInfo metadata, e.g. { field: "gallery_id" } or { oldestCursor: "42" }. */
  readonly metadata: Record<string, string>;
  /** Every BadRequest field violation. */
  readonly violations: FieldViolation[];
}

/** Any error (a ConnectError, an abort, anything thrown) as an ImageGalleryError
 * whose cause is that error; an ImageGalleryError as itself. */
export declare function toImageGalleryError(err: unknown): ImageGalleryError;
/** A google.rpc.Status (an operation's error) as an ImageGalleryError. */
export declare function statusToError(status: Status): ImageGalleryError;

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

/** A client of each service, all on one HTTP/2 connection. Every method rejects
 * (a server stream: throws while iterating) with an ImageGalleryError. */
export interface ImageGalleryClient {
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

export interface WaitOperationOptions {
  /** Called with the operation's metadata each time the wait returns, and once done. */
  onProgress?: (metadata: OperationMetadata, operation: Operation) => void;
  /** Told of each failed call (a dropped connection, a reset stream, a restart) the wait goes on after. */
  onRetry?: (error: ImageGalleryError) => void;
  signal?: AbortSignal;
  /** How long each WaitOperation call waits before reporting progress; default 2 s. */
  intervalMs?: number;
  /** Give up (DEADLINE_EXCEEDED) after this long; default never. */
  timeoutMs?: number;
}

/**
 * Waits until an operation is done. Resolves its response (an ImageVersion;
 * undefined for a delete) or rejects with an ImageGalleryError made from the
 * operation's google.rpc.Status. Until timeoutMs (default: never) it follows
 * the operation through dropped connections and server restarts; any other
 * failed call rejects at once with an ImageGalleryError.
 */
export declare function waitOperation(
  client: ImageGalleryClient,
  operation: string | Operation,
  options?: WaitOperationOptions,
): Promise<ImageVersion | undefined>;

export interface WatchReplicationOptions {
  /** An image version, definition, gallery, resource group or subscription; "" for everything. */
  scope?: string;
  /** Resume after this cursor; "" starts from now. */
  startCursor?: string;
  /** First the current state of every version in scope, then a checkpoint with initialStateDone. */
  sendInitialState?: boolean;
  /** Ends the watch (the iteration just stops). */
  signal?: AbortSignal;
  /** Reconnections in a row before giving up; default never. */
  maxRetries?: number;
}

/**
 * The replication of a scope, live: each change (the whole status of a
 * version) and checkpoint as it comes. Resumes from its last cursor after a
 * dropped connection, with backoff; when its cursor expired, reads the state
 * again (sendInitialState) and goes on. Other errors reject as ImageGalleryError.
 */
export declare function watchReplication(
  client: ImageGalleryClient,
  options?: WatchReplicationOptions,
): AsyncGenerator<WatchReplicationStatusResponse, void, undefined>;

export interface UploadDiskOptions {
  /** "/subscriptions/{subscription}/resourceGroups/{resource_group}". */
  parent: string;
  /** The region the disk lives in. */
  location: string;
  /** Every byte of the disk. */
  data: Uint8Array;
  /** Bytes a WriteUpload message; default 1 MiB (at most 4 MiB). */
  chunkBytes?: number;
  signal?: AbortSignal;
  /** Write streams tried after UNAVAILABLE, each resumed from the server's offset; default 5. */
  maxAttempts?: number;
}

/**
 * Uploads a disk (all-zero chunks are skipped, never sent) and commits it with
 * its sha256. Resolves the committed Upload.
 */
export declare function uploadDisk(client: ImageGalleryClient, options: UploadDiskOptions): Promise<Upload>;
