package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The regions of the public cloud that resources may live in and image
 * versions may replicate to. "East US 2" and "eastus2" name the same region.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class RegionServiceGrpc {

  private RegionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.RegionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetRegionRequest,
      com.imagegallery.v1.Region> getGetRegionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRegion",
      requestType = com.imagegallery.v1.GetRegionRequest.class,
      responseType = com.imagegallery.v1.Region.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetRegionRequest,
      com.imagegallery.v1.Region> getGetRegionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetRegionRequest, com.imagegallery.v1.Region> getGetRegionMethod;
    if ((getGetRegionMethod = RegionServiceGrpc.getGetRegionMethod) == null) {
      synchronized (RegionServiceGrpc.class) {
        if ((getGetRegionMethod = RegionServiceGrpc.getGetRegionMethod) == null) {
          RegionServiceGrpc.getGetRegionMethod = getGetRegionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetRegionRequest, com.imagegallery.v1.Region>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRegion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetRegionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Region.getDefaultInstance()))
              .setSchemaDescriptor(new RegionServiceMethodDescriptorSupplier("GetRegion"))
              .build();
        }
      }
    }
    return getGetRegionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListRegionsRequest,
      com.imagegallery.v1.ListRegionsResponse> getListRegionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRegions",
      requestType = com.imagegallery.v1.ListRegionsRequest.class,
      responseType = com.imagegallery.v1.ListRegionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListRegionsRequest,
      com.imagegallery.v1.ListRegionsResponse> getListRegionsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListRegionsRequest, com.imagegallery.v1.ListRegionsResponse> getListRegionsMethod;
    if ((getListRegionsMethod = RegionServiceGrpc.getListRegionsMethod) == null) {
      synchronized (RegionServiceGrpc.class) {
        if ((getListRegionsMethod = RegionServiceGrpc.getListRegionsMethod) == null) {
          RegionServiceGrpc.getListRegionsMethod = getListRegionsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListRegionsRequest, com.imagegallery.v1.ListRegionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRegions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListRegionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListRegionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegionServiceMethodDescriptorSupplier("ListRegions"))
              .build();
        }
      }
    }
    return getListRegionsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RegionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegionServiceStub>() {
        @java.lang.Override
        public RegionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegionServiceStub(channel, callOptions);
        }
      };
    return RegionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static RegionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegionServiceBlockingV2Stub>() {
        @java.lang.Override
        public RegionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return RegionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RegionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegionServiceBlockingStub>() {
        @java.lang.Override
        public RegionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegionServiceBlockingStub(channel, callOptions);
        }
      };
    return RegionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RegionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegionServiceFutureStub>() {
        @java.lang.Override
        public RegionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegionServiceFutureStub(channel, callOptions);
        }
      };
    return RegionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The regions of the public cloud that resources may live in and image
   * versions may replicate to. "East US 2" and "eastus2" name the same region.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Returns a region by its short or display name.
     * </pre>
     */
    default void getRegion(com.imagegallery.v1.GetRegionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Region> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRegionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists every region of the public cloud, by short name.
     * </pre>
     */
    default void listRegions(com.imagegallery.v1.ListRegionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListRegionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRegionsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service RegionService.
   * <pre>
   * The regions of the public cloud that resources may live in and image
   * versions may replicate to. "East US 2" and "eastus2" name the same region.
   * </pre>
   */
  public static abstract class RegionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return RegionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service RegionService.
   * <pre>
   * The regions of the public cloud that resources may live in and image
   * versions may replicate to. "East US 2" and "eastus2" name the same region.
   * </pre>
   */
  public static final class RegionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<RegionServiceStub> {
    private RegionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a region by its short or display name.
     * </pre>
     */
    public void getRegion(com.imagegallery.v1.GetRegionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Region> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRegionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists every region of the public cloud, by short name.
     * </pre>
     */
    public void listRegions(com.imagegallery.v1.ListRegionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListRegionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRegionsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service RegionService.
   * <pre>
   * The regions of the public cloud that resources may live in and image
   * versions may replicate to. "East US 2" and "eastus2" name the same region.
   * </pre>
   */
  public static final class RegionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<RegionServiceBlockingV2Stub> {
    private RegionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a region by its short or display name.
     * </pre>
     */
    public com.imagegallery.v1.Region getRegion(com.imagegallery.v1.GetRegionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRegionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every region of the public cloud, by short name.
     * </pre>
     */
    public com.imagegallery.v1.ListRegionsResponse listRegions(com.imagegallery.v1.ListRegionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRegionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service RegionService.
   * <pre>
   * The regions of the public cloud that resources may live in and image
   * versions may replicate to. "East US 2" and "eastus2" name the same region.
   * </pre>
   */
  public static final class RegionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<RegionServiceBlockingStub> {
    private RegionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a region by its short or display name.
     * </pre>
     */
    public com.imagegallery.v1.Region getRegion(com.imagegallery.v1.GetRegionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRegionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every region of the public cloud, by short name.
     * </pre>
     */
    public com.imagegallery.v1.ListRegionsResponse listRegions(com.imagegallery.v1.ListRegionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRegionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service RegionService.
   * <pre>
   * The regions of the public cloud that resources may live in and image
   * versions may replicate to. "East US 2" and "eastus2" name the same region.
   * </pre>
   */
  public static final class RegionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<RegionServiceFutureStub> {
    private RegionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a region by its short or display name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Region> getRegion(
        com.imagegallery.v1.GetRegionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRegionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists every region of the public cloud, by short name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListRegionsResponse> listRegions(
        com.imagegallery.v1.ListRegionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRegionsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_REGION = 0;
  private static final int METHODID_LIST_REGIONS = 1;

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
        case METHODID_GET_REGION:
          serviceImpl.getRegion((com.imagegallery.v1.GetRegionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Region>) responseObserver);
          break;
        case METHODID_LIST_REGIONS:
          serviceImpl.listRegions((com.imagegallery.v1.ListRegionsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListRegionsResponse>) responseObserver);
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
          getGetRegionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetRegionRequest,
              com.imagegallery.v1.Region>(
                service, METHODID_GET_REGION)))
        .addMethod(
          getListRegionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListRegionsRequest,
              com.imagegallery.v1.ListRegionsResponse>(
                service, METHODID_LIST_REGIONS)))
        .build();
  }

  private static abstract class RegionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RegionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.RegionServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RegionService");
    }
  }

  private static final class RegionServiceFileDescriptorSupplier
      extends RegionServiceBaseDescriptorSupplier {
    RegionServiceFileDescriptorSupplier() {}
  }

  private static final class RegionServiceMethodDescriptorSupplier
      extends RegionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    RegionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (RegionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RegionServiceFileDescriptorSupplier())
              .addMethod(getGetRegionMethod())
              .addMethod(getListRegionsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
