package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Image versions: Major.Minor.Patch of an image definition, made from an image
 * source and replicated to target regions. Create, update and delete take
 * time and answer a google.longrunning.Operation (served by the standard
 * Operations service); a create completes when every region is Completed.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ImageVersionServiceGrpc {

  private ImageVersionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.ImageVersionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageVersionRequest,
      com.imagegallery.v1.ImageVersion> getGetImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetImageVersion",
      requestType = com.imagegallery.v1.GetImageVersionRequest.class,
      responseType = com.imagegallery.v1.ImageVersion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageVersionRequest,
      com.imagegallery.v1.ImageVersion> getGetImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageVersionRequest, com.imagegallery.v1.ImageVersion> getGetImageVersionMethod;
    if ((getGetImageVersionMethod = ImageVersionServiceGrpc.getGetImageVersionMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getGetImageVersionMethod = ImageVersionServiceGrpc.getGetImageVersionMethod) == null) {
          ImageVersionServiceGrpc.getGetImageVersionMethod = getGetImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetImageVersionRequest, com.imagegallery.v1.ImageVersion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageVersion.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("GetImageVersion"))
              .build();
        }
      }
    }
    return getGetImageVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageVersionsRequest,
      com.imagegallery.v1.ListImageVersionsResponse> getListImageVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListImageVersions",
      requestType = com.imagegallery.v1.ListImageVersionsRequest.class,
      responseType = com.imagegallery.v1.ListImageVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageVersionsRequest,
      com.imagegallery.v1.ListImageVersionsResponse> getListImageVersionsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageVersionsRequest, com.imagegallery.v1.ListImageVersionsResponse> getListImageVersionsMethod;
    if ((getListImageVersionsMethod = ImageVersionServiceGrpc.getListImageVersionsMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getListImageVersionsMethod = ImageVersionServiceGrpc.getListImageVersionsMethod) == null) {
          ImageVersionServiceGrpc.getListImageVersionsMethod = getListImageVersionsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListImageVersionsRequest, com.imagegallery.v1.ListImageVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListImageVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListImageVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListImageVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("ListImageVersions"))
              .build();
        }
      }
    }
    return getListImageVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetLatestImageVersionRequest,
      com.imagegallery.v1.ImageVersion> getGetLatestImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLatestImageVersion",
      requestType = com.imagegallery.v1.GetLatestImageVersionRequest.class,
      responseType = com.imagegallery.v1.ImageVersion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetLatestImageVersionRequest,
      com.imagegallery.v1.ImageVersion> getGetLatestImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetLatestImageVersionRequest, com.imagegallery.v1.ImageVersion> getGetLatestImageVersionMethod;
    if ((getGetLatestImageVersionMethod = ImageVersionServiceGrpc.getGetLatestImageVersionMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getGetLatestImageVersionMethod = ImageVersionServiceGrpc.getGetLatestImageVersionMethod) == null) {
          ImageVersionServiceGrpc.getGetLatestImageVersionMethod = getGetLatestImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetLatestImageVersionRequest, com.imagegallery.v1.ImageVersion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLatestImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetLatestImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageVersion.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("GetLatestImageVersion"))
              .build();
        }
      }
    }
    return getGetLatestImageVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageVersionRequest,
      com.google.longrunning.Operation> getCreateImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateImageVersion",
      requestType = com.imagegallery.v1.CreateImageVersionRequest.class,
      responseType = com.google.longrunning.Operation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageVersionRequest,
      com.google.longrunning.Operation> getCreateImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageVersionRequest, com.google.longrunning.Operation> getCreateImageVersionMethod;
    if ((getCreateImageVersionMethod = ImageVersionServiceGrpc.getCreateImageVersionMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getCreateImageVersionMethod = ImageVersionServiceGrpc.getCreateImageVersionMethod) == null) {
          ImageVersionServiceGrpc.getCreateImageVersionMethod = getCreateImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateImageVersionRequest, com.google.longrunning.Operation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.longrunning.Operation.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("CreateImageVersion"))
              .build();
        }
      }
    }
    return getCreateImageVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateImageVersionRequest,
      com.google.longrunning.Operation> getUpdateImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateImageVersion",
      requestType = com.imagegallery.v1.UpdateImageVersionRequest.class,
      responseType = com.google.longrunning.Operation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateImageVersionRequest,
      com.google.longrunning.Operation> getUpdateImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.UpdateImageVersionRequest, com.google.longrunning.Operation> getUpdateImageVersionMethod;
    if ((getUpdateImageVersionMethod = ImageVersionServiceGrpc.getUpdateImageVersionMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getUpdateImageVersionMethod = ImageVersionServiceGrpc.getUpdateImageVersionMethod) == null) {
          ImageVersionServiceGrpc.getUpdateImageVersionMethod = getUpdateImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.UpdateImageVersionRequest, com.google.longrunning.Operation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.UpdateImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.longrunning.Operation.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("UpdateImageVersion"))
              .build();
        }
      }
    }
    return getUpdateImageVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageVersionRequest,
      com.google.longrunning.Operation> getDeleteImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteImageVersion",
      requestType = com.imagegallery.v1.DeleteImageVersionRequest.class,
      responseType = com.google.longrunning.Operation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageVersionRequest,
      com.google.longrunning.Operation> getDeleteImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageVersionRequest, com.google.longrunning.Operation> getDeleteImageVersionMethod;
    if ((getDeleteImageVersionMethod = ImageVersionServiceGrpc.getDeleteImageVersionMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getDeleteImageVersionMethod = ImageVersionServiceGrpc.getDeleteImageVersionMethod) == null) {
          ImageVersionServiceGrpc.getDeleteImageVersionMethod = getDeleteImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.DeleteImageVersionRequest, com.google.longrunning.Operation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.DeleteImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.longrunning.Operation.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("DeleteImageVersion"))
              .build();
        }
      }
    }
    return getDeleteImageVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListSoftDeletedResourcesRequest,
      com.imagegallery.v1.ListSoftDeletedResourcesResponse> getListSoftDeletedResourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSoftDeletedResources",
      requestType = com.imagegallery.v1.ListSoftDeletedResourcesRequest.class,
      responseType = com.imagegallery.v1.ListSoftDeletedResourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListSoftDeletedResourcesRequest,
      com.imagegallery.v1.ListSoftDeletedResourcesResponse> getListSoftDeletedResourcesMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListSoftDeletedResourcesRequest, com.imagegallery.v1.ListSoftDeletedResourcesResponse> getListSoftDeletedResourcesMethod;
    if ((getListSoftDeletedResourcesMethod = ImageVersionServiceGrpc.getListSoftDeletedResourcesMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getListSoftDeletedResourcesMethod = ImageVersionServiceGrpc.getListSoftDeletedResourcesMethod) == null) {
          ImageVersionServiceGrpc.getListSoftDeletedResourcesMethod = getListSoftDeletedResourcesMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListSoftDeletedResourcesRequest, com.imagegallery.v1.ListSoftDeletedResourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSoftDeletedResources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSoftDeletedResourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSoftDeletedResourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("ListSoftDeletedResources"))
              .build();
        }
      }
    }
    return getListSoftDeletedResourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.UndeleteImageVersionRequest,
      com.imagegallery.v1.ImageVersion> getUndeleteImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteImageVersion",
      requestType = com.imagegallery.v1.UndeleteImageVersionRequest.class,
      responseType = com.imagegallery.v1.ImageVersion.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.UndeleteImageVersionRequest,
      com.imagegallery.v1.ImageVersion> getUndeleteImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.UndeleteImageVersionRequest, com.imagegallery.v1.ImageVersion> getUndeleteImageVersionMethod;
    if ((getUndeleteImageVersionMethod = ImageVersionServiceGrpc.getUndeleteImageVersionMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getUndeleteImageVersionMethod = ImageVersionServiceGrpc.getUndeleteImageVersionMethod) == null) {
          ImageVersionServiceGrpc.getUndeleteImageVersionMethod = getUndeleteImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.UndeleteImageVersionRequest, com.imagegallery.v1.ImageVersion>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.UndeleteImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageVersion.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("UndeleteImageVersion"))
              .build();
        }
      }
    }
    return getUndeleteImageVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.PurgeImageVersionRequest,
      com.google.protobuf.Empty> getPurgeImageVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeImageVersion",
      requestType = com.imagegallery.v1.PurgeImageVersionRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.PurgeImageVersionRequest,
      com.google.protobuf.Empty> getPurgeImageVersionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.PurgeImageVersionRequest, com.google.protobuf.Empty> getPurgeImageVersionMethod;
    if ((getPurgeImageVersionMethod = ImageVersionServiceGrpc.getPurgeImageVersionMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getPurgeImageVersionMethod = ImageVersionServiceGrpc.getPurgeImageVersionMethod) == null) {
          ImageVersionServiceGrpc.getPurgeImageVersionMethod = getPurgeImageVersionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.PurgeImageVersionRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeImageVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.PurgeImageVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("PurgeImageVersion"))
              .build();
        }
      }
    }
    return getPurgeImageVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.RetryImageVersionReplicationRequest,
      com.google.longrunning.Operation> getRetryImageVersionReplicationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RetryImageVersionReplication",
      requestType = com.imagegallery.v1.RetryImageVersionReplicationRequest.class,
      responseType = com.google.longrunning.Operation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.RetryImageVersionReplicationRequest,
      com.google.longrunning.Operation> getRetryImageVersionReplicationMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.RetryImageVersionReplicationRequest, com.google.longrunning.Operation> getRetryImageVersionReplicationMethod;
    if ((getRetryImageVersionReplicationMethod = ImageVersionServiceGrpc.getRetryImageVersionReplicationMethod) == null) {
      synchronized (ImageVersionServiceGrpc.class) {
        if ((getRetryImageVersionReplicationMethod = ImageVersionServiceGrpc.getRetryImageVersionReplicationMethod) == null) {
          ImageVersionServiceGrpc.getRetryImageVersionReplicationMethod = getRetryImageVersionReplicationMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.RetryImageVersionReplicationRequest, com.google.longrunning.Operation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RetryImageVersionReplication"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RetryImageVersionReplicationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.longrunning.Operation.getDefaultInstance()))
              .setSchemaDescriptor(new ImageVersionServiceMethodDescriptorSupplier("RetryImageVersionReplication"))
              .build();
        }
      }
    }
    return getRetryImageVersionReplicationMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ImageVersionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceStub>() {
        @java.lang.Override
        public ImageVersionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageVersionServiceStub(channel, callOptions);
        }
      };
    return ImageVersionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ImageVersionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceBlockingV2Stub>() {
        @java.lang.Override
        public ImageVersionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageVersionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ImageVersionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ImageVersionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceBlockingStub>() {
        @java.lang.Override
        public ImageVersionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageVersionServiceBlockingStub(channel, callOptions);
        }
      };
    return ImageVersionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ImageVersionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageVersionServiceFutureStub>() {
        @java.lang.Override
        public ImageVersionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageVersionServiceFutureStub(channel, callOptions);
        }
      };
    return ImageVersionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Image versions: Major.Minor.Patch of an image definition, made from an image
   * source and replicated to target regions. Create, update and delete take
   * time and answer a google.longrunning.Operation (served by the standard
   * Operations service); a create completes when every region is Completed.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Returns a version; with view FULL, its replication status per region.
     * </pre>
     */
    default void getImageVersion(com.imagegallery.v1.GetImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetImageVersionMethod(), responseObserver);
    }

    /**
     */
    default void listImageVersions(com.imagegallery.v1.ListImageVersionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListImageVersionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the version "latest" means, overall or for one region.
     * </pre>
     */
    default void getLatestImageVersion(com.imagegallery.v1.GetLatestImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLatestImageVersionMethod(), responseObserver);
    }

    /**
     */
    default void createImageVersion(com.imagegallery.v1.CreateImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateImageVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes target regions, replica counts, exclude-from-latest, end of life,
     * safety flags and tags; replicates what is new and removes what was dropped.
     * </pre>
     */
    default void updateImageVersion(com.imagegallery.v1.UpdateImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateImageVersionMethod(), responseObserver);
    }

    /**
     */
    default void deleteImageVersion(com.imagegallery.v1.DeleteImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteImageVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft delete (see Gallery.soft_delete_policy).
     * The soft-deleted image versions of a gallery or of one image definition (Azure:
     * galleries/{g}/softDeletedArtifactTypes/Images/artifacts), oldest purge first.
     * </pre>
     */
    default void listSoftDeletedResources(com.imagegallery.v1.ListSoftDeletedResourcesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSoftDeletedResourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSoftDeletedResourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted version as it was, replicas and all (Azure: az sig
     * image-version undelete); needs the gallery's soft delete on.
     * </pre>
     */
    default void undeleteImageVersion(com.imagegallery.v1.UndeleteImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteImageVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a soft-deleted version for good, before its retention ends.
     * </pre>
     */
    default void purgeImageVersion(com.imagegallery.v1.PurgeImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeImageVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restarts replication to the regions that failed.
     * </pre>
     */
    default void retryImageVersionReplication(com.imagegallery.v1.RetryImageVersionReplicationRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRetryImageVersionReplicationMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ImageVersionService.
   * <pre>
   * Image versions: Major.Minor.Patch of an image definition, made from an image
   * source and replicated to target regions. Create, update and delete take
   * time and answer a google.longrunning.Operation (served by the standard
   * Operations service); a create completes when every region is Completed.
   * </pre>
   */
  public static abstract class ImageVersionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ImageVersionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ImageVersionService.
   * <pre>
   * Image versions: Major.Minor.Patch of an image definition, made from an image
   * source and replicated to target regions. Create, update and delete take
   * time and answer a google.longrunning.Operation (served by the standard
   * Operations service); a create completes when every region is Completed.
   * </pre>
   */
  public static final class ImageVersionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ImageVersionServiceStub> {
    private ImageVersionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageVersionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageVersionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a version; with view FULL, its replication status per region.
     * </pre>
     */
    public void getImageVersion(com.imagegallery.v1.GetImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetImageVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listImageVersions(com.imagegallery.v1.ListImageVersionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListImageVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the version "latest" means, overall or for one region.
     * </pre>
     */
    public void getLatestImageVersion(com.imagegallery.v1.GetLatestImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLatestImageVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void createImageVersion(com.imagegallery.v1.CreateImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateImageVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes target regions, replica counts, exclude-from-latest, end of life,
     * safety flags and tags; replicates what is new and removes what was dropped.
     * </pre>
     */
    public void updateImageVersion(com.imagegallery.v1.UpdateImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateImageVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void deleteImageVersion(com.imagegallery.v1.DeleteImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteImageVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft delete (see Gallery.soft_delete_policy).
     * The soft-deleted image versions of a gallery or of one image definition (Azure:
     * galleries/{g}/softDeletedArtifactTypes/Images/artifacts), oldest purge first.
     * </pre>
     */
    public void listSoftDeletedResources(com.imagegallery.v1.ListSoftDeletedResourcesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSoftDeletedResourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSoftDeletedResourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted version as it was, replicas and all (Azure: az sig
     * image-version undelete); needs the gallery's soft delete on.
     * </pre>
     */
    public void undeleteImageVersion(com.imagegallery.v1.UndeleteImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteImageVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a soft-deleted version for good, before its retention ends.
     * </pre>
     */
    public void purgeImageVersion(com.imagegallery.v1.PurgeImageVersionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeImageVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restarts replication to the regions that failed.
     * </pre>
     */
    public void retryImageVersionReplication(com.imagegallery.v1.RetryImageVersionReplicationRequest request,
        io.grpc.stub.StreamObserver<com.google.longrunning.Operation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRetryImageVersionReplicationMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ImageVersionService.
   * <pre>
   * Image versions: Major.Minor.Patch of an image definition, made from an image
   * source and replicated to target regions. Create, update and delete take
   * time and answer a google.longrunning.Operation (served by the standard
   * Operations service); a create completes when every region is Completed.
   * </pre>
   */
  public static final class ImageVersionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ImageVersionServiceBlockingV2Stub> {
    private ImageVersionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageVersionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageVersionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a version; with view FULL, its replication status per region.
     * </pre>
     */
    public com.imagegallery.v1.ImageVersion getImageVersion(com.imagegallery.v1.GetImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetImageVersionMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ListImageVersionsResponse listImageVersions(com.imagegallery.v1.ListImageVersionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListImageVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the version "latest" means, overall or for one region.
     * </pre>
     */
    public com.imagegallery.v1.ImageVersion getLatestImageVersion(com.imagegallery.v1.GetLatestImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLatestImageVersionMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.google.longrunning.Operation createImageVersion(com.imagegallery.v1.CreateImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes target regions, replica counts, exclude-from-latest, end of life,
     * safety flags and tags; replicates what is new and removes what was dropped.
     * </pre>
     */
    public com.google.longrunning.Operation updateImageVersion(com.imagegallery.v1.UpdateImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateImageVersionMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.google.longrunning.Operation deleteImageVersion(com.imagegallery.v1.DeleteImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft delete (see Gallery.soft_delete_policy).
     * The soft-deleted image versions of a gallery or of one image definition (Azure:
     * galleries/{g}/softDeletedArtifactTypes/Images/artifacts), oldest purge first.
     * </pre>
     */
    public com.imagegallery.v1.ListSoftDeletedResourcesResponse listSoftDeletedResources(com.imagegallery.v1.ListSoftDeletedResourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSoftDeletedResourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted version as it was, replicas and all (Azure: az sig
     * image-version undelete); needs the gallery's soft delete on.
     * </pre>
     */
    public com.imagegallery.v1.ImageVersion undeleteImageVersion(com.imagegallery.v1.UndeleteImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a soft-deleted version for good, before its retention ends.
     * </pre>
     */
    public com.google.protobuf.Empty purgeImageVersion(com.imagegallery.v1.PurgeImageVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPurgeImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restarts replication to the regions that failed.
     * </pre>
     */
    public com.google.longrunning.Operation retryImageVersionReplication(com.imagegallery.v1.RetryImageVersionReplicationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRetryImageVersionReplicationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ImageVersionService.
   * <pre>
   * Image versions: Major.Minor.Patch of an image definition, made from an image
   * source and replicated to target regions. Create, update and delete take
   * time and answer a google.longrunning.Operation (served by the standard
   * Operations service); a create completes when every region is Completed.
   * </pre>
   */
  public static final class ImageVersionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ImageVersionServiceBlockingStub> {
    private ImageVersionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageVersionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageVersionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a version; with view FULL, its replication status per region.
     * </pre>
     */
    public com.imagegallery.v1.ImageVersion getImageVersion(com.imagegallery.v1.GetImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetImageVersionMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ListImageVersionsResponse listImageVersions(com.imagegallery.v1.ListImageVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListImageVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the version "latest" means, overall or for one region.
     * </pre>
     */
    public com.imagegallery.v1.ImageVersion getLatestImageVersion(com.imagegallery.v1.GetLatestImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLatestImageVersionMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.google.longrunning.Operation createImageVersion(com.imagegallery.v1.CreateImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes target regions, replica counts, exclude-from-latest, end of life,
     * safety flags and tags; replicates what is new and removes what was dropped.
     * </pre>
     */
    public com.google.longrunning.Operation updateImageVersion(com.imagegallery.v1.UpdateImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateImageVersionMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.google.longrunning.Operation deleteImageVersion(com.imagegallery.v1.DeleteImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft delete (see Gallery.soft_delete_policy).
     * The soft-deleted image versions of a gallery or of one image definition (Azure:
     * galleries/{g}/softDeletedArtifactTypes/Images/artifacts), oldest purge first.
     * </pre>
     */
    public com.imagegallery.v1.ListSoftDeletedResourcesResponse listSoftDeletedResources(com.imagegallery.v1.ListSoftDeletedResourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSoftDeletedResourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted version as it was, replicas and all (Azure: az sig
     * image-version undelete); needs the gallery's soft delete on.
     * </pre>
     */
    public com.imagegallery.v1.ImageVersion undeleteImageVersion(com.imagegallery.v1.UndeleteImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a soft-deleted version for good, before its retention ends.
     * </pre>
     */
    public com.google.protobuf.Empty purgeImageVersion(com.imagegallery.v1.PurgeImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeImageVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restarts replication to the regions that failed.
     * </pre>
     */
    public com.google.longrunning.Operation retryImageVersionReplication(com.imagegallery.v1.RetryImageVersionReplicationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRetryImageVersionReplicationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ImageVersionService.
   * <pre>
   * Image versions: Major.Minor.Patch of an image definition, made from an image
   * source and replicated to target regions. Create, update and delete take
   * time and answer a google.longrunning.Operation (served by the standard
   * Operations service); a create completes when every region is Completed.
   * </pre>
   */
  public static final class ImageVersionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ImageVersionServiceFutureStub> {
    private ImageVersionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageVersionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageVersionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns a version; with view FULL, its replication status per region.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageVersion> getImageVersion(
        com.imagegallery.v1.GetImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetImageVersionMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListImageVersionsResponse> listImageVersions(
        com.imagegallery.v1.ListImageVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListImageVersionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the version "latest" means, overall or for one region.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageVersion> getLatestImageVersion(
        com.imagegallery.v1.GetLatestImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLatestImageVersionMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.longrunning.Operation> createImageVersion(
        com.imagegallery.v1.CreateImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateImageVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes target regions, replica counts, exclude-from-latest, end of life,
     * safety flags and tags; replicates what is new and removes what was dropped.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.longrunning.Operation> updateImageVersion(
        com.imagegallery.v1.UpdateImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateImageVersionMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.longrunning.Operation> deleteImageVersion(
        com.imagegallery.v1.DeleteImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteImageVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft delete (see Gallery.soft_delete_policy).
     * The soft-deleted image versions of a gallery or of one image definition (Azure:
     * galleries/{g}/softDeletedArtifactTypes/Images/artifacts), oldest purge first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListSoftDeletedResourcesResponse> listSoftDeletedResources(
        com.imagegallery.v1.ListSoftDeletedResourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSoftDeletedResourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted version as it was, replicas and all (Azure: az sig
     * image-version undelete); needs the gallery's soft delete on.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageVersion> undeleteImageVersion(
        com.imagegallery.v1.UndeleteImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteImageVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a soft-deleted version for good, before its retention ends.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> purgeImageVersion(
        com.imagegallery.v1.PurgeImageVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeImageVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restarts replication to the regions that failed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.longrunning.Operation> retryImageVersionReplication(
        com.imagegallery.v1.RetryImageVersionReplicationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRetryImageVersionReplicationMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_IMAGE_VERSION = 0;
  private static final int METHODID_LIST_IMAGE_VERSIONS = 1;
  private static final int METHODID_GET_LATEST_IMAGE_VERSION = 2;
  private static final int METHODID_CREATE_IMAGE_VERSION = 3;
  private static final int METHODID_UPDATE_IMAGE_VERSION = 4;
  private static final int METHODID_DELETE_IMAGE_VERSION = 5;
  private static final int METHODID_LIST_SOFT_DELETED_RESOURCES = 6;
  private static final int METHODID_UNDELETE_IMAGE_VERSION = 7;
  private static final int METHODID_PURGE_IMAGE_VERSION = 8;
  private static final int METHODID_RETRY_IMAGE_VERSION_REPLICATION = 9;

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
        case METHODID_GET_IMAGE_VERSION:
          serviceImpl.getImageVersion((com.imagegallery.v1.GetImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion>) responseObserver);
          break;
        case METHODID_LIST_IMAGE_VERSIONS:
          serviceImpl.listImageVersions((com.imagegallery.v1.ListImageVersionsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageVersionsResponse>) responseObserver);
          break;
        case METHODID_GET_LATEST_IMAGE_VERSION:
          serviceImpl.getLatestImageVersion((com.imagegallery.v1.GetLatestImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion>) responseObserver);
          break;
        case METHODID_CREATE_IMAGE_VERSION:
          serviceImpl.createImageVersion((com.imagegallery.v1.CreateImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.google.longrunning.Operation>) responseObserver);
          break;
        case METHODID_UPDATE_IMAGE_VERSION:
          serviceImpl.updateImageVersion((com.imagegallery.v1.UpdateImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.google.longrunning.Operation>) responseObserver);
          break;
        case METHODID_DELETE_IMAGE_VERSION:
          serviceImpl.deleteImageVersion((com.imagegallery.v1.DeleteImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.google.longrunning.Operation>) responseObserver);
          break;
        case METHODID_LIST_SOFT_DELETED_RESOURCES:
          serviceImpl.listSoftDeletedResources((com.imagegallery.v1.ListSoftDeletedResourcesRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSoftDeletedResourcesResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_IMAGE_VERSION:
          serviceImpl.undeleteImageVersion((com.imagegallery.v1.UndeleteImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageVersion>) responseObserver);
          break;
        case METHODID_PURGE_IMAGE_VERSION:
          serviceImpl.purgeImageVersion((com.imagegallery.v1.PurgeImageVersionRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_RETRY_IMAGE_VERSION_REPLICATION:
          serviceImpl.retryImageVersionReplication((com.imagegallery.v1.RetryImageVersionReplicationRequest) request,
              (io.grpc.stub.StreamObserver<com.google.longrunning.Operation>) responseObserver);
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
          getGetImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetImageVersionRequest,
              com.imagegallery.v1.ImageVersion>(
                service, METHODID_GET_IMAGE_VERSION)))
        .addMethod(
          getListImageVersionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListImageVersionsRequest,
              com.imagegallery.v1.ListImageVersionsResponse>(
                service, METHODID_LIST_IMAGE_VERSIONS)))
        .addMethod(
          getGetLatestImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetLatestImageVersionRequest,
              com.imagegallery.v1.ImageVersion>(
                service, METHODID_GET_LATEST_IMAGE_VERSION)))
        .addMethod(
          getCreateImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateImageVersionRequest,
              com.google.longrunning.Operation>(
                service, METHODID_CREATE_IMAGE_VERSION)))
        .addMethod(
          getUpdateImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.UpdateImageVersionRequest,
              com.google.longrunning.Operation>(
                service, METHODID_UPDATE_IMAGE_VERSION)))
        .addMethod(
          getDeleteImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.DeleteImageVersionRequest,
              com.google.longrunning.Operation>(
                service, METHODID_DELETE_IMAGE_VERSION)))
        .addMethod(
          getListSoftDeletedResourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListSoftDeletedResourcesRequest,
              com.imagegallery.v1.ListSoftDeletedResourcesResponse>(
                service, METHODID_LIST_SOFT_DELETED_RESOURCES)))
        .addMethod(
          getUndeleteImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.UndeleteImageVersionRequest,
              com.imagegallery.v1.ImageVersion>(
                service, METHODID_UNDELETE_IMAGE_VERSION)))
        .addMethod(
          getPurgeImageVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.PurgeImageVersionRequest,
              com.google.protobuf.Empty>(
                service, METHODID_PURGE_IMAGE_VERSION)))
        .addMethod(
          getRetryImageVersionReplicationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.RetryImageVersionReplicationRequest,
              com.google.longrunning.Operation>(
                service, METHODID_RETRY_IMAGE_VERSION_REPLICATION)))
        .build();
  }

  private static abstract class ImageVersionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ImageVersionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.ImageVersionServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ImageVersionService");
    }
  }

  private static final class ImageVersionServiceFileDescriptorSupplier
      extends ImageVersionServiceBaseDescriptorSupplier {
    ImageVersionServiceFileDescriptorSupplier() {}
  }

  private static final class ImageVersionServiceMethodDescriptorSupplier
      extends ImageVersionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ImageVersionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ImageVersionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ImageVersionServiceFileDescriptorSupplier())
              .addMethod(getGetImageVersionMethod())
              .addMethod(getListImageVersionsMethod())
              .addMethod(getGetLatestImageVersionMethod())
              .addMethod(getCreateImageVersionMethod())
              .addMethod(getUpdateImageVersionMethod())
              .addMethod(getDeleteImageVersionMethod())
              .addMethod(getListSoftDeletedResourcesMethod())
              .addMethod(getUndeleteImageVersionMethod())
              .addMethod(getPurgeImageVersionMethod())
              .addMethod(getRetryImageVersionReplicationMethod())
              .build();
        }
      }
    }
    return result;
  }
}
