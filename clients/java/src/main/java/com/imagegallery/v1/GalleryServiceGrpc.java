package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Galleries: repositories of image definitions that their owner shares.
 * Resource names are Azure resource IDs with a leading "/":
 * "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{gallery}".
 * Names are matched without regard to case; answers carry the spelling the
 * resource was created with.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class GalleryServiceGrpc {

  private GalleryServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.GalleryService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetGalleryRequest,
      com.imagegallery.v1.Gallery> getGetGalleryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetGallery",
      requestType = com.imagegallery.v1.GetGalleryRequest.class,
      responseType = com.imagegallery.v1.Gallery.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetGalleryRequest,
      com.imagegallery.v1.Gallery> getGetGalleryMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetGalleryRequest, com.imagegallery.v1.Gallery> getGetGalleryMethod;
    if ((getGetGalleryMethod = GalleryServiceGrpc.getGetGalleryMethod) == null) {
      synchronized (GalleryServiceGrpc.class) {
        if ((getGetGalleryMethod = GalleryServiceGrpc.getGetGalleryMethod) == null) {
          GalleryServiceGrpc.getGetGalleryMethod = getGetGalleryMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetGalleryRequest, com.imagegallery.v1.Gallery>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetGallery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetGalleryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Gallery.getDefaultInstance()))
              .setSchemaDescriptor(new GalleryServiceMethodDescriptorSupplier("GetGallery"))
              .build();
        }
      }
    }
    return getGetGalleryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListGalleriesRequest,
      com.imagegallery.v1.ListGalleriesResponse> getListGalleriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListGalleries",
      requestType = com.imagegallery.v1.ListGalleriesRequest.class,
      responseType = com.imagegallery.v1.ListGalleriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListGalleriesRequest,
      com.imagegallery.v1.ListGalleriesResponse> getListGalleriesMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListGalleriesRequest, com.imagegallery.v1.ListGalleriesResponse> getListGalleriesMethod;
    if ((getListGalleriesMethod = GalleryServiceGrpc.getListGalleriesMethod) == null) {
      synchronized (GalleryServiceGrpc.class) {
        if ((getListGalleriesMethod = GalleryServiceGrpc.getListGalleriesMethod) == null) {
          GalleryServiceGrpc.getListGalleriesMethod = getListGalleriesMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListGalleriesRequest, com.imagegallery.v1.ListGalleriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListGalleries"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListGalleriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListGalleriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GalleryServiceMethodDescriptorSupplier("ListGalleries"))
              .build();
        }
      }
    }
    return getListGalleriesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateGalleryRequest,
      com.imagegallery.v1.Gallery> getCreateGalleryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateGallery",
      requestType = com.imagegallery.v1.CreateGalleryRequest.class,
      responseType = com.imagegallery.v1.Gallery.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateGalleryRequest,
      com.imagegallery.v1.Gallery> getCreateGalleryMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateGalleryRequest, com.imagegallery.v1.Gallery> getCreateGalleryMethod;
    if ((getCreateGalleryMethod = GalleryServiceGrpc.getCreateGalleryMethod) == null) {
      synchronized (GalleryServiceGrpc.class) {
        if ((getCreateGalleryMethod = GalleryServiceGrpc.getCreateGalleryMethod) == null) {
          GalleryServiceGrpc.getCreateGalleryMethod = getCreateGalleryMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateGalleryRequest, com.imagegallery.v1.Gallery>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateGallery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateGalleryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Gallery.getDefaultInstance()))
              .setSchemaDescriptor(new GalleryServiceMethodDescriptorSupplier("CreateGallery"))
              .build();
        }
      }
    }
    return getCreateGalleryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateGalleryRequest,
      com.imagegallery.v1.Gallery> getUpdateGalleryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateGallery",
      requestType = com.imagegallery.v1.UpdateGalleryRequest.class,
      responseType = com.imagegallery.v1.Gallery.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateGalleryRequest,
      com.imagegallery.v1.Gallery> getUpdateGalleryMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateGalleryRequest, com.imagegallery.v1.Gallery> getUpdateGalleryMethod;
    if ((getUpdateGalleryMethod = GalleryServiceGrpc.getUpdateGalleryMethod) == null) {
      synchronized (GalleryServiceGrpc.class) {
        if ((getUpdateGalleryMethod = GalleryServiceGrpc.getUpdateGalleryMethod) == null) {
          GalleryServiceGrpc.getUpdateGalleryMethod = getUpdateGalleryMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.UpdateGalleryRequest, com.imagegallery.v1.Gallery>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateGallery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.UpdateGalleryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Gallery.getDefaultInstance()))
              .setSchemaDescriptor(new GalleryServiceMethodDescriptorSupplier("UpdateGallery"))
              .build();
        }
      }
    }
    return getUpdateGalleryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteGalleryRequest,
      com.google.protobuf.Empty> getDeleteGalleryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteGallery",
      requestType = com.imagegallery.v1.DeleteGalleryRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteGalleryRequest,
      com.google.protobuf.Empty> getDeleteGalleryMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteGalleryRequest, com.google.protobuf.Empty> getDeleteGalleryMethod;
    if ((getDeleteGalleryMethod = GalleryServiceGrpc.getDeleteGalleryMethod) == null) {
      synchronized (GalleryServiceGrpc.class) {
        if ((getDeleteGalleryMethod = GalleryServiceGrpc.getDeleteGalleryMethod) == null) {
          GalleryServiceGrpc.getDeleteGalleryMethod = getDeleteGalleryMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.DeleteGalleryRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteGallery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.DeleteGalleryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new GalleryServiceMethodDescriptorSupplier("DeleteGallery"))
              .build();
        }
      }
    }
    return getDeleteGalleryMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static GalleryServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GalleryServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GalleryServiceStub>() {
        @java.lang.Override
        public GalleryServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GalleryServiceStub(channel, callOptions);
        }
      };
    return GalleryServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static GalleryServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GalleryServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GalleryServiceBlockingV2Stub>() {
        @java.lang.Override
        public GalleryServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GalleryServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return GalleryServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static GalleryServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GalleryServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GalleryServiceBlockingStub>() {
        @java.lang.Override
        public GalleryServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GalleryServiceBlockingStub(channel, callOptions);
        }
      };
    return GalleryServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static GalleryServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GalleryServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GalleryServiceFutureStub>() {
        @java.lang.Override
        public GalleryServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GalleryServiceFutureStub(channel, callOptions);
        }
      };
    return GalleryServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Galleries: repositories of image definitions that their owner shares.
   * Resource names are Azure resource IDs with a leading "/":
   * "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{gallery}".
   * Names are matched without regard to case; answers carry the spelling the
   * resource was created with.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Returns one gallery.
     * </pre>
     */
    default void getGallery(com.imagegallery.v1.GetGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetGalleryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists galleries of a resource group, of a subscription, or of every
     * subscription ("/subscriptions/-").
     * </pre>
     */
    default void listGalleries(com.imagegallery.v1.ListGalleriesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListGalleriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListGalleriesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a gallery in a resource group.
     * </pre>
     */
    default void createGallery(com.imagegallery.v1.CreateGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateGalleryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a gallery's description, tags or soft delete policy; nothing else may change.
     * </pre>
     */
    default void updateGallery(com.imagegallery.v1.UpdateGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateGalleryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a gallery; refused while it holds image definitions unless forced,
     * and while it holds soft-deleted image versions even if forced.
     * </pre>
     */
    default void deleteGallery(com.imagegallery.v1.DeleteGalleryRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteGalleryMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service GalleryService.
   * <pre>
   * Galleries: repositories of image definitions that their owner shares.
   * Resource names are Azure resource IDs with a leading "/":
   * "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{gallery}".
   * Names are matched without regard to case; answers carry the spelling the
   * resource was created with.
   * </pre>
   */
  public static abstract class GalleryServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return GalleryServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service GalleryService.
   * <pre>
   * Galleries: repositories of image definitions that their owner shares.
   * Resource names are Azure resource IDs with a leading "/":
   * "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{gallery}".
   * Names are matched without regard to case; answers carry the spelling the
   * resource was created with.
   * </pre>
   */
  public static final class GalleryServiceStub
      extends io.grpc.stub.AbstractAsyncStub<GalleryServiceStub> {
    private GalleryServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GalleryServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GalleryServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns one gallery.
     * </pre>
     */
    public void getGallery(com.imagegallery.v1.GetGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetGalleryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists galleries of a resource group, of a subscription, or of every
     * subscription ("/subscriptions/-").
     * </pre>
     */
    public void listGalleries(com.imagegallery.v1.ListGalleriesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListGalleriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListGalleriesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a gallery in a resource group.
     * </pre>
     */
    public void createGallery(com.imagegallery.v1.CreateGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateGalleryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a gallery's description, tags or soft delete policy; nothing else may change.
     * </pre>
     */
    public void updateGallery(com.imagegallery.v1.UpdateGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateGalleryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a gallery; refused while it holds image definitions unless forced,
     * and while it holds soft-deleted image versions even if forced.
     * </pre>
     */
    public void deleteGallery(com.imagegallery.v1.DeleteGalleryRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteGalleryMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service GalleryService.
   * <pre>
   * Galleries: repositories of image definitions that their owner shares.
   * Resource names are Azure resource IDs with a leading "/":
   * "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{gallery}".
   * Names are matched without regard to case; answers carry the spelling the
   * resource was created with.
   * </pre>
   */
  public static final class GalleryServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<GalleryServiceBlockingV2Stub> {
    private GalleryServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GalleryServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GalleryServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns one gallery.
     * </pre>
     */
    public com.imagegallery.v1.Gallery getGallery(com.imagegallery.v1.GetGalleryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists galleries of a resource group, of a subscription, or of every
     * subscription ("/subscriptions/-").
     * </pre>
     */
    public com.imagegallery.v1.ListGalleriesResponse listGalleries(com.imagegallery.v1.ListGalleriesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListGalleriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a gallery in a resource group.
     * </pre>
     */
    public com.imagegallery.v1.Gallery createGallery(com.imagegallery.v1.CreateGalleryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a gallery's description, tags or soft delete policy; nothing else may change.
     * </pre>
     */
    public com.imagegallery.v1.Gallery updateGallery(com.imagegallery.v1.UpdateGalleryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a gallery; refused while it holds image definitions unless forced,
     * and while it holds soft-deleted image versions even if forced.
     * </pre>
     */
    public com.google.protobuf.Empty deleteGallery(com.imagegallery.v1.DeleteGalleryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteGalleryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service GalleryService.
   * <pre>
   * Galleries: repositories of image definitions that their owner shares.
   * Resource names are Azure resource IDs with a leading "/":
   * "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{gallery}".
   * Names are matched without regard to case; answers carry the spelling the
   * resource was created with.
   * </pre>
   */
  public static final class GalleryServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<GalleryServiceBlockingStub> {
    private GalleryServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GalleryServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GalleryServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns one gallery.
     * </pre>
     */
    public com.imagegallery.v1.Gallery getGallery(com.imagegallery.v1.GetGalleryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists galleries of a resource group, of a subscription, or of every
     * subscription ("/subscriptions/-").
     * </pre>
     */
    public com.imagegallery.v1.ListGalleriesResponse listGalleries(com.imagegallery.v1.ListGalleriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListGalleriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a gallery in a resource group.
     * </pre>
     */
    public com.imagegallery.v1.Gallery createGallery(com.imagegallery.v1.CreateGalleryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a gallery's description, tags or soft delete policy; nothing else may change.
     * </pre>
     */
    public com.imagegallery.v1.Gallery updateGallery(com.imagegallery.v1.UpdateGalleryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a gallery; refused while it holds image definitions unless forced,
     * and while it holds soft-deleted image versions even if forced.
     * </pre>
     */
    public com.google.protobuf.Empty deleteGallery(com.imagegallery.v1.DeleteGalleryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteGalleryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service GalleryService.
   * <pre>
   * Galleries: repositories of image definitions that their owner shares.
   * Resource names are Azure resource IDs with a leading "/":
   * "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{gallery}".
   * Names are matched without regard to case; answers carry the spelling the
   * resource was created with.
   * </pre>
   */
  public static final class GalleryServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<GalleryServiceFutureStub> {
    private GalleryServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GalleryServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GalleryServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns one gallery.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Gallery> getGallery(
        com.imagegallery.v1.GetGalleryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetGalleryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists galleries of a resource group, of a subscription, or of every
     * subscription ("/subscriptions/-").
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListGalleriesResponse> listGalleries(
        com.imagegallery.v1.ListGalleriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListGalleriesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a gallery in a resource group.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Gallery> createGallery(
        com.imagegallery.v1.CreateGalleryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateGalleryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a gallery's description, tags or soft delete policy; nothing else may change.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Gallery> updateGallery(
        com.imagegallery.v1.UpdateGalleryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateGalleryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a gallery; refused while it holds image definitions unless forced,
     * and while it holds soft-deleted image versions even if forced.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteGallery(
        com.imagegallery.v1.DeleteGalleryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteGalleryMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_GALLERY = 0;
  private static final int METHODID_LIST_GALLERIES = 1;
  private static final int METHODID_CREATE_GALLERY = 2;
  private static final int METHODID_UPDATE_GALLERY = 3;
  private static final int METHODID_DELETE_GALLERY = 4;

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
        case METHODID_GET_GALLERY:
          serviceImpl.getGallery((com.imagegallery.v1.GetGalleryRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery>) responseObserver);
          break;
        case METHODID_LIST_GALLERIES:
          serviceImpl.listGalleries((com.imagegallery.v1.ListGalleriesRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListGalleriesResponse>) responseObserver);
          break;
        case METHODID_CREATE_GALLERY:
          serviceImpl.createGallery((com.imagegallery.v1.CreateGalleryRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery>) responseObserver);
          break;
        case METHODID_UPDATE_GALLERY:
          serviceImpl.updateGallery((com.imagegallery.v1.UpdateGalleryRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery>) responseObserver);
          break;
        case METHODID_DELETE_GALLERY:
          serviceImpl.deleteGallery((com.imagegallery.v1.DeleteGalleryRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
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
          getGetGalleryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetGalleryRequest,
              com.imagegallery.v1.Gallery>(
                service, METHODID_GET_GALLERY)))
        .addMethod(
          getListGalleriesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListGalleriesRequest,
              com.imagegallery.v1.ListGalleriesResponse>(
                service, METHODID_LIST_GALLERIES)))
        .addMethod(
          getCreateGalleryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateGalleryRequest,
              com.imagegallery.v1.Gallery>(
                service, METHODID_CREATE_GALLERY)))
        .addMethod(
          getUpdateGalleryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.UpdateGalleryRequest,
              com.imagegallery.v1.Gallery>(
                service, METHODID_UPDATE_GALLERY)))
        .addMethod(
          getDeleteGalleryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.DeleteGalleryRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_GALLERY)))
        .build();
  }

  private static abstract class GalleryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    GalleryServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.GalleryServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("GalleryService");
    }
  }

  private static final class GalleryServiceFileDescriptorSupplier
      extends GalleryServiceBaseDescriptorSupplier {
    GalleryServiceFileDescriptorSupplier() {}
  }

  private static final class GalleryServiceMethodDescriptorSupplier
      extends GalleryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    GalleryServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (GalleryServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new GalleryServiceFileDescriptorSupplier())
              .addMethod(getGetGalleryMethod())
              .addMethod(getListGalleriesMethod())
              .addMethod(getCreateGalleryMethod())
              .addMethod(getUpdateGalleryMethod())
              .addMethod(getDeleteGalleryMethod())
              .build();
        }
      }
    }
    return result;
  }
}
