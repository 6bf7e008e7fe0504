package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.imagegallery.client.ImageGalleryException.NotFoundException;
import com.imagegallery.v1.AggregatedReplicationState;
import com.imagegallery.v1.ImageVersion;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class WaitTest {
  /**
   * A poller follows its operation through a crash: the server (with a slow link to westus)
   * is killed once the wait has seen the operation running, and restarted on the same data
   * dir and port once the wait has retried a call; the wait returns the version the
   * restarted server finished.
   */
  @Test
  @Timeout(180)
  void aPollerReturnsTheVersionARestartedServerFinished(@TempDir Path dir) throws Exception {
    try (TestServer server = TestServer.withSlowWestus();
        ImageGalleryClient client = server.client()) {
      String subscription = Live.newSubscription(client);
      OperationPoller<ImageVersion> poller =
          TestServer.beginSlowVersion(client, dir, subscription);
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch retried = new CountDownLatch(1);
      poller
          .setPollInterval(java.time.Duration.ofMillis(200))
          .onProgress(metadata -> {
            if (!metadata.hasEndTime()) {
              running.countDown();
            }
          })
          .onRetry(error -> retried.countDown());
      CompletableFuture<ImageVersion> result = CompletableFuture.supplyAsync(poller::getFinalResult);

      assertTrue(running.await(60, TimeUnit.SECONDS), "the wait never saw the operation running");
      server.kill();
      assertTrue(retried.await(60, TimeUnit.SECONDS), "the wait never retried a call");
      server.restart();
      ImageVersion version = result.get(120, TimeUnit.SECONDS);

      assertEquals(ResourceIds.imageVersion(subscription, "rg", "g", "d", "1.0.0"), version.getName());
      assertEquals(
          AggregatedReplicationState.AGGREGATED_REPLICATION_STATE_COMPLETED,
          version.getReplicationStatus().getAggregatedState());
      assertEquals(OperationPoller.OperationStatus.SUCCESSFULLY_COMPLETED, poller.getStatus());
    }
  }

  /** An answer of the server that is not a broken transport ends the wait at once. */
  @Test
  void aPollerThrowsAnAnswerOfTheServerWithoutRetrying() {
    try (ImageGalleryClient client = Live.client()) {
      AtomicInteger retries = new AtomicInteger();
      OperationPoller<ImageVersion> poller =
          client.resumePoller("operations/never-made", ImageVersion.class).onRetry(e -> retries.incrementAndGet());
      Live.refused(NotFoundException.class, "ERROR_REASON_RESOURCE_NOT_FOUND", poller::waitForCompletion);
      assertEquals(0, retries.get());
    }
  }
}
