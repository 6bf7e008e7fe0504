package com.imagegallery.client;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What every call made through an {@link ImageGalleryClient} gets: the bearer token; a
 * deadline on unary calls that set none; and a fresh request id in a write whose {@code
 * request_id} is empty, so that a retry is answered from the server's record of the first
 * attempt instead of being applied twice (the channel's retries run below this, each
 * attempt with the same id).
 */
final class CallDefaults implements ClientInterceptor {
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final String token;
  private final Duration timeout;
  private final boolean requestIds;

  CallDefaults(String token, Duration timeout, boolean requestIds) {
    this.token = token;
    this.timeout = timeout;
    this.requestIds = requestIds;
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(
      MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    if (timeout != null
        && options.getDeadline() == null
        && method.getType() == MethodDescriptor.MethodType.UNARY) {
      options = options.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        if (token != null && !token.isEmpty()) {
          headers.put(AUTHORIZATION, "Bearer " + token);
        }
        super.start(listener, headers);
      }

      @Override
      public void sendMessage(Q message) {
        super.sendMessage(requestIds ? withRequestId(message) : message);
      }
    };
  }

  /** A random id for a request_id field. */
  static String newRequestId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** The request's {@code request_id} field, null when it has none. */
  static FieldDescriptor requestIdField(Message request) {
    FieldDescriptor field = request.getDescriptorForType().findFieldByName("request_id");
    return field != null && field.getJavaType() == FieldDescriptor.JavaType.STRING && !field.isRepeated()
        ? field
        : null;
  }

  @SuppressWarnings("unchecked")
  private static <Q> Q withRequestId(Q message) {
    if (!(message instanceof Message request)) {
      return message;
    }
    FieldDescriptor field = requestIdField(request);
    if (field == null || !((String) request.getField(field)).isEmpty()) {
      return message;
    }
    return (Q) request.toBuilder().setField(field, newRequestId()).build();
  }
}
