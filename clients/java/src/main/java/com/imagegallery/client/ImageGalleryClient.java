package com.imagegallery.client;

import com.google.longrunning.ListOperationsRequest;
import com.google.longrunning.Operation;
import com.google.longrunning.OperationsGrpc;
import com.google.protobuf.Empty;
import com.google.protobuf.Message;
import com.imagegallery.v1.AccessServiceGrpc;
import com.imagegallery.v1.CreateImageVersionRequest;
import com.imagegallery.v1.DeleteImageVersionRequest;
import com.imagegallery.v1.Gallery;
import com.imagegallery.v1.GalleryServiceGrpc;
import com.imagegallery.v1.GetLatestImageVersionRequest;
import com.imagegallery.v1.ImageDefinition;
import com.imagegallery.v1.ImageDefinitionServiceGrpc;
import com.imagegallery.v1.ImageSource;
import com.imagegallery.v1.ImageSourceServiceGrpc;
import com.imagegallery.v1.ImageVersion;
import com.imagegallery.v1.ImageVersionServiceGrpc;
import com.imagegallery.v1.ListGalleriesRequest;
import com.imagegallery.v1.ListImageDefinitionsRequest;
import com.imagegallery.v1.ListImageSourcesRequest;
import com.imagegallery.v1.ListImageVersionsRequest;
import com.imagegallery.v1.ListSoftDeletedResourcesRequest;
import com.imagegallery.v1.MaintenanceServiceGrpc;
import com.imagegallery.v1.PlanningServiceGrpc;
import com.imagegallery.v1.RegionServiceGrpc;
import com.imagegallery.v1.ReplicationServiceGrpc;
import com.imagegallery.v1.SharedGalleryServiceGrpc;
import com.imagegallery.v1.RetryImageVersionReplicationRequest;
import com.imagegallery.v1.SoftDeletedResource;
import com.imagegallery.v1.UpdateImageVersionRequest;
import com.imagegallery.v1.Upload;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One channel to an imagegallery server and the generated blocking stub of every service,
 * with the Azure-shaped helpers the stubs leave to you: pollers for long operations
 * ({@code beginCreateImageVersion(...).getFinalResult()}), pagers for lists, a replication
 * watch that survives disconnects, and resumable disk uploads.
 *
 * <pre>{@code
 * try (ImageGalleryClient client = ImageGalleryClient.builder("127.0.0.1:50051")
 *     .token(System.getenv("IMAGEGALLERY_TOKEN")).build()) {
 *   for (Gallery g : client.listGalleries("/subscriptions/demo/resourceGroups/images")) { ... }
 * }
 * }</pre>
 *
 * <p>Every unary call gets a deadline when it sets none ({@link Builder#defaultTimeout}) and
 * is retried with backoff on UNAVAILABLE when it is safe to: reads (Get*, List*,
 * WaitOperation, the PlanningService) and writes, whose empty {@code request_id} is filled
 * with a fresh one so that a retry is answered from the server's record of the first
 * attempt. The helpers throw {@link ImageGalleryException}s; the raw stubs throw grpc's
 * {@link StatusRuntimeException}, which {@link ImageGalleryException#from} types (or make
 * the call through {@link #call}).
 */
public final class ImageGalleryClient implements AutoCloseable {
  /** The deadline of unary calls that set none, unless the builder says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final ManagedChannel channel;
  private final Duration timeout;
  private final RetryPolicy retry;

  private ImageGalleryClient(ManagedChannel channel, Duration timeout, RetryPolicy retry) {
    this.channel = channel;
    this.timeout = timeout;
    this.retry = retry;
  }

  /** A builder of a client of the server at {@code address} ("host:port"). */
  public static Builder builder(String address) {
    return new Builder(address);
  }

  /** Configures and builds an {@link ImageGalleryClient}. */
  public static final class Builder {
    private final String address;
    private String token = "";
    private ChannelCredentials credentials = InsecureChannelCredentials.create();
    private Duration timeout = DEFAULT_TIMEOUT;
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private boolean requestIds = true;

    private Builder(String address) {
      this.address = address;
    }

    /**
     * Sends {@code authorization: Bearer <token>} with every call (the server refuses every
     * call but health and reflection without one, unless it runs with --auth none). Allowed
     * over plaintext too, for a local server; prefer TLS anywhere else.
     */
    public Builder token(String token) {
      this.token = token == null ? "" : token;
      return this;
    }

    /** TLS trusting the system's roots (plaintext unless a TLS option is given). */
    public Builder tls() {
      return tls(TlsChannelCredentials.create());
    }

    /** TLS trusting the PEM roots in {@code caFile}. */
    public Builder tls(File caFile) throws IOException {
      return tls(TlsChannelCredentials.newBuilder().trustManager(caFile).build());
    }

    /** TLS trusting {@code caFile}, presenting the client certificate in certFile and keyFile. */
    public Builder tls(File caFile, File certFile, File keyFile) throws IOException {
      return tls(TlsChannelCredentials.newBuilder().trustManager(caFile).keyManager(certFile, keyFile).build());
    }

    /** Any channel credentials (e.g. TlsChannelCredentials of your own). */
    public Builder tls(ChannelCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** The deadline of unary calls that set none (default 30 s); null: none. */
    public Builder defaultTimeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** How safe calls are retried on UNAVAILABLE (default {@link RetryPolicy#DEFAULT}). */
    public Builder retry(RetryPolicy retry) {
      this.retry = retry;
      return this;
    }

    /** Whether to fill empty request_id fields (default true); without, writes are never retried. */
    public Builder autoRequestIds(boolean fill) {
      this.requestIds = fill;
      return this;
    }

    public ImageGalleryClient build() {
      ManagedChannelBuilder<?> channel =
          Grpc.newChannelBuilder(address, credentials)
              .intercept(new CallDefaults(token, timeout, requestIds))
              // A ping after 30 s of silence, only while calls are open: the server
              // refuses pings more often than every 10 s (too_many_pings).
              .keepAliveTime(30, TimeUnit.SECONDS)
              .keepAliveTimeout(10, TimeUnit.SECONDS)
              .keepAliveWithoutCalls(false);
      if (retry.maxAttempts() > 1) {
        channel.defaultServiceConfig(Services.retryConfig(retry, requestIds)).enableRetry();
      } else {
        channel.disableRetry();
      }
      return new ImageGalleryClient(channel.build(), timeout, retry);
    }
  }

  public GalleryServiceGrpc.GalleryServiceBlockingStub galleries() {
    return GalleryServiceGrpc.newBlockingStub(channel);
  }

  public ImageDefinitionServiceGrpc.ImageDefinitionServiceBlockingStub definitions() {
    return ImageDefinitionServiceGrpc.newBlockingStub(channel);
  }

  public ImageSourceServiceGrpc.ImageSourceServiceBlockingStub sources() {
    return ImageSourceServiceGrpc.newBlockingStub(channel);
  }

  /** The asynchronous stub, for WriteUpload's client stream ({@link #upload} uses it). */
  public ImageSourceServiceGrpc.ImageSourceServiceStub sourcesAsync() {
    return ImageSourceServiceGrpc.newStub(channel);
  }

  public ImageVersionServiceGrpc.ImageVersionServiceBlockingStub versions() {
    return ImageVersionServiceGrpc.newBlockingStub(channel);
  }

  /** Sharing, and the reads through shared and community galleries' own names. */
  public SharedGalleryServiceGrpc.SharedGalleryServiceBlockingStub shared() {
    return SharedGalleryServiceGrpc.newBlockingStub(channel);
  }

  public ReplicationServiceGrpc.ReplicationServiceBlockingStub replication() {
    return ReplicationServiceGrpc.newBlockingStub(channel);
  }

  /** google.longrunning.Operations. */
  public OperationsGrpc.OperationsBlockingStub operations() {
    return OperationsGrpc.newBlockingStub(channel);
  }

  public RegionServiceGrpc.RegionServiceBlockingStub regions() {
    return RegionServiceGrpc.newBlockingStub(channel);
  }

  public PlanningServiceGrpc.PlanningServiceBlockingStub planning() {
    return PlanningServiceGrpc.newBlockingStub(channel);
  }

  public MaintenanceServiceGrpc.MaintenanceServiceBlockingStub maintenance() {
    return MaintenanceServiceGrpc.newBlockingStub(channel);
  }

  /** Tenants, subscriptions, principals, tokens, role assignments, allow-lists, the audit log. */
  public AccessServiceGrpc.AccessServiceBlockingStub access() {
    return AccessServiceGrpc.newBlockingStub(channel);
  }

  /** The channel, for stubs of your own. */
  public ManagedChannel channel() {
    return channel;
  }

  /** Makes a raw stub call, throwing its failure as an {@link ImageGalleryException}. */
  public <T> T call(Supplier<T> rpc) {
    return typed(rpc);
  }

  static <T> T typed(Supplier<T> rpc) {
    try {
      return rpc.get();
    } catch (StatusRuntimeException e) {
      throw ImageGalleryException.from(e);
    }
  }

  Duration defaultTimeout() {
    return timeout == null ? DEFAULT_TIMEOUT : timeout;
  }

  RetryPolicy retryPolicy() {
    return retry;
  }

  // Long-running operations: pollers.

  /** Starts creating a version; a poller whose result is the ImageVersion. */
  public OperationPoller<ImageVersion> beginCreateImageVersion(CreateImageVersionRequest request) {
    return begin(() -> versions().createImageVersion(request), ImageVersion.class);
  }

  /**
   * Starts creating version {@code version} of an image definition named by its ids, as
   * Azure's {@code beginCreateOrUpdate(resourceGroup, gallery, image, version, body)}.
   */
  public OperationPoller<ImageVersion> beginCreateImageVersion(
      String subscription, String resourceGroup, String gallery, String image, String version, ImageVersion body) {
    return beginCreateImageVersion(
        CreateImageVersionRequest.newBuilder()
            .setParent(ResourceIds.imageDefinition(subscription, resourceGroup, gallery, image))
            .setImageVersionId(version)
            .setImageVersion(body)
            .build());
  }

  /** Starts updating a version; a poller whose result is the ImageVersion. */
  public OperationPoller<ImageVersion> beginUpdateImageVersion(UpdateImageVersionRequest request) {
    return begin(() -> versions().updateImageVersion(request), ImageVersion.class);
  }

  /** Starts deleting the version of this name; the poller's result is Empty. */
  public OperationPoller<Empty> beginDeleteImageVersion(String name) {
    DeleteImageVersionRequest request = DeleteImageVersionRequest.newBuilder().setName(name).build();
    return begin(() -> versions().deleteImageVersion(request), Empty.class);
  }

  /** Restarts the failed regions of the version of this name; a poller of the ImageVersion. */
  public OperationPoller<ImageVersion> beginRetryImageVersionReplication(String name) {
    RetryImageVersionReplicationRequest request =
        RetryImageVersionReplicationRequest.newBuilder().setName(name).build();
    return begin(() -> versions().retryImageVersionReplication(request), ImageVersion.class);
  }

  /**
   * A poller following the operation a resume token (its name) names, whose result is a
   * {@code resultType} (ImageVersion; Empty for a delete).
   */
  public <T extends Message> OperationPoller<T> resumePoller(String resumeToken, Class<T> resultType) {
    return new OperationPoller<>(this, Operation.newBuilder().setName(resumeToken).build(), resultType);
  }

  private <T extends Message> OperationPoller<T> begin(Supplier<Operation> start, Class<T> resultType) {
    return new OperationPoller<>(this, typed(start), resultType);
  }

  // Lists: pagers.

  /** The galleries of a resource group ("/subscriptions/{s}/resourceGroups/{rg}"). */
  public PagedIterable<Gallery> listGalleries(String parent) {
    return PagedIterable.of(ListGalleriesRequest.newBuilder().setParent(parent).build(), galleries()::listGalleries);
  }

  /** The image definitions of a gallery. */
  public PagedIterable<ImageDefinition> listImageDefinitions(String gallery) {
    return PagedIterable.of(
        ListImageDefinitionsRequest.newBuilder().setParent(gallery).build(), definitions()::listImageDefinitions);
  }

  /** The versions of an image definition. */
  public PagedIterable<ImageVersion> listImageVersions(String imageDefinition) {
    return PagedIterable.of(
        ListImageVersionsRequest.newBuilder().setParent(imageDefinition).build(), versions()::listImageVersions);
  }

  /** The image sources of a resource group. */
  public PagedIterable<ImageSource> listImageSources(String parent) {
    return PagedIterable.of(ListImageSourcesRequest.newBuilder().setParent(parent).build(), sources()::listImageSources);
  }

  /** The soft-deleted versions of a gallery, as Azure's softDeletedResources list. */
  public PagedIterable<SoftDeletedResource> listSoftDeletedResources(String gallery) {
    return PagedIterable.of(
        ListSoftDeletedResourcesRequest.newBuilder().setParent(gallery).build(), versions()::listSoftDeletedResources);
  }

  /** The operations the caller may see. */
  public PagedIterable<Operation> listOperations() {
    return PagedIterable.of(
        ListOperationsRequest.newBuilder().setName("operations").build(), operations()::listOperations);
  }

  /** The newest version of an image definition that is not excluded from latest. */
  public ImageVersion getLatestImageVersion(String imageDefinition) {
    GetLatestImageVersionRequest request = GetLatestImageVersionRequest.newBuilder().setParent(imageDefinition).build();
    return typed(() -> versions().getLatestImageVersion(request));
  }

  // Streams: the watch and uploads.

  /**
   * Watches the replication status of everything in {@code scope} (a version, definition,
   * gallery, resource group or subscription, by resource ID; "" for everything).
   */
  public ReplicationWatch watch(String scope, ReplicationWatch.Options options) {
    return new ReplicationWatch(this, scope, options);
  }

  /** Called with the upload's name, the bytes of the disk done and its size. */
  @FunctionalInterface
  public interface UploadProgress {
    void progress(String upload, long done, long size);
  }

  /** How {@link #upload} goes. */
  public static final class UploadOptions {
    String resume = "";
    int chunkSize = DiskUpload.MAX_CHUNK;
    UploadProgress progress = (upload, done, size) -> {};

    /** Goes on with an upload created earlier (by one that was interrupted), by its name. */
    public UploadOptions resume(String upload) {
      this.resume = upload;
      return this;
    }

    /** Bytes a message (at most 4 MiB, the default). */
    public UploadOptions chunkSize(int bytes) {
      if (bytes <= 0 || bytes > DiskUpload.MAX_CHUNK) {
        throw new IllegalArgumentException("a chunk is 1 to " + DiskUpload.MAX_CHUNK + " bytes");
      }
      this.chunkSize = bytes;
      return this;
    }

    /** Told once the upload exists, then after each chunk. */
    public UploadOptions progress(UploadProgress progress) {
      this.progress = progress;
      return this;
    }
  }

  /**
   * Uploads a disk file as an Upload in resource group {@code parent} and region {@code
   * location}, and returns it committed; its name is what an image source's disk takes.
   * The file is read as it goes; chunks of zeros are not sent; a broken stream is resumed
   * from what the server holds, up to the retry policy's attempts in a row without progress.
   * With {@link UploadOptions#resume}, parent and location are not used.
   */
  public Upload upload(String parent, String location, Path disk, UploadOptions options) throws IOException {
    try (DiskUpload upload = new DiskUpload(this, disk, options)) {
      return upload.run(parent, location);
    }
  }

  /** Closes the channel; calls in flight fail with CANCELLED. */
  @Override
  public void close() {
    channel.shutdownNow();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
