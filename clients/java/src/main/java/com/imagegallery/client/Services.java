package com.imagegallery.client;

import com.google.longrunning.OperationsGrpc;
import com.google.protobuf.Message;
import com.imagegallery.v1.AccessServiceGrpc;
import com.imagegallery.v1.GalleryServiceGrpc;
import com.imagegallery.v1.ImageDefinitionServiceGrpc;
import com.imagegallery.v1.ImageSourceServiceGrpc;
import com.imagegallery.v1.ImageVersionServiceGrpc;
import com.imagegallery.v1.MaintenanceServiceGrpc;
import com.imagegallery.v1.PlanningServiceGrpc;
import com.imagegallery.v1.RegionServiceGrpc;
import com.imagegallery.v1.ReplicationServiceGrpc;
import com.imagegallery.v1.SharedGalleryServiceGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every service the server serves (but health and reflection), and which calls are safe to retry. */
public final class Services {
  /** The services, as their generated descriptors. */
  public static final List<ServiceDescriptor> ALL =
      List.of(
          AccessServiceGrpc.getServiceDescriptor(),
          GalleryServiceGrpc.getServiceDescriptor(),
          ImageDefinitionServiceGrpc.getServiceDescriptor(),
          ImageSourceServiceGrpc.getServiceDescriptor(),
          ImageVersionServiceGrpc.getServiceDescriptor(),
          MaintenanceServiceGrpc.getServiceDescriptor(),
          PlanningServiceGrpc.getServiceDescriptor(),
          RegionServiceGrpc.getServiceDescriptor(),
          ReplicationServiceGrpc.getServiceDescriptor(),
          SharedGalleryServiceGrpc.getServiceDescriptor(),
          OperationsGrpc.getServiceDescriptor());

  private Services() {}

  /**
   * Safe to make again after UNAVAILABLE: reads (Get*, List*, WaitOperation, the
   * PlanningService), and, when request ids are filled in, writes that carry one (the
   * server answers a repeat from its record of the first).
   */
  static boolean safeToRetry(MethodDescriptor<?, ?> method, boolean requestIds) {
    String name = method.getBareMethodName();
    if (name.startsWith("Get")
        || name.startsWith("List")
        || name.equals("WaitOperation")
        || PlanningServiceGrpc.SERVICE_NAME.equals(method.getServiceName())) {
      return true;
    }
    return requestIds
        && method.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> m
        && m.getMessagePrototype() instanceof Message prototype
        && CallDefaults.requestIdField(prototype) != null;
  }

  /** A gRPC service config retrying the safe unary calls on UNAVAILABLE by {@code policy}. */
  static Map<String, Object> retryConfig(RetryPolicy policy, boolean requestIds) {
    List<Object> names = new ArrayList<>();
    for (ServiceDescriptor service : ALL) {
      for (MethodDescriptor<?, ?> method : service.getMethods()) {
        if (method.getType() == MethodDescriptor.MethodType.UNARY
            && safeToRetry(method, requestIds)) {
          names.add(Map.of("service", service.getName(), "method", method.getBareMethodName()));
        }
      }
    }
    Map<String, Object> retry =
        Map.of(
            "maxAttempts", (double) policy.maxAttempts(),
            "initialBackoff", seconds(policy.initial()),
            "maxBackoff", seconds(policy.maximum()),
            "backoffMultiplier", policy.multiplier(),
            "retryableStatusCodes", List.of("UNAVAILABLE"));
    return Map.of("methodConfig", List.of(Map.of("name", names, "retryPolicy", retry)));
  }

  private static String seconds(java.time.Duration d) {
    return d.toNanos() / 1e9 + "s";
  }
}
