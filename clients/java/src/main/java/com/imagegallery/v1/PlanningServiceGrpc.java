package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Planning: deploying from the gallery, the replicas to keep and what they
 * cost. Every method reads the catalog and changes nothing in it.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class PlanningServiceGrpc {

  private PlanningServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.PlanningService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ResolveDeploymentRequest,
      com.imagegallery.v1.ResolveDeploymentResponse> getResolveDeploymentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResolveDeployment",
      requestType = com.imagegallery.v1.ResolveDeploymentRequest.class,
      responseType = com.imagegallery.v1.ResolveDeploymentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ResolveDeploymentRequest,
      com.imagegallery.v1.ResolveDeploymentResponse> getResolveDeploymentMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ResolveDeploymentRequest, com.imagegallery.v1.ResolveDeploymentResponse> getResolveDeploymentMethod;
    if ((getResolveDeploymentMethod = PlanningServiceGrpc.getResolveDeploymentMethod) == null) {
      synchronized (PlanningServiceGrpc.class) {
        if ((getResolveDeploymentMethod = PlanningServiceGrpc.getResolveDeploymentMethod) == null) {
          PlanningServiceGrpc.getResolveDeploymentMethod = getResolveDeploymentMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ResolveDeploymentRequest, com.imagegallery.v1.ResolveDeploymentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResolveDeployment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ResolveDeploymentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ResolveDeploymentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlanningServiceMethodDescriptorSupplier("ResolveDeployment"))
              .build();
        }
      }
    }
    return getResolveDeploymentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CheckImageSwitchRequest,
      com.imagegallery.v1.CheckImageSwitchResponse> getCheckImageSwitchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CheckImageSwitch",
      requestType = com.imagegallery.v1.CheckImageSwitchRequest.class,
      responseType = com.imagegallery.v1.CheckImageSwitchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CheckImageSwitchRequest,
      com.imagegallery.v1.CheckImageSwitchResponse> getCheckImageSwitchMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CheckImageSwitchRequest, com.imagegallery.v1.CheckImageSwitchResponse> getCheckImageSwitchMethod;
    if ((getCheckImageSwitchMethod = PlanningServiceGrpc.getCheckImageSwitchMethod) == null) {
      synchronized (PlanningServiceGrpc.class) {
        if ((getCheckImageSwitchMethod = PlanningServiceGrpc.getCheckImageSwitchMethod) == null) {
          PlanningServiceGrpc.getCheckImageSwitchMethod = getCheckImageSwitchMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CheckImageSwitchRequest, com.imagegallery.v1.CheckImageSwitchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CheckImageSwitch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CheckImageSwitchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CheckImageSwitchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlanningServiceMethodDescriptorSupplier("CheckImageSwitch"))
              .build();
        }
      }
    }
    return getCheckImageSwitchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.RecommendReplicasRequest,
      com.imagegallery.v1.RecommendReplicasResponse> getRecommendReplicasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RecommendReplicas",
      requestType = com.imagegallery.v1.RecommendReplicasRequest.class,
      responseType = com.imagegallery.v1.RecommendReplicasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.RecommendReplicasRequest,
      com.imagegallery.v1.RecommendReplicasResponse> getRecommendReplicasMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.RecommendReplicasRequest, com.imagegallery.v1.RecommendReplicasResponse> getRecommendReplicasMethod;
    if ((getRecommendReplicasMethod = PlanningServiceGrpc.getRecommendReplicasMethod) == null) {
      synchronized (PlanningServiceGrpc.class) {
        if ((getRecommendReplicasMethod = PlanningServiceGrpc.getRecommendReplicasMethod) == null) {
          PlanningServiceGrpc.getRecommendReplicasMethod = getRecommendReplicasMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.RecommendReplicasRequest, com.imagegallery.v1.RecommendReplicasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RecommendReplicas"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RecommendReplicasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RecommendReplicasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlanningServiceMethodDescriptorSupplier("RecommendReplicas"))
              .build();
        }
      }
    }
    return getRecommendReplicasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CompareReplicasRequest,
      com.imagegallery.v1.CompareReplicasResponse> getCompareReplicasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CompareReplicas",
      requestType = com.imagegallery.v1.CompareReplicasRequest.class,
      responseType = com.imagegallery.v1.CompareReplicasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CompareReplicasRequest,
      com.imagegallery.v1.CompareReplicasResponse> getCompareReplicasMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CompareReplicasRequest, com.imagegallery.v1.CompareReplicasResponse> getCompareReplicasMethod;
    if ((getCompareReplicasMethod = PlanningServiceGrpc.getCompareReplicasMethod) == null) {
      synchronized (PlanningServiceGrpc.class) {
        if ((getCompareReplicasMethod = PlanningServiceGrpc.getCompareReplicasMethod) == null) {
          PlanningServiceGrpc.getCompareReplicasMethod = getCompareReplicasMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CompareReplicasRequest, com.imagegallery.v1.CompareReplicasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CompareReplicas"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CompareReplicasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CompareReplicasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlanningServiceMethodDescriptorSupplier("CompareReplicas"))
              .build();
        }
      }
    }
    return getCompareReplicasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.EstimateCostRequest,
      com.imagegallery.v1.EstimateCostResponse> getEstimateCostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EstimateCost",
      requestType = com.imagegallery.v1.EstimateCostRequest.class,
      responseType = com.imagegallery.v1.EstimateCostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.EstimateCostRequest,
      com.imagegallery.v1.EstimateCostResponse> getEstimateCostMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.EstimateCostRequest, com.imagegallery.v1.EstimateCostResponse> getEstimateCostMethod;
    if ((getEstimateCostMethod = PlanningServiceGrpc.getEstimateCostMethod) == null) {
      synchronized (PlanningServiceGrpc.class) {
        if ((getEstimateCostMethod = PlanningServiceGrpc.getEstimateCostMethod) == null) {
          PlanningServiceGrpc.getEstimateCostMethod = getEstimateCostMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.EstimateCostRequest, com.imagegallery.v1.EstimateCostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EstimateCost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.EstimateCostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.EstimateCostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PlanningServiceMethodDescriptorSupplier("EstimateCost"))
              .build();
        }
      }
    }
    return getEstimateCostMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PlanningServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlanningServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlanningServiceStub>() {
        @java.lang.Override
        public PlanningServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlanningServiceStub(channel, callOptions);
        }
      };
    return PlanningServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static PlanningServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlanningServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlanningServiceBlockingV2Stub>() {
        @java.lang.Override
        public PlanningServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlanningServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return PlanningServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PlanningServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlanningServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlanningServiceBlockingStub>() {
        @java.lang.Override
        public PlanningServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlanningServiceBlockingStub(channel, callOptions);
        }
      };
    return PlanningServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PlanningServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PlanningServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PlanningServiceFutureStub>() {
        @java.lang.Override
        public PlanningServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PlanningServiceFutureStub(channel, callOptions);
        }
      };
    return PlanningServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Planning: deploying from the gallery, the replicas to keep and what they
   * cost. Every method reads the catalog and changes nothing in it.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * The image version and the replica a virtual machine in a region is created
     * from, or why it cannot be. Successive answers for one version and region
     * spread over that region's replicas (each goes to the least used so far).
     * The virtual machine is checked against the definition's features (a
     * Trusted Launch VM from a Standard-only image is refused, naming the feature).
     * </pre>
     */
    default void resolveDeployment(com.imagegallery.v1.ResolveDeploymentRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ResolveDeploymentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResolveDeploymentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Whether a scale set may switch its image reference from one image to
     * another: OS type, Hyper-V generation, architecture, data-disk layout
     * (LUNs and sizes) and the definitions' features must match; every
     * difference is named.
     * </pre>
     */
    default void checkImageSwitch(com.imagegallery.v1.CheckImageSwitchRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.CheckImageSwitchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCheckImageSwitchMethod(), responseObserver);
    }

    /**
     * <pre>
     * The replicas to keep in a region: one per 20 virtual machines created at
     * once, plus one per scale-set deployment of up to 600 instances deployed at
     * once, times (1 + margin), rounded up, at least 1; never above the replica limit.
     * </pre>
     */
    default void recommendReplicas(com.imagegallery.v1.RecommendReplicasRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RecommendReplicasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRecommendReplicasMethod(), responseObserver);
    }

    /**
     * <pre>
     * An image version's replicas in each region beside the recommendation for
     * each region's load.
     * </pre>
     */
    default void compareReplicas(com.imagegallery.v1.CompareReplicasRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.CompareReplicasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCompareReplicasMethod(), responseObserver);
    }

    /**
     * <pre>
     * What an image version (or a proposed one) stores in each region and sends
     * between regions, in bytes and GiB; in money when prices are given.
     * </pre>
     */
    default void estimateCost(com.imagegallery.v1.EstimateCostRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.EstimateCostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEstimateCostMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service PlanningService.
   * <pre>
   * Planning: deploying from the gallery, the replicas to keep and what they
   * cost. Every method reads the catalog and changes nothing in it.
   * </pre>
   */
  public static abstract class PlanningServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return PlanningServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service PlanningService.
   * <pre>
   * Planning: deploying from the gallery, the replicas to keep and what they
   * cost. Every method reads the catalog and changes nothing in it.
   * </pre>
   */
  public static final class PlanningServiceStub
      extends io.grpc.stub.AbstractAsyncStub<PlanningServiceStub> {
    private PlanningServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlanningServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlanningServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The image version and the replica a virtual machine in a region is created
     * from, or why it cannot be. Successive answers for one version and region
     * spread over that region's replicas (each goes to the least used so far).
     * The virtual machine is checked against the definition's features (a
     * Trusted Launch VM from a Standard-only image is refused, naming the feature).
     * </pre>
     */
    public void resolveDeployment(com.imagegallery.v1.ResolveDeploymentRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ResolveDeploymentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResolveDeploymentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Whether a scale set may switch its image reference from one image to
     * another: OS type, Hyper-V generation, architecture, data-disk layout
     * (LUNs and sizes) and the definitions' features must match; every
     * difference is named.
     * </pre>
     */
    public void checkImageSwitch(com.imagegallery.v1.CheckImageSwitchRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.CheckImageSwitchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCheckImageSwitchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The replicas to keep in a region: one per 20 virtual machines created at
     * once, plus one per scale-set deployment of up to 600 instances deployed at
     * once, times (1 + margin), rounded up, at least 1; never above the replica limit.
     * </pre>
     */
    public void recommendReplicas(com.imagegallery.v1.RecommendReplicasRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RecommendReplicasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRecommendReplicasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * An image version's replicas in each region beside the recommendation for
     * each region's load.
     * </pre>
     */
    public void compareReplicas(com.imagegallery.v1.CompareReplicasRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.CompareReplicasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCompareReplicasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * What an image version (or a proposed one) stores in each region and sends
     * between regions, in bytes and GiB; in money when prices are given.
     * </pre>
     */
    public void estimateCost(com.imagegallery.v1.EstimateCostRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.EstimateCostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEstimateCostMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service PlanningService.
   * <pre>
   * Planning: deploying from the gallery, the replicas to keep and what they
   * cost. Every method reads the catalog and changes nothing in it.
   * </pre>
   */
  public static final class PlanningServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<PlanningServiceBlockingV2Stub> {
    private PlanningServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlanningServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlanningServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * The image version and the replica a virtual machine in a region is created
     * from, or why it cannot be. Successive answers for one version and region
     * spread over that region's replicas (each goes to the least used so far).
     * The virtual machine is checked against the definition's features (a
     * Trusted Launch VM from a Standard-only image is refused, naming the feature).
     * </pre>
     */
    public com.imagegallery.v1.ResolveDeploymentResponse resolveDeployment(com.imagegallery.v1.ResolveDeploymentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getResolveDeploymentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Whether a scale set may switch its image reference from one image to
     * another: OS type, Hyper-V generation, architecture, data-disk layout
     * (LUNs and sizes) and the definitions' features must match; every
     * difference is named.
     * </pre>
     */
    public com.imagegallery.v1.CheckImageSwitchResponse checkImageSwitch(com.imagegallery.v1.CheckImageSwitchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCheckImageSwitchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The replicas to keep in a region: one per 20 virtual machines created at
     * once, plus one per scale-set deployment of up to 600 instances deployed at
     * once, times (1 + margin), rounded up, at least 1; never above the replica limit.
     * </pre>
     */
    public com.imagegallery.v1.RecommendReplicasResponse recommendReplicas(com.imagegallery.v1.RecommendReplicasRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRecommendReplicasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * An image version's replicas in each region beside the recommendation for
     * each region's load.
     * </pre>
     */
    public com.imagegallery.v1.CompareReplicasResponse compareReplicas(com.imagegallery.v1.CompareReplicasRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCompareReplicasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * What an image version (or a proposed one) stores in each region and sends
     * between regions, in bytes and GiB; in money when prices are given.
     * </pre>
     */
    public com.imagegallery.v1.EstimateCostResponse estimateCost(com.imagegallery.v1.EstimateCostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEstimateCostMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service PlanningService.
   * <pre>
   * Planning: deploying from the gallery, the replicas to keep and what they
   * cost. Every method reads the catalog and changes nothing in it.
   * </pre>
   */
  public static final class PlanningServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<PlanningServiceBlockingStub> {
    private PlanningServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlanningServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlanningServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The image version and the replica a virtual machine in a region is created
     * from, or why it cannot be. Successive answers for one version and region
     * spread over that region's replicas (each goes to the least used so far).
     * The virtual machine is checked against the definition's features (a
     * Trusted Launch VM from a Standard-only image is refused, naming the feature).
     * </pre>
     */
    public com.imagegallery.v1.ResolveDeploymentResponse resolveDeployment(com.imagegallery.v1.ResolveDeploymentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResolveDeploymentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Whether a scale set may switch its image reference from one image to
     * another: OS type, Hyper-V generation, architecture, data-disk layout
     * (LUNs and sizes) and the definitions' features must match; every
     * difference is named.
     * </pre>
     */
    public com.imagegallery.v1.CheckImageSwitchResponse checkImageSwitch(com.imagegallery.v1.CheckImageSwitchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCheckImageSwitchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The replicas to keep in a region: one per 20 virtual machines created at
     * once, plus one per scale-set deployment of up to 600 instances deployed at
     * once, times (1 + margin), rounded up, at least 1; never above the replica limit.
     * </pre>
     */
    public com.imagegallery.v1.RecommendReplicasResponse recommendReplicas(com.imagegallery.v1.RecommendReplicasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRecommendReplicasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * An image version's replicas in each region beside the recommendation for
     * each region's load.
     * </pre>
     */
    public com.imagegallery.v1.CompareReplicasResponse compareReplicas(com.imagegallery.v1.CompareReplicasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCompareReplicasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * What an image version (or a proposed one) stores in each region and sends
     * between regions, in bytes and GiB; in money when prices are given.
     * </pre>
     */
    public com.imagegallery.v1.EstimateCostResponse estimateCost(com.imagegallery.v1.EstimateCostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEstimateCostMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service PlanningService.
   * <pre>
   * Planning: deploying from the gallery, the replicas to keep and what they
   * cost. Every method reads the catalog and changes nothing in it.
   * </pre>
   */
  public static final class PlanningServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<PlanningServiceFutureStub> {
    private PlanningServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PlanningServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PlanningServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The image version and the replica a virtual machine in a region is created
     * from, or why it cannot be. Successive answers for one version and region
     * spread over that region's replicas (each goes to the least used so far).
     * The virtual machine is checked against the definition's features (a
     * Trusted Launch VM from a Standard-only image is refused, naming the feature).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ResolveDeploymentResponse> resolveDeployment(
        com.imagegallery.v1.ResolveDeploymentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResolveDeploymentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Whether a scale set may switch its image reference from one image to
     * another: OS type, Hyper-V generation, architecture, data-disk layout
     * (LUNs and sizes) and the definitions' features must match; every
     * difference is named.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.CheckImageSwitchResponse> checkImageSwitch(
        com.imagegallery.v1.CheckImageSwitchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCheckImageSwitchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The replicas to keep in a region: one per 20 virtual machines created at
     * once, plus one per scale-set deployment of up to 600 instances deployed at
     * once, times (1 + margin), rounded up, at least 1; never above the replica limit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.RecommendReplicasResponse> recommendReplicas(
        com.imagegallery.v1.RecommendReplicasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRecommendReplicasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * An image version's replicas in each region beside the recommendation for
     * each region's load.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.CompareReplicasResponse> compareReplicas(
        com.imagegallery.v1.CompareReplicasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCompareReplicasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * What an image version (or a proposed one) stores in each region and sends
     * between regions, in bytes and GiB; in money when prices are given.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.EstimateCostResponse> estimateCost(
        com.imagegallery.v1.EstimateCostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEstimateCostMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_RESOLVE_DEPLOYMENT = 0;
  private static final int METHODID_CHECK_IMAGE_SWITCH = 1;
  private static final int METHODID_RECOMMEND_REPLICAS = 2;
  private static final int METHODID_COMPARE_REPLICAS = 3;
  private static final int METHODID_ESTIMATE_COST = 4;

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
        case METHODID_RESOLVE_DEPLOYMENT:
          serviceImpl.resolveDeployment((com.imagegallery.v1.ResolveDeploymentRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ResolveDeploymentResponse>) responseObserver);
          break;
        case METHODID_CHECK_IMAGE_SWITCH:
          serviceImpl.checkImageSwitch((com.imagegallery.v1.CheckImageSwitchRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.CheckImageSwitchResponse>) responseObserver);
          break;
        case METHODID_RECOMMEND_REPLICAS:
          serviceImpl.recommendReplicas((com.imagegallery.v1.RecommendReplicasRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.RecommendReplicasResponse>) responseObserver);
          break;
        case METHODID_COMPARE_REPLICAS:
          serviceImpl.compareReplicas((com.imagegallery.v1.CompareReplicasRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.CompareReplicasResponse>) responseObserver);
          break;
        case METHODID_ESTIMATE_COST:
          serviceImpl.estimateCost((com.imagegallery.v1.EstimateCostRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.EstimateCostResponse>) responseObserver);
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
          getResolveDeploymentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ResolveDeploymentRequest,
              com.imagegallery.v1.ResolveDeploymentResponse>(
                service, METHODID_RESOLVE_DEPLOYMENT)))
        .addMethod(
          getCheckImageSwitchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CheckImageSwitchRequest,
              com.imagegallery.v1.CheckImageSwitchResponse>(
                service, METHODID_CHECK_IMAGE_SWITCH)))
        .addMethod(
          getRecommendReplicasMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.RecommendReplicasRequest,
              com.imagegallery.v1.RecommendReplicasResponse>(
                service, METHODID_RECOMMEND_REPLICAS)))
        .addMethod(
          getCompareReplicasMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CompareReplicasRequest,
              com.imagegallery.v1.CompareReplicasResponse>(
                service, METHODID_COMPARE_REPLICAS)))
        .addMethod(
          getEstimateCostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.EstimateCostRequest,
              com.imagegallery.v1.EstimateCostResponse>(
                service, METHODID_ESTIMATE_COST)))
        .build();
  }

  private static abstract class PlanningServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PlanningServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.PlanningServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PlanningService");
    }
  }

  private static final class PlanningServiceFileDescriptorSupplier
      extends PlanningServiceBaseDescriptorSupplier {
    PlanningServiceFileDescriptorSupplier() {}
  }

  private static final class PlanningServiceMethodDescriptorSupplier
      extends PlanningServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    PlanningServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (PlanningServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PlanningServiceFileDescriptorSupplier())
              .addMethod(getResolveDeploymentMethod())
              .addMethod(getCheckImageSwitchMethod())
              .addMethod(getRecommendReplicasMethod())
              .addMethod(getCompareReplicasMethod())
              .addMethod(getEstimateCostMethod())
              .build();
        }
      }
    }
    return result;
  }
}
