package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.imagegallery.v1.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** A new subscription (its id), in the suite administrator's tenant. */
  static String newSubscription(ImageGalleryClient client) {
    String id = newId();
    CreateSubscriptionRequest request =
        CreateSubscriptionRequest.newBuilder()
            .setSubscriptionId(id)
            .setSubscription(Subscription.newBuilder().setDisplayName("Java suite"))
            .build();
    client.call(() -> client.access().createSubscription(request));
    return id;
  }

  /**
   * Creates gallery "g" (eastus), definition "d" and a source of {@code size} random bytes
   * in resource group {@code rg} of subscription {@code subscription}, then begins creating
   * version 1.0.0 replicated to {@code regions}.
   */
  static OperationPoller<ImageVersion> beginVersion(
      ImageGalleryClient c, Path dir, String subscription, String rg, int size, String... regions) throws IOException {
    String group = ResourceIds.resourceGroup(subscription, rg);
    Gallery gallery = c.call(() -> c.galleries().createGallery(CreateGalleryRequest.newBuilder().setParent(group)
        .setGalleryId("g").setGallery(Gallery.newBuilder().setLocation("eastus")).build()));
    c.call(() -> c.definitions().createImageDefinition(CreateImageDefinitionRequest.newBuilder()
        .setParent(gallery.getName()).setImageDefinitionId("d")
        .setImageDefinition(ImageDefinition.newBuilder().setOsType(OsType.OS_TYPE_LINUX)
            .setOsState(OsState.OS_STATE_GENERALIZED)
            .setIdentifier(ImageIdentifier.newBuilder().setPublisher("Contoso").setOffer("Ubuntu").setSku("java")))
        .build()));
    byte[] disk = new byte[size];
    ThreadLocalRandom.current().nextBytes(disk);
    Upload upload = c.upload(group, "eastus", Files.write(dir.resolve("disk.raw"), disk), new ImageGalleryClient.UploadOptions());
    ImageSource source = c.call(() -> c.sources().createImageSource(CreateImageSourceRequest.newBuilder()
        .setParent(group).setImageSourceId("disk")
        .setImageSource(ImageSource.newBuilder().setLocation("eastus")
            .setKind(ImageSourceKind.IMAGE_SOURCE_KIND_MANAGED_IMAGE)
            .setOsType(OsType.OS_TYPE_LINUX).setOsState(OsState.OS_STATE_GENERALIZED)
            .setOsDisk(SourceDisk.newBuilder().setUpload(upload.getName())))
        .build()));
    PublishingProfile.Builder targets = PublishingProfile.newBuilder();
    for (String region : regions) {
      targets.addTargetRegions(TargetRegion.newBuilder().setName(region));
    }
    return c.beginCreateImageVersion(subscription, rg, "g", "d", "1.0.0", ImageVersion.newBuilder()
        .setStorageProfile(StorageProfile.newBuilder().setSource(source.getName()))
        .setPublishingProfile(targets).build());
  }

  /** Asserts that {@code call} throws the typed error of {@code type} with {@code reason}. */
  static <E extends ImageGalleryException> E refused(Class<E> type, String reason, Executable call) {
    E error = assertThrows(type, call);
    assertEquals(reason, error.getReason(), error.getMessage());
    return error;
  }
}
