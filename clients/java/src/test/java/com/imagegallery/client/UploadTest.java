package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.imagegallery.v1.Upload;
import com.imagegallery.v1.UploadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadTest {
  /**
   * An upload interrupted after its first chunk goes on, by its name, from what the server
   * holds, and commits the file's size and sha256.
   */
  @Test
  void anInterruptedUploadResumes(@TempDir Path dir) throws Exception {
    byte[] disk = new byte[4 * 4096];
    ThreadLocalRandom.current().nextBytes(disk);
    Path file = Files.write(dir.resolve("disk.raw"), disk);
    try (ImageGalleryClient client = Live.client()) {
      String rg = ResourceIds.resourceGroup(Live.newSubscription(client), "uploads");
      List<String> names = new ArrayList<>();
      ImageGalleryClient.UploadOptions interrupted =
          new ImageGalleryClient.UploadOptions()
              .chunkSize(4096)
              .progress((upload, done, size) -> {
                names.add(upload);
                if (done >= 2 * 4096) {
                  throw new IllegalStateException("interrupted");
                }
              });
      assertThrows(IllegalStateException.class, () -> client.upload(rg, "eastus", file, interrupted));

      List<Long> resumedAt = new ArrayList<>();
      ImageGalleryClient.UploadOptions resume =
          new ImageGalleryClient.UploadOptions()
              .resume(names.get(0))
              .chunkSize(4096)
              .progress((upload, done, size) -> resumedAt.add(done));
      Upload committed = client.upload("", "", file, resume);

      assertEquals(names.get(0), committed.getName());
      assertEquals(UploadState.UPLOAD_STATE_COMMITTED, committed.getState());
      assertEquals(disk.length, committed.getDisk().getSizeBytes());
      assertEquals(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(disk)),
          committed.getDisk().getSha256());
      assertTrue(resumedAt.get(0) <= 2 * 4096, "resumed past what was sent: " + resumedAt);
      assertEquals((long) disk.length, resumedAt.get(resumedAt.size() - 1));
    }
  }
}
