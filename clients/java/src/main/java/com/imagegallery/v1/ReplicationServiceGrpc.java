package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Replication status, read once or watched live.
 * The watch is served from the store's changes feed, with the guarantees etcd
 * and Kubernetes give: changes arrive ordered, each once, with no gaps after a
 * resume from any cursor still within the retention window; every message
 * carries the version's whole status (per region and aggregated), never a diff;
 * checkpoints come while nothing changes, so the cursor advances and idle
 * streams stay open. Resume by watching again from the last cursor received.
 * A stream ends with an error the client can act on:
 * - OUT_OF_RANGE, reason WATCH_CURSOR_EXPIRED: the cursor is older than the
 *   retention window; metadata "oldestCursor" is the oldest still served.
 *   Read the state again (GetReplicationStatus, or send_initial_state) and watch
 *   from the cursor that answer gives.
 * - RESOURCE_EXHAUSTED, reason WATCH_TOO_SLOW: the client did not take messages
 *   fast enough; metadata "cursor" is the last one delivered: resume from it.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ReplicationServiceGrpc {

  private ReplicationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.ReplicationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetReplicationStatusRequest,
      com.imagegallery.v1.GetReplicationStatusResponse> getGetReplicationStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetReplicationStatus",
      requestType = com.imagegallery.v1.GetReplicationStatusRequest.class,
      responseType = com.imagegallery.v1.GetReplicationStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetReplicationStatusRequest,
      com.imagegallery.v1.GetReplicationStatusResponse> getGetReplicationStatusMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetReplicationStatusRequest, com.imagegallery.v1.GetReplicationStatusResponse> getGetReplicationStatusMethod;
    if ((getGetReplicationStatusMethod = ReplicationServiceGrpc.getGetReplicationStatusMethod) == null) {
      synchronized (ReplicationServiceGrpc.class) {
        if ((getGetReplicationStatusMethod = ReplicationServiceGrpc.getGetReplicationStatusMethod) == null) {
          ReplicationServiceGrpc.getGetReplicationStatusMethod = getGetReplicationStatusMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetReplicationStatusRequest, com.imagegallery.v1.GetReplicationStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetReplicationStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetReplicationStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetReplicationStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplicationServiceMethodDescriptorSupplier("GetReplicationStatus"))
              .build();
        }
      }
    }
    return getGetReplicationStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.WatchReplicationStatusRequest,
      com.imagegallery.v1.WatchReplicationStatusResponse> getWatchReplicationStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchReplicationStatus",
      requestType = com.imagegallery.v1.WatchReplicationStatusRequest.class,
      responseType = com.imagegallery.v1.WatchReplicationStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.WatchReplicationStatusRequest,
      com.imagegallery.v1.WatchReplicationStatusResponse> getWatchReplicationStatusMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.WatchReplicationStatusRequest, com.imagegallery.v1.WatchReplicationStatusResponse> getWatchReplicationStatusMethod;
    if ((getWatchReplicationStatusMethod = ReplicationServiceGrpc.getWatchReplicationStatusMethod) == null) {
      synchronized (ReplicationServiceGrpc.class) {
        if ((getWatchReplicationStatusMethod = ReplicationServiceGrpc.getWatchReplicationStatusMethod) == null) {
          ReplicationServiceGrpc.getWatchReplicationStatusMethod = getWatchReplicationStatusMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.WatchReplicationStatusRequest, com.imagegallery.v1.WatchReplicationStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchReplicationStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.WatchReplicationStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.WatchReplicationStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplicationServiceMethodDescriptorSupplier("WatchReplicationStatus"))
              .build();
        }
      }
    }
    return getWatchReplicationStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ReadImageVersionDiskRequest,
      com.imagegallery.v1.ReadImageVersionDiskResponse> getReadImageVersionDiskMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadImageVersionDisk",
      requestType = com.imagegallery.v1.ReadImageVersionDiskRequest.class,
      responseType = com.imagegallery.v1.ReadImageVersionDiskResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ReadImageVersionDiskRequest,
      com.imagegallery.v1.ReadImageVersionDiskResponse> getReadImageVersionDiskMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ReadImageVersionDiskRequest, com.imagegallery.v1.ReadImageVersionDiskResponse> getReadImageVersionDiskMethod;
    if ((getReadImageVersionDiskMethod = ReplicationServiceGrpc.getReadImageVersionDiskMethod) == null) {
      synchronized (ReplicationServiceGrpc.class) {
        if ((getReadImageVersionDiskMethod = ReplicationServiceGrpc.getReadImageVersionDiskMethod) == null) {
          ReplicationServiceGrpc.getReadImageVersionDiskMethod = getReadImageVersionDiskMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ReadImageVersionDiskRequest, com.imagegallery.v1.ReadImageVersionDiskResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadImageVersionDisk"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ReadImageVersionDiskRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ReadImageVersionDiskResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReplicationServiceMethodDescriptorSupplier("ReadImageVersionDisk"))
              .build();
        }
      }
    }
    return getReadImageVersionDiskMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ReplicationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceStub>() {
        @java.lang.Override
        public ReplicationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplicationServiceStub(channel, callOptions);
        }
      };
    return ReplicationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ReplicationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceBlockingV2Stub>() {
        @java.lang.Override
        public ReplicationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplicationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ReplicationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ReplicationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceBlockingStub>() {
        @java.lang.Override
        public ReplicationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplicationServiceBlockingStub(channel, callOptions);
        }
      };
    return ReplicationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ReplicationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReplicationServiceFutureStub>() {
        @java.lang.Override
        public ReplicationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReplicationServiceFutureStub(channel, callOptions);
        }
      };
    return ReplicationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Replication status, read once or watched live.
   * The watch is served from the store's changes feed, with the guarantees etcd
   * and Kubernetes give: changes arrive ordered, each once, with no gaps after a
   * resume from any cursor still within the retention window; every message
   * carries the version's whole status (per region and aggregated), never a diff;
   * checkpoints come while nothing changes, so the cursor advances and idle
   * streams stay open. Resume by watching again from the last cursor received.
   * A stream ends with an error the client can act on:
   * - OUT_OF_RANGE, reason WATCH_CURSOR_EXPIRED: the cursor is older than the
   *   retention window; metadata "oldestCursor" is the oldest still served.
   *   Read the state again (GetReplicationStatus, or send_initial_state) and watch
   *   from the cursor that answer gives.
   * - RESOURCE_EXHAUSTED, reason WATCH_TOO_SLOW: the client did not take messages
   *   fast enough; metadata "cursor" is the last one delivered: resume from it.
   * </pre>
   */
  public interface AsyncService {

    /**
     */
    default void getReplicationStatus(com.imagegallery.v1.GetReplicationStatusRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.GetReplicationStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetReplicationStatusMethod(), responseObserver);
    }

    /**
     */
    default void watchReplicationStatus(com.imagegallery.v1.WatchReplicationStatusRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.WatchReplicationStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchReplicationStatusMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads one disk of an image version from a completed replica in a chosen
     * region: the first message is a header naming the replica that serves the
     * read (region, zone, replica index) and the disk's size and sha256; every
     * later message is a chunk of at most 1 MiB with its offset.
     * The read is sparse: ranges that hold only zeros (holes) are not sent.
     * Create a file of header.size_bytes (e.g. truncate it to that size), write
     * each chunk's data at its offset, and the file is the disk; its sha256 must
     * be header.sha256. Chunks come in increasing offset order and never overlap.
     * Successive reads of a version in one region are served by that region's
     * replicas in turn. A replica found unreadable is passed over for another.
     * A shallow version has no replicas: it is read from its source's committed
     * disk (header.replication_mode SHALLOW, zone "", replica 0).
     * Refusals: NOT_FOUND (RESOURCE_NOT_FOUND) for a version that does not exist;
     * INVALID_ARGUMENT for a bad region or name, or a disk the version lacks
     * (UNKNOWN_DISK); FAILED_PRECONDITION (NOT_REPLICATED_TO_REGION, metadata
     * "state") for a region that is not a target of the version or where its
     * replication has not completed, and (VERSION_BEING_DELETED) for a version
     * being deleted; UNAVAILABLE (REPLICA_UNAVAILABLE) when no replica in the
     * region can serve (zones or the region down, files unreadable): retry later
     * or read from another region.
     * </pre>
     */
    default void readImageVersionDisk(com.imagegallery.v1.ReadImageVersionDiskRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ReadImageVersionDiskResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadImageVersionDiskMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ReplicationService.
   * <pre>
   * Replication status, read once or watched live.
   * The watch is served from the store's changes feed, with the guarantees etcd
   * and Kubernetes give: changes arrive ordered, each once, with no gaps after a
   * resume from any cursor still within the retention window; every message
   * carries the version's whole status (per region and aggregated), never a diff;
   * checkpoints come while nothing changes, so the cursor advances and idle
   * streams stay open. Resume by watching again from the last cursor received.
   * A stream ends with an error the client can act on:
   * - OUT_OF_RANGE, reason WATCH_CURSOR_EXPIRED: the cursor is older than the
   *   retention window; metadata "oldestCursor" is the oldest still served.
   *   Read the state again (GetReplicationStatus, or send_initial_state) and watch
   *   from the cursor that answer gives.
   * - RESOURCE_EXHAUSTED, reason WATCH_TOO_SLOW: the client did not take messages
   *   fast enough; metadata "cursor" is the last one delivered: resume from it.
   * </pre>
   */
  public static abstract class ReplicationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ReplicationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ReplicationService.
   * <pre>
   * Replication status, read once or watched live.
   * The watch is served from the store's changes feed, with the guarantees etcd
   * and Kubernetes give: changes arrive ordered, each once, with no gaps after a
   * resume from any cursor still within the retention window; every message
   * carries the version's whole status (per region and aggregated), never a diff;
   * checkpoints come while nothing changes, so the cursor advances and idle
   * streams stay open. Resume by watching again from the last cursor received.
   * A stream ends with an error the client can act on:
   * - OUT_OF_RANGE, reason WATCH_CURSOR_EXPIRED: the cursor is older than the
   *   retention window; metadata "oldestCursor" is the oldest still served.
   *   Read the state again (GetReplicationStatus, or send_initial_state) and watch
   *   from the cursor that answer gives.
   * - RESOURCE_EXHAUSTED, reason WATCH_TOO_SLOW: the client did not take messages
   *   fast enough; metadata "cursor" is the last one delivered: resume from it.
   * </pre>
   */
  public static final class ReplicationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ReplicationServiceStub> {
    private ReplicationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplicationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplicationServiceStub(channel, callOptions);
    }

    /**
     */
    public void getReplicationStatus(com.imagegallery.v1.GetReplicationStatusRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.GetReplicationStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetReplicationStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void watchReplicationStatus(com.imagegallery.v1.WatchReplicationStatusRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.WatchReplicationStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchReplicationStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads one disk of an image version from a completed replica in a chosen
     * region: the first message is a header naming the replica that serves the
     * read (region, zone, replica index) and the disk's size and sha256; every
     * later message is a chunk of at most 1 MiB with its offset.
     * The read is sparse: ranges that hold only zeros (holes) are not sent.
     * Create a file of header.size_bytes (e.g. truncate it to that size), write
     * each chunk's data at its offset, and the file is the disk; its sha256 must
     * be header.sha256. Chunks come in increasing offset order and never overlap.
     * Successive reads of a version in one region are served by that region's
     * replicas in turn. A replica found unreadable is passed over for another.
     * A shallow version has no replicas: it is read from its source's committed
     * disk (header.replication_mode SHALLOW, zone "", replica 0).
     * Refusals: NOT_FOUND (RESOURCE_NOT_FOUND) for a version that does not exist;
     * INVALID_ARGUMENT for a bad region or name, or a disk the version lacks
     * (UNKNOWN_DISK); FAILED_PRECONDITION (NOT_REPLICATED_TO_REGION, metadata
     * "state") for a region that is not a target of the version or where its
     * replication has not completed, and (VERSION_BEING_DELETED) for a version
     * being deleted; UNAVAILABLE (REPLICA_UNAVAILABLE) when no replica in the
     * region can serve (zones or the region down, files unreadable): retry later
     * or read from another region.
     * </pre>
     */
    public void readImageVersionDisk(com.imagegallery.v1.ReadImageVersionDiskRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ReadImageVersionDiskResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getReadImageVersionDiskMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ReplicationService.
   * <pre>
   * Replication status, read once or watched live.
   * The watch is served from the store's changes feed, with the guarantees etcd
   * and Kubernetes give: changes arrive ordered, each once, with no gaps after a
   * resume from any cursor still within the retention window; every message
   * carries the version's whole status (per region and aggregated), never a diff;
   * checkpoints come while nothing changes, so the cursor advances and idle
   * streams stay open. Resume by watching again from the last cursor received.
   * A stream ends with an error the client can act on:
   * - OUT_OF_RANGE, reason WATCH_CURSOR_EXPIRED: the cursor is older than the
   *   retention window; metadata "oldestCursor" is the oldest still served.
   *   Read the state again (GetReplicationStatus, or send_initial_state) and watch
   *   from the cursor that answer gives.
   * - RESOURCE_EXHAUSTED, reason WATCH_TOO_SLOW: the client did not take messages
   *   fast enough; metadata "cursor" is the last one delivered: resume from it.
   * </pre>
   */
  public static final class ReplicationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ReplicationServiceBlockingV2Stub> {
    private ReplicationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplicationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplicationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     */
    public com.imagegallery.v1.GetReplicationStatusResponse getReplicationStatus(com.imagegallery.v1.GetReplicationStatusRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetReplicationStatusMethod(), getCallOptions(), request);
    }

    /**
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, com.imagegallery.v1.WatchReplicationStatusResponse>
        watchReplicationStatus(com.imagegallery.v1.WatchReplicationStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchReplicationStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one disk of an image version from a completed replica in a chosen
     * region: the first message is a header naming the replica that serves the
     * read (region, zone, replica index) and the disk's size and sha256; every
     * later message is a chunk of at most 1 MiB with its offset.
     * The read is sparse: ranges that hold only zeros (holes) are not sent.
     * Create a file of header.size_bytes (e.g. truncate it to that size), write
     * each chunk's data at its offset, and the file is the disk; its sha256 must
     * be header.sha256. Chunks come in increasing offset order and never overlap.
     * Successive reads of a version in one region are served by that region's
     * replicas in turn. A replica found unreadable is passed over for another.
     * A shallow version has no replicas: it is read from its source's committed
     * disk (header.replication_mode SHALLOW, zone "", replica 0).
     * Refusals: NOT_FOUND (RESOURCE_NOT_FOUND) for a version that does not exist;
     * INVALID_ARGUMENT for a bad region or name, or a disk the version lacks
     * (UNKNOWN_DISK); FAILED_PRECONDITION (NOT_REPLICATED_TO_REGION, metadata
     * "state") for a region that is not a target of the version or where its
     * replication has not completed, and (VERSION_BEING_DELETED) for a version
     * being deleted; UNAVAILABLE (REPLICA_UNAVAILABLE) when no replica in the
     * region can serve (zones or the region down, files unreadable): retry later
     * or read from another region.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, com.imagegallery.v1.ReadImageVersionDiskResponse>
        readImageVersionDisk(com.imagegallery.v1.ReadImageVersionDiskRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getReadImageVersionDiskMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ReplicationService.
   * <pre>
   * Replication status, read once or watched live.
   * The watch is served from the store's changes feed, with the guarantees etcd
   * and Kubernetes give: changes arrive ordered, each once, with no gaps after a
   * resume from any cursor still within the retention window; every message
   * carries the version's whole status (per region and aggregated), never a diff;
   * checkpoints come while nothing changes, so the cursor advances and idle
   * streams stay open. Resume by watching again from the last cursor received.
   * A stream ends with an error the client can act on:
   * - OUT_OF_RANGE, reason WATCH_CURSOR_EXPIRED: the cursor is older than the
   *   retention window; metadata "oldestCursor" is the oldest still served.
   *   Read the state again (GetReplicationStatus, or send_initial_state) and watch
   *   from the cursor that answer gives.
   * - RESOURCE_EXHAUSTED, reason WATCH_TOO_SLOW: the client did not take messages
   *   fast enough; metadata "cursor" is the last one delivered: resume from it.
   * </pre>
   */
  public static final class ReplicationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ReplicationServiceBlockingStub> {
    private ReplicationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplicationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplicationServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public com.imagegallery.v1.GetReplicationStatusResponse getReplicationStatus(com.imagegallery.v1.GetReplicationStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetReplicationStatusMethod(), getCallOptions(), request);
    }

    /**
     */
    public java.util.Iterator<com.imagegallery.v1.WatchReplicationStatusResponse> watchReplicationStatus(
        com.imagegallery.v1.WatchReplicationStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchReplicationStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one disk of an image version from a completed replica in a chosen
     * region: the first message is a header naming the replica that serves the
     * read (region, zone, replica index) and the disk's size and sha256; every
     * later message is a chunk of at most 1 MiB with its offset.
     * The read is sparse: ranges that hold only zeros (holes) are not sent.
     * Create a file of header.size_bytes (e.g. truncate it to that size), write
     * each chunk's data at its offset, and the file is the disk; its sha256 must
     * be header.sha256. Chunks come in increasing offset order and never overlap.
     * Successive reads of a version in one region are served by that region's
     * replicas in turn. A replica found unreadable is passed over for another.
     * A shallow version has no replicas: it is read from its source's committed
     * disk (header.replication_mode SHALLOW, zone "", replica 0).
     * Refusals: NOT_FOUND (RESOURCE_NOT_FOUND) for a version that does not exist;
     * INVALID_ARGUMENT for a bad region or name, or a disk the version lacks
     * (UNKNOWN_DISK); FAILED_PRECONDITION (NOT_REPLICATED_TO_REGION, metadata
     * "state") for a region that is not a target of the version or where its
     * replication has not completed, and (VERSION_BEING_DELETED) for a version
     * being deleted; UNAVAILABLE (REPLICA_UNAVAILABLE) when no replica in the
     * region can serve (zones or the region down, files unreadable): retry later
     * or read from another region.
     * </pre>
     */
    public java.util.Iterator<com.imagegallery.v1.ReadImageVersionDiskResponse> readImageVersionDisk(
        com.imagegallery.v1.ReadImageVersionDiskRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getReadImageVersionDiskMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ReplicationService.
   * <pre>
   * Replication status, read once or watched live.
   * The watch is served from the store's changes feed, with the guarantees etcd
   * and Kubernetes give: changes arrive ordered, each once, with no gaps after a
   * resume from any cursor still within the retention window; every message
   * carries the version's whole status (per region and aggregated), never a diff;
   * checkpoints come while nothing changes, so the cursor advances and idle
   * streams stay open. Resume by watching again from the last cursor received.
   * A stream ends with an error the client can act on:
   * - OUT_OF_RANGE, reason WATCH_CURSOR_EXPIRED: the cursor is older than the
   *   retention window; metadata "oldestCursor" is the oldest still served.
   *   Read the state again (GetReplicationStatus, or send_initial_state) and watch
   *   from the cursor that answer gives.
   * - RESOURCE_EXHAUSTED, reason WATCH_TOO_SLOW: the client did not take messages
   *   fast enough; metadata "cursor" is the last one delivered: resume from it.
   * </pre>
   */
  public static final class ReplicationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ReplicationServiceFutureStub> {
    private ReplicationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReplicationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReplicationServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.GetReplicationStatusResponse> getReplicationStatus(
        com.imagegallery.v1.GetReplicationStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetReplicationStatusMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_REPLICATION_STATUS = 0;
  private static final int METHODID_WATCH_REPLICATION_STATUS = 1;
  private static final int METHODID_READ_IMAGE_VERSION_DISK = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_REPLICATION_STATUS:
          serviceImpl.getReplicationStatus((com.imagegallery.v1.GetReplicationStatusRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.GetReplicationStatusResponse>) responseObserver);
          break;
        case METHODID_WATCH_REPLICATION_STATUS:
          serviceImpl.watchReplicationStatus((com.imagegallery.v1.WatchReplicationStatusRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.WatchReplicationStatusResponse>) responseObserver);
          break;
        case METHODID_READ_IMAGE_VERSION_DISK:
          serviceImpl.readImageVersionDisk((com.imagegallery.v1.ReadImageVersionDiskRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ReadImageVersionDiskResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getGetReplicationStatusMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetReplicationStatusRequest,
              com.imagegallery.v1.GetReplicationStatusResponse>(
                service, METHODID_GET_REPLICATION_STATUS)))
        .addMethod(
          getWatchReplicationStatusMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              com.imagegallery.v1.WatchReplicationStatusRequest,
              com.imagegallery.v1.WatchReplicationStatusResponse>(
                service, METHODID_WATCH_REPLICATION_STATUS)))
        .addMethod(
          getReadImageVersionDiskMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              com.imagegallery.v1.ReadImageVersionDiskRequest,
              com.imagegallery.v1.ReadImageVersionDiskResponse>(
                service, METHODID_READ_IMAGE_VERSION_DISK)))
        .build();
  }

  private static abstract class ReplicationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ReplicationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.ReplicationServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ReplicationService");
    }
  }

  private static final class ReplicationServiceFileDescriptorSupplier
      extends ReplicationServiceBaseDescriptorSupplier {
    ReplicationServiceFileDescriptorSupplier() {}
  }

  private static final class ReplicationServiceMethodDescriptorSupplier
      extends ReplicationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ReplicationServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (ReplicationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ReplicationServiceFileDescriptorSupplier())
              .addMethod(getGetReplicationStatusMethod())
              .addMethod(getWatchReplicationStatusMethod())
              .addMethod(getReadImageVersionDiskMethod())
              .build();
        }
      }
    }
    return result;
  }
}
