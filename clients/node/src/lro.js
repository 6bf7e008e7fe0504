// Long-running operations: a wait that follows an operation through dropped
// connections and server restarts, and the poller built on it (as
// @azure/core-lro's SimplePollerLike).
import { anyIs, anyUnpack } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { backoffMs, sleep } from "./backoff.js";
import { errorFor, isDisconnect, statusToError, toImageGalleryError } from "./errors.js";
import { ImageVersionSchema } from "./gen/imagegallery/v1/image_version_service_pb.js";
import { OperationMetadataSchema } from "./gen/imagegallery/v1/operation_metadata_pb.js";

/** How long one WaitOperation call waits for the operation before the wait reports progress. */
export const DEFAULT_INTERVAL_MS = 2_000;
// A WaitOperation call's deadline beyond the time it asks the server to wait.
const CALL_MARGIN_MS = 30_000;

const metadataOf = (op) => (op.metadata ? anyUnpack(op.metadata, OperationMetadataSchema) : undefined);

/**
 * Waits until an operation (by name, or the Operation a call answered) is done,
 * with WaitOperation, and answers the done Operation (failed or not);
 * onProgress gets its OperationMetadata each time the wait reads it.
 *
 * No deadline unless timeoutMs (or signal) gives one, as an Azure poller: until
 * then a call that fails for a dropped connection, a reset stream or a server
 * restart (or its own deadline) is made again with backoff, and onRetry hears
 * of it; any other failed call rejects at once, as an ImageGalleryError.
 */
export async function waitDone(client, operation, { onProgress, onRetry, signal, intervalMs = DEFAULT_INTERVAL_MS, timeoutMs } = {}) {
  const name = typeof operation === "string" ? operation : operation.name;
  const giveUpAt = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  const stillRunning = () => errorFor(Code.DeadlineExceeded, `${name} still running`);
  let op = typeof operation === "string" ? undefined : operation;
  let answered = op !== undefined;
  for (let failures = 0; !op?.done; ) {
    if (answered) onProgress?.(metadataOf(op), op);
    const left = giveUpAt - Date.now();
    if (left <= 0) throw stillRunning();
    const waitMs = Math.max(1, Math.min(intervalMs, left));
    try {
      op = await client.operations.waitOperation(
        { name, timeout: { seconds: BigInt(Math.floor(waitMs / 1000)), nanos: (waitMs % 1000) * 1e6 } },
        { signal, timeoutMs: Math.min(waitMs + CALL_MARGIN_MS, left) },
      );
      answered = true;
      failures = 0;
    } catch (err) {
      const e = toImageGalleryError(err);
      if (signal?.aborted || !(isDisconnect(e) || e.code === Code.DeadlineExceeded)) throw e;
      onRetry?.(e);
      answered = false;
      const pauseMs = backoffMs(failures++, 200, 2_000);
      if (Date.now() + pauseMs >= giveUpAt) throw stillRunning();
      await sleep(pauseMs, signal).catch((reason) => Promise.reject(toImageGalleryError(reason)));
    }
  }
  if (op.metadata) onProgress?.(metadataOf(op), op);
  return op;
}

/** A done operation's response unpacked (an ImageVersion; undefined for a
 * delete); throws the typed error of a failed one. */
export function operationResult(op) {
  if (op.result.case === "error") throw statusToError(op.result.value);
  const response = op.result.value;
  return response && anyIs(response, ImageVersionSchema) ? anyUnpack(response, ImageVersionSchema) : undefined;
}

/**
 * Waits until an operation is done (see waitDone) and resolves its response
 * (an ImageVersion; undefined for a delete), or rejects with the typed error
 * made from the operation's google.rpc.Status.
 */
export async function waitOperation(client, operation, options) {
  return operationResult(await waitDone(client, operation, options));
}

/** The operation as @azure/core-lro's OperationState: its status ("running",
 * "succeeded", "failed" or "canceled"), its result or error, and its metadata. */
export function operationState(op) {
  const state = { status: "running", operation: op, metadata: metadataOf(op) };
  if (!op.done) return state;
  try {
    return { ...state, status: "succeeded", result: operationResult(op) };
  } catch (error) {
    return { ...state, status: error.code === Code.Canceled ? "canceled" : "failed", error };
  }
}

/**
 * A long operation followed to its end, as @azure/core-lro's SimplePollerLike:
 * pollUntilDone() (the sturdy wait of waitDone), poll(), isDone(), getResult(),
 * getOperationState(), onProgress(), and toString() — the operation's name, which
 * client.pollerFrom(name) (or a begin call's resumeFrom) follows again.
 */
export class OperationPoller {
  #client;
  #state;
  #options;
  #listeners = new Set();

  constructor(client, operation, { updateIntervalInMs = DEFAULT_INTERVAL_MS, onRetry } = {}) {
    this.#client = client;
    this.#state = operationState(operation);
    this.#options = { intervalMs: updateIntervalInMs, onRetry };
  }

  /** The operation's name ("operations/…"). */
  get operationName() {
    return this.#state.operation.name;
  }

  #seen(op) {
    this.#state = operationState(op);
    for (const listener of this.#listeners) listener(this.#state);
  }

  /** The operation's state as last read. */
  getOperationState() {
    return this.#state;
  }

  /** The result once the operation succeeded (an ImageVersion; undefined for a delete). */
  getResult() {
    return this.#state.result;
  }

  /** Whether the operation is done (as last read). */
  isDone() {
    return this.#state.status !== "running";
  }

  /** Calls `callback` with the state each time the operation is read; answers a function that stops it. */
  onProgress(callback) {
    this.#listeners.add(callback);
    return () => this.#listeners.delete(callback);
  }

  /** Reads the operation once (GetOperation); resolves its state. */
  async poll({ abortSignal } = {}) {
    if (!this.isDone()) this.#seen(await this.#client.operations.getOperation({ name: this.operationName }, { signal: abortSignal }));
    return this.#state;
  }

  /** Waits until the operation is done, through dropped connections and server
   * restarts; resolves its result, or rejects with its typed error. */
  async pollUntilDone({ abortSignal } = {}) {
    if (!this.isDone()) {
      const onProgress = (_, op) => this.#seen(op);
      await waitDone(this.#client, this.operationName, { ...this.#options, signal: abortSignal, onProgress });
    }
    if (this.#state.error) throw this.#state.error;
    return this.#state.result;
  }

  /** The state to resume from: the operation's name. */
  toString() {
    return this.operationName;
  }

  /** As toString(), as @azure/core-lro's serialize(). */
  async serialize() {
    return this.toString();
  }
}

/** A poller following the operation named `operationName` (a poller's toString()). */
export async function pollerFrom(client, operationName, options) {
  return new OperationPoller(client, await client.operations.getOperation({ name: operationName }), options);
}
