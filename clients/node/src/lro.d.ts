// Types of src/lro.js: the sturdy wait and the poller, as @azure/core-lro's SimplePollerLike.
import type { Operation } from "./gen/google/longrunning/operations_pb.js";
import type { ImageVersion } from "./gen/imagegallery/v1/image_version_service_pb.js";
import type { OperationMetadata } from "./gen/imagegallery/v1/operation_metadata_pb.js";
import type { ImageGalleryClient } from "./client.js";
import type { ImageGalleryError } from "./errors.js";

/** How long one WaitOperation call waits before the wait reports progress: 2 s. */
export declare const DEFAULT_INTERVAL_MS: number;

export interface WaitOperationOptions {
  /** Called with the operation's metadata each time the wait reads it, and once done. */
  onProgress?: (metadata: OperationMetadata | undefined, operation: Operation) => void;
  /** Told of each failed call (a dropped connection, a reset stream, a restart) the wait goes on after. */
  onRetry?: (error: ImageGalleryError) => void;
  signal?: AbortSignal;
  /** How long each WaitOperation call waits before reporting progress; default 2 s. */
  intervalMs?: number;
  /** Give up (DeadlineExceededError) after this long; default never. */
  timeoutMs?: number;
}

/** Waits until an operation is done and answers the done Operation (failed or
 * not). Until timeoutMs (default: never) it follows the operation through
 * dropped connections and server restarts; any other failed call rejects at
 * once with an ImageGalleryError. */
export declare function waitDone(client: ImageGalleryClient, operation: string | Operation, options?: WaitOperationOptions): Promise<Operation>;

/** Waits as waitDone; resolves the response (an ImageVersion; undefined for a
 * delete) or rejects with the typed error of the operation's google.rpc.Status. */
export declare function waitOperation(
  client: ImageGalleryClient,
  operation: string | Operation,
  options?: WaitOperationOptions,
): Promise<ImageVersion | undefined>;

/** An operation's status, as @azure/core-lro's OperationStatus (never "notStarted": the call started it). */
export type OperationStatus = "running" | "succeeded" | "failed" | "canceled";

/** The operation as last read, as @azure/core-lro's OperationState. */
export interface OperationState<T> {
  status: OperationStatus;
  /** The response, once succeeded. */
  result?: T;
  /** The operation's typed error, once failed or canceled. */
  error?: ImageGalleryError;
  /** Its progress (percent, a status message, the regions). */
  metadata?: OperationMetadata;
  operation: Operation;
}

/** The state of an Operation. */
export declare function operationState<T = ImageVersion | undefined>(operation: Operation): OperationState<T>;

export interface PollerOptions {
  /** How long one WaitOperation call of pollUntilDone waits before progress is heard; default 2 s. */
  updateIntervalInMs?: number;
  /** Told of each failed call (a dropped connection, a server restart) pollUntilDone goes on after. */
  onRetry?: (error: ImageGalleryError) => void;
}

/** A long operation followed to its end, as @azure/core-lro's SimplePollerLike. */
export declare class OperationPoller<T> {
  constructor(client: ImageGalleryClient, operation: Operation, options?: PollerOptions);
  /** The operation's name ("operations/…"). */
  readonly operationName: string;
  /** The operation's state as last read. */
  getOperationState(): OperationState<T>;
  /** The result once the operation succeeded. */
  getResult(): T | undefined;
  /** Whether the operation is done (as last read). */
  isDone(): boolean;
  /** Calls `callback` with the state each time the operation is read; answers a function that stops it. */
  onProgress(callback: (state: OperationState<T>) => void): () => void;
  /** Reads the operation once (GetOperation); resolves its state. */
  poll(options?: { abortSignal?: AbortSignal }): Promise<OperationState<T>>;
  /** Waits until the operation is done, through dropped connections and server
   * restarts; resolves its result, or rejects with its typed error. */
  pollUntilDone(options?: { abortSignal?: AbortSignal }): Promise<T>;
  /** The state to resume from: the operation's name (client.pollerFrom, or a begin call's resumeFrom). */
  toString(): string;
  serialize(): Promise<string>;
}
