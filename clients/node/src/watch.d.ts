// Types of src/watch.js.
import type { WatchReplicationStatusResponse } from "./gen/imagegallery/v1/replication_service_pb.js";
import type { ImageGalleryClient } from "./client.js";

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
