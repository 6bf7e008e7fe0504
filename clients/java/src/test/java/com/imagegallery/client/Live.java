package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.imagegallery.v1.CreateSubscriptionRequest;
import com.imagegallery.v1.Subscription;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.function.Executable;

/**
 * The server a suite runs against: IMAGEGALLERY_ADDRESS and IMAGEGALLERY_TOKEN, as {@code
 * python -m imagegallery_server.testing} sets them (the tests that need it are skipped
 * without).
 */
final class Live {
  private Live() {}

  static ImageGalleryClient client() {
    String address = System.getenv("IMAGEGALLERY_ADDRESS");
    assumeTrue(address != null && !address.isEmpty(), "IMAGEGALLERY_ADDRESS names no server");
    return ImageGalleryClient.builder(address).token(System.getenv("IMAGEGALLERY_TOKEN")).build();
  }

  /** A fresh id for what a test creates: "java-" and random hex. */
  static String newId() {
    byte[] random = new byte[6];
    ThreadLocalRandom.current().nextBytes(random);
    return "java-" + HexFormat.of().formatHex(random);
  }

  /** A new subscription (its resource ID), in the suite administrator's tenant. */
  static String newSubscription(ImageGalleryClient client) {
    CreateSubscriptionRequest request =
        CreateSubscriptionRequest.newBuilder()
            .setSubscriptionId(newId())
            .setSubscription(Subscription.newBuilder().setDisplayName("Java suite"))
            .build();
    return client.call(() -> client.access().createSubscription(request)).getName();
  }

  /** Asserts that {@code call} throws the typed error of {@code type} with {@code reason}. */
  static <E extends ImageGalleryException> E refused(Class<E> type, String reason, Executable call) {
    E error = assertThrows(type, call);
    assertEquals(reason, error.getReason(), error.getMessage());
    return error;
  }
}
