// The client: every service on one HTTP/2 connection, with sane defaults — a
// deadline on unary calls, request ids for writes, retries of safe calls, typed
// errors — and the Azure-shaped methods of ./surface.js. The messages and
// services themselves are generated (./gen).
import { randomUUID } from "node:crypto";
import { clone } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import { backoffMs, sleep } from "./backoff.js";
import { toImageGalleryError } from "./errors.js";
import { Operations } from "./gen/google/longrunning/operations_pb.js";
import { AccessService } from "./gen/imagegallery/v1/access_service_pb.js";
import { GalleryService } from "./gen/imagegallery/v1/gallery_service_pb.js";
import { ImageDefinitionService } from "./gen/imagegallery/v1/image_definition_service_pb.js";
import { ImageSourceService } from "./gen/imagegallery/v1/image_source_service_pb.js";
import { ImageVersionService } from "./gen/imagegallery/v1/image_version_service_pb.js";
import { MaintenanceService } from "./gen/imagegallery/v1/maintenance_service_pb.js";
import { PlanningService } from "./gen/imagegallery/v1/planning_service_pb.js";
import { SharedGalleryService } from "./gen/imagegallery/v1/shared_gallery_service_pb.js";
import { RegionService } from "./gen/imagegallery/v1/region_service_pb.js";
import { ReplicationService } from "./gen/imagegallery/v1/replication_service_pb.js";
import { azureSurface } from "./surface.js";

export { Code, ConnectError };

/** The deadline of a unary call that gives none. */
export const DEFAULT_DEADLINE_MS = 30_000;
/** HTTP/2 keepalive pings; the server accepts one every 10 s at most. */
export const PING_INTERVAL_MS = 30_000;

// The client

/** The client's key for each service. */
const SERVICES = [
  ["galleries", GalleryService],
  ["definitions", ImageDefinitionService],
  ["sources", ImageSourceService],
  ["versions", ImageVersionService],
  ["replication", ReplicationService],
  ["operations", Operations],
  ["regions", RegionService],
  ["planning", PlanningService],
  ["maintenance", MaintenanceService],
  ["access", AccessService],
  ["shared", SharedGalleryService],
];

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
  const client = {
    transport,
    sessionManager,
    ...Object.fromEntries(SERVICES.map(([key, service]) => [key, createTypedClient(service, transport)])),
    /** Closes the HTTP/2 connection, and with it every call still open; a later
     * call opens a new one. */
    close() {
      sessionManager.abort();
    },
  };
  return Object.assign(client, azureSurface(client, SERVICES));
}
