package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Direct sharing: an Owner of a gallery shares it with subscriptions and tenants,
 * whose principals read it (and deploy from it) through read-only resources of
 * their own subscription, as in Azure:
 * "/subscriptions/{subscription}/providers/Microsoft.Compute/locations/{location}/sharedGalleries/{unique_name}"
 * and its "/images/{image}" and "/images/{image}/versions/{version}". The owner's
 * resource names stay governed by roles alone.
 * A community gallery (published with ENABLE_COMMUNITY) is read by every
 * authenticated caller through its public name, "/communityGalleries/{public_name}"
 * (and its "/images/{image}" and "/versions/{version}"), with the same Get and
 * List methods. PlanningService.ResolveDeployment and
 * ReplicationService.ReadImageVersionDisk take both kinds of names too, and answer
 * in them. Removing a share or resetting a gallery ends these reads at once.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SharedGalleryServiceGrpc {

  private SharedGalleryServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.SharedGalleryService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ShareGalleryRequest,
      com.imagegallery.v1.Gallery> getShareGalleryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ShareGallery",
      requestType = com.imagegallery.v1.ShareGalleryRequest.class,
      responseType = com.imagegallery.v1.Gallery.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ShareGalleryRequest,
      com.imagegallery.v1.Gallery> getShareGalleryMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ShareGalleryRequest, com.imagegallery.v1.Gallery> getShareGalleryMethod;
    if ((getShareGalleryMethod = SharedGalleryServiceGrpc.getShareGalleryMethod) == null) {
      synchronized (SharedGalleryServiceGrpc.class) {
        if ((getShareGalleryMethod = SharedGalleryServiceGrpc.getShareGalleryMethod) == null) {
          SharedGalleryServiceGrpc.getShareGalleryMethod = getShareGalleryMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ShareGalleryRequest, com.imagegallery.v1.Gallery>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ShareGallery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ShareGalleryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Gallery.getDefaultInstance()))
              .setSchemaDescriptor(new SharedGalleryServiceMethodDescriptorSupplier("ShareGallery"))
              .build();
        }
      }
    }
    return getShareGalleryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleriesRequest,
      com.imagegallery.v1.ListSharedGalleriesResponse> getListSharedGalleriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSharedGalleries",
      requestType = com.imagegallery.v1.ListSharedGalleriesRequest.class,
      responseType = com.imagegallery.v1.ListSharedGalleriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleriesRequest,
      com.imagegallery.v1.ListSharedGalleriesResponse> getListSharedGalleriesMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleriesRequest, com.imagegallery.v1.ListSharedGalleriesResponse> getListSharedGalleriesMethod;
    if ((getListSharedGalleriesMethod = SharedGalleryServiceGrpc.getListSharedGalleriesMethod) == null) {
      synchronized (SharedGalleryServiceGrpc.class) {
        if ((getListSharedGalleriesMethod = SharedGalleryServiceGrpc.getListSharedGalleriesMethod) == null) {
          SharedGalleryServiceGrpc.getListSharedGalleriesMethod = getListSharedGalleriesMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListSharedGalleriesRequest, com.imagegallery.v1.ListSharedGalleriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSharedGalleries"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSharedGalleriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSharedGalleriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SharedGalleryServiceMethodDescriptorSupplier("ListSharedGalleries"))
              .build();
        }
      }
    }
    return getListSharedGalleriesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryRequest,
      com.imagegallery.v1.SharedGallery> getGetSharedGalleryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSharedGallery",
      requestType = com.imagegallery.v1.GetSharedGalleryRequest.class,
      responseType = com.imagegallery.v1.SharedGallery.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryRequest,
      com.imagegallery.v1.SharedGallery> getGetSharedGalleryMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryRequest, com.imagegallery.v1.SharedGallery> getGetSharedGalleryMethod;
    if ((getGetSharedGalleryMethod = SharedGalleryServiceGrpc.getGetSharedGalleryMethod) == null) {
      synchronized (SharedGalleryServiceGrpc.class) {
        if ((getGetSharedGalleryMethod = SharedGalleryServiceGrpc.getGetSharedGalleryMethod) == null) {
          SharedGalleryServiceGrpc.getGetSharedGalleryMethod = getGetSharedGalleryMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetSharedGalleryRequest, com.imagegallery.v1.SharedGallery>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSharedGallery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetSharedGalleryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.SharedGallery.getDefaultInstance()))
              .setSchemaDescriptor(new SharedGalleryServiceMethodDescriptorSupplier("GetSharedGallery"))
              .build();
        }
      }
    }
    return getGetSharedGalleryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleryImagesRequest,
      com.imagegallery.v1.ListSharedGalleryImagesResponse> getListSharedGalleryImagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSharedGalleryImages",
      requestType = com.imagegallery.v1.ListSharedGalleryImagesRequest.class,
      responseType = com.imagegallery.v1.ListSharedGalleryImagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleryImagesRequest,
      com.imagegallery.v1.ListSharedGalleryImagesResponse> getListSharedGalleryImagesMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleryImagesRequest, com.imagegallery.v1.ListSharedGalleryImagesResponse> getListSharedGalleryImagesMethod;
    if ((getListSharedGalleryImagesMethod = SharedGalleryServiceGrpc.getListSharedGalleryImagesMethod) == null) {
      synchronized (SharedGalleryServiceGrpc.class) {
        if ((getListSharedGalleryImagesMethod = SharedGalleryServiceGrpc.getListSharedGalleryImagesMethod) == null) {
          SharedGalleryServiceGrpc.getListSharedGalleryImagesMethod = getListSharedGalleryImagesMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListSharedGalleryImagesRequest, com.imagegallery.v1.ListSharedGalleryImagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSharedGalleryImages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSharedGalleryImagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSharedGalleryImagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SharedGalleryServiceMethodDescriptorSupplier("ListSharedGalleryImages"))
              .build();
        }
      }
    }
    return getListSharedGalleryImagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryImageRequest,
      com.imagegallery.v1.SharedGalleryImage> getGetSharedGalleryImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSharedGalleryImage",
      requestType = com.imagegallery.v1.GetSharedGalleryImageRequest.class,
      responseType = com.imagegallery.v1.SharedGalleryImage.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryImageRequest,
      com.imagegallery.v1.SharedGalleryImage> getGetSharedGalleryImageMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryImageRequest, com.imagegallery.v1.SharedGalleryImage> getGetSharedGalleryImageMethod;
    if ((getGetSharedGalleryImageMethod = SharedGalleryServiceGrpc.getGetSharedGalleryImageMethod) == null) {
      synchronized (SharedGalleryServiceGrpc.class) {
        if ((getGetSharedGalleryImageMethod = SharedGalleryServiceGrpc.getGetSharedGalleryImageMethod) == null) {
          SharedGalleryServiceGrpc.getGetSharedGalleryImageMethod = getGetSharedGalleryImageMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetSharedGalleryImageRequest, com.imagegallery.v1.SharedGalleryImage>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSharedGalleryImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetSharedGalleryImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.SharedGalleryImage.getDefaultInstance()))
              .setSchemaDescriptor(new SharedGalleryServiceMethodDescriptorSupplier("GetSharedGalleryImage"))
              .build();
        }
      }
    }
    return getGetSharedGalleryImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleryImageVersionsRequest,
      com.imagegallery.v1.ListSharedGalleryImageVersionsResponse> getListSharedGalleryImageVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSharedGalleryImageVersions",
      requestType = com.imagegallery.v1.ListSharedGalleryImageVersionsRequest.class,
      responseType = com.imagegallery.v1.ListSharedGalleryImageVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleryImageVersionsRequest,
      com.imagegallery.v1.ListSharedGalleryImageVersionsResponse> getListSharedGalleryImageVersionsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListSharedGalleryImageVersionsRequest, com.imagegallery.v1.ListSharedGalleryImageVersionsResponse> getListSharedGalleryImageVersionsMethod;
    if ((getListSharedGalleryImageVersionsMethod = SharedGalleryServiceGrpc.getListSharedGalleryImageVersionsMethod) == null) {
      synchronized (SharedGalleryServiceGrpc.class) {
        if ((getListSharedGalleryImageVersionsMethod = SharedGalleryServiceGrpc.getListSharedGalleryImageVersionsMethod) == null) {
          SharedGalleryServiceGrpc.getListSharedGalleryImageVersionsMethod = getListSharedGalleryImageVersionsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListSharedGalleryImageVersionsRequest, com.imagegallery.v1.ListSharedGalleryImageVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSharedGalleryImageVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSharedGalleryImageVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSharedGalleryImageVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SharedGalleryServiceMethodDescriptorSupplier("ListSharedGalleryImageVersions"))
              .build();
        }
      }
    }
    return getListSharedGalleryImageVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryImageVersionRequest,
      com.imagegallery.v1.SharedGalleryImageVersion> getGetSharedGalleryImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSharedGalleryImageVersion",
      requestType = com.imagegallery.v1.GetSharedGalleryImageVersionRequest.class,
      responseType = com.imagegallery.v1.SharedGalleryImageVersion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryImageVersionRequest,
      com.imagegallery.v1.SharedGalleryImageVersion> getGetSharedGalleryImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetSharedGalleryImageVersionRequest, com.imagegallery.v1.SharedGalleryImageVersion> getGetSharedGalleryImageVersionMethod;
    if ((getGetSharedGalleryImageVersionMethod = SharedGalleryServiceGrpc.getGetSharedGalleryImageVersionMethod) == null) {
      synchronized (SharedGalleryServiceGrpc.class) {
        if ((getGetSharedGalleryImageVersionMethod = SharedGalleryServiceGrpc.getGetSharedGalleryImageVersionMethod) == null) {
          SharedGalleryServiceGrpc.getGetSharedGalleryImageVersionMethod = getGetSharedGalleryImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetSharedGalleryImageVersionRequest, com.imagegallery.v1.SharedGalleryImageVersion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSharedGalleryImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetSharedGalleryImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.SharedGalleryImageVersion.getDefaultInstance()))
              .setSchemaDescriptor(new SharedGalleryServiceMethodDescriptorSupplier("GetSharedGalleryImageVersion"))
              .build();
        }
      }
    }
    return getGetSharedGalleryImageVersionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SharedGalleryServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceStub>() {
        @java.lang.Override
        public SharedGalleryServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SharedGalleryServiceStub(channel, callOptions);
        }
      };
    return SharedGalleryServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SharedGalleryServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceBlockingV2Stub>() {
        @java.lang.Override
        public SharedGalleryServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SharedGalleryServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SharedGalleryServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SharedGalleryServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceBlockingStub>() {
        @java.lang.Override
        public SharedGalleryServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SharedGalleryServiceBlockingStub(channel, callOptions);
        }
      };
    return SharedGalleryServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SharedGalleryServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SharedGalleryServiceFutureStub>() {
        @java.lang.Override
        public SharedGalleryServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SharedGalleryServiceFutureStub(channel, callOptions);
        }
      };
    return SharedGalleryServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Direct sharing: an Owner of a gallery shares it with subscriptions and tenants,
   * whose principals read it (and deploy from it) through read-only resources of
   * their own subscription, as in Azure:
   * "/subscriptions/{subscription}/providers/Microsoft.Compute/locations/{location}/sharedGalleries/{unique_name}"
   * and its "/images/{image}" and "/images/{image}/versions/{version}". The owner's
   * resource names stay governed by roles alone.
   * A community gallery (published with ENABLE_COMMUNITY) is read by every
   * authenticated caller through its public name, "/communityGalleries/{public_name}"
   * (and its "/images/{image}" and "/versions/{version}"), with the same Get and
   * List methods. PlanningService.ResolveDeployment and
   * ReplicationService.ReadImageVersionDisk take both kinds of names too, and answer
   * in them. Removing a share or resetting a gallery ends these reads at once.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Adds or removes subscriptions and tenants, resets the gallery to private, or
     * publishes it to the community (Azure: POST galleries/{g}/share). Needs Owner.
     * </pre>
     */
    default void shareGallery(com.imagegallery.v1.ShareGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getShareGalleryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the galleries of a location shared with a subscription or its tenant
     * that the caller may read (none for a caller with no part in the subscription).
     * </pre>
     */
    default void listSharedGalleries(com.imagegallery.v1.ListSharedGalleriesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSharedGalleriesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a shared gallery, or a community gallery by its public name.
     * </pre>
     */
    default void getSharedGallery(com.imagegallery.v1.GetSharedGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGallery> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSharedGalleryMethod(), responseObserver);
    }

    /**
     */
    default void listSharedGalleryImages(com.imagegallery.v1.ListSharedGalleryImagesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleryImagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSharedGalleryImagesMethod(), responseObserver);
    }

    /**
     */
    default void getSharedGalleryImage(com.imagegallery.v1.GetSharedGalleryImageRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGalleryImage> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSharedGalleryImageMethod(), responseObserver);
    }

    /**
     */
    default void listSharedGalleryImageVersions(com.imagegallery.v1.ListSharedGalleryImageVersionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleryImageVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSharedGalleryImageVersionsMethod(), responseObserver);
    }

    /**
     */
    default void getSharedGalleryImageVersion(com.imagegallery.v1.GetSharedGalleryImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGalleryImageVersion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSharedGalleryImageVersionMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SharedGalleryService.
   * <pre>
   * Direct sharing: an Owner of a gallery shares it with subscriptions and tenants,
   * whose principals read it (and deploy from it) through read-only resources of
   * their own subscription, as in Azure:
   * "/subscriptions/{subscription}/providers/Microsoft.Compute/locations/{location}/sharedGalleries/{unique_name}"
   * and its "/images/{image}" and "/images/{image}/versions/{version}". The owner's
   * resource names stay governed by roles alone.
   * A community gallery (published with ENABLE_COMMUNITY) is read by every
   * authenticated caller through its public name, "/communityGalleries/{public_name}"
   * (and its "/images/{image}" and "/versions/{version}"), with the same Get and
   * List methods. PlanningService.ResolveDeployment and
   * ReplicationService.ReadImageVersionDisk take both kinds of names too, and answer
   * in them. Removing a share or resetting a gallery ends these reads at once.
   * </pre>
   */
  public static abstract class SharedGalleryServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SharedGalleryServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SharedGalleryService.
   * <pre>
   * Direct sharing: an Owner of a gallery shares it with subscriptions and tenants,
   * whose principals read it (and deploy from it) through read-only resources of
   * their own subscription, as in Azure:
   * "/subscriptions/{subscription}/providers/Microsoft.Compute/locations/{location}/sharedGalleries/{unique_name}"
   * and its "/images/{image}" and "/images/{image}/versions/{version}". The owner's
   * resource names stay governed by roles alone.
   * A community gallery (published with ENABLE_COMMUNITY) is read by every
   * authenticated caller through its public name, "/communityGalleries/{public_name}"
   * (and its "/images/{image}" and "/versions/{version}"), with the same Get and
   * List methods. PlanningService.ResolveDeployment and
   * ReplicationService.ReadImageVersionDisk take both kinds of names too, and answer
   * in them. Removing a share or resetting a gallery ends these reads at once.
   * </pre>
   */
  public static final class SharedGalleryServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SharedGalleryServiceStub> {
    private SharedGalleryServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SharedGalleryServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SharedGalleryServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Adds or removes subscriptions and tenants, resets the gallery to private, or
     * publishes it to the community (Azure: POST galleries/{g}/share). Needs Owner.
     * </pre>
     */
    public void shareGallery(com.imagegallery.v1.ShareGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getShareGalleryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the galleries of a location shared with a subscription or its tenant
     * that the caller may read (none for a caller with no part in the subscription).
     * </pre>
     */
    public void listSharedGalleries(com.imagegallery.v1.ListSharedGalleriesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSharedGalleriesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a shared gallery, or a community gallery by its public name.
     * </pre>
     */
    public void getSharedGallery(com.imagegallery.v1.GetSharedGalleryRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGallery> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSharedGalleryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listSharedGalleryImages(com.imagegallery.v1.ListSharedGalleryImagesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleryImagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSharedGalleryImagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getSharedGalleryImage(com.imagegallery.v1.GetSharedGalleryImageRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGalleryImage> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSharedGalleryImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listSharedGalleryImageVersions(com.imagegallery.v1.ListSharedGalleryImageVersionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleryImageVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSharedGalleryImageVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getSharedGalleryImageVersion(com.imagegallery.v1.GetSharedGalleryImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGalleryImageVersion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSharedGalleryImageVersionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SharedGalleryService.
   * <pre>
   * Direct sharing: an Owner of a gallery shares it with subscriptions and tenants,
   * whose principals read it (and deploy from it) through read-only resources of
   * their own subscription, as in Azure:
   * "/subscriptions/{subscription}/providers/Microsoft.Compute/locations/{location}/sharedGalleries/{unique_name}"
   * and its "/images/{image}" and "/images/{image}/versions/{version}". The owner's
   * resource names stay governed by roles alone.
   * A community gallery (published with ENABLE_COMMUNITY) is read by every
   * authenticated caller through its public name, "/communityGalleries/{public_name}"
   * (and its "/images/{image}" and "/versions/{version}"), with the same Get and
   * List methods. PlanningService.ResolveDeployment and
   * ReplicationService.ReadImageVersionDisk take both kinds of names too, and answer
   * in them. Removing a share or resetting a gallery ends these reads at once.
   * </pre>
   */
  public static final class SharedGalleryServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SharedGalleryServiceBlockingV2Stub> {
    private SharedGalleryServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SharedGalleryServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SharedGalleryServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Adds or removes subscriptions and tenants, resets the gallery to private, or
     * publishes it to the community (Azure: POST galleries/{g}/share). Needs Owner.
     * </pre>
     */
    public com.imagegallery.v1.Gallery shareGallery(com.imagegallery.v1.ShareGalleryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getShareGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the galleries of a location shared with a subscription or its tenant
     * that the caller may read (none for a caller with no part in the subscription).
     * </pre>
     */
    public com.imagegallery.v1.ListSharedGalleriesResponse listSharedGalleries(com.imagegallery.v1.ListSharedGalleriesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSharedGalleriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a shared gallery, or a community gallery by its public name.
     * </pre>
     */
    public com.imagegallery.v1.SharedGallery getSharedGallery(com.imagegallery.v1.GetSharedGalleryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSharedGalleryMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ListSharedGalleryImagesResponse listSharedGalleryImages(com.imagegallery.v1.ListSharedGalleryImagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSharedGalleryImagesMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.SharedGalleryImage getSharedGalleryImage(com.imagegallery.v1.GetSharedGalleryImageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSharedGalleryImageMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ListSharedGalleryImageVersionsResponse listSharedGalleryImageVersions(com.imagegallery.v1.ListSharedGalleryImageVersionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSharedGalleryImageVersionsMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.SharedGalleryImageVersion getSharedGalleryImageVersion(com.imagegallery.v1.GetSharedGalleryImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSharedGalleryImageVersionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SharedGalleryService.
   * <pre>
   * Direct sharing: an Owner of a gallery shares it with subscriptions and tenants,
   * whose principals read it (and deploy from it) through read-only resources of
   * their own subscription, as in Azure:
   * "/subscriptions/{subscription}/providers/Microsoft.Compute/locations/{location}/sharedGalleries/{unique_name}"
   * and its "/images/{image}" and "/images/{image}/versions/{version}". The owner's
   * resource names stay governed by roles alone.
   * A community gallery (published with ENABLE_COMMUNITY) is read by every
   * authenticated caller through its public name, "/communityGalleries/{public_name}"
   * (and its "/images/{image}" and "/versions/{version}"), with the same Get and
   * List methods. PlanningService.ResolveDeployment and
   * ReplicationService.ReadImageVersionDisk take both kinds of names too, and answer
   * in them. Removing a share or resetting a gallery ends these reads at once.
   * </pre>
   */
  public static final class SharedGalleryServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SharedGalleryServiceBlockingStub> {
    private SharedGalleryServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SharedGalleryServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SharedGalleryServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Adds or removes subscriptions and tenants, resets the gallery to private, or
     * publishes it to the community (Azure: POST galleries/{g}/share). Needs Owner.
     * </pre>
     */
    public com.imagegallery.v1.Gallery shareGallery(com.imagegallery.v1.ShareGalleryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getShareGalleryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the galleries of a location shared with a subscription or its tenant
     * that the caller may read (none for a caller with no part in the subscription).
     * </pre>
     */
    public com.imagegallery.v1.ListSharedGalleriesResponse listSharedGalleries(com.imagegallery.v1.ListSharedGalleriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSharedGalleriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a shared gallery, or a community gallery by its public name.
     * </pre>
     */
    public com.imagegallery.v1.SharedGallery getSharedGallery(com.imagegallery.v1.GetSharedGalleryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSharedGalleryMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ListSharedGalleryImagesResponse listSharedGalleryImages(com.imagegallery.v1.ListSharedGalleryImagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSharedGalleryImagesMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.SharedGalleryImage getSharedGalleryImage(com.imagegallery.v1.GetSharedGalleryImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSharedGalleryImageMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ListSharedGalleryImageVersionsResponse listSharedGalleryImageVersions(com.imagegallery.v1.ListSharedGalleryImageVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSharedGalleryImageVersionsMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.SharedGalleryImageVersion getSharedGalleryImageVersion(com.imagegallery.v1.GetSharedGalleryImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSharedGalleryImageVersionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SharedGalleryService.
   * <pre>
   * Direct sharing: an Owner of a gallery shares it with subscriptions and tenants,
   * whose principals read it (and deploy from it) through read-only resources of
   * their own subscription, as in Azure:
   * "/subscriptions/{subscription}/providers/Microsoft.Compute/locations/{location}/sharedGalleries/{unique_name}"
   * and its "/images/{image}" and "/images/{image}/versions/{version}". The owner's
   * resource names stay governed by roles alone.
   * A community gallery (published with ENABLE_COMMUNITY) is read by every
   * authenticated caller through its public name, "/communityGalleries/{public_name}"
   * (and its "/images/{image}" and "/versions/{version}"), with the same Get and
   * List methods. PlanningService.ResolveDeployment and
   * ReplicationService.ReadImageVersionDisk take both kinds of names too, and answer
   * in them. Removing a share or resetting a gallery ends these reads at once.
   * </pre>
   */
  public static final class SharedGalleryServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SharedGalleryServiceFutureStub> {
    private SharedGalleryServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SharedGalleryServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SharedGalleryServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Adds or removes subscriptions and tenants, resets the gallery to private, or
     * publishes it to the community (Azure: POST galleries/{g}/share). Needs Owner.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Gallery> shareGallery(
        com.imagegallery.v1.ShareGalleryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getShareGalleryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the galleries of a location shared with a subscription or its tenant
     * that the caller may read (none for a caller with no part in the subscription).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListSharedGalleriesResponse> listSharedGalleries(
        com.imagegallery.v1.ListSharedGalleriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSharedGalleriesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a shared gallery, or a community gallery by its public name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.SharedGallery> getSharedGallery(
        com.imagegallery.v1.GetSharedGalleryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSharedGalleryMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListSharedGalleryImagesResponse> listSharedGalleryImages(
        com.imagegallery.v1.ListSharedGalleryImagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSharedGalleryImagesMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.SharedGalleryImage> getSharedGalleryImage(
        com.imagegallery.v1.GetSharedGalleryImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSharedGalleryImageMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListSharedGalleryImageVersionsResponse> listSharedGalleryImageVersions(
        com.imagegallery.v1.ListSharedGalleryImageVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSharedGalleryImageVersionsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.SharedGalleryImageVersion> getSharedGalleryImageVersion(
        com.imagegallery.v1.GetSharedGalleryImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSharedGalleryImageVersionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SHARE_GALLERY = 0;
  private static final int METHODID_LIST_SHARED_GALLERIES = 1;
  private static final int METHODID_GET_SHARED_GALLERY = 2;
  private static final int METHODID_LIST_SHARED_GALLERY_IMAGES = 3;
  private static final int METHODID_GET_SHARED_GALLERY_IMAGE = 4;
  private static final int METHODID_LIST_SHARED_GALLERY_IMAGE_VERSIONS = 5;
  private static final int METHODID_GET_SHARED_GALLERY_IMAGE_VERSION = 6;

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
        case METHODID_SHARE_GALLERY:
          serviceImpl.shareGallery((com.imagegallery.v1.ShareGalleryRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Gallery>) responseObserver);
          break;
        case METHODID_LIST_SHARED_GALLERIES:
          serviceImpl.listSharedGalleries((com.imagegallery.v1.ListSharedGalleriesRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleriesResponse>) responseObserver);
          break;
        case METHODID_GET_SHARED_GALLERY:
          serviceImpl.getSharedGallery((com.imagegallery.v1.GetSharedGalleryRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGallery>) responseObserver);
          break;
        case METHODID_LIST_SHARED_GALLERY_IMAGES:
          serviceImpl.listSharedGalleryImages((com.imagegallery.v1.ListSharedGalleryImagesRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleryImagesResponse>) responseObserver);
          break;
        case METHODID_GET_SHARED_GALLERY_IMAGE:
          serviceImpl.getSharedGalleryImage((com.imagegallery.v1.GetSharedGalleryImageRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGalleryImage>) responseObserver);
          break;
        case METHODID_LIST_SHARED_GALLERY_IMAGE_VERSIONS:
          serviceImpl.listSharedGalleryImageVersions((com.imagegallery.v1.ListSharedGalleryImageVersionsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSharedGalleryImageVersionsResponse>) responseObserver);
          break;
        case METHODID_GET_SHARED_GALLERY_IMAGE_VERSION:
          serviceImpl.getSharedGalleryImageVersion((com.imagegallery.v1.GetSharedGalleryImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.SharedGalleryImageVersion>) responseObserver);
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
          getShareGalleryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ShareGalleryRequest,
              com.imagegallery.v1.Gallery>(
                service, METHODID_SHARE_GALLERY)))
        .addMethod(
          getListSharedGalleriesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListSharedGalleriesRequest,
              com.imagegallery.v1.ListSharedGalleriesResponse>(
                service, METHODID_LIST_SHARED_GALLERIES)))
        .addMethod(
          getGetSharedGalleryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetSharedGalleryRequest,
              com.imagegallery.v1.SharedGallery>(
                service, METHODID_GET_SHARED_GALLERY)))
        .addMethod(
          getListSharedGalleryImagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListSharedGalleryImagesRequest,
              com.imagegallery.v1.ListSharedGalleryImagesResponse>(
                service, METHODID_LIST_SHARED_GALLERY_IMAGES)))
        .addMethod(
          getGetSharedGalleryImageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetSharedGalleryImageRequest,
              com.imagegallery.v1.SharedGalleryImage>(
                service, METHODID_GET_SHARED_GALLERY_IMAGE)))
        .addMethod(
          getListSharedGalleryImageVersionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListSharedGalleryImageVersionsRequest,
              com.imagegallery.v1.ListSharedGalleryImageVersionsResponse>(
                service, METHODID_LIST_SHARED_GALLERY_IMAGE_VERSIONS)))
        .addMethod(
          getGetSharedGalleryImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetSharedGalleryImageVersionRequest,
              com.imagegallery.v1.SharedGalleryImageVersion>(
                service, METHODID_GET_SHARED_GALLERY_IMAGE_VERSION)))
        .build();
  }

  private static abstract class SharedGalleryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SharedGalleryServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.SharedGalleryServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SharedGalleryService");
    }
  }

  private static final class SharedGalleryServiceFileDescriptorSupplier
      extends SharedGalleryServiceBaseDescriptorSupplier {
    SharedGalleryServiceFileDescriptorSupplier() {}
  }

  private static final class SharedGalleryServiceMethodDescriptorSupplier
      extends SharedGalleryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SharedGalleryServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SharedGalleryServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SharedGalleryServiceFileDescriptorSupplier())
              .addMethod(getShareGalleryMethod())
              .addMethod(getListSharedGalleriesMethod())
              .addMethod(getGetSharedGalleryMethod())
              .addMethod(getListSharedGalleryImagesMethod())
              .addMethod(getGetSharedGalleryImageMethod())
              .addMethod(getListSharedGalleryImageVersionsMethod())
              .addMethod(getGetSharedGalleryImageVersionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
