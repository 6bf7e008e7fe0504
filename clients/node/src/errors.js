// Errors of the service as typed classes: ImageGalleryError, and a subclass per
// status code a caller acts on (NotFoundError, InvalidArgumentError, ...), each
// with the ErrorInfo reason and every BadRequest field violation.
import { anyIs, anyUnpack } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError } from "@connectrpc/connect";
import { BadRequestSchema, ErrorInfoSchema } from "./gen/google/rpc/error_details_pb.js";

/** An error of the service: its gRPC code, the ErrorInfo reason and metadata,
 * and every BadRequest field violation. */
export class ImageGalleryError extends Error {
  constructor(message, { code = Code.Unknown, reason = "", domain = "", metadata = {}, fieldViolations = [], cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.code = code;
    this.reason = reason;
    this.domain = domain;
    this.metadata = metadata;
    this.fieldViolations = fieldViolations;
  }

  /** The code's name, e.g. "InvalidArgument". */
  get codeName() {
    return Code[this.code];
  }
}

/** INVALID_ARGUMENT: `fieldViolations` names each field at fault. */
export class InvalidArgumentError extends ImageGalleryError {}
/** NOT_FOUND: the message names the resource. */
export class NotFoundError extends ImageGalleryError {}
/** ALREADY_EXISTS. */
export class AlreadyExistsError extends ImageGalleryError {}
/** FAILED_PRECONDITION (e.g. a definition that still has versions). */
export class FailedPreconditionError extends ImageGalleryError {}
/** ABORTED (e.g. an etag mismatch). */
export class AbortedError extends ImageGalleryError {}
/** RESOURCE_EXHAUSTED (a quota, or a watch too slow). */
export class ResourceExhaustedError extends ImageGalleryError {}
/** PERMISSION_DENIED. */
export class PermissionDeniedError extends ImageGalleryError {}
/** UNAUTHENTICATED: no token, or one unknown, expired or revoked. */
export class UnauthenticatedError extends ImageGalleryError {}
/** UNAVAILABLE: the server could not be reached (after the retries). */
export class UnavailableError extends ImageGalleryError {}
/** DEADLINE_EXCEEDED: a call (or a wait) ran out of time. */
export class DeadlineExceededError extends ImageGalleryError {}
/** OUT_OF_RANGE (e.g. a watch cursor that expired). */
export class OutOfRangeError extends ImageGalleryError {}
/** CANCELED: the caller aborted the call, or closed the client. */
export class CanceledError extends ImageGalleryError {}

const CLASSES = new Map([
  [Code.InvalidArgument, InvalidArgumentError],
  [Code.NotFound, NotFoundError],
  [Code.AlreadyExists, AlreadyExistsError],
  [Code.FailedPrecondition, FailedPreconditionError],
  [Code.Aborted, AbortedError],
  [Code.ResourceExhausted, ResourceExhaustedError],
  [Code.PermissionDenied, PermissionDeniedError],
  [Code.Unauthenticated, UnauthenticatedError],
  [Code.Unavailable, UnavailableError],
  [Code.DeadlineExceeded, DeadlineExceededError],
  [Code.OutOfRange, OutOfRangeError],
  [Code.Canceled, CanceledError],
]);

/** An error of the class for `code`, made on this side. */
export function errorFor(code, message, init = {}) {
  const ErrorClass = CLASSES.get(code) ?? ImageGalleryError;
  return new ErrorClass(message, { ...init, code });
}

function fromDetails(code, message, infos, badRequests, cause) {
  const [info] = infos;
  return errorFor(code, message, {
    reason: info?.reason ?? "",
    domain: info?.domain ?? "",
    metadata: { ...(info?.metadata ?? {}) },
    fieldViolations: badRequests.flatMap((b) =>
      b.fieldViolations.map((v) => ({ field: v.field, description: v.description, reason: v.reason })),
    ),
    cause,
  });
}

/** Any error (a ConnectError, an abort, anything thrown) as an ImageGalleryError
 * of its code's class; an ImageGalleryError as itself. Its cause is the error
 * it was made from. */
export function toImageGalleryError(err) {
  if (err instanceof ImageGalleryError) return err;
  const ce = ConnectError.from(err);
  return fromDetails(ce.code, ce.rawMessage, ce.findDetails(ErrorInfoSchema), ce.findDetails(BadRequestSchema), err);
}

/** A google.rpc.Status (an operation's error) as an ImageGalleryError of its code's class. */
export function statusToError(status) {
  const unpack = (schema) =>
    status.details.filter((d) => anyIs(d, schema)).map((d) => anyUnpack(d, schema));
  return fromDetails(status.code, status.message, unpack(ErrorInfoSchema), unpack(BadRequestSchema));
}

// What Node reports of a connection the server's end dropped (Connect makes them
// Code.Aborted, keeping the Node error as the cause).
const DROPPED = new Set(["ECONNRESET", "EPIPE", "ERR_STREAM_DESTROYED", "ERR_HTTP2_INVALID_STREAM"]);

/** A dropped connection or a reset stream, as opposed to an answer of the server
 * (`e` an ImageGalleryError): UNAVAILABLE, a stream reset ("http/2 stream closed …",
 * Code.Canceled), or a connection reset (Code.Aborted caused by ECONNRESET and the like). */
export function isDisconnect(e) {
  if (e.code === Code.Unavailable || /^http\/2 stream closed/.test(e.message)) return true;
  for (let cause = e.cause; cause; cause = cause.cause) if (DROPPED.has(cause.code)) return true;
  return false;
}
