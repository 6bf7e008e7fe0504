package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Image definitions: kinds of image inside a gallery (Azure: galleries/images).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ImageDefinitionServiceGrpc {

  private ImageDefinitionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.ImageDefinitionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageDefinitionRequest,
      com.imagegallery.v1.ImageDefinition> getGetImageDefinitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetImageDefinition",
      requestType = com.imagegallery.v1.GetImageDefinitionRequest.class,
      responseType = com.imagegallery.v1.ImageDefinition.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageDefinitionRequest,
      com.imagegallery.v1.ImageDefinition> getGetImageDefinitionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageDefinitionRequest, com.imagegallery.v1.ImageDefinition> getGetImageDefinitionMethod;
    if ((getGetImageDefinitionMethod = ImageDefinitionServiceGrpc.getGetImageDefinitionMethod) == null) {
      synchronized (ImageDefinitionServiceGrpc.class) {
        if ((getGetImageDefinitionMethod = ImageDefinitionServiceGrpc.getGetImageDefinitionMethod) == null) {
          ImageDefinitionServiceGrpc.getGetImageDefinitionMethod = getGetImageDefinitionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetImageDefinitionRequest, com.imagegallery.v1.ImageDefinition>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetImageDefinition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetImageDefinitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageDefinition.getDefaultInstance()))
              .setSchemaDescriptor(new ImageDefinitionServiceMethodDescriptorSupplier("GetImageDefinition"))
              .build();
        }
      }
    }
    return getGetImageDefinitionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageDefinitionsRequest,
      com.imagegallery.v1.ListImageDefinitionsResponse> getListImageDefinitionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListImageDefinitions",
      requestType = com.imagegallery.v1.ListImageDefinitionsRequest.class,
      responseType = com.imagegallery.v1.ListImageDefinitionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageDefinitionsRequest,
      com.imagegallery.v1.ListImageDefinitionsResponse> getListImageDefinitionsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageDefinitionsRequest, com.imagegallery.v1.ListImageDefinitionsResponse> getListImageDefinitionsMethod;
    if ((getListImageDefinitionsMethod = ImageDefinitionServiceGrpc.getListImageDefinitionsMethod) == null) {
      synchronized (ImageDefinitionServiceGrpc.class) {
        if ((getListImageDefinitionsMethod = ImageDefinitionServiceGrpc.getListImageDefinitionsMethod) == null) {
          ImageDefinitionServiceGrpc.getListImageDefinitionsMethod = getListImageDefinitionsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListImageDefinitionsRequest, com.imagegallery.v1.ListImageDefinitionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListImageDefinitions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListImageDefinitionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListImageDefinitionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageDefinitionServiceMethodDescriptorSupplier("ListImageDefinitions"))
              .build();
        }
      }
    }
    return getListImageDefinitionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageDefinitionRequest,
      com.imagegallery.v1.ImageDefinition> getCreateImageDefinitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateImageDefinition",
      requestType = com.imagegallery.v1.CreateImageDefinitionRequest.class,
      responseType = com.imagegallery.v1.ImageDefinition.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageDefinitionRequest,
      com.imagegallery.v1.ImageDefinition> getCreateImageDefinitionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageDefinitionRequest, com.imagegallery.v1.ImageDefinition> getCreateImageDefinitionMethod;
    if ((getCreateImageDefinitionMethod = ImageDefinitionServiceGrpc.getCreateImageDefinitionMethod) == null) {
      synchronized (ImageDefinitionServiceGrpc.class) {
        if ((getCreateImageDefinitionMethod = ImageDefinitionServiceGrpc.getCreateImageDefinitionMethod) == null) {
          ImageDefinitionServiceGrpc.getCreateImageDefinitionMethod = getCreateImageDefinitionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateImageDefinitionRequest, com.imagegallery.v1.ImageDefinition>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateImageDefinition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateImageDefinitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageDefinition.getDefaultInstance()))
              .setSchemaDescriptor(new ImageDefinitionServiceMethodDescriptorSupplier("CreateImageDefinition"))
              .build();
        }
      }
    }
    return getCreateImageDefinitionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateImageDefinitionRequest,
      com.imagegallery.v1.ImageDefinition> getUpdateImageDefinitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateImageDefinition",
      requestType = com.imagegallery.v1.UpdateImageDefinitionRequest.class,
      responseType = com.imagegallery.v1.ImageDefinition.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateImageDefinitionRequest,
      com.imagegallery.v1.ImageDefinition> getUpdateImageDefinitionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateImageDefinitionRequest, com.imagegallery.v1.ImageDefinition> getUpdateImageDefinitionMethod;
    if ((getUpdateImageDefinitionMethod = ImageDefinitionServiceGrpc.getUpdateImageDefinitionMethod) == null) {
      synchronized (ImageDefinitionServiceGrpc.class) {
        if ((getUpdateImageDefinitionMethod = ImageDefinitionServiceGrpc.getUpdateImageDefinitionMethod) == null) {
          ImageDefinitionServiceGrpc.getUpdateImageDefinitionMethod = getUpdateImageDefinitionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.UpdateImageDefinitionRequest, com.imagegallery.v1.ImageDefinition>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateImageDefinition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.UpdateImageDefinitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageDefinition.getDefaultInstance()))
              .setSchemaDescriptor(new ImageDefinitionServiceMethodDescriptorSupplier("UpdateImageDefinition"))
              .build();
        }
      }
    }
    return getUpdateImageDefinitionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageDefinitionRequest,
      com.google.protobuf.Empty> getDeleteImageDefinitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteImageDefinition",
      requestType = com.imagegallery.v1.DeleteImageDefinitionRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageDefinitionRequest,
      com.google.protobuf.Empty> getDeleteImageDefinitionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageDefinitionRequest, com.google.protobuf.Empty> getDeleteImageDefinitionMethod;
    if ((getDeleteImageDefinitionMethod = ImageDefinitionServiceGrpc.getDeleteImageDefinitionMethod) == null) {
      synchronized (ImageDefinitionServiceGrpc.class) {
        if ((getDeleteImageDefinitionMethod = ImageDefinitionServiceGrpc.getDeleteImageDefinitionMethod) == null) {
          ImageDefinitionServiceGrpc.getDeleteImageDefinitionMethod = getDeleteImageDefinitionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.DeleteImageDefinitionRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteImageDefinition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.DeleteImageDefinitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new ImageDefinitionServiceMethodDescriptorSupplier("DeleteImageDefinition"))
              .build();
        }
      }
    }
    return getDeleteImageDefinitionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ImageDefinitionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceStub>() {
        @java.lang.Override
        public ImageDefinitionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageDefinitionServiceStub(channel, callOptions);
        }
      };
    return ImageDefinitionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ImageDefinitionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceBlockingV2Stub>() {
        @java.lang.Override
        public ImageDefinitionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageDefinitionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ImageDefinitionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ImageDefinitionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceBlockingStub>() {
        @java.lang.Override
        public ImageDefinitionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageDefinitionServiceBlockingStub(channel, callOptions);
        }
      };
    return ImageDefinitionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ImageDefinitionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageDefinitionServiceFutureStub>() {
        @java.lang.Override
        public ImageDefinitionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageDefinitionServiceFutureStub(channel, callOptions);
        }
      };
    return ImageDefinitionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Image definitions: kinds of image inside a gallery (Azure: galleries/images).
   * </pre>
   */
  public interface AsyncService {

    /**
     */
    default void getImageDefinition(com.imagegallery.v1.GetImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetImageDefinitionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the definitions of a gallery.
     * </pre>
     */
    default void listImageDefinitions(com.imagegallery.v1.ListImageDefinitionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageDefinitionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListImageDefinitionsMethod(), responseObserver);
    }

    /**
     */
    default void createImageDefinition(com.imagegallery.v1.CreateImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateImageDefinitionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes description, end-of-life date, recommended vCPUs and memory, and tags;
     * and features, when the request sets allow_update_image (Azure's rule).
     * </pre>
     */
    default void updateImageDefinition(com.imagegallery.v1.UpdateImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateImageDefinitionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a definition; refused while it holds image versions unless forced.
     * </pre>
     */
    default void deleteImageDefinition(com.imagegallery.v1.DeleteImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteImageDefinitionMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ImageDefinitionService.
   * <pre>
   * Image definitions: kinds of image inside a gallery (Azure: galleries/images).
   * </pre>
   */
  public static abstract class ImageDefinitionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ImageDefinitionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ImageDefinitionService.
   * <pre>
   * Image definitions: kinds of image inside a gallery (Azure: galleries/images).
   * </pre>
   */
  public static final class ImageDefinitionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ImageDefinitionServiceStub> {
    private ImageDefinitionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageDefinitionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageDefinitionServiceStub(channel, callOptions);
    }

    /**
     */
    public void getImageDefinition(com.imagegallery.v1.GetImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetImageDefinitionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the definitions of a gallery.
     * </pre>
     */
    public void listImageDefinitions(com.imagegallery.v1.ListImageDefinitionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageDefinitionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListImageDefinitionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void createImageDefinition(com.imagegallery.v1.CreateImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateImageDefinitionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes description, end-of-life date, recommended vCPUs and memory, and tags;
     * and features, when the request sets allow_update_image (Azure's rule).
     * </pre>
     */
    public void updateImageDefinition(com.imagegallery.v1.UpdateImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateImageDefinitionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a definition; refused while it holds image versions unless forced.
     * </pre>
     */
    public void deleteImageDefinition(com.imagegallery.v1.DeleteImageDefinitionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteImageDefinitionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ImageDefinitionService.
   * <pre>
   * Image definitions: kinds of image inside a gallery (Azure: galleries/images).
   * </pre>
   */
  public static final class ImageDefinitionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ImageDefinitionServiceBlockingV2Stub> {
    private ImageDefinitionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageDefinitionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageDefinitionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     */
    public com.imagegallery.v1.ImageDefinition getImageDefinition(com.imagegallery.v1.GetImageDefinitionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetImageDefinitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the definitions of a gallery.
     * </pre>
     */
    public com.imagegallery.v1.ListImageDefinitionsResponse listImageDefinitions(com.imagegallery.v1.ListImageDefinitionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListImageDefinitionsMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ImageDefinition createImageDefinition(com.imagegallery.v1.CreateImageDefinitionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateImageDefinitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes description, end-of-life date, recommended vCPUs and memory, and tags;
     * and features, when the request sets allow_update_image (Azure's rule).
     * </pre>
     */
    public com.imagegallery.v1.ImageDefinition updateImageDefinition(com.imagegallery.v1.UpdateImageDefinitionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateImageDefinitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a definition; refused while it holds image versions unless forced.
     * </pre>
     */
    public com.google.protobuf.Empty deleteImageDefinition(com.imagegallery.v1.DeleteImageDefinitionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteImageDefinitionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ImageDefinitionService.
   * <pre>
   * Image definitions: kinds of image inside a gallery (Azure: galleries/images).
   * </pre>
   */
  public static final class ImageDefinitionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ImageDefinitionServiceBlockingStub> {
    private ImageDefinitionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageDefinitionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageDefinitionServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public com.imagegallery.v1.ImageDefinition getImageDefinition(com.imagegallery.v1.GetImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetImageDefinitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the definitions of a gallery.
     * </pre>
     */
    public com.imagegallery.v1.ListImageDefinitionsResponse listImageDefinitions(com.imagegallery.v1.ListImageDefinitionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListImageDefinitionsMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ImageDefinition createImageDefinition(com.imagegallery.v1.CreateImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateImageDefinitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes description, end-of-life date, recommended vCPUs and memory, and tags;
     * and features, when the request sets allow_update_image (Azure's rule).
     * </pre>
     */
    public com.imagegallery.v1.ImageDefinition updateImageDefinition(com.imagegallery.v1.UpdateImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateImageDefinitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a definition; refused while it holds image versions unless forced.
     * </pre>
     */
    public com.google.protobuf.Empty deleteImageDefinition(com.imagegallery.v1.DeleteImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteImageDefinitionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ImageDefinitionService.
   * <pre>
   * Image definitions: kinds of image inside a gallery (Azure: galleries/images).
   * </pre>
   */
  public static final class ImageDefinitionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ImageDefinitionServiceFutureStub> {
    private ImageDefinitionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageDefinitionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageDefinitionServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageDefinition> getImageDefinition(
        com.imagegallery.v1.GetImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetImageDefinitionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the definitions of a gallery.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListImageDefinitionsResponse> listImageDefinitions(
        com.imagegallery.v1.ListImageDefinitionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListImageDefinitionsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageDefinition> createImageDefinition(
        com.imagegallery.v1.CreateImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateImageDefinitionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes description, end-of-life date, recommended vCPUs and memory, and tags;
     * and features, when the request sets allow_update_image (Azure's rule).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageDefinition> updateImageDefinition(
        com.imagegallery.v1.UpdateImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateImageDefinitionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a definition; refused while it holds image versions unless forced.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteImageDefinition(
        com.imagegallery.v1.DeleteImageDefinitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteImageDefinitionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_IMAGE_DEFINITION = 0;
  private static final int METHODID_LIST_IMAGE_DEFINITIONS = 1;
  private static final int METHODID_CREATE_IMAGE_DEFINITION = 2;
  private static final int METHODID_UPDATE_IMAGE_DEFINITION = 3;
  private static final int METHODID_DELETE_IMAGE_DEFINITION = 4;

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
        case METHODID_GET_IMAGE_DEFINITION:
          serviceImpl.getImageDefinition((com.imagegallery.v1.GetImageDefinitionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition>) responseObserver);
          break;
        case METHODID_LIST_IMAGE_DEFINITIONS:
          serviceImpl.listImageDefinitions((com.imagegallery.v1.ListImageDefinitionsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageDefinitionsResponse>) responseObserver);
          break;
        case METHODID_CREATE_IMAGE_DEFINITION:
          serviceImpl.createImageDefinition((com.imagegallery.v1.CreateImageDefinitionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition>) responseObserver);
          break;
        case METHODID_UPDATE_IMAGE_DEFINITION:
          serviceImpl.updateImageDefinition((com.imagegallery.v1.UpdateImageDefinitionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageDefinition>) responseObserver);
          break;
        case METHODID_DELETE_IMAGE_DEFINITION:
          serviceImpl.deleteImageDefinition((com.imagegallery.v1.DeleteImageDefinitionRequest) request,
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
          getGetImageDefinitionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetImageDefinitionRequest,
              com.imagegallery.v1.ImageDefinition>(
                service, METHODID_GET_IMAGE_DEFINITION)))
        .addMethod(
          getListImageDefinitionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListImageDefinitionsRequest,
              com.imagegallery.v1.ListImageDefinitionsResponse>(
                service, METHODID_LIST_IMAGE_DEFINITIONS)))
        .addMethod(
          getCreateImageDefinitionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateImageDefinitionRequest,
              com.imagegallery.v1.ImageDefinition>(
                service, METHODID_CREATE_IMAGE_DEFINITION)))
        .addMethod(
          getUpdateImageDefinitionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.UpdateImageDefinitionRequest,
              com.imagegallery.v1.ImageDefinition>(
                service, METHODID_UPDATE_IMAGE_DEFINITION)))
        .addMethod(
          getDeleteImageDefinitionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.DeleteImageDefinitionRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_IMAGE_DEFINITION)))
        .build();
  }

  private static abstract class ImageDefinitionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ImageDefinitionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.ImageDefinitionServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ImageDefinitionService");
    }
  }

  private static final class ImageDefinitionServiceFileDescriptorSupplier
      extends ImageDefinitionServiceBaseDescriptorSupplier {
    ImageDefinitionServiceFileDescriptorSupplier() {}
  }

  private static final class ImageDefinitionServiceMethodDescriptorSupplier
      extends ImageDefinitionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ImageDefinitionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ImageDefinitionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ImageDefinitionServiceFileDescriptorSupplier())
              .addMethod(getGetImageDefinitionMethod())
              .addMethod(getListImageDefinitionsMethod())
              .addMethod(getCreateImageDefinitionMethod())
              .addMethod(getUpdateImageDefinitionMethod())
              .addMethod(getDeleteImageDefinitionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
