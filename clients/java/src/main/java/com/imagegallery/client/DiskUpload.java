package com.imagegallery.client;

import com.google.protobuf.ByteString;
import com.imagegallery.v1.CommitUploadRequest;
import com.imagegallery.v1.CreateUploadRequest;
import com.imagegallery.v1.GetUploadRequest;
import com.imagegallery.v1.Upload;
import com.imagegallery.v1.UploadState;
import com.imagegallery.v1.WriteUploadRequest;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A disk file uploaded as WriteUpload messages of at most {@link #MAX_CHUNK} bytes, each at
 * its offset, read from the file as they go (never the whole disk in memory); chunks of
 * zeros are not sent (the server keeps disks sparse). A broken stream is resumed from the
 * offset the server holds. Every byte is hashed once, and the commit states the size and
 * sha256.
 */
final class DiskUpload implements AutoCloseable {
  /** The most data a WriteUpload message may carry. */
  static final int MAX_CHUNK = 4 * 1024 * 1024;
  /** What CommitUpload's deadline allows for the server to read the disk back. */
  private static final long COMMIT_BYTES_PER_SECOND = 50L * 1024 * 1024;
  private static final String OFFSET_MISMATCH = "ERROR_REASON_UPLOAD_OFFSET_MISMATCH";

  private final ImageGalleryClient client;
  private final FileChannel file;
  private final long size;
  private final ImageGalleryClient.UploadOptions options;
  private final MessageDigest digest;
  private long hashed; // bytes [0, hashed) are in the digest
  private String name = "";

  DiskUpload(ImageGalleryClient client, Path path, ImageGalleryClient.UploadOptions options) throws IOException {
    this.client = client;
    this.file = FileChannel.open(path, StandardOpenOption.READ);
    this.size = file.size();
    this.options = options;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Upload run(String parent, String location) {
    Upload held = options.resume.isEmpty() ? create(parent, location) : resumed();
    progress(held.getReceivedBytes());
    if (held.getState() != UploadState.UPLOAD_STATE_COMMITTED) {
      writeWithRetries(held.getReceivedBytes());
    }
    CommitUploadRequest commit =
        CommitUploadRequest.newBuilder().setName(held.getName()).setSizeBytes(size).setSha256(sha256()).build();
    long commitNanos = client.defaultTimeout().toNanos() + size * 1_000_000_000L / COMMIT_BYTES_PER_SECOND;
    return ImageGalleryClient.typed(
        () -> client.sources().withDeadlineAfter(commitNanos, TimeUnit.NANOSECONDS).commitUpload(commit));
  }

  private Upload create(String parent, String location) {
    CreateUploadRequest request =
        CreateUploadRequest.newBuilder()
            .setParent(parent)
            .setUpload(Upload.newBuilder().setLocation(location).setSizeBytes(size))
            .build();
    Upload created = ImageGalleryClient.typed(() -> client.sources().createUpload(request));
    name = created.getName();
    return created;
  }

  private Upload resumed() {
    name = options.resume;
    Upload held = get();
    if (held.getSizeBytes() != size) {
      throw new IllegalArgumentException(
          name + " was declared with " + held.getSizeBytes() + " bytes, but the disk has " + size);
    }
    return held;
  }

  private Upload get() {
    return ImageGalleryClient.typed(() -> client.sources().getUpload(GetUploadRequest.newBuilder().setName(name).build()));
  }

  /** Writes from {@code received} on, resuming a broken stream from what the server holds. */
  private void writeWithRetries(long received) {
    RetryPolicy policy = client.retryPolicy();
    Backoff backoff = new Backoff(policy.initial(), policy.maximum(), policy.multiplier());
    int attempt = 0;
    while (true) {
      try {
        writeFrom(received);
        return;
      } catch (ImageGalleryException error) {
        boolean resumable =
            error.isDisconnected()
                || (error.getCode() == Status.Code.FAILED_PRECONDITION && OFFSET_MISMATCH.equals(error.getReason()));
        if (!resumable || ++attempt >= policy.maxAttempts()) {
          throw error;
        }
        backoff.sleep();
        long held = get().getReceivedBytes();
        if (held > received) { // it got somewhere: a fresh budget
          attempt = 0;
          backoff.reset();
        }
        received = held;
      }
    }
  }

  /** One WriteUpload stream of the bytes from {@code start} on, as the call lets them go. */
  private void writeFrom(long start) {
    CompletableFuture<Upload> answer = new CompletableFuture<>();
    Object ready = new Object();
    ClientResponseObserver<WriteUploadRequest, Upload> responses =
        new ClientResponseObserver<>() {
          @Override
          public void beforeStart(ClientCallStreamObserver<WriteUploadRequest> requests) {
            requests.setOnReadyHandler(() -> signal(ready));
          }

          @Override
          public void onNext(Upload upload) {
            answer.complete(upload);
          }

          @Override
          public void onError(Throwable t) {
            answer.completeExceptionally(t);
            signal(ready);
          }

          @Override
          public void onCompleted() {
            signal(ready);
          }
        };
    ClientCallStreamObserver<WriteUploadRequest> requests =
        (ClientCallStreamObserver<WriteUploadRequest>) client.sourcesAsync().writeUpload(responses);
    try {
      send(requests, start, answer, ready);
      requests.onCompleted();
    } catch (RuntimeException e) {
      requests.onError(e);
      throw e;
    }
    Upload held = result(answer);
    if (held.getReceivedBytes() != size) {
      throw ImageGalleryException.of(
          Status.Code.UNAVAILABLE, "the server holds " + held.getReceivedBytes() + " of " + size + " bytes");
    }
  }

  private void send(
      ClientCallStreamObserver<WriteUploadRequest> requests, long start, CompletableFuture<Upload> answer, Object ready) {
    boolean first = true;
    long end = start; // the end of the last bytes sent
    for (long position = Math.min(start, hashed); position < size && !answer.isDone(); ) {
      int length = (int) Math.min(options.chunkSize, size - position);
      ByteBuffer data = read(position, length);
      if (position + length > start) {
        int skip = (int) Math.max(0, start - position);
        data.position(skip);
        if (!zeros(data)) {
          awaitReady(requests, answer, ready);
          requests.onNext(message(first, position + skip, ByteString.copyFrom(data)));
          first = false;
          end = position + length;
        }
        progress(position + length);
      }
      position += length;
    }
    if ((first || end < size) && !answer.isDone()) {
      // Zeros at the end (or nothing to send): an empty write there moves the offset.
      requests.onNext(message(first, size, ByteString.EMPTY));
    }
  }

  private WriteUploadRequest message(boolean first, long offset, ByteString data) {
    return WriteUploadRequest.newBuilder().setName(first ? name : "").setOffset(offset).setData(data).build();
  }

  private static void awaitReady(
      ClientCallStreamObserver<?> requests, CompletableFuture<Upload> answer, Object ready) {
    synchronized (ready) {
      while (!requests.isReady() && !answer.isDone()) {
        try {
          ready.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw ImageGalleryException.of(Status.Code.CANCELLED, "interrupted");
        }
      }
    }
  }

  private static void signal(Object ready) {
    synchronized (ready) {
      ready.notifyAll();
    }
  }

  private static Upload result(CompletableFuture<Upload> answer) {
    try {
      return answer.get();
    } catch (ExecutionException e) {
      throw ImageGalleryException.from(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ImageGalleryException.of(Status.Code.CANCELLED, "interrupted");
    }
  }

  /** Reads {@code length} bytes at {@code position}, hashing what was not hashed yet. */
  private ByteBuffer read(long position, int length) {
    ByteBuffer data = ByteBuffer.allocate(length);
    try {
      while (data.hasRemaining()) {
        if (file.read(data, position + data.position()) < 0) {
          throw new IOException("the disk shrank while it was being uploaded (offset " + position + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    data.flip();
    if (position + length > hashed) {
      ByteBuffer fresh = data.duplicate();
      fresh.position((int) (hashed - position));
      digest.update(fresh);
      hashed = position + length;
    }
    return data;
  }

  private static boolean zeros(ByteBuffer data) {
    for (int i = data.position(); i < data.limit(); i++) {
      if (data.get(i) != 0) {
        return false;
      }
    }
    return true;
  }

  private String sha256() {
    for (long position = hashed; position < size; position = hashed) {
      read(position, (int) Math.min(options.chunkSize, size - position));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private void progress(long done) {
    options.progress.progress(name, done, size);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
