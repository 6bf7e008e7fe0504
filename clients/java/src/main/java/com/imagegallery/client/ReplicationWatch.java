package com.imagegallery.client;

import com.imagegallery.v1.WatchReplicationStatusRequest;
import com.imagegallery.v1.WatchReplicationStatusResponse;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

/**
 * The replication status of everything in a scope, message by message, across streams:
 * after a disconnect (UNAVAILABLE, a reset or ended stream) or WATCH_TOO_SLOW it reopens
 * from the last cursor, with backoff, so no change is lost or repeated; when its cursor has
 * expired (OUT_OF_RANGE, WATCH_CURSOR_EXPIRED) it starts again with send_initial_state, so
 * the state it delivers is whole again (look for the checkpoint with initial_state_done).
 * Any other error throws its {@link ImageGalleryException}. {@link #close()} cancels the
 * stream.
 */
public final class ReplicationWatch
    implements Iterator<WatchReplicationStatusResponse>, Iterable<WatchReplicationStatusResponse>, AutoCloseable {
  private static final String WATCH_TOO_SLOW = "ERROR_REASON_WATCH_TOO_SLOW";
  private static final String CURSOR_EXPIRED = "ERROR_REASON_WATCH_CURSOR_EXPIRED";

  /** Where a watch starts and how it reconnects. */
  public static final class Options {
    String startCursor = "";
    boolean sendInitialState;
    int maxReconnects;
    BiConsumer<ImageGalleryException, Boolean> onReconnect = (cause, reread) -> {};

    /** Resumes after a cursor a previous watch or GetReplicationStatus gave. */
    public Options startCursor(String cursor) {
      this.startCursor = cursor;
      return this;
    }

    /** First the state of every version in scope, then a checkpoint, then the changes. */
    public Options sendInitialState(boolean send) {
      this.sendInitialState = send;
      return this;
    }

    /** Bounds consecutive reconnects that received nothing (0, the default: no bound). */
    public Options maxReconnects(int max) {
      this.maxReconnects = max;
      return this;
    }

    /** Told each time the stream is reopened: why, and whether the whole state is re-read. */
    public Options onReconnect(BiConsumer<ImageGalleryException, Boolean> listener) {
      this.onReconnect = listener;
      return this;
    }
  }

  private final ImageGalleryClient client;
  private final String scope;
  private final Options options;
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2);
  private String cursor;
  private boolean initialState;
  private Context.CancellableContext context;
  private Iterator<WatchReplicationStatusResponse> stream;
  private boolean received;
  private int failures;
  private boolean closed;

  ReplicationWatch(ImageGalleryClient client, String scope, Options options) {
    this.client = client;
    this.scope = scope;
    this.options = options;
    this.cursor = options.startCursor;
    this.initialState = options.sendInitialState;
  }

  /** The cursor of the last message delivered: a later watch resumes from it. */
  public String cursor() {
    return cursor;
  }

  @Override
  public Iterator<WatchReplicationStatusResponse> iterator() {
    return this;
  }

  @Override
  public boolean hasNext() {
    while (!closed) {
      if (stream == null) {
        open();
      }
      try {
        if (stream.hasNext()) {
          return true;
        }
        reopen(ImageGalleryException.of(Status.Code.UNAVAILABLE, "the watch stream ended"));
      } catch (StatusRuntimeException e) {
        if (closed) {
          break;
        }
        reopen(ImageGalleryException.from(e));
      }
    }
    return false;
  }

  @Override
  public WatchReplicationStatusResponse next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the watch is closed");
    }
    WatchReplicationStatusResponse message = stream.next();
    received = true;
    if (!message.getCursor().isEmpty()) {
      cursor = message.getCursor();
    }
    // Until the initial state is complete, a resume asks for it again.
    if (message.getCheckpoint().getInitialStateDone()) {
      initialState = false;
    }
    return message;
  }

  @Override
  public void close() {
    closed = true;
    if (context != null) {
      context.cancel(null);
    }
  }

  private void open() {
    WatchReplicationStatusRequest request =
        WatchReplicationStatusRequest.newBuilder()
            .setScope(scope)
            .setStartCursor(cursor)
            .setSendInitialState(initialState)
            .build();
    context = Context.current().withCancellation();
    Context previous = context.attach();
    try {
      stream = client.replication().watchReplicationStatus(request);
    } finally {
      context.detach(previous);
    }
    received = false;
  }

  /** Decides, after a stream ended with {@code error}, whether and from where to reopen it. */
  private void reopen(ImageGalleryException error) {
    context.cancel(null);
    stream = null;
    boolean reread = false;
    if (error.getCode() == Status.Code.RESOURCE_EXHAUSTED && WATCH_TOO_SLOW.equals(error.getReason())) {
      cursor = error.getMetadata().getOrDefault("cursor", cursor);
    } else if (error.getCode() == Status.Code.OUT_OF_RANGE && CURSOR_EXPIRED.equals(error.getReason())) {
      cursor = "";
      initialState = true;
      reread = true;
    } else if (!error.isDisconnected()) {
      throw error;
    }
    if (received) {
      backoff.reset();
      failures = 0;
    }
    failures++;
    if (options.maxReconnects > 0 && failures > options.maxReconnects) {
      throw error;
    }
    options.onReconnect.accept(error, reread);
    backoff.sleep();
  }
}
