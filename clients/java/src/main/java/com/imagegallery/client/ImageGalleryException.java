package com.imagegallery.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An error answered by the service (or by a long-running operation), with the rich error
 * model it carries: the {@code ErrorInfo} reason (an {@code ErrorReason} name such as
 * {@code "ERROR_REASON_INVALID_NAME"}) and metadata, and every {@code BadRequest} field
 * violation. Its subclass says the status code ({@link NotFoundException}, {@link
 * InvalidArgumentException}, ...); {@link #from} types any failed call.
 */
public class ImageGalleryException extends RuntimeException {
  /** One {@code BadRequest} field violation. */
  public record FieldViolation(String field, String description, String reason) {}

  private final Status.Code code;
  private final String statusMessage;
  private final transient com.google.rpc.Status status;

  ImageGalleryException(com.google.rpc.Status status, Throwable cause) {
    super(describe(status), cause);
    this.code = Status.fromCodeValue(status.getCode()).getCode();
    this.statusMessage = status.getMessage();
    this.status = status;
  }

  /** The typed error of a failed call (the throwable itself when it is one). */
  public static ImageGalleryException from(Throwable failure) {
    if (failure instanceof ImageGalleryException typed) {
      return typed;
    }
    com.google.rpc.Status status = StatusProto.fromThrowable(failure);
    if (status == null) {
      Status plain = Status.fromThrowable(failure);
      status =
          com.google.rpc.Status.newBuilder()
              .setCode(plain.getCode().value())
              .setMessage(plain.getDescription() == null ? "" : plain.getDescription())
              .build();
    }
    return of(status, failure);
  }

  /** The typed error of a {@code google.rpc.Status}, such as a failed operation's. */
  public static ImageGalleryException of(com.google.rpc.Status status, Throwable cause) {
    return switch (Status.fromCodeValue(status.getCode()).getCode()) {
      case INVALID_ARGUMENT -> new InvalidArgumentException(status, cause);
      case NOT_FOUND -> new NotFoundException(status, cause);
      case ALREADY_EXISTS -> new AlreadyExistsException(status, cause);
      case FAILED_PRECONDITION -> new FailedPreconditionException(status, cause);
      case ABORTED -> new AbortedException(status, cause);
      case RESOURCE_EXHAUSTED -> new ResourceExhaustedException(status, cause);
      case PERMISSION_DENIED -> new PermissionDeniedException(status, cause);
      case UNAUTHENTICATED -> new UnauthenticatedException(status, cause);
      case UNAVAILABLE -> new UnavailableException(status, cause);
      case DEADLINE_EXCEEDED -> new DeadlineExceededException(status, cause);
      case OUT_OF_RANGE -> new OutOfRangeException(status, cause);
      default -> new ImageGalleryException(status, cause);
    };
  }

  static ImageGalleryException of(Status.Code code, String message) {
    return of(
        com.google.rpc.Status.newBuilder().setCode(code.value()).setMessage(message).build(),
        null);
  }

  public Status.Code getCode() {
    return code;
  }

  /** The status message. */
  public String getStatusMessage() {
    return statusMessage;
  }

  /** The whole {@code google.rpc.Status}, details included. */
  public com.google.rpc.Status getStatus() {
    return status;
  }

  /** The ErrorInfo reason, "" when there is none. */
  public String getReason() {
    return errorInfo().getReason();
  }

  /** The ErrorInfo metadata (a watch's {@code cursor}, a violation's {@code field}, ...). */
  public Map<String, String> getMetadata() {
    return errorInfo().getMetadataMap();
  }

  /** Every BadRequest field violation, in the order the server gave them. */
  public List<FieldViolation> getViolations() {
    List<FieldViolation> violations = new ArrayList<>();
    for (Any detail : status.getDetailsList()) {
      if (detail.is(BadRequest.class)) {
        for (BadRequest.FieldViolation v : unpack(detail, BadRequest.class).getFieldViolationsList()) {
          violations.add(new FieldViolation(v.getField(), v.getDescription(), v.getReason()));
        }
      }
    }
    return violations;
  }

  /**
   * Whether the transport broke (UNAVAILABLE, a reset stream) rather than the server
   * answering: the call may be made again.
   */
  public boolean isDisconnected() {
    if (code == Status.Code.UNAVAILABLE) {
      return true;
    }
    return (code == Status.Code.INTERNAL || code == Status.Code.UNKNOWN)
        && (statusMessage.contains("RST_STREAM") || statusMessage.contains("stream terminated"));
  }

  private ErrorInfo errorInfo() {
    for (Any detail : status.getDetailsList()) {
      if (detail.is(ErrorInfo.class)) {
        return unpack(detail, ErrorInfo.class);
      }
    }
    return ErrorInfo.getDefaultInstance();
  }

  private static <T extends com.google.protobuf.Message> T unpack(Any detail, Class<T> type) {
    try {
      return detail.unpack(type);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("a malformed " + detail.getTypeUrl() + " in a status", e);
    }
  }

  private static String describe(com.google.rpc.Status status) {
    String reason = "";
    for (Any detail : status.getDetailsList()) {
      if (detail.is(ErrorInfo.class)) {
        reason = " (" + unpack(detail, ErrorInfo.class).getReason() + ")";
        break;
      }
    }
    return Status.fromCodeValue(status.getCode()).getCode() + ": " + status.getMessage() + reason;
  }

  /** INVALID_ARGUMENT: {@link #getViolations} names every field at fault. */
  public static final class InvalidArgumentException extends ImageGalleryException {
    InvalidArgumentException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** NOT_FOUND: the resource named does not exist. */
  public static final class NotFoundException extends ImageGalleryException {
    NotFoundException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** ALREADY_EXISTS. */
  public static final class AlreadyExistsException extends ImageGalleryException {
    AlreadyExistsException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** FAILED_PRECONDITION: the resource's state refuses the call. */
  public static final class FailedPreconditionException extends ImageGalleryException {
    FailedPreconditionException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** ABORTED: a stale etag. */
  public static final class AbortedException extends ImageGalleryException {
    AbortedException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** RESOURCE_EXHAUSTED: a quota, a full disk, a watch too slow. */
  public static final class ResourceExhaustedException extends ImageGalleryException {
    ResourceExhaustedException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** PERMISSION_DENIED: the caller lacks the role, whether or not the resource exists. */
  public static final class PermissionDeniedException extends ImageGalleryException {
    PermissionDeniedException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** UNAUTHENTICATED: a token missing, malformed, unknown, expired or revoked. */
  public static final class UnauthenticatedException extends ImageGalleryException {
    UnauthenticatedException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** UNAVAILABLE: the server could not be reached. */
  public static final class UnavailableException extends ImageGalleryException {
    UnavailableException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** DEADLINE_EXCEEDED: a call's, or a wait's, deadline passed. */
  public static final class DeadlineExceededException extends ImageGalleryException {
    DeadlineExceededException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }

  /** OUT_OF_RANGE: e.g. a watch cursor older than the server keeps. */
  public static final class OutOfRangeException extends ImageGalleryException {
    OutOfRangeException(com.google.rpc.Status s, Throwable cause) {
      super(s, cause);
    }
  }
}
