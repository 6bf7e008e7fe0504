package com.imagegallery.client;

import com.google.longrunning.CancelOperationRequest;
import com.google.longrunning.GetOperationRequest;
import com.google.longrunning.Operation;
import com.google.longrunning.WaitOperationRequest;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.imagegallery.v1.OperationMetadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A long-running operation followed to its end, as azure-core's {@code SyncPoller}: {@link
 * #waitForCompletion()}, {@link #getFinalResult()} (the finished resource; a failed
 * operation throws its typed error), {@link #poll()}, and {@link #getResumeToken()} (the
 * operation's name), which {@link ImageGalleryClient#resumePoller} follows again.
 *
 * <p>A wait has no deadline unless given one, as an Azure poller's. Until then it follows
 * its operation through UNAVAILABLE, reset streams and server restarts, with backoff; any
 * other failed call throws its {@link ImageGalleryException}.
 */
public final class OperationPoller<T extends Message> {
  /** An operation's status as azure-core's {@code LongRunningOperationStatus} names it. */
  public enum OperationStatus {
    IN_PROGRESS,
    SUCCESSFULLY_COMPLETED,
    FAILED,
    USER_CANCELLED
  }

  /** How long one WaitOperation asks the server to wait, so how often progress hears. */
  public static final Duration WAIT_SLICE = Duration.ofSeconds(10);

  private final ImageGalleryClient client;
  private final Class<T> resultType;
  private Operation operation;
  private Consumer<OperationMetadata> progress = metadata -> {};
  private Consumer<ImageGalleryException> onRetry = error -> {};
  private Duration pollInterval = WAIT_SLICE;

  OperationPoller(ImageGalleryClient client, Operation operation, Class<T> resultType) {
    this.client = client;
    this.operation = operation;
    this.resultType = resultType;
  }

  /** Has {@code progress} told the operation's metadata each time it is read. */
  public OperationPoller<T> onProgress(Consumer<OperationMetadata> progress) {
    this.progress = progress;
    return this;
  }

  /** Has {@code onRetry} told of each failed call after which the wait goes on. */
  public OperationPoller<T> onRetry(Consumer<ImageGalleryException> onRetry) {
    this.onRetry = onRetry;
    return this;
  }

  /**
   * How long one WaitOperation asks the server to wait (default {@link #WAIT_SLICE}), so
   * how often progress hears of a running operation.
   */
  public OperationPoller<T> setPollInterval(Duration interval) {
    this.pollInterval = interval;
    return this;
  }

  /** The operation's name: {@code client.resumePoller(token, type)} follows it again. */
  public String getResumeToken() {
    return operation.getName();
  }

  /** The operation as last read. */
  public Operation getOperation() {
    return operation;
  }

  /** The status as last read. */
  public OperationStatus getStatus() {
    if (!operation.getDone()) {
      return OperationStatus.IN_PROGRESS;
    }
    if (!operation.hasError()) {
      return OperationStatus.SUCCESSFULLY_COMPLETED;
    }
    return operation.getError().getCode() == Status.Code.CANCELLED.value()
        ? OperationStatus.USER_CANCELLED
        : OperationStatus.FAILED;
  }

  /** Reads the operation once (unless it is done) and answers its status. */
  public OperationStatus poll() {
    if (!operation.getDone()) {
      GetOperationRequest request = GetOperationRequest.newBuilder().setName(getResumeToken()).build();
      seen(client.call(() -> client.operations().getOperation(request)));
    }
    return getStatus();
  }

  /** Waits, without a deadline, until the operation is done; answers its status. */
  public OperationStatus waitForCompletion() {
    return waitUntil(null);
  }

  /**
   * Waits until the operation is done; answers its status. Throws {@link
   * ImageGalleryException.DeadlineExceededException} if it still runs after {@code timeout}.
   */
  public OperationStatus waitForCompletion(Duration timeout) {
    return waitUntil(Instant.now().plus(timeout));
  }

  /**
   * Waits without a deadline and answers the operation's response: the {@code ImageVersion},
   * or {@code Empty} for a delete. A failed operation throws its typed error.
   */
  public T getFinalResult() {
    waitForCompletion();
    return result();
  }

  /**
   * As {@link #getFinalResult()}, but throws {@link
   * ImageGalleryException.DeadlineExceededException} if the operation still runs after
   * {@code timeout}.
   */
  public T getFinalResult(Duration timeout) {
    waitForCompletion(timeout);
    return result();
  }

  /** Asks the server to cancel the operation (FAILED_PRECONDITION once it cannot be). */
  public void cancelOperation() {
    CancelOperationRequest request = CancelOperationRequest.newBuilder().setName(getResumeToken()).build();
    client.call(() -> client.operations().cancelOperation(request));
  }

  private T result() {
    if (operation.hasError()) {
      throw ImageGalleryException.of(operation.getError(), null);
    }
    try {
      return operation.getResponse().unpack(resultType);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(
          "operation " + getResumeToken() + " answered a " + operation.getResponse().getTypeUrl(), e);
    }
  }

  private OperationStatus waitUntil(Instant deadline) {
    Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(2), 2);
    while (!operation.getDone()) {
      Duration slice = bounded(pollInterval, deadline);
      try {
        seen(waitOnce(slice));
      } catch (StatusRuntimeException e) {
        ImageGalleryException error = ImageGalleryException.from(e);
        if (!error.isDisconnected() && error.getCode() != Status.Code.DEADLINE_EXCEEDED) {
          throw error;
        }
        onRetry.accept(error);
      }
      if (operation.getDone()) {
        break;
      }
      Duration pause = backoff.delay(Duration.ofSeconds(2));
      if (deadline != null && Instant.now().plus(pause).isAfter(deadline)) {
        throw ImageGalleryException.of(
            Status.Code.DEADLINE_EXCEEDED, "operation " + getResumeToken() + " still running");
      }
      Backoff.sleep(pause);
    }
    return getStatus();
  }

  /** One WaitOperation: the server waits at most {@code slice}, the call a default timeout more. */
  private Operation waitOnce(Duration slice) {
    WaitOperationRequest request =
        WaitOperationRequest.newBuilder()
            .setName(getResumeToken())
            .setTimeout(com.google.protobuf.Duration.newBuilder().setSeconds(slice.getSeconds()).setNanos(slice.getNano()))
            .build();
    long callNanos = slice.plus(client.defaultTimeout()).toNanos();
    return client.operations().withDeadlineAfter(callNanos, TimeUnit.NANOSECONDS).waitOperation(request);
  }

  private static Duration bounded(Duration slice, Instant deadline) {
    if (deadline == null) {
      return slice;
    }
    Duration left = Duration.between(Instant.now(), deadline);
    return left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : (left.compareTo(slice) < 0 ? left : slice);
  }

  private void seen(Operation current) {
    operation = current;
    if (current.hasMetadata() && current.getMetadata().is(OperationMetadata.class)) {
      try {
        progress.accept(current.getMetadata().unpack(OperationMetadata.class));
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalStateException("malformed metadata of " + getResumeToken(), e);
      }
    }
  }
}
