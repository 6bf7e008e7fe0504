package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Image sources: what image versions are made from, holding real disk bytes.
 * Bytes arrive through uploads: CreateUpload declares a disk's provisioned
 * size (at most 1 TiB), WriteUpload streams its bytes and may be resumed from
 * the offset GetUpload reports, CommitUpload checks the size and sha256. A
 * committed upload then becomes a disk of an image source. Uploads left
 * uncommitted expire and their bytes are freed.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ImageSourceServiceGrpc {

  private ImageSourceServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.ImageSourceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateUploadRequest,
      com.imagegallery.v1.Upload> getCreateUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateUpload",
      requestType = com.imagegallery.v1.CreateUploadRequest.class,
      responseType = com.imagegallery.v1.Upload.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateUploadRequest,
      com.imagegallery.v1.Upload> getCreateUploadMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateUploadRequest, com.imagegallery.v1.Upload> getCreateUploadMethod;
    if ((getCreateUploadMethod = ImageSourceServiceGrpc.getCreateUploadMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getCreateUploadMethod = ImageSourceServiceGrpc.getCreateUploadMethod) == null) {
          ImageSourceServiceGrpc.getCreateUploadMethod = getCreateUploadMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateUploadRequest, com.imagegallery.v1.Upload>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Upload.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("CreateUpload"))
              .build();
        }
      }
    }
    return getCreateUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetUploadRequest,
      com.imagegallery.v1.Upload> getGetUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUpload",
      requestType = com.imagegallery.v1.GetUploadRequest.class,
      responseType = com.imagegallery.v1.Upload.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetUploadRequest,
      com.imagegallery.v1.Upload> getGetUploadMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetUploadRequest, com.imagegallery.v1.Upload> getGetUploadMethod;
    if ((getGetUploadMethod = ImageSourceServiceGrpc.getGetUploadMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getGetUploadMethod = ImageSourceServiceGrpc.getGetUploadMethod) == null) {
          ImageSourceServiceGrpc.getGetUploadMethod = getGetUploadMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetUploadRequest, com.imagegallery.v1.Upload>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Upload.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("GetUpload"))
              .build();
        }
      }
    }
    return getGetUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.WriteUploadRequest,
      com.imagegallery.v1.Upload> getWriteUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WriteUpload",
      requestType = com.imagegallery.v1.WriteUploadRequest.class,
      responseType = com.imagegallery.v1.Upload.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.WriteUploadRequest,
      com.imagegallery.v1.Upload> getWriteUploadMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.WriteUploadRequest, com.imagegallery.v1.Upload> getWriteUploadMethod;
    if ((getWriteUploadMethod = ImageSourceServiceGrpc.getWriteUploadMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getWriteUploadMethod = ImageSourceServiceGrpc.getWriteUploadMethod) == null) {
          ImageSourceServiceGrpc.getWriteUploadMethod = getWriteUploadMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.WriteUploadRequest, com.imagegallery.v1.Upload>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WriteUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.WriteUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Upload.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("WriteUpload"))
              .build();
        }
      }
    }
    return getWriteUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CommitUploadRequest,
      com.imagegallery.v1.Upload> getCommitUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CommitUpload",
      requestType = com.imagegallery.v1.CommitUploadRequest.class,
      responseType = com.imagegallery.v1.Upload.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CommitUploadRequest,
      com.imagegallery.v1.Upload> getCommitUploadMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CommitUploadRequest, com.imagegallery.v1.Upload> getCommitUploadMethod;
    if ((getCommitUploadMethod = ImageSourceServiceGrpc.getCommitUploadMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getCommitUploadMethod = ImageSourceServiceGrpc.getCommitUploadMethod) == null) {
          ImageSourceServiceGrpc.getCommitUploadMethod = getCommitUploadMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CommitUploadRequest, com.imagegallery.v1.Upload>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CommitUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CommitUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Upload.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("CommitUpload"))
              .build();
        }
      }
    }
    return getCommitUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteUploadRequest,
      com.google.protobuf.Empty> getDeleteUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteUpload",
      requestType = com.imagegallery.v1.DeleteUploadRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteUploadRequest,
      com.google.protobuf.Empty> getDeleteUploadMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteUploadRequest, com.google.protobuf.Empty> getDeleteUploadMethod;
    if ((getDeleteUploadMethod = ImageSourceServiceGrpc.getDeleteUploadMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getDeleteUploadMethod = ImageSourceServiceGrpc.getDeleteUploadMethod) == null) {
          ImageSourceServiceGrpc.getDeleteUploadMethod = getDeleteUploadMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.DeleteUploadRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.DeleteUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("DeleteUpload"))
              .build();
        }
      }
    }
    return getDeleteUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageSourceRequest,
      com.imagegallery.v1.ImageSource> getGetImageSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetImageSource",
      requestType = com.imagegallery.v1.GetImageSourceRequest.class,
      responseType = com.imagegallery.v1.ImageSource.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageSourceRequest,
      com.imagegallery.v1.ImageSource> getGetImageSourceMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetImageSourceRequest, com.imagegallery.v1.ImageSource> getGetImageSourceMethod;
    if ((getGetImageSourceMethod = ImageSourceServiceGrpc.getGetImageSourceMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getGetImageSourceMethod = ImageSourceServiceGrpc.getGetImageSourceMethod) == null) {
          ImageSourceServiceGrpc.getGetImageSourceMethod = getGetImageSourceMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetImageSourceRequest, com.imagegallery.v1.ImageSource>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetImageSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetImageSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageSource.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("GetImageSource"))
              .build();
        }
      }
    }
    return getGetImageSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageSourcesRequest,
      com.imagegallery.v1.ListImageSourcesResponse> getListImageSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListImageSources",
      requestType = com.imagegallery.v1.ListImageSourcesRequest.class,
      responseType = com.imagegallery.v1.ListImageSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageSourcesRequest,
      com.imagegallery.v1.ListImageSourcesResponse> getListImageSourcesMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListImageSourcesRequest, com.imagegallery.v1.ListImageSourcesResponse> getListImageSourcesMethod;
    if ((getListImageSourcesMethod = ImageSourceServiceGrpc.getListImageSourcesMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getListImageSourcesMethod = ImageSourceServiceGrpc.getListImageSourcesMethod) == null) {
          ImageSourceServiceGrpc.getListImageSourcesMethod = getListImageSourcesMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListImageSourcesRequest, com.imagegallery.v1.ListImageSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListImageSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListImageSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListImageSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("ListImageSources"))
              .build();
        }
      }
    }
    return getListImageSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageSourceRequest,
      com.imagegallery.v1.ImageSource> getCreateImageSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateImageSource",
      requestType = com.imagegallery.v1.CreateImageSourceRequest.class,
      responseType = com.imagegallery.v1.ImageSource.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageSourceRequest,
      com.imagegallery.v1.ImageSource> getCreateImageSourceMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateImageSourceRequest, com.imagegallery.v1.ImageSource> getCreateImageSourceMethod;
    if ((getCreateImageSourceMethod = ImageSourceServiceGrpc.getCreateImageSourceMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getCreateImageSourceMethod = ImageSourceServiceGrpc.getCreateImageSourceMethod) == null) {
          ImageSourceServiceGrpc.getCreateImageSourceMethod = getCreateImageSourceMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateImageSourceRequest, com.imagegallery.v1.ImageSource>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateImageSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateImageSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ImageSource.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("CreateImageSource"))
              .build();
        }
      }
    }
    return getCreateImageSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageSourceRequest,
      com.google.protobuf.Empty> getDeleteImageSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteImageSource",
      requestType = com.imagegallery.v1.DeleteImageSourceRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageSourceRequest,
      com.google.protobuf.Empty> getDeleteImageSourceMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteImageSourceRequest, com.google.protobuf.Empty> getDeleteImageSourceMethod;
    if ((getDeleteImageSourceMethod = ImageSourceServiceGrpc.getDeleteImageSourceMethod) == null) {
      synchronized (ImageSourceServiceGrpc.class) {
        if ((getDeleteImageSourceMethod = ImageSourceServiceGrpc.getDeleteImageSourceMethod) == null) {
          ImageSourceServiceGrpc.getDeleteImageSourceMethod = getDeleteImageSourceMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.DeleteImageSourceRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteImageSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.DeleteImageSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new ImageSourceServiceMethodDescriptorSupplier("DeleteImageSource"))
              .build();
        }
      }
    }
    return getDeleteImageSourceMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ImageSourceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceStub>() {
        @java.lang.Override
        public ImageSourceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageSourceServiceStub(channel, callOptions);
        }
      };
    return ImageSourceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ImageSourceServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceBlockingV2Stub>() {
        @java.lang.Override
        public ImageSourceServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageSourceServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ImageSourceServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ImageSourceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceBlockingStub>() {
        @java.lang.Override
        public ImageSourceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageSourceServiceBlockingStub(channel, callOptions);
        }
      };
    return ImageSourceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ImageSourceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageSourceServiceFutureStub>() {
        @java.lang.Override
        public ImageSourceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageSourceServiceFutureStub(channel, callOptions);
        }
      };
    return ImageSourceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Image sources: what image versions are made from, holding real disk bytes.
   * Bytes arrive through uploads: CreateUpload declares a disk's provisioned
   * size (at most 1 TiB), WriteUpload streams its bytes and may be resumed from
   * the offset GetUpload reports, CommitUpload checks the size and sha256. A
   * committed upload then becomes a disk of an image source. Uploads left
   * uncommitted expire and their bytes are freed.
   * </pre>
   */
  public interface AsyncService {

    /**
     */
    default void createUpload(com.imagegallery.v1.CreateUploadRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateUploadMethod(), responseObserver);
    }

    /**
     */
    default void getUpload(com.imagegallery.v1.GetUploadRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Client-streaming: the first message names the upload; each message's
     * offset must be the upload's received_bytes, or beyond it to skip zeros.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<com.imagegallery.v1.WriteUploadRequest> writeUpload(
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getWriteUploadMethod(), responseObserver);
    }

    /**
     */
    default void commitUpload(com.imagegallery.v1.CommitUploadRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCommitUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Abandons an upload and frees its bytes.
     * </pre>
     */
    default void deleteUpload(com.imagegallery.v1.DeleteUploadRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteUploadMethod(), responseObserver);
    }

    /**
     */
    default void getImageSource(com.imagegallery.v1.GetImageSourceRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageSource> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetImageSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the sources of a resource group.
     * </pre>
     */
    default void listImageSources(com.imagegallery.v1.ListImageSourcesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListImageSourcesMethod(), responseObserver);
    }

    /**
     */
    default void createImageSource(com.imagegallery.v1.CreateImageSourceRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageSource> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateImageSourceMethod(), responseObserver);
    }

    /**
     */
    default void deleteImageSource(com.imagegallery.v1.DeleteImageSourceRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteImageSourceMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ImageSourceService.
   * <pre>
   * Image sources: what image versions are made from, holding real disk bytes.
   * Bytes arrive through uploads: CreateUpload declares a disk's provisioned
   * size (at most 1 TiB), WriteUpload streams its bytes and may be resumed from
   * the offset GetUpload reports, CommitUpload checks the size and sha256. A
   * committed upload then becomes a disk of an image source. Uploads left
   * uncommitted expire and their bytes are freed.
   * </pre>
   */
  public static abstract class ImageSourceServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ImageSourceServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ImageSourceService.
   * <pre>
   * Image sources: what image versions are made from, holding real disk bytes.
   * Bytes arrive through uploads: CreateUpload declares a disk's provisioned
   * size (at most 1 TiB), WriteUpload streams its bytes and may be resumed from
   * the offset GetUpload reports, CommitUpload checks the size and sha256. A
   * committed upload then becomes a disk of an image source. Uploads left
   * uncommitted expire and their bytes are freed.
   * </pre>
   */
  public static final class ImageSourceServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ImageSourceServiceStub> {
    private ImageSourceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageSourceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageSourceServiceStub(channel, callOptions);
    }

    /**
     */
    public void createUpload(com.imagegallery.v1.CreateUploadRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getUpload(com.imagegallery.v1.GetUploadRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Client-streaming: the first message names the upload; each message's
     * offset must be the upload's received_bytes, or beyond it to skip zeros.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<com.imagegallery.v1.WriteUploadRequest> writeUpload(
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getWriteUploadMethod(), getCallOptions()), responseObserver);
    }

    /**
     */
    public void commitUpload(com.imagegallery.v1.CommitUploadRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCommitUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Abandons an upload and frees its bytes.
     * </pre>
     */
    public void deleteUpload(com.imagegallery.v1.DeleteUploadRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getImageSource(com.imagegallery.v1.GetImageSourceRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageSource> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetImageSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the sources of a resource group.
     * </pre>
     */
    public void listImageSources(com.imagegallery.v1.ListImageSourcesRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListImageSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void createImageSource(com.imagegallery.v1.CreateImageSourceRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageSource> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateImageSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void deleteImageSource(com.imagegallery.v1.DeleteImageSourceRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteImageSourceMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ImageSourceService.
   * <pre>
   * Image sources: what image versions are made from, holding real disk bytes.
   * Bytes arrive through uploads: CreateUpload declares a disk's provisioned
   * size (at most 1 TiB), WriteUpload streams its bytes and may be resumed from
   * the offset GetUpload reports, CommitUpload checks the size and sha256. A
   * committed upload then becomes a disk of an image source. Uploads left
   * uncommitted expire and their bytes are freed.
   * </pre>
   */
  public static final class ImageSourceServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ImageSourceServiceBlockingV2Stub> {
    private ImageSourceServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageSourceServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageSourceServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     */
    public com.imagegallery.v1.Upload createUpload(com.imagegallery.v1.CreateUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateUploadMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.Upload getUpload(com.imagegallery.v1.GetUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Client-streaming: the first message names the upload; each message's
     * offset must be the upload's received_bytes, or beyond it to skip zeros.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<com.imagegallery.v1.WriteUploadRequest, com.imagegallery.v1.Upload>
        writeUpload() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getWriteUploadMethod(), getCallOptions());
    }

    /**
     */
    public com.imagegallery.v1.Upload commitUpload(com.imagegallery.v1.CommitUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCommitUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Abandons an upload and frees its bytes.
     * </pre>
     */
    public com.google.protobuf.Empty deleteUpload(com.imagegallery.v1.DeleteUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteUploadMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ImageSource getImageSource(com.imagegallery.v1.GetImageSourceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetImageSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the sources of a resource group.
     * </pre>
     */
    public com.imagegallery.v1.ListImageSourcesResponse listImageSources(com.imagegallery.v1.ListImageSourcesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListImageSourcesMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ImageSource createImageSource(com.imagegallery.v1.CreateImageSourceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateImageSourceMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.google.protobuf.Empty deleteImageSource(com.imagegallery.v1.DeleteImageSourceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteImageSourceMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ImageSourceService.
   * <pre>
   * Image sources: what image versions are made from, holding real disk bytes.
   * Bytes arrive through uploads: CreateUpload declares a disk's provisioned
   * size (at most 1 TiB), WriteUpload streams its bytes and may be resumed from
   * the offset GetUpload reports, CommitUpload checks the size and sha256. A
   * committed upload then becomes a disk of an image source. Uploads left
   * uncommitted expire and their bytes are freed.
   * </pre>
   */
  public static final class ImageSourceServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ImageSourceServiceBlockingStub> {
    private ImageSourceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageSourceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageSourceServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public com.imagegallery.v1.Upload createUpload(com.imagegallery.v1.CreateUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateUploadMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.Upload getUpload(com.imagegallery.v1.GetUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUploadMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.Upload commitUpload(com.imagegallery.v1.CommitUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Abandons an upload and frees its bytes.
     * </pre>
     */
    public com.google.protobuf.Empty deleteUpload(com.imagegallery.v1.DeleteUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteUploadMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ImageSource getImageSource(com.imagegallery.v1.GetImageSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetImageSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the sources of a resource group.
     * </pre>
     */
    public com.imagegallery.v1.ListImageSourcesResponse listImageSources(com.imagegallery.v1.ListImageSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListImageSourcesMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.imagegallery.v1.ImageSource createImageSource(com.imagegallery.v1.CreateImageSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateImageSourceMethod(), getCallOptions(), request);
    }

    /**
     */
    public com.google.protobuf.Empty deleteImageSource(com.imagegallery.v1.DeleteImageSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteImageSourceMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ImageSourceService.
   * <pre>
   * Image sources: what image versions are made from, holding real disk bytes.
   * Bytes arrive through uploads: CreateUpload declares a disk's provisioned
   * size (at most 1 TiB), WriteUpload streams its bytes and may be resumed from
   * the offset GetUpload reports, CommitUpload checks the size and sha256. A
   * committed upload then becomes a disk of an image source. Uploads left
   * uncommitted expire and their bytes are freed.
   * </pre>
   */
  public static final class ImageSourceServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ImageSourceServiceFutureStub> {
    private ImageSourceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageSourceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageSourceServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Upload> createUpload(
        com.imagegallery.v1.CreateUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateUploadMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Upload> getUpload(
        com.imagegallery.v1.GetUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUploadMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Upload> commitUpload(
        com.imagegallery.v1.CommitUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCommitUploadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Abandons an upload and frees its bytes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteUpload(
        com.imagegallery.v1.DeleteUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteUploadMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageSource> getImageSource(
        com.imagegallery.v1.GetImageSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetImageSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the sources of a resource group.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListImageSourcesResponse> listImageSources(
        com.imagegallery.v1.ListImageSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListImageSourcesMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ImageSource> createImageSource(
        com.imagegallery.v1.CreateImageSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateImageSourceMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteImageSource(
        com.imagegallery.v1.DeleteImageSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteImageSourceMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_UPLOAD = 0;
  private static final int METHODID_GET_UPLOAD = 1;
  private static final int METHODID_COMMIT_UPLOAD = 2;
  private static final int METHODID_DELETE_UPLOAD = 3;
  private static final int METHODID_GET_IMAGE_SOURCE = 4;
  private static final int METHODID_LIST_IMAGE_SOURCES = 5;
  private static final int METHODID_CREATE_IMAGE_SOURCE = 6;
  private static final int METHODID_DELETE_IMAGE_SOURCE = 7;
  private static final int METHODID_WRITE_UPLOAD = 8;

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
        case METHODID_CREATE_UPLOAD:
          serviceImpl.createUpload((com.imagegallery.v1.CreateUploadRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload>) responseObserver);
          break;
        case METHODID_GET_UPLOAD:
          serviceImpl.getUpload((com.imagegallery.v1.GetUploadRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload>) responseObserver);
          break;
        case METHODID_COMMIT_UPLOAD:
          serviceImpl.commitUpload((com.imagegallery.v1.CommitUploadRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload>) responseObserver);
          break;
        case METHODID_DELETE_UPLOAD:
          serviceImpl.deleteUpload((com.imagegallery.v1.DeleteUploadRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_GET_IMAGE_SOURCE:
          serviceImpl.getImageSource((com.imagegallery.v1.GetImageSourceRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageSource>) responseObserver);
          break;
        case METHODID_LIST_IMAGE_SOURCES:
          serviceImpl.listImageSources((com.imagegallery.v1.ListImageSourcesRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListImageSourcesResponse>) responseObserver);
          break;
        case METHODID_CREATE_IMAGE_SOURCE:
          serviceImpl.createImageSource((com.imagegallery.v1.CreateImageSourceRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ImageSource>) responseObserver);
          break;
        case METHODID_DELETE_IMAGE_SOURCE:
          serviceImpl.deleteImageSource((com.imagegallery.v1.DeleteImageSourceRequest) request,
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
        case METHODID_WRITE_UPLOAD:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.writeUpload(
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Upload>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateUploadRequest,
              com.imagegallery.v1.Upload>(
                service, METHODID_CREATE_UPLOAD)))
        .addMethod(
          getGetUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetUploadRequest,
              com.imagegallery.v1.Upload>(
                service, METHODID_GET_UPLOAD)))
        .addMethod(
          getWriteUploadMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              com.imagegallery.v1.WriteUploadRequest,
              com.imagegallery.v1.Upload>(
                service, METHODID_WRITE_UPLOAD)))
        .addMethod(
          getCommitUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CommitUploadRequest,
              com.imagegallery.v1.Upload>(
                service, METHODID_COMMIT_UPLOAD)))
        .addMethod(
          getDeleteUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.DeleteUploadRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_UPLOAD)))
        .addMethod(
          getGetImageSourceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetImageSourceRequest,
              com.imagegallery.v1.ImageSource>(
                service, METHODID_GET_IMAGE_SOURCE)))
        .addMethod(
          getListImageSourcesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListImageSourcesRequest,
              com.imagegallery.v1.ListImageSourcesResponse>(
                service, METHODID_LIST_IMAGE_SOURCES)))
        .addMethod(
          getCreateImageSourceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateImageSourceRequest,
              com.imagegallery.v1.ImageSource>(
                service, METHODID_CREATE_IMAGE_SOURCE)))
        .addMethod(
          getDeleteImageSourceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.DeleteImageSourceRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_IMAGE_SOURCE)))
        .build();
  }

  private static abstract class ImageSourceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ImageSourceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.ImageSourceServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ImageSourceService");
    }
  }

  private static final class ImageSourceServiceFileDescriptorSupplier
      extends ImageSourceServiceBaseDescriptorSupplier {
    ImageSourceServiceFileDescriptorSupplier() {}
  }

  private static final class ImageSourceServiceMethodDescriptorSupplier
      extends ImageSourceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ImageSourceServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ImageSourceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ImageSourceServiceFileDescriptorSupplier())
              .addMethod(getCreateUploadMethod())
              .addMethod(getGetUploadMethod())
              .addMethod(getWriteUploadMethod())
              .addMethod(getCommitUploadMethod())
              .addMethod(getDeleteUploadMethod())
              .addMethod(getGetImageSourceMethod())
              .addMethod(getListImageSourcesMethod())
              .addMethod(getCreateImageSourceMethod())
              .addMethod(getDeleteImageSourceMethod())
              .build();
        }
      }
    }
    return result;
  }
}
