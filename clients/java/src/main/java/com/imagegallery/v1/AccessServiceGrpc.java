package com.imagegallery.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Who may do what. Every call but health and reflection carries
 * "authorization: Bearer &lt;token&gt;"; the token names a principal.
 * Tenants own subscriptions; principals (users, service principals and groups)
 * belong to a tenant. Server administrators manage tenants, subscriptions,
 * principals and tokens. Roles are assigned at a subscription, resource group,
 * gallery or image definition and hold for everything under it, for principals
 * of any tenant: Reader reads, lists, watches, downloads and deploys;
 * Contributor also creates, changes and deletes; Owner also manages role
 * assignments. A caller without a right to a resource gets PERMISSION_DENIED
 * whether or not it exists.
 * Resources are created only in a subscription that exists (CreateSubscription);
 * in one that does not, administrators get NOT_FOUND (SUBSCRIPTION_NOT_FOUND) and
 * everyone else PERMISSION_DENIED. Without auth (--auth none) a subscription is
 * registered on first use instead, in the tenant "tenants/default".
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AccessServiceGrpc {

  private AccessServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "imagegallery.v1.AccessService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetCallerRequest,
      com.imagegallery.v1.Caller> getGetCallerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCaller",
      requestType = com.imagegallery.v1.GetCallerRequest.class,
      responseType = com.imagegallery.v1.Caller.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetCallerRequest,
      com.imagegallery.v1.Caller> getGetCallerMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetCallerRequest, com.imagegallery.v1.Caller> getGetCallerMethod;
    if ((getGetCallerMethod = AccessServiceGrpc.getGetCallerMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getGetCallerMethod = AccessServiceGrpc.getGetCallerMethod) == null) {
          AccessServiceGrpc.getGetCallerMethod = getGetCallerMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetCallerRequest, com.imagegallery.v1.Caller>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCaller"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetCallerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Caller.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("GetCaller"))
              .build();
        }
      }
    }
    return getGetCallerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateTenantRequest,
      com.imagegallery.v1.Tenant> getCreateTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTenant",
      requestType = com.imagegallery.v1.CreateTenantRequest.class,
      responseType = com.imagegallery.v1.Tenant.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateTenantRequest,
      com.imagegallery.v1.Tenant> getCreateTenantMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateTenantRequest, com.imagegallery.v1.Tenant> getCreateTenantMethod;
    if ((getCreateTenantMethod = AccessServiceGrpc.getCreateTenantMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getCreateTenantMethod = AccessServiceGrpc.getCreateTenantMethod) == null) {
          AccessServiceGrpc.getCreateTenantMethod = getCreateTenantMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateTenantRequest, com.imagegallery.v1.Tenant>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Tenant.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("CreateTenant"))
              .build();
        }
      }
    }
    return getCreateTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListTenantsRequest,
      com.imagegallery.v1.ListTenantsResponse> getListTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTenants",
      requestType = com.imagegallery.v1.ListTenantsRequest.class,
      responseType = com.imagegallery.v1.ListTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListTenantsRequest,
      com.imagegallery.v1.ListTenantsResponse> getListTenantsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListTenantsRequest, com.imagegallery.v1.ListTenantsResponse> getListTenantsMethod;
    if ((getListTenantsMethod = AccessServiceGrpc.getListTenantsMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getListTenantsMethod = AccessServiceGrpc.getListTenantsMethod) == null) {
          AccessServiceGrpc.getListTenantsMethod = getListTenantsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListTenantsRequest, com.imagegallery.v1.ListTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("ListTenants"))
              .build();
        }
      }
    }
    return getListTenantsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateSubscriptionRequest,
      com.imagegallery.v1.Subscription> getCreateSubscriptionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSubscription",
      requestType = com.imagegallery.v1.CreateSubscriptionRequest.class,
      responseType = com.imagegallery.v1.Subscription.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateSubscriptionRequest,
      com.imagegallery.v1.Subscription> getCreateSubscriptionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateSubscriptionRequest, com.imagegallery.v1.Subscription> getCreateSubscriptionMethod;
    if ((getCreateSubscriptionMethod = AccessServiceGrpc.getCreateSubscriptionMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getCreateSubscriptionMethod = AccessServiceGrpc.getCreateSubscriptionMethod) == null) {
          AccessServiceGrpc.getCreateSubscriptionMethod = getCreateSubscriptionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateSubscriptionRequest, com.imagegallery.v1.Subscription>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSubscription"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateSubscriptionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Subscription.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("CreateSubscription"))
              .build();
        }
      }
    }
    return getCreateSubscriptionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetSubscriptionRequest,
      com.imagegallery.v1.Subscription> getGetSubscriptionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSubscription",
      requestType = com.imagegallery.v1.GetSubscriptionRequest.class,
      responseType = com.imagegallery.v1.Subscription.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetSubscriptionRequest,
      com.imagegallery.v1.Subscription> getGetSubscriptionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetSubscriptionRequest, com.imagegallery.v1.Subscription> getGetSubscriptionMethod;
    if ((getGetSubscriptionMethod = AccessServiceGrpc.getGetSubscriptionMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getGetSubscriptionMethod = AccessServiceGrpc.getGetSubscriptionMethod) == null) {
          AccessServiceGrpc.getGetSubscriptionMethod = getGetSubscriptionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetSubscriptionRequest, com.imagegallery.v1.Subscription>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSubscription"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetSubscriptionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Subscription.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("GetSubscription"))
              .build();
        }
      }
    }
    return getGetSubscriptionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListSubscriptionsRequest,
      com.imagegallery.v1.ListSubscriptionsResponse> getListSubscriptionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSubscriptions",
      requestType = com.imagegallery.v1.ListSubscriptionsRequest.class,
      responseType = com.imagegallery.v1.ListSubscriptionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListSubscriptionsRequest,
      com.imagegallery.v1.ListSubscriptionsResponse> getListSubscriptionsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListSubscriptionsRequest, com.imagegallery.v1.ListSubscriptionsResponse> getListSubscriptionsMethod;
    if ((getListSubscriptionsMethod = AccessServiceGrpc.getListSubscriptionsMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getListSubscriptionsMethod = AccessServiceGrpc.getListSubscriptionsMethod) == null) {
          AccessServiceGrpc.getListSubscriptionsMethod = getListSubscriptionsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListSubscriptionsRequest, com.imagegallery.v1.ListSubscriptionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSubscriptions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSubscriptionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListSubscriptionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("ListSubscriptions"))
              .build();
        }
      }
    }
    return getListSubscriptionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.AllowRegionRequest,
      com.imagegallery.v1.Subscription> getAllowRegionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AllowRegion",
      requestType = com.imagegallery.v1.AllowRegionRequest.class,
      responseType = com.imagegallery.v1.Subscription.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.AllowRegionRequest,
      com.imagegallery.v1.Subscription> getAllowRegionMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.AllowRegionRequest, com.imagegallery.v1.Subscription> getAllowRegionMethod;
    if ((getAllowRegionMethod = AccessServiceGrpc.getAllowRegionMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getAllowRegionMethod = AccessServiceGrpc.getAllowRegionMethod) == null) {
          AccessServiceGrpc.getAllowRegionMethod = getAllowRegionMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.AllowRegionRequest, com.imagegallery.v1.Subscription>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AllowRegion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.AllowRegionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Subscription.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("AllowRegion"))
              .build();
        }
      }
    }
    return getAllowRegionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreatePrincipalRequest,
      com.imagegallery.v1.Principal> getCreatePrincipalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreatePrincipal",
      requestType = com.imagegallery.v1.CreatePrincipalRequest.class,
      responseType = com.imagegallery.v1.Principal.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreatePrincipalRequest,
      com.imagegallery.v1.Principal> getCreatePrincipalMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreatePrincipalRequest, com.imagegallery.v1.Principal> getCreatePrincipalMethod;
    if ((getCreatePrincipalMethod = AccessServiceGrpc.getCreatePrincipalMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getCreatePrincipalMethod = AccessServiceGrpc.getCreatePrincipalMethod) == null) {
          AccessServiceGrpc.getCreatePrincipalMethod = getCreatePrincipalMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreatePrincipalRequest, com.imagegallery.v1.Principal>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreatePrincipal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreatePrincipalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Principal.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("CreatePrincipal"))
              .build();
        }
      }
    }
    return getCreatePrincipalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.GetPrincipalRequest,
      com.imagegallery.v1.Principal> getGetPrincipalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPrincipal",
      requestType = com.imagegallery.v1.GetPrincipalRequest.class,
      responseType = com.imagegallery.v1.Principal.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.GetPrincipalRequest,
      com.imagegallery.v1.Principal> getGetPrincipalMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.GetPrincipalRequest, com.imagegallery.v1.Principal> getGetPrincipalMethod;
    if ((getGetPrincipalMethod = AccessServiceGrpc.getGetPrincipalMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getGetPrincipalMethod = AccessServiceGrpc.getGetPrincipalMethod) == null) {
          AccessServiceGrpc.getGetPrincipalMethod = getGetPrincipalMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.GetPrincipalRequest, com.imagegallery.v1.Principal>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPrincipal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.GetPrincipalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Principal.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("GetPrincipal"))
              .build();
        }
      }
    }
    return getGetPrincipalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListPrincipalsRequest,
      com.imagegallery.v1.ListPrincipalsResponse> getListPrincipalsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPrincipals",
      requestType = com.imagegallery.v1.ListPrincipalsRequest.class,
      responseType = com.imagegallery.v1.ListPrincipalsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListPrincipalsRequest,
      com.imagegallery.v1.ListPrincipalsResponse> getListPrincipalsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListPrincipalsRequest, com.imagegallery.v1.ListPrincipalsResponse> getListPrincipalsMethod;
    if ((getListPrincipalsMethod = AccessServiceGrpc.getListPrincipalsMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getListPrincipalsMethod = AccessServiceGrpc.getListPrincipalsMethod) == null) {
          AccessServiceGrpc.getListPrincipalsMethod = getListPrincipalsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListPrincipalsRequest, com.imagegallery.v1.ListPrincipalsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPrincipals"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListPrincipalsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListPrincipalsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("ListPrincipals"))
              .build();
        }
      }
    }
    return getListPrincipalsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.UpdatePrincipalRequest,
      com.imagegallery.v1.Principal> getUpdatePrincipalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdatePrincipal",
      requestType = com.imagegallery.v1.UpdatePrincipalRequest.class,
      responseType = com.imagegallery.v1.Principal.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.UpdatePrincipalRequest,
      com.imagegallery.v1.Principal> getUpdatePrincipalMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.UpdatePrincipalRequest, com.imagegallery.v1.Principal> getUpdatePrincipalMethod;
    if ((getUpdatePrincipalMethod = AccessServiceGrpc.getUpdatePrincipalMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getUpdatePrincipalMethod = AccessServiceGrpc.getUpdatePrincipalMethod) == null) {
          AccessServiceGrpc.getUpdatePrincipalMethod = getUpdatePrincipalMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.UpdatePrincipalRequest, com.imagegallery.v1.Principal>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdatePrincipal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.UpdatePrincipalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Principal.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("UpdatePrincipal"))
              .build();
        }
      }
    }
    return getUpdatePrincipalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.AddGroupMemberRequest,
      com.imagegallery.v1.Principal> getAddGroupMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddGroupMember",
      requestType = com.imagegallery.v1.AddGroupMemberRequest.class,
      responseType = com.imagegallery.v1.Principal.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.AddGroupMemberRequest,
      com.imagegallery.v1.Principal> getAddGroupMemberMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.AddGroupMemberRequest, com.imagegallery.v1.Principal> getAddGroupMemberMethod;
    if ((getAddGroupMemberMethod = AccessServiceGrpc.getAddGroupMemberMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getAddGroupMemberMethod = AccessServiceGrpc.getAddGroupMemberMethod) == null) {
          AccessServiceGrpc.getAddGroupMemberMethod = getAddGroupMemberMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.AddGroupMemberRequest, com.imagegallery.v1.Principal>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddGroupMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.AddGroupMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Principal.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("AddGroupMember"))
              .build();
        }
      }
    }
    return getAddGroupMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.RemoveGroupMemberRequest,
      com.imagegallery.v1.Principal> getRemoveGroupMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveGroupMember",
      requestType = com.imagegallery.v1.RemoveGroupMemberRequest.class,
      responseType = com.imagegallery.v1.Principal.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.RemoveGroupMemberRequest,
      com.imagegallery.v1.Principal> getRemoveGroupMemberMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.RemoveGroupMemberRequest, com.imagegallery.v1.Principal> getRemoveGroupMemberMethod;
    if ((getRemoveGroupMemberMethod = AccessServiceGrpc.getRemoveGroupMemberMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getRemoveGroupMemberMethod = AccessServiceGrpc.getRemoveGroupMemberMethod) == null) {
          AccessServiceGrpc.getRemoveGroupMemberMethod = getRemoveGroupMemberMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.RemoveGroupMemberRequest, com.imagegallery.v1.Principal>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveGroupMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RemoveGroupMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Principal.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("RemoveGroupMember"))
              .build();
        }
      }
    }
    return getRemoveGroupMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateTokenRequest,
      com.imagegallery.v1.CreateTokenResponse> getCreateTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateToken",
      requestType = com.imagegallery.v1.CreateTokenRequest.class,
      responseType = com.imagegallery.v1.CreateTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateTokenRequest,
      com.imagegallery.v1.CreateTokenResponse> getCreateTokenMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateTokenRequest, com.imagegallery.v1.CreateTokenResponse> getCreateTokenMethod;
    if ((getCreateTokenMethod = AccessServiceGrpc.getCreateTokenMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getCreateTokenMethod = AccessServiceGrpc.getCreateTokenMethod) == null) {
          AccessServiceGrpc.getCreateTokenMethod = getCreateTokenMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateTokenRequest, com.imagegallery.v1.CreateTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("CreateToken"))
              .build();
        }
      }
    }
    return getCreateTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListTokensRequest,
      com.imagegallery.v1.ListTokensResponse> getListTokensMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTokens",
      requestType = com.imagegallery.v1.ListTokensRequest.class,
      responseType = com.imagegallery.v1.ListTokensResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListTokensRequest,
      com.imagegallery.v1.ListTokensResponse> getListTokensMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListTokensRequest, com.imagegallery.v1.ListTokensResponse> getListTokensMethod;
    if ((getListTokensMethod = AccessServiceGrpc.getListTokensMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getListTokensMethod = AccessServiceGrpc.getListTokensMethod) == null) {
          AccessServiceGrpc.getListTokensMethod = getListTokensMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListTokensRequest, com.imagegallery.v1.ListTokensResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTokens"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListTokensRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListTokensResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("ListTokens"))
              .build();
        }
      }
    }
    return getListTokensMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.RevokeTokenRequest,
      com.imagegallery.v1.Token> getRevokeTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeToken",
      requestType = com.imagegallery.v1.RevokeTokenRequest.class,
      responseType = com.imagegallery.v1.Token.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.RevokeTokenRequest,
      com.imagegallery.v1.Token> getRevokeTokenMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.RevokeTokenRequest, com.imagegallery.v1.Token> getRevokeTokenMethod;
    if ((getRevokeTokenMethod = AccessServiceGrpc.getRevokeTokenMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getRevokeTokenMethod = AccessServiceGrpc.getRevokeTokenMethod) == null) {
          AccessServiceGrpc.getRevokeTokenMethod = getRevokeTokenMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.RevokeTokenRequest, com.imagegallery.v1.Token>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RevokeTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.Token.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("RevokeToken"))
              .build();
        }
      }
    }
    return getRevokeTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.CreateRoleAssignmentRequest,
      com.imagegallery.v1.RoleAssignment> getCreateRoleAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRoleAssignment",
      requestType = com.imagegallery.v1.CreateRoleAssignmentRequest.class,
      responseType = com.imagegallery.v1.RoleAssignment.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.CreateRoleAssignmentRequest,
      com.imagegallery.v1.RoleAssignment> getCreateRoleAssignmentMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.CreateRoleAssignmentRequest, com.imagegallery.v1.RoleAssignment> getCreateRoleAssignmentMethod;
    if ((getCreateRoleAssignmentMethod = AccessServiceGrpc.getCreateRoleAssignmentMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getCreateRoleAssignmentMethod = AccessServiceGrpc.getCreateRoleAssignmentMethod) == null) {
          AccessServiceGrpc.getCreateRoleAssignmentMethod = getCreateRoleAssignmentMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.CreateRoleAssignmentRequest, com.imagegallery.v1.RoleAssignment>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRoleAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.CreateRoleAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.RoleAssignment.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("CreateRoleAssignment"))
              .build();
        }
      }
    }
    return getCreateRoleAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListRoleAssignmentsRequest,
      com.imagegallery.v1.ListRoleAssignmentsResponse> getListRoleAssignmentsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRoleAssignments",
      requestType = com.imagegallery.v1.ListRoleAssignmentsRequest.class,
      responseType = com.imagegallery.v1.ListRoleAssignmentsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListRoleAssignmentsRequest,
      com.imagegallery.v1.ListRoleAssignmentsResponse> getListRoleAssignmentsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListRoleAssignmentsRequest, com.imagegallery.v1.ListRoleAssignmentsResponse> getListRoleAssignmentsMethod;
    if ((getListRoleAssignmentsMethod = AccessServiceGrpc.getListRoleAssignmentsMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getListRoleAssignmentsMethod = AccessServiceGrpc.getListRoleAssignmentsMethod) == null) {
          AccessServiceGrpc.getListRoleAssignmentsMethod = getListRoleAssignmentsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListRoleAssignmentsRequest, com.imagegallery.v1.ListRoleAssignmentsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRoleAssignments"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListRoleAssignmentsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListRoleAssignmentsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("ListRoleAssignments"))
              .build();
        }
      }
    }
    return getListRoleAssignmentsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteRoleAssignmentRequest,
      com.google.protobuf.Empty> getDeleteRoleAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRoleAssignment",
      requestType = com.imagegallery.v1.DeleteRoleAssignmentRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteRoleAssignmentRequest,
      com.google.protobuf.Empty> getDeleteRoleAssignmentMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.DeleteRoleAssignmentRequest, com.google.protobuf.Empty> getDeleteRoleAssignmentMethod;
    if ((getDeleteRoleAssignmentMethod = AccessServiceGrpc.getDeleteRoleAssignmentMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getDeleteRoleAssignmentMethod = AccessServiceGrpc.getDeleteRoleAssignmentMethod) == null) {
          AccessServiceGrpc.getDeleteRoleAssignmentMethod = getDeleteRoleAssignmentMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.DeleteRoleAssignmentRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRoleAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.DeleteRoleAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("DeleteRoleAssignment"))
              .build();
        }
      }
    }
    return getDeleteRoleAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.imagegallery.v1.ListAuditRecordsRequest,
      com.imagegallery.v1.ListAuditRecordsResponse> getListAuditRecordsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAuditRecords",
      requestType = com.imagegallery.v1.ListAuditRecordsRequest.class,
      responseType = com.imagegallery.v1.ListAuditRecordsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.imagegallery.v1.ListAuditRecordsRequest,
      com.imagegallery.v1.ListAuditRecordsResponse> getListAuditRecordsMethod() {
    io.grpc.MethodDescriptor<com.imagegallery.v1.ListAuditRecordsRequest, com.imagegallery.v1.ListAuditRecordsResponse> getListAuditRecordsMethod;
    if ((getListAuditRecordsMethod = AccessServiceGrpc.getListAuditRecordsMethod) == null) {
      synchronized (AccessServiceGrpc.class) {
        if ((getListAuditRecordsMethod = AccessServiceGrpc.getListAuditRecordsMethod) == null) {
          AccessServiceGrpc.getListAuditRecordsMethod = getListAuditRecordsMethod =
              io.grpc.MethodDescriptor.<com.imagegallery.v1.ListAuditRecordsRequest, com.imagegallery.v1.ListAuditRecordsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAuditRecords"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListAuditRecordsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.imagegallery.v1.ListAuditRecordsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessServiceMethodDescriptorSupplier("ListAuditRecords"))
              .build();
        }
      }
    }
    return getListAuditRecordsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AccessServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessServiceStub>() {
        @java.lang.Override
        public AccessServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessServiceStub(channel, callOptions);
        }
      };
    return AccessServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AccessServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessServiceBlockingV2Stub>() {
        @java.lang.Override
        public AccessServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AccessServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AccessServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessServiceBlockingStub>() {
        @java.lang.Override
        public AccessServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessServiceBlockingStub(channel, callOptions);
        }
      };
    return AccessServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AccessServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessServiceFutureStub>() {
        @java.lang.Override
        public AccessServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessServiceFutureStub(channel, callOptions);
        }
      };
    return AccessServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Who may do what. Every call but health and reflection carries
   * "authorization: Bearer &lt;token&gt;"; the token names a principal.
   * Tenants own subscriptions; principals (users, service principals and groups)
   * belong to a tenant. Server administrators manage tenants, subscriptions,
   * principals and tokens. Roles are assigned at a subscription, resource group,
   * gallery or image definition and hold for everything under it, for principals
   * of any tenant: Reader reads, lists, watches, downloads and deploys;
   * Contributor also creates, changes and deletes; Owner also manages role
   * assignments. A caller without a right to a resource gets PERMISSION_DENIED
   * whether or not it exists.
   * Resources are created only in a subscription that exists (CreateSubscription);
   * in one that does not, administrators get NOT_FOUND (SUBSCRIPTION_NOT_FOUND) and
   * everyone else PERMISSION_DENIED. Without auth (--auth none) a subscription is
   * registered on first use instead, in the tenant "tenants/default".
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * The caller's principal, with its groups and roles.
     * </pre>
     */
    default void getCaller(com.imagegallery.v1.GetCallerRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Caller> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCallerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    default void createTenant(com.imagegallery.v1.CreateTenantRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Tenant> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    default void listTenants(com.imagegallery.v1.ListTenantsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTenantsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only. The subscription's tenant is the caller's unless given;
     * the principal named as owner gets the Owner role on it.
     * </pre>
     */
    default void createSubscription(com.imagegallery.v1.CreateSubscriptionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSubscriptionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Anyone holding a role in the subscription (at it or under it).
     * </pre>
     */
    default void getSubscription(com.imagegallery.v1.GetSubscriptionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSubscriptionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Every subscription for administrators; for others, those they hold a role in.
     * </pre>
     */
    default void listSubscriptions(com.imagegallery.v1.ListSubscriptionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSubscriptionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSubscriptionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Owners of the subscription: allow-lists a region that needs it
     * (australiacentral, australiacentral2) as a replication target.
     * </pre>
     */
    default void allowRegion(com.imagegallery.v1.AllowRegionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAllowRegionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    default void createPrincipal(com.imagegallery.v1.CreatePrincipalRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreatePrincipalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators, and the principal itself.
     * </pre>
     */
    default void getPrincipal(com.imagegallery.v1.GetPrincipalRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPrincipalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    default void listPrincipals(com.imagegallery.v1.ListPrincipalsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListPrincipalsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPrincipalsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only: changes display_name or administrator.
     * </pre>
     */
    default void updatePrincipal(com.imagegallery.v1.UpdatePrincipalRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdatePrincipalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only: a user or service principal joins a group.
     * </pre>
     */
    default void addGroupMember(com.imagegallery.v1.AddGroupMemberRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddGroupMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    default void removeGroupMember(com.imagegallery.v1.RemoveGroupMemberRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveGroupMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only. The answer holds the secret, which is never shown again.
     * </pre>
     */
    default void createToken(com.imagegallery.v1.CreateTokenRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.CreateTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators only; secrets are never listed.
     * </pre>
     */
    default void listTokens(com.imagegallery.v1.ListTokensRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListTokensResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTokensMethod(), responseObserver);
    }

    /**
     * <pre>
     * Administrators, and the token's own principal.
     * </pre>
     */
    default void revokeToken(com.imagegallery.v1.RevokeTokenRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Token> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Owners of the scope.
     * </pre>
     */
    default void createRoleAssignment(com.imagegallery.v1.CreateRoleAssignmentRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RoleAssignment> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRoleAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Readers of the scope: the assignments at it and under it.
     * </pre>
     */
    default void listRoleAssignments(com.imagegallery.v1.ListRoleAssignmentsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListRoleAssignmentsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRoleAssignmentsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Owners of the assignment's scope.
     * </pre>
     */
    default void deleteRoleAssignment(com.imagegallery.v1.DeleteRoleAssignmentRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRoleAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Owners of the scope (administrators for everything): every mutation and
     * access change, newest first.
     * </pre>
     */
    default void listAuditRecords(com.imagegallery.v1.ListAuditRecordsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListAuditRecordsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAuditRecordsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AccessService.
   * <pre>
   * Who may do what. Every call but health and reflection carries
   * "authorization: Bearer &lt;token&gt;"; the token names a principal.
   * Tenants own subscriptions; principals (users, service principals and groups)
   * belong to a tenant. Server administrators manage tenants, subscriptions,
   * principals and tokens. Roles are assigned at a subscription, resource group,
   * gallery or image definition and hold for everything under it, for principals
   * of any tenant: Reader reads, lists, watches, downloads and deploys;
   * Contributor also creates, changes and deletes; Owner also manages role
   * assignments. A caller without a right to a resource gets PERMISSION_DENIED
   * whether or not it exists.
   * Resources are created only in a subscription that exists (CreateSubscription);
   * in one that does not, administrators get NOT_FOUND (SUBSCRIPTION_NOT_FOUND) and
   * everyone else PERMISSION_DENIED. Without auth (--auth none) a subscription is
   * registered on first use instead, in the tenant "tenants/default".
   * </pre>
   */
  public static abstract class AccessServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AccessServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AccessService.
   * <pre>
   * Who may do what. Every call but health and reflection carries
   * "authorization: Bearer &lt;token&gt;"; the token names a principal.
   * Tenants own subscriptions; principals (users, service principals and groups)
   * belong to a tenant. Server administrators manage tenants, subscriptions,
   * principals and tokens. Roles are assigned at a subscription, resource group,
   * gallery or image definition and hold for everything under it, for principals
   * of any tenant: Reader reads, lists, watches, downloads and deploys;
   * Contributor also creates, changes and deletes; Owner also manages role
   * assignments. A caller without a right to a resource gets PERMISSION_DENIED
   * whether or not it exists.
   * Resources are created only in a subscription that exists (CreateSubscription);
   * in one that does not, administrators get NOT_FOUND (SUBSCRIPTION_NOT_FOUND) and
   * everyone else PERMISSION_DENIED. Without auth (--auth none) a subscription is
   * registered on first use instead, in the tenant "tenants/default".
   * </pre>
   */
  public static final class AccessServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AccessServiceStub> {
    private AccessServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's principal, with its groups and roles.
     * </pre>
     */
    public void getCaller(com.imagegallery.v1.GetCallerRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Caller> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCallerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public void createTenant(com.imagegallery.v1.CreateTenantRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Tenant> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public void listTenants(com.imagegallery.v1.ListTenantsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTenantsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only. The subscription's tenant is the caller's unless given;
     * the principal named as owner gets the Owner role on it.
     * </pre>
     */
    public void createSubscription(com.imagegallery.v1.CreateSubscriptionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSubscriptionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Anyone holding a role in the subscription (at it or under it).
     * </pre>
     */
    public void getSubscription(com.imagegallery.v1.GetSubscriptionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSubscriptionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Every subscription for administrators; for others, those they hold a role in.
     * </pre>
     */
    public void listSubscriptions(com.imagegallery.v1.ListSubscriptionsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSubscriptionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSubscriptionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Owners of the subscription: allow-lists a region that needs it
     * (australiacentral, australiacentral2) as a replication target.
     * </pre>
     */
    public void allowRegion(com.imagegallery.v1.AllowRegionRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAllowRegionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public void createPrincipal(com.imagegallery.v1.CreatePrincipalRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreatePrincipalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators, and the principal itself.
     * </pre>
     */
    public void getPrincipal(com.imagegallery.v1.GetPrincipalRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPrincipalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public void listPrincipals(com.imagegallery.v1.ListPrincipalsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListPrincipalsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPrincipalsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only: changes display_name or administrator.
     * </pre>
     */
    public void updatePrincipal(com.imagegallery.v1.UpdatePrincipalRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdatePrincipalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only: a user or service principal joins a group.
     * </pre>
     */
    public void addGroupMember(com.imagegallery.v1.AddGroupMemberRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddGroupMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public void removeGroupMember(com.imagegallery.v1.RemoveGroupMemberRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveGroupMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only. The answer holds the secret, which is never shown again.
     * </pre>
     */
    public void createToken(com.imagegallery.v1.CreateTokenRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.CreateTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators only; secrets are never listed.
     * </pre>
     */
    public void listTokens(com.imagegallery.v1.ListTokensRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListTokensResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTokensMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Administrators, and the token's own principal.
     * </pre>
     */
    public void revokeToken(com.imagegallery.v1.RevokeTokenRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.Token> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Owners of the scope.
     * </pre>
     */
    public void createRoleAssignment(com.imagegallery.v1.CreateRoleAssignmentRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.RoleAssignment> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRoleAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Readers of the scope: the assignments at it and under it.
     * </pre>
     */
    public void listRoleAssignments(com.imagegallery.v1.ListRoleAssignmentsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListRoleAssignmentsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRoleAssignmentsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Owners of the assignment's scope.
     * </pre>
     */
    public void deleteRoleAssignment(com.imagegallery.v1.DeleteRoleAssignmentRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRoleAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Owners of the scope (administrators for everything): every mutation and
     * access change, newest first.
     * </pre>
     */
    public void listAuditRecords(com.imagegallery.v1.ListAuditRecordsRequest request,
        io.grpc.stub.StreamObserver<com.imagegallery.v1.ListAuditRecordsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAuditRecordsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AccessService.
   * <pre>
   * Who may do what. Every call but health and reflection carries
   * "authorization: Bearer &lt;token&gt;"; the token names a principal.
   * Tenants own subscriptions; principals (users, service principals and groups)
   * belong to a tenant. Server administrators manage tenants, subscriptions,
   * principals and tokens. Roles are assigned at a subscription, resource group,
   * gallery or image definition and hold for everything under it, for principals
   * of any tenant: Reader reads, lists, watches, downloads and deploys;
   * Contributor also creates, changes and deletes; Owner also manages role
   * assignments. A caller without a right to a resource gets PERMISSION_DENIED
   * whether or not it exists.
   * Resources are created only in a subscription that exists (CreateSubscription);
   * in one that does not, administrators get NOT_FOUND (SUBSCRIPTION_NOT_FOUND) and
   * everyone else PERMISSION_DENIED. Without auth (--auth none) a subscription is
   * registered on first use instead, in the tenant "tenants/default".
   * </pre>
   */
  public static final class AccessServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AccessServiceBlockingV2Stub> {
    private AccessServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's principal, with its groups and roles.
     * </pre>
     */
    public com.imagegallery.v1.Caller getCaller(com.imagegallery.v1.GetCallerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCallerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.Tenant createTenant(com.imagegallery.v1.CreateTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.ListTenantsResponse listTenants(com.imagegallery.v1.ListTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only. The subscription's tenant is the caller's unless given;
     * the principal named as owner gets the Owner role on it.
     * </pre>
     */
    public com.imagegallery.v1.Subscription createSubscription(com.imagegallery.v1.CreateSubscriptionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSubscriptionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Anyone holding a role in the subscription (at it or under it).
     * </pre>
     */
    public com.imagegallery.v1.Subscription getSubscription(com.imagegallery.v1.GetSubscriptionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSubscriptionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Every subscription for administrators; for others, those they hold a role in.
     * </pre>
     */
    public com.imagegallery.v1.ListSubscriptionsResponse listSubscriptions(com.imagegallery.v1.ListSubscriptionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSubscriptionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the subscription: allow-lists a region that needs it
     * (australiacentral, australiacentral2) as a replication target.
     * </pre>
     */
    public com.imagegallery.v1.Subscription allowRegion(com.imagegallery.v1.AllowRegionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAllowRegionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.Principal createPrincipal(com.imagegallery.v1.CreatePrincipalRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreatePrincipalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators, and the principal itself.
     * </pre>
     */
    public com.imagegallery.v1.Principal getPrincipal(com.imagegallery.v1.GetPrincipalRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPrincipalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.ListPrincipalsResponse listPrincipals(com.imagegallery.v1.ListPrincipalsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListPrincipalsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only: changes display_name or administrator.
     * </pre>
     */
    public com.imagegallery.v1.Principal updatePrincipal(com.imagegallery.v1.UpdatePrincipalRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdatePrincipalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only: a user or service principal joins a group.
     * </pre>
     */
    public com.imagegallery.v1.Principal addGroupMember(com.imagegallery.v1.AddGroupMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddGroupMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.Principal removeGroupMember(com.imagegallery.v1.RemoveGroupMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveGroupMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only. The answer holds the secret, which is never shown again.
     * </pre>
     */
    public com.imagegallery.v1.CreateTokenResponse createToken(com.imagegallery.v1.CreateTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only; secrets are never listed.
     * </pre>
     */
    public com.imagegallery.v1.ListTokensResponse listTokens(com.imagegallery.v1.ListTokensRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTokensMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators, and the token's own principal.
     * </pre>
     */
    public com.imagegallery.v1.Token revokeToken(com.imagegallery.v1.RevokeTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the scope.
     * </pre>
     */
    public com.imagegallery.v1.RoleAssignment createRoleAssignment(com.imagegallery.v1.CreateRoleAssignmentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRoleAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Readers of the scope: the assignments at it and under it.
     * </pre>
     */
    public com.imagegallery.v1.ListRoleAssignmentsResponse listRoleAssignments(com.imagegallery.v1.ListRoleAssignmentsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRoleAssignmentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the assignment's scope.
     * </pre>
     */
    public com.google.protobuf.Empty deleteRoleAssignment(com.imagegallery.v1.DeleteRoleAssignmentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRoleAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the scope (administrators for everything): every mutation and
     * access change, newest first.
     * </pre>
     */
    public com.imagegallery.v1.ListAuditRecordsResponse listAuditRecords(com.imagegallery.v1.ListAuditRecordsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAuditRecordsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AccessService.
   * <pre>
   * Who may do what. Every call but health and reflection carries
   * "authorization: Bearer &lt;token&gt;"; the token names a principal.
   * Tenants own subscriptions; principals (users, service principals and groups)
   * belong to a tenant. Server administrators manage tenants, subscriptions,
   * principals and tokens. Roles are assigned at a subscription, resource group,
   * gallery or image definition and hold for everything under it, for principals
   * of any tenant: Reader reads, lists, watches, downloads and deploys;
   * Contributor also creates, changes and deletes; Owner also manages role
   * assignments. A caller without a right to a resource gets PERMISSION_DENIED
   * whether or not it exists.
   * Resources are created only in a subscription that exists (CreateSubscription);
   * in one that does not, administrators get NOT_FOUND (SUBSCRIPTION_NOT_FOUND) and
   * everyone else PERMISSION_DENIED. Without auth (--auth none) a subscription is
   * registered on first use instead, in the tenant "tenants/default".
   * </pre>
   */
  public static final class AccessServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AccessServiceBlockingStub> {
    private AccessServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's principal, with its groups and roles.
     * </pre>
     */
    public com.imagegallery.v1.Caller getCaller(com.imagegallery.v1.GetCallerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCallerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.Tenant createTenant(com.imagegallery.v1.CreateTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.ListTenantsResponse listTenants(com.imagegallery.v1.ListTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only. The subscription's tenant is the caller's unless given;
     * the principal named as owner gets the Owner role on it.
     * </pre>
     */
    public com.imagegallery.v1.Subscription createSubscription(com.imagegallery.v1.CreateSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSubscriptionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Anyone holding a role in the subscription (at it or under it).
     * </pre>
     */
    public com.imagegallery.v1.Subscription getSubscription(com.imagegallery.v1.GetSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSubscriptionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Every subscription for administrators; for others, those they hold a role in.
     * </pre>
     */
    public com.imagegallery.v1.ListSubscriptionsResponse listSubscriptions(com.imagegallery.v1.ListSubscriptionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSubscriptionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the subscription: allow-lists a region that needs it
     * (australiacentral, australiacentral2) as a replication target.
     * </pre>
     */
    public com.imagegallery.v1.Subscription allowRegion(com.imagegallery.v1.AllowRegionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAllowRegionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.Principal createPrincipal(com.imagegallery.v1.CreatePrincipalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreatePrincipalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators, and the principal itself.
     * </pre>
     */
    public com.imagegallery.v1.Principal getPrincipal(com.imagegallery.v1.GetPrincipalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPrincipalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.ListPrincipalsResponse listPrincipals(com.imagegallery.v1.ListPrincipalsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPrincipalsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only: changes display_name or administrator.
     * </pre>
     */
    public com.imagegallery.v1.Principal updatePrincipal(com.imagegallery.v1.UpdatePrincipalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdatePrincipalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only: a user or service principal joins a group.
     * </pre>
     */
    public com.imagegallery.v1.Principal addGroupMember(com.imagegallery.v1.AddGroupMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddGroupMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.imagegallery.v1.Principal removeGroupMember(com.imagegallery.v1.RemoveGroupMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveGroupMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only. The answer holds the secret, which is never shown again.
     * </pre>
     */
    public com.imagegallery.v1.CreateTokenResponse createToken(com.imagegallery.v1.CreateTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators only; secrets are never listed.
     * </pre>
     */
    public com.imagegallery.v1.ListTokensResponse listTokens(com.imagegallery.v1.ListTokensRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTokensMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Administrators, and the token's own principal.
     * </pre>
     */
    public com.imagegallery.v1.Token revokeToken(com.imagegallery.v1.RevokeTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the scope.
     * </pre>
     */
    public com.imagegallery.v1.RoleAssignment createRoleAssignment(com.imagegallery.v1.CreateRoleAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRoleAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Readers of the scope: the assignments at it and under it.
     * </pre>
     */
    public com.imagegallery.v1.ListRoleAssignmentsResponse listRoleAssignments(com.imagegallery.v1.ListRoleAssignmentsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRoleAssignmentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the assignment's scope.
     * </pre>
     */
    public com.google.protobuf.Empty deleteRoleAssignment(com.imagegallery.v1.DeleteRoleAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRoleAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Owners of the scope (administrators for everything): every mutation and
     * access change, newest first.
     * </pre>
     */
    public com.imagegallery.v1.ListAuditRecordsResponse listAuditRecords(com.imagegallery.v1.ListAuditRecordsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAuditRecordsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AccessService.
   * <pre>
   * Who may do what. Every call but health and reflection carries
   * "authorization: Bearer &lt;token&gt;"; the token names a principal.
   * Tenants own subscriptions; principals (users, service principals and groups)
   * belong to a tenant. Server administrators manage tenants, subscriptions,
   * principals and tokens. Roles are assigned at a subscription, resource group,
   * gallery or image definition and hold for everything under it, for principals
   * of any tenant: Reader reads, lists, watches, downloads and deploys;
   * Contributor also creates, changes and deletes; Owner also manages role
   * assignments. A caller without a right to a resource gets PERMISSION_DENIED
   * whether or not it exists.
   * Resources are created only in a subscription that exists (CreateSubscription);
   * in one that does not, administrators get NOT_FOUND (SUBSCRIPTION_NOT_FOUND) and
   * everyone else PERMISSION_DENIED. Without auth (--auth none) a subscription is
   * registered on first use instead, in the tenant "tenants/default".
   * </pre>
   */
  public static final class AccessServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AccessServiceFutureStub> {
    private AccessServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's principal, with its groups and roles.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Caller> getCaller(
        com.imagegallery.v1.GetCallerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCallerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Tenant> createTenant(
        com.imagegallery.v1.CreateTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListTenantsResponse> listTenants(
        com.imagegallery.v1.ListTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTenantsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only. The subscription's tenant is the caller's unless given;
     * the principal named as owner gets the Owner role on it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Subscription> createSubscription(
        com.imagegallery.v1.CreateSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSubscriptionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Anyone holding a role in the subscription (at it or under it).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Subscription> getSubscription(
        com.imagegallery.v1.GetSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSubscriptionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Every subscription for administrators; for others, those they hold a role in.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListSubscriptionsResponse> listSubscriptions(
        com.imagegallery.v1.ListSubscriptionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSubscriptionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Owners of the subscription: allow-lists a region that needs it
     * (australiacentral, australiacentral2) as a replication target.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Subscription> allowRegion(
        com.imagegallery.v1.AllowRegionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAllowRegionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Principal> createPrincipal(
        com.imagegallery.v1.CreatePrincipalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreatePrincipalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators, and the principal itself.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Principal> getPrincipal(
        com.imagegallery.v1.GetPrincipalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPrincipalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListPrincipalsResponse> listPrincipals(
        com.imagegallery.v1.ListPrincipalsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPrincipalsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only: changes display_name or administrator.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Principal> updatePrincipal(
        com.imagegallery.v1.UpdatePrincipalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdatePrincipalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only: a user or service principal joins a group.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Principal> addGroupMember(
        com.imagegallery.v1.AddGroupMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddGroupMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Principal> removeGroupMember(
        com.imagegallery.v1.RemoveGroupMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveGroupMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only. The answer holds the secret, which is never shown again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.CreateTokenResponse> createToken(
        com.imagegallery.v1.CreateTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators only; secrets are never listed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListTokensResponse> listTokens(
        com.imagegallery.v1.ListTokensRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTokensMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Administrators, and the token's own principal.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.Token> revokeToken(
        com.imagegallery.v1.RevokeTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Owners of the scope.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.RoleAssignment> createRoleAssignment(
        com.imagegallery.v1.CreateRoleAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRoleAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Readers of the scope: the assignments at it and under it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListRoleAssignmentsResponse> listRoleAssignments(
        com.imagegallery.v1.ListRoleAssignmentsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRoleAssignmentsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Owners of the assignment's scope.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteRoleAssignment(
        com.imagegallery.v1.DeleteRoleAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRoleAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Owners of the scope (administrators for everything): every mutation and
     * access change, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.imagegallery.v1.ListAuditRecordsResponse> listAuditRecords(
        com.imagegallery.v1.ListAuditRecordsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAuditRecordsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_CALLER = 0;
  private static final int METHODID_CREATE_TENANT = 1;
  private static final int METHODID_LIST_TENANTS = 2;
  private static final int METHODID_CREATE_SUBSCRIPTION = 3;
  private static final int METHODID_GET_SUBSCRIPTION = 4;
  private static final int METHODID_LIST_SUBSCRIPTIONS = 5;
  private static final int METHODID_ALLOW_REGION = 6;
  private static final int METHODID_CREATE_PRINCIPAL = 7;
  private static final int METHODID_GET_PRINCIPAL = 8;
  private static final int METHODID_LIST_PRINCIPALS = 9;
  private static final int METHODID_UPDATE_PRINCIPAL = 10;
  private static final int METHODID_ADD_GROUP_MEMBER = 11;
  private static final int METHODID_REMOVE_GROUP_MEMBER = 12;
  private static final int METHODID_CREATE_TOKEN = 13;
  private static final int METHODID_LIST_TOKENS = 14;
  private static final int METHODID_REVOKE_TOKEN = 15;
  private static final int METHODID_CREATE_ROLE_ASSIGNMENT = 16;
  private static final int METHODID_LIST_ROLE_ASSIGNMENTS = 17;
  private static final int METHODID_DELETE_ROLE_ASSIGNMENT = 18;
  private static final int METHODID_LIST_AUDIT_RECORDS = 19;

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
        case METHODID_GET_CALLER:
          serviceImpl.getCaller((com.imagegallery.v1.GetCallerRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Caller>) responseObserver);
          break;
        case METHODID_CREATE_TENANT:
          serviceImpl.createTenant((com.imagegallery.v1.CreateTenantRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Tenant>) responseObserver);
          break;
        case METHODID_LIST_TENANTS:
          serviceImpl.listTenants((com.imagegallery.v1.ListTenantsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListTenantsResponse>) responseObserver);
          break;
        case METHODID_CREATE_SUBSCRIPTION:
          serviceImpl.createSubscription((com.imagegallery.v1.CreateSubscriptionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription>) responseObserver);
          break;
        case METHODID_GET_SUBSCRIPTION:
          serviceImpl.getSubscription((com.imagegallery.v1.GetSubscriptionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription>) responseObserver);
          break;
        case METHODID_LIST_SUBSCRIPTIONS:
          serviceImpl.listSubscriptions((com.imagegallery.v1.ListSubscriptionsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListSubscriptionsResponse>) responseObserver);
          break;
        case METHODID_ALLOW_REGION:
          serviceImpl.allowRegion((com.imagegallery.v1.AllowRegionRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Subscription>) responseObserver);
          break;
        case METHODID_CREATE_PRINCIPAL:
          serviceImpl.createPrincipal((com.imagegallery.v1.CreatePrincipalRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal>) responseObserver);
          break;
        case METHODID_GET_PRINCIPAL:
          serviceImpl.getPrincipal((com.imagegallery.v1.GetPrincipalRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal>) responseObserver);
          break;
        case METHODID_LIST_PRINCIPALS:
          serviceImpl.listPrincipals((com.imagegallery.v1.ListPrincipalsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListPrincipalsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_PRINCIPAL:
          serviceImpl.updatePrincipal((com.imagegallery.v1.UpdatePrincipalRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal>) responseObserver);
          break;
        case METHODID_ADD_GROUP_MEMBER:
          serviceImpl.addGroupMember((com.imagegallery.v1.AddGroupMemberRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal>) responseObserver);
          break;
        case METHODID_REMOVE_GROUP_MEMBER:
          serviceImpl.removeGroupMember((com.imagegallery.v1.RemoveGroupMemberRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Principal>) responseObserver);
          break;
        case METHODID_CREATE_TOKEN:
          serviceImpl.createToken((com.imagegallery.v1.CreateTokenRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.CreateTokenResponse>) responseObserver);
          break;
        case METHODID_LIST_TOKENS:
          serviceImpl.listTokens((com.imagegallery.v1.ListTokensRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListTokensResponse>) responseObserver);
          break;
        case METHODID_REVOKE_TOKEN:
          serviceImpl.revokeToken((com.imagegallery.v1.RevokeTokenRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.Token>) responseObserver);
          break;
        case METHODID_CREATE_ROLE_ASSIGNMENT:
          serviceImpl.createRoleAssignment((com.imagegallery.v1.CreateRoleAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.RoleAssignment>) responseObserver);
          break;
        case METHODID_LIST_ROLE_ASSIGNMENTS:
          serviceImpl.listRoleAssignments((com.imagegallery.v1.ListRoleAssignmentsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListRoleAssignmentsResponse>) responseObserver);
          break;
        case METHODID_DELETE_ROLE_ASSIGNMENT:
          serviceImpl.deleteRoleAssignment((com.imagegallery.v1.DeleteRoleAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_LIST_AUDIT_RECORDS:
          serviceImpl.listAuditRecords((com.imagegallery.v1.ListAuditRecordsRequest) request,
              (io.grpc.stub.StreamObserver<com.imagegallery.v1.ListAuditRecordsResponse>) responseObserver);
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
          getGetCallerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetCallerRequest,
              com.imagegallery.v1.Caller>(
                service, METHODID_GET_CALLER)))
        .addMethod(
          getCreateTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateTenantRequest,
              com.imagegallery.v1.Tenant>(
                service, METHODID_CREATE_TENANT)))
        .addMethod(
          getListTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListTenantsRequest,
              com.imagegallery.v1.ListTenantsResponse>(
                service, METHODID_LIST_TENANTS)))
        .addMethod(
          getCreateSubscriptionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateSubscriptionRequest,
              com.imagegallery.v1.Subscription>(
                service, METHODID_CREATE_SUBSCRIPTION)))
        .addMethod(
          getGetSubscriptionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetSubscriptionRequest,
              com.imagegallery.v1.Subscription>(
                service, METHODID_GET_SUBSCRIPTION)))
        .addMethod(
          getListSubscriptionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListSubscriptionsRequest,
              com.imagegallery.v1.ListSubscriptionsResponse>(
                service, METHODID_LIST_SUBSCRIPTIONS)))
        .addMethod(
          getAllowRegionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.AllowRegionRequest,
              com.imagegallery.v1.Subscription>(
                service, METHODID_ALLOW_REGION)))
        .addMethod(
          getCreatePrincipalMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreatePrincipalRequest,
              com.imagegallery.v1.Principal>(
                service, METHODID_CREATE_PRINCIPAL)))
        .addMethod(
          getGetPrincipalMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.GetPrincipalRequest,
              com.imagegallery.v1.Principal>(
                service, METHODID_GET_PRINCIPAL)))
        .addMethod(
          getListPrincipalsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListPrincipalsRequest,
              com.imagegallery.v1.ListPrincipalsResponse>(
                service, METHODID_LIST_PRINCIPALS)))
        .addMethod(
          getUpdatePrincipalMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.UpdatePrincipalRequest,
              com.imagegallery.v1.Principal>(
                service, METHODID_UPDATE_PRINCIPAL)))
        .addMethod(
          getAddGroupMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.AddGroupMemberRequest,
              com.imagegallery.v1.Principal>(
                service, METHODID_ADD_GROUP_MEMBER)))
        .addMethod(
          getRemoveGroupMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.RemoveGroupMemberRequest,
              com.imagegallery.v1.Principal>(
                service, METHODID_REMOVE_GROUP_MEMBER)))
        .addMethod(
          getCreateTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateTokenRequest,
              com.imagegallery.v1.CreateTokenResponse>(
                service, METHODID_CREATE_TOKEN)))
        .addMethod(
          getListTokensMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListTokensRequest,
              com.imagegallery.v1.ListTokensResponse>(
                service, METHODID_LIST_TOKENS)))
        .addMethod(
          getRevokeTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.RevokeTokenRequest,
              com.imagegallery.v1.Token>(
                service, METHODID_REVOKE_TOKEN)))
        .addMethod(
          getCreateRoleAssignmentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.CreateRoleAssignmentRequest,
              com.imagegallery.v1.RoleAssignment>(
                service, METHODID_CREATE_ROLE_ASSIGNMENT)))
        .addMethod(
          getListRoleAssignmentsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListRoleAssignmentsRequest,
              com.imagegallery.v1.ListRoleAssignmentsResponse>(
                service, METHODID_LIST_ROLE_ASSIGNMENTS)))
        .addMethod(
          getDeleteRoleAssignmentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.DeleteRoleAssignmentRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_ROLE_ASSIGNMENT)))
        .addMethod(
          getListAuditRecordsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.imagegallery.v1.ListAuditRecordsRequest,
              com.imagegallery.v1.ListAuditRecordsResponse>(
                service, METHODID_LIST_AUDIT_RECORDS)))
        .build();
  }

  private static abstract class AccessServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AccessServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.imagegallery.v1.AccessServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AccessService");
    }
  }

  private static final class AccessServiceFileDescriptorSupplier
      extends AccessServiceBaseDescriptorSupplier {
    AccessServiceFileDescriptorSupplier() {}
  }

  private static final class AccessServiceMethodDescriptorSupplier
      extends AccessServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AccessServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AccessServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AccessServiceFileDescriptorSupplier())
              .addMethod(getGetCallerMethod())
              .addMethod(getCreateTenantMethod())
              .addMethod(getListTenantsMethod())
              .addMethod(getCreateSubscriptionMethod())
              .addMethod(getGetSubscriptionMethod())
              .addMethod(getListSubscriptionsMethod())
              .addMethod(getAllowRegionMethod())
              .addMethod(getCreatePrincipalMethod())
              .addMethod(getGetPrincipalMethod())
              .addMethod(getListPrincipalsMethod())
              .addMethod(getUpdatePrincipalMethod())
              .addMethod(getAddGroupMemberMethod())
              .addMethod(getRemoveGroupMemberMethod())
              .addMethod(getCreateTokenMethod())
              .addMethod(getListTokensMethod())
              .addMethod(getRevokeTokenMethod())
              .addMethod(getCreateRoleAssignmentMethod())
              .addMethod(getListRoleAssignmentsMethod())
              .addMethod(getDeleteRoleAssignmentMethod())
              .addMethod(getListAuditRecordsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
