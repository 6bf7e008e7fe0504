package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * For operators: check replicas against their digests, and rehearse failures
 * before they happen for real — a slow link, a region down, zones down.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MaintenanceServiceGrpc {

  private MaintenanceServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.MaintenanceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ScrubReplicasRequest,
      com.imagegallery.v1.ScrubReplicasResponse> getScrubReplicasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ScrubReplicas",
      requestType = com.imagegallery.v1.ScrubReplicasRequest.class,
      responseType = com.imagegallery.v1.ScrubReplicasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ScrubReplicasRequest,
      com.imagegallery.v1.ScrubReplicasResponse> getScrubReplicasMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ScrubReplicasRequest, com.imagegallery.v1.ScrubReplicasResponse> getScrubReplicasMethod;
    if ((getScrubReplicasMethod = MaintenanceServiceGrpc.getScrubReplicasMethod) == null) {
      synchronized (MaintenanceServiceGrpc.class) {
        if ((getScrubReplicasMethod = MaintenanceServiceGrpc.getScrubReplicasMethod) == null) {
          MaintenanceServiceGrpc.getScrubReplicasMethod = getScrubReplicasMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ScrubReplicasRequest, com.imagegallery.v1.ScrubReplicasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ScrubReplicas"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ScrubReplicasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ScrubReplicasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MaintenanceServiceMethodDescriptorSupplier("ScrubReplicas"))
              .build();
        }
      }
    }
    return getScrubReplicasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetRegionConditionsRequest,
      com.imagegallery.v1.RegionConditions> getGetRegionConditionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRegionConditions",
      requestType = com.imagegallery.v1.GetRegionConditionsRequest.class,
      responseType = com.imagegallery.v1.RegionConditions.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetRegionConditionsRequest,
      com.imagegallery.v1.RegionConditions> getGetRegionConditionsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetRegionConditionsRequest, com.imagegallery.v1.RegionConditions> getGetRegionConditionsMethod;
    if ((getGetRegionConditionsMethod = MaintenanceServiceGrpc.getGetRegionConditionsMethod) == null) {
      synchronized (MaintenanceServiceGrpc.class) {
        if ((getGetRegionConditionsMethod = MaintenanceServiceGrpc.getGetRegionConditionsMethod) == null) {
          MaintenanceServiceGrpc.getGetRegionConditionsMethod = getGetRegionConditionsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetRegionConditionsRequest, com.imagegallery.v1.RegionConditions>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRegionConditions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetRegionConditionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RegionConditions.getDefaultInstance()))
              .setSchemaDescriptor(new MaintenanceServiceMethodDescriptorSupplier("GetRegionConditions"))
              .build();
        }
      }
    }
    return getGetRegionConditionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateRegionConditionsRequest,
      com.imagegallery.v1.RegionConditions> getUpdateRegionConditionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRegionConditions",
      requestType = com.imagegallery.v1.UpdateRegionConditionsRequest.class,
      responseType = com.imagegallery.v1.RegionConditions.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateRegionConditionsRequest,
      com.imagegallery.v1.RegionConditions> getUpdateRegionConditionsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateRegionConditionsRequest, com.imagegallery.v1.RegionConditions> getUpdateRegionConditionsMethod;
    if ((getUpdateRegionConditionsMethod = MaintenanceServiceGrpc.getUpdateRegionConditionsMethod) == null) {
      synchronized (MaintenanceServiceGrpc.class) {
        if ((getUpdateRegionConditionsMethod = MaintenanceServiceGrpc.getUpdateRegionConditionsMethod) == null) {
          MaintenanceServiceGrpc.getUpdateRegionConditionsMethod = getUpdateRegionConditionsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.UpdateRegionConditionsRequest, com.imagegallery.v1.RegionConditions>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRegionConditions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.UpdateRegionConditionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RegionConditions.getDefaultInstance()))
              .setSchemaDescriptor(new MaintenanceServiceMethodDescriptorSupplier("UpdateRegionConditions"))
              .build();
        }
      }
    }
    return getUpdateRegionConditionsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MaintenanceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceStub>() {
        @java.lang.Override
        public MaintenanceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MaintenanceServiceStub(channel, callOptions);
        }
      };
    return MaintenanceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MaintenanceServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceBlockingV2Stub>() {
        @java.lang.Override
        public MaintenanceServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MaintenanceServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MaintenanceServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MaintenanceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceBlockingStub>() {
        @java.lang.Override
        public MaintenanceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MaintenanceServiceBlockingStub(channel, callOptions);
        }
      };
    return MaintenanceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MaintenanceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MaintenanceServiceFutureStub>() {
        @java.lang.Override
        public MaintenanceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MaintenanceServiceFutureStub(channel, callOptions);
        }
      };
    return MaintenanceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * For operators: check replicas against their digests, and rehearse failures
   * before they happen for real — a slow link, a region down, zones down.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Checks every complete replica in scope against its disks' sha256; a damaged
     * one is reported on the status and the watch and copied again.
     * </pre>
     */
    default void scrubReplicas(com.imagegallery.v1.ScrubReplicasRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ScrubReplicasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScrubReplicasMethod(), responseObserver);
    }

    /**
     */
    default void getRegionConditions(com.imagegallery.v1.GetRegionConditionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RegionConditions> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRegionConditionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces a region's rehearsed conditions. A zone taken down has its folder
     * moved aside, so its replicas really cannot be read until it comes back.
     * </pre>
     */
    default void updateRegionConditions(com.imagegallery.v1.UpdateRegionConditionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RegionConditions> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRegionConditionsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MaintenanceService.
   * <pre>
   * For operators: check replicas against their digests, and rehearse failures
   * before they happen for real — a slow link, a region down, zones down.
   * </pre>
   */
  public static abstract class MaintenanceServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MaintenanceServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MaintenanceService.
   * <pre>
   * For operators: check replicas against their digests, and rehearse failures
   * before they happen for real — a slow link, a region down, zones down.
   * </pre>
   */
  public static final class MaintenanceServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MaintenanceServiceStub> {
    private MaintenanceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MaintenanceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MaintenanceServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks every complete replica in scope against its disks' sha256; a damaged
     * one is reported on the status and the watch and copied again.
     * </pre>
     */
    public void scrubReplicas(com.imagegallery.v1.ScrubReplicasRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ScrubReplicasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getScrubReplicasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getRegionConditions(com.imagegallery.v1.GetRegionConditionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RegionConditions> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRegionConditionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces a region's rehearsed conditions. A zone taken down has its folder
     * moved aside, so its replicas really cannot be read until it comes back.
     * </pre>
     */
    public void updateRegionConditions(com.imagegallery.v1.UpdateRegionConditionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RegionConditions> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRegionConditionsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MaintenanceService.
   * <pre>
   * For operators: check replicas against their digests, and rehearse failures
   * before they happen for real — a slow link, a region down, zones down.
   * </pre>
   */
  public static final class MaintenanceServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MaintenanceServiceBlockingV2Stub> {
    private MaintenanceServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MaintenanceServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MaintenanceServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks every complete replica in scope against its disks' sha256; a damaged
     * one is reported on the status and the watch and copied again.
     * </pre>
     */
    public com.imagegallery.v1.ScrubReplicasResponse scrubReplicas(com.imagegallery.v1.ScrubReplicasRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getScrubReplicasMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.RegionConditions getRegionConditions(com.imagegallery.v1.GetRegionConditionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRegionConditionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces a region's rehearsed conditions. A zone taken down has its folder
     * moved aside, so its replicas really cannot be read until it comes back.
     * </pre>
     */
    public com.imagegallery.v1.RegionConditions updateRegionConditions(com.imagegallery.v1.UpdateRegionConditionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateRegionConditionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MaintenanceService.
   * <pre>
   * For operators: check replicas against their digests, and rehearse failures
   * before they happen for real — a slow link, a region down, zones down.
   * </pre>
   */
  public static final class MaintenanceServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MaintenanceServiceBlockingStub> {
    private MaintenanceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MaintenanceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MaintenanceServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks every complete replica in scope against its disks' sha256; a damaged
     * one is reported on the status and the watch and copied again.
     * </pre>
     */
    public com.imagegallery.v1.ScrubReplicasResponse scrubReplicas(com.imagegallery.v1.ScrubReplicasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getScrubReplicasMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.RegionConditions getRegionConditions(com.imagegallery.v1.GetRegionConditionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRegionConditionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces a region's rehearsed conditions. A zone taken down has its folder
     * moved aside, so its replicas really cannot be read until it comes back.
     * </pre>
     */
    public com.imagegallery.v1.RegionConditions updateRegionConditions(com.imagegallery.v1.UpdateRegionConditionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRegionConditionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MaintenanceService.
   * <pre>
   * For operators: check replicas against their digests, and rehearse failures
   * before they happen for real — a slow link, a region down, zones down.
   * </pre>
   */
  public static final class MaintenanceServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MaintenanceServiceFutureStub> {
    private MaintenanceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MaintenanceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MaintenanceServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks every complete replica in scope against its disks' sha256; a damaged
     * one is reported on the status and the watch and copied again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ScrubReplicasResponse> scrubReplicas(
        com.imagegallery.v1.ScrubReplicasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getScrubReplicasMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.RegionConditions> getRegionConditions(
        com.imagegallery.v1.GetRegionConditionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRegionConditionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces a region's rehearsed conditions. A zone taken down has its folder
     * moved aside, so its replicas really cannot be read until it comes back.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.RegionConditions> updateRegionConditions(
        com.imagegallery.v1.UpdateRegionConditionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRegionConditionsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SCRUB_REPLICAS = 0;
  private static final int METHODID_GET_REGION_CONDITIONS = 1;
  private static final int METHODID_UPDATE_REGION_CONDITIONS = 2;

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
        case METHODID_SCRUB_REPLICAS:
          serviceImpl.scrubReplicas((com.imagegallery.v1.ScrubReplicasRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ScrubReplicasResponse>) responseObserver);
          break;
        case METHODID_GET_REGION_CONDITIONS:
          serviceImpl.getRegionConditions((com.imagegallery.v1.GetRegionConditionsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.RegionConditions>) responseObserver);
          break;
        case METHODID_UPDATE_REGION_CONDITIONS:
          serviceImpl.updateRegionConditions((com.imagegallery.v1.UpdateRegionConditionsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.RegionConditions>) responseObserver);
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
          getScrubReplicasMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ScrubReplicasRequest,
              com.imagegallery.v1.ScrubReplicasResponse>(
                service, METHODID_SCRUB_REPLICAS)))
        .addMethod(
          getGetRegionConditionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetRegionConditionsRequest,
              com.imagegallery.v1.RegionConditions>(
                service, METHODID_GET_REGION_CONDITIONS)))
        .addMethod(
          getUpdateRegionConditionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.UpdateRegionConditionsRequest,
              com.imagegallery.v1.RegionConditions>(
                service, METHODID_UPDATE_REGION_CONDITIONS)))
        .build();
  }

  private static abstract class MaintenanceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MaintenanceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.MaintenanceServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MaintenanceService");
    }
  }

  private static final class MaintenanceServiceFileDescriptorSupplier
      extends MaintenanceServiceBaseDescriptorSupplier {
    MaintenanceServiceFileDescriptorSupplier() {}
  }

  private static final class MaintenanceServiceMethodDescriptorSupplier
      extends MaintenanceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MaintenanceServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MaintenanceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MaintenanceServiceFileDescriptorSupplier())
              .addMethod(getScrubReplicasMethod())
              .addMethod(getGetRegionConditionsMethod())
              .addMethod(getUpdateRegionConditionsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
