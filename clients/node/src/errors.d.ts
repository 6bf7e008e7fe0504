// Types of src/errors.js.
import { Code } from "@connectrpc/connect";
import type { Status } from "./gen/google/rpc/status_pb.js";

/** One field at fault in a request (a google.rpc.BadRequest field violation). */
export interface FieldViolation {
  /** The field's path, e.g. "gallery.location". */
  field: string;
  description: string;
  /** An ErrorReason name, e.g. "ERROR_REASON_INVALID_NAME". */
  reason: string;
}

export interface ImageGalleryErrorInit {
  code?: Code;
  reason?: string;
  domain?: string;
  metadata?: Record<string, string>;
  fieldViolations?: FieldViolation[];
  cause?: unknown;
}

/** An error of the service, or of the connection to it; a subclass per code a caller acts on. */
export declare class ImageGalleryError extends Error {
  constructor(message: string, init?: ImageGalleryErrorInit);
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
  readonly fieldViolations: FieldViolation[];
}

/** INVALID_ARGUMENT: `fieldViolations` names each field at fault. */
export declare class InvalidArgumentError extends ImageGalleryError {}
/** NOT_FOUND: the message names the resource. */
export declare class NotFoundError extends ImageGalleryError {}
/** ALREADY_EXISTS. */
export declare class AlreadyExistsError extends ImageGalleryError {}
/** FAILED_PRECONDITION (e.g. a definition that still has versions). */
export declare class FailedPreconditionError extends ImageGalleryError {}
/** ABORTED (e.g. an etag mismatch). */
export declare class AbortedError extends ImageGalleryError {}
/** RESOURCE_EXHAUSTED (a quota, or a watch too slow). */
export declare class ResourceExhaustedError extends ImageGalleryError {}
/** PERMISSION_DENIED. */
export declare class PermissionDeniedError extends ImageGalleryError {}
/** UNAUTHENTICATED: no token, or one unknown, expired or revoked. */
export declare class UnauthenticatedError extends ImageGalleryError {}
/** UNAVAILABLE: the server could not be reached (after the retries). */
export declare class UnavailableError extends ImageGalleryError {}
/** DEADLINE_EXCEEDED: a call (or a wait) ran out of time. */
export declare class DeadlineExceededError extends ImageGalleryError {}
/** OUT_OF_RANGE (e.g. a watch cursor that expired). */
export declare class OutOfRangeError extends ImageGalleryError {}
/** CANCELED: the caller aborted the call, or closed the client. */
export declare class CanceledError extends ImageGalleryError {}

/** An error of the class for `code`, made on this side. */
export declare function errorFor(code: Code, message: string, init?: Omit<ImageGalleryErrorInit, "code">): ImageGalleryError;
/** Any error (a ConnectError, an abort, anything thrown) as an ImageGalleryError of its
 * code's class, whose cause is that error; an ImageGalleryError as itself. */
export declare function toImageGalleryError(err: unknown): ImageGalleryError;
/** A google.rpc.Status (an operation's error) as an ImageGalleryError of its code's class. */
export declare function statusToError(status: Status): ImageGalleryError;
/** A dropped connection or a reset stream, as opposed to an answer of the server. */
export declare function isDisconnect(error: ImageGalleryError): boolean;
