// The hand-written part of the Node SDK: a client factory with sane defaults,
// long-running operations awaited, a replication watch that resumes by itself,
// errors as a typed class, and disk uploads. Everything else is generated (./gen).
import { createHash, randomUUID } from "node:crypto";
import { clone } from "@bufbuild/protobuf";
import { anyIs, anyUnpack } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import { Operations } from "./gen/google/longrunning/operations_pb.js";
import { BadRequestSchema, ErrorInfoSchema } from "./gen/google/rpc/error_details_pb.js";
import { AccessService } from "./gen/imagegallery/v1/access_service_pb.js";
import { GalleryService } from "./gen/imagegallery/v1/gallery_service_pb.js";
import { ImageDefinitionService } from "./gen/imagegallery/v1/image_definition_service_pb.js";
import { ImageSourceService } from "./gen/imagegallery/v1/image_source_service_pb.js";
import {
  ImageVersionSchema,
  ImageVersionService,
} from "./gen/imagegallery/v1/image_version_service_pb.js";
import { MaintenanceService } from "./gen/imagegallery/v1/maintenance_service_pb.js";
import { OperationMetadataSchema } from "./gen/imagegallery/v1/operation_metadata_pb.js";
import { PlanningService } from "./gen/imagegallery/v1/planning_service_pb.js";
import { SharedGalleryService } from "./gen/imagegallery/v1/shared_gallery_service_pb.js";
import { RegionService } from "./gen/imagegallery/v1/region_service_pb.js";
import { ReplicationService } from "./gen/imagegallery/v1/replication_service_pb.js";

export { Code, ConnectError };

/** The deadline of a unary call that gives none. */
export const DEFAULT_DEADLINE_MS = 30_000;
/** HTTP/2 keepalive pings; the server accepts one every 10 s at most. */
export const PING_INTERVAL_MS = 30_000;
const MiB = 1024 * 1024;

// Errors

/** An error of the service: its gRPC code, the ErrorInfo reason and metadata,
 * and every BadRequest field violation. */
export class ImageGalleryError extends Error {
  constructor(message, { code = Code.Unknown, reason = "", domain = "", metadata = {}, violations = [], cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "ImageGalleryError";
    this.code = code;
    this.reason = reason;
    this.domain = domain;
    this.metadata = metadata;
    this.violations = violations;
  }

  /** The code's name, e.g. "InvalidArgument". */
  get codeName() {
    return Code[this.code];
  }
}

function fromDetails(code, message, infos, badRequests, cause) {
  const [info] = infos;
  return new ImageGalleryError(message, {
    code,
    reason: info?.reason ?? "",
    domain: info?.domain ?? "",
    metadata: { ...(info?.metadata ?? {}) },
    violations: badRequests.flatMap((b) =>
      b.fieldViolations.map((v) => ({ field: v.field, description: v.description, reason: v.reason })),
    ),
    cause,
  });
}

/** Any error (a ConnectError, an abort, anything thrown) as an ImageGalleryError;
 * an ImageGalleryError as itself. Its cause is the error it was made from. */
export function toImageGalleryError(err) {
  if (err instanceof ImageGalleryError) return err;
  const ce = ConnectError.from(err);
  return fromDetails(ce.code, ce.rawMessage, ce.findDetails(ErrorInfoSchema), ce.findDetails(BadRequestSchema), err);
}

/** A google.rpc.Status (an operation's error) as an ImageGalleryError. */
export function statusToError(status) {
  const unpack = (schema) =>
    status.details.filter((d) => anyIs(d, schema)).map((d) => anyUnpack(d, schema));
  return fromDetails(status.code, status.message, unpack(ErrorInfoSchema), unpack(BadRequestSchema));
}

// Backoff

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Full-jitter exponential backoff: attempt 0, 1, 2… waits up to 100 ms, 200 ms, … 5 s. */
function backoffMs(attempt, baseMs = 100, maxMs = 5_000) {
  return Math.random() * Math.min(maxMs, baseMs * 2 ** attempt);
}

// The client

const isRead = (method) => /^(Get|List|Wait)/.test(method.name);

/** Reads and writes carrying a request id may be sent again. */
function isSafeToRetry(req) {
  return isRead(req.method) || Boolean(req.message?.requestId);
}

/** Gives a write whose request message has an empty requestId a fresh one (on a
 * copy: the caller's message is left alone), before the retries, so that every
 * attempt of the call carries the same id and the server applies it once. */
function requestIdInterceptor() {
  return (next) => (req) => {
    if (req.stream || isRead(req.method) || !req.method.input.field.requestId || req.message.requestId) return next(req);
    const message = clone(req.method.input, req.message);
    message.requestId = randomUUID();
    return next({ ...req, message });
  };
}

function retryInterceptor(maxAttempts) {
  return (next) => async (req) => {
    if (req.stream) return next(req);
    for (let attempt = 0; ; attempt++) {
      try {
        return await next(req);
      } catch (err) {
        if (toImageGalleryError(err).code !== Code.Unavailable || attempt + 1 >= maxAttempts || !isSafeToRetry(req) || req.signal.aborted) {
          throw err;
        }
        await sleep(backoffMs(attempt), req.signal);
      }
    }
  };
}

function bearerInterceptor(token) {
  return (next) => (req) => {
    req.header.set("authorization", `Bearer ${token}`);
    return next(req);
  };
}

async function* typedStream(messages) {
  try {
    yield* messages;
  } catch (err) {
    throw toImageGalleryError(err);
  }
}

/** A client of `service` whose every method rejects (or, for a server stream,
 * throws while iterating) with an ImageGalleryError, never a ConnectError. */
function createTypedClient(service, transport) {
  const raw = createClient(service, transport);
  const client = {};
  for (const method of service.methods) {
    const call = raw[method.localName];
    client[method.localName] =
      method.methodKind === "server_streaming" || method.methodKind === "bidi_streaming"
        ? (...args) => typedStream(call(...args))
        : (...args) => call(...args).catch((err) => Promise.reject(toImageGalleryError(err)));
  }
  return client;
}

/**
 * A client of every service on one HTTP/2 connection: a deadline on every
 * unary call, retries with backoff on UNAVAILABLE for safe calls, request ids
 * for writes that carry none, keepalive pings the server accepts, a bearer
 * token when given, and errors as ImageGalleryError.
 */
export function createImageGalleryClient({
  address,
  token,
  tls = false,
  deadlineMs = DEFAULT_DEADLINE_MS,
  maxAttempts = 5,
  autoRequestIds = true,
  interceptors = [],
} = {}) {
  if (!address) throw new TypeError("createImageGalleryClient: address is required, e.g. '127.0.0.1:50051'");
  const secure = Boolean(tls) || address.startsWith("https://");
  const baseUrl = /^https?:\/\//.test(address) ? address : `${secure ? "https" : "http"}://${address}`;
  // Our own session manager (the one Connect would make), so that close() can end it.
  const sessionManager = new Http2SessionManager(
    baseUrl,
    { pingIntervalMs: PING_INTERVAL_MS },
    typeof tls === "object" ? tls : undefined,
  );
  const grpc = createGrpcTransport({
    baseUrl,
    httpVersion: "2",
    sessionManager,
    interceptors: [
      ...(token ? [bearerInterceptor(token)] : []),
      ...(autoRequestIds ? [requestIdInterceptor()] : []),
      retryInterceptor(maxAttempts),
      ...interceptors,
    ],
  });
  // Unary calls get the default deadline; streams (watches, uploads) none.
  const transport = {
    unary: (method, signal, timeoutMs, header, input, contextValues) =>
      grpc.unary(method, signal, timeoutMs ?? deadlineMs, header, input, contextValues),
    stream: (method, signal, timeoutMs, header, input, contextValues) =>
      grpc.stream(method, signal, timeoutMs, header, input, contextValues),
  };
  return {
    transport,
    sessionManager,
    galleries: createTypedClient(GalleryService, transport),
    definitions: createTypedClient(ImageDefinitionService, transport),
    sources: createTypedClient(ImageSourceService, transport),
    versions: createTypedClient(ImageVersionService, transport),
    replication: createTypedClient(ReplicationService, transport),
    operations: createTypedClient(Operations, transport),
    regions: createTypedClient(RegionService, transport),
    planning: createTypedClient(PlanningService, transport),
    maintenance: createTypedClient(MaintenanceService, transport),
    access: createTypedClient(AccessService, transport),
    shared: createTypedClient(SharedGalleryService, transport),
    /** Closes the HTTP/2 connection, and with it every call still open; a later
     * call opens a new one. */
    close() {
      sessionManager.abort();
    },
  };
}

// Long-running operations

/**
 * Waits for an operation (by name, or the Operation a call answered) with
 * WaitOperation; onProgress gets its OperationMetadata each time the wait
 * returns unfinished. Resolves the response (an ImageVersion; undefined for a
 * delete) or rejects with an ImageGalleryError made from the operation's error.
 *
 * No deadline unless timeoutMs (or signal) gives one, as an Azure poller: until
 * then a call that fails for a dropped connection, a reset stream or a server
 * restart (or its own deadline) is made again with backoff, and onRetry hears
 * of it; any other failed call rejects at once, as an ImageGalleryError.
 */
export async function waitOperation(client, operation, { onProgress, onRetry, signal, intervalMs = 2_000, timeoutMs } = {}) {
  const name = typeof operation === "string" ? operation : operation.name;
  const giveUpAt = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  const stillRunning = () => new ImageGalleryError(`${name} still running`, { code: Code.DeadlineExceeded });
  let op = typeof operation === "string" ? undefined : operation;
  let answered = op !== undefined;
  for (let failures = 0; !op?.done; ) {
    if (answered) onProgress?.(anyUnpack(op.metadata, OperationMetadataSchema), op);
    const left = giveUpAt - Date.now();
    if (left <= 0) throw stillRunning();
    const waitMs = Math.max(1, Math.min(intervalMs, left));
    try {
      op = await client.operations.waitOperation(
        { name, timeout: { seconds: BigInt(Math.floor(waitMs / 1000)), nanos: (waitMs % 1000) * 1e6 } },
        { signal, timeoutMs: Math.min(waitMs + DEFAULT_DEADLINE_MS, left) },
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
  if (op.metadata) onProgress?.(anyUnpack(op.metadata, OperationMetadataSchema), op);
  if (op.result.case === "error") throw statusToError(op.result.value);
  const response = op.result.value;
  return response && anyIs(response, ImageVersionSchema) ? anyUnpack(response, ImageVersionSchema) : undefined;
}

// The replication watch

// What Node reports of a connection the server's end dropped (Connect makes them
// Code.Aborted, keeping the Node error as the cause).
const DROPPED = new Set(["ECONNRESET", "EPIPE", "ERR_STREAM_DESTROYED", "ERR_HTTP2_INVALID_STREAM"]);

/** A dropped connection or a reset stream, as opposed to an answer of the server
 * (`e` an ImageGalleryError): UNAVAILABLE, a stream reset ("http/2 stream closed …",
 * Code.Canceled), or a connection reset (Code.Aborted caused by ECONNRESET and the like). */
function isDisconnect(e) {
  if (e.code === Code.Unavailable || /^http\/2 stream closed/.test(e.message)) return true;
  for (let cause = e.cause; cause; cause = cause.cause) if (DROPPED.has(cause.code)) return true;
  return false;
}

/**
 * Watches replication as an async iterable of WatchReplicationStatusResponse.
 * After a dropped connection it resumes from the last cursor received, with
 * backoff; told its cursor expired, it reads again from the current state
 * (send_initial_state) and goes on. Ends when `signal` aborts or the loop breaks.
 */
export async function* watchReplication(client, { scope = "", startCursor = "", sendInitialState = false, signal, maxRetries = Infinity } = {}) {
  let cursor = startCursor;
  let initial = sendInitialState;
  let failures = 0;
  for (;;) {
    // Each stream has its own signal, aborted when the caller stops iterating
    // (break, return, throw), so that no stream outlives its loop.
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      if (signal?.aborted) return;
      const stream = client.replication.watchReplicationStatus(
        { scope, startCursor: cursor, sendInitialState: initial },
        { signal: stop.signal },
      );
      for await (const message of stream) {
        failures = 0;
        cursor = message.cursor;
        // Only the first stream sends the initial state; resumes follow from the cursor.
        if (message.event.case === "checkpoint" && message.event.value.initialStateDone) initial = false;
        yield message;
      }
      // The server never ends a watch on its own; a clean end is a dropped connection.
    } catch (err) {
      if (signal?.aborted) return;
      const e = toImageGalleryError(err);
      if (e.code === Code.OutOfRange && e.reason === "ERROR_REASON_WATCH_CURSOR_EXPIRED") {
        cursor = "";
        initial = true;
      } else if (e.code === Code.ResourceExhausted && e.reason === "ERROR_REASON_WATCH_TOO_SLOW") {
        cursor = e.metadata.cursor || cursor;
      } else if (!isDisconnect(e)) {
        throw e;
      }
      if (++failures > maxRetries) throw e;
    } finally {
      signal?.removeEventListener("abort", onAbort);
      stop.abort();
    }
    await sleep(backoffMs(Math.max(0, failures - 1), 200), signal).catch(() => {});
    if (signal?.aborted) return;
  }
}

// Uploads

function isZero(chunk) {
  for (let i = 0; i < chunk.length; i++) if (chunk[i] !== 0) return false;
  return true;
}

async function* writeMessages(name, data, from, chunkBytes) {
  let named = false;
  for (let offset = from; offset < data.length; offset += chunkBytes) {
    const chunk = data.subarray(offset, Math.min(offset + chunkBytes, data.length));
    if (isZero(chunk)) continue; // skipped: the server reads the gap as zeros
    yield { name: named ? "" : name, offset: BigInt(offset), data: chunk };
    named = true;
  }
  // An empty write at the end marks trailing zeros as received (or names the upload).
  yield { name: named ? "" : name, offset: BigInt(data.length), data: new Uint8Array(0) };
}

/**
 * Uploads a disk: CreateUpload, WriteUpload as a client stream of 1 MiB
 * chunks (all-zero chunks skipped), resumed from the server's offset after a
 * dropped connection, then CommitUpload with the sha256. Resolves the
 * committed Upload, whose name goes into an ImageSource's disks.
 */
export async function uploadDisk(client, { parent, location, data, chunkBytes = MiB, signal, maxAttempts = 5 }) {
  const upload = await client.sources.createUpload(
    { parent, upload: { location, sizeBytes: BigInt(data.length) }, requestId: randomUUID() },
    { signal },
  );
  let from = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      await client.sources.writeUpload(writeMessages(upload.name, data, from, chunkBytes), { signal });
      break;
    } catch (err) {
      const e = toImageGalleryError(err);
      if (e.code !== Code.Unavailable || attempt + 1 >= maxAttempts) throw e;
      await sleep(backoffMs(attempt), signal);
      from = Number((await client.sources.getUpload({ name: upload.name }, { signal })).receivedBytes);
    }
  }
  const sha256 = createHash("sha256").update(data).digest("hex");
  return client.sources.commitUpload(
    { name: upload.name, sizeBytes: BigInt(data.length), sha256, requestId: randomUUID() },
    { signal },
  );
}
