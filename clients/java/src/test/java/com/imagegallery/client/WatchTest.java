package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.imagegallery.client.ImageGalleryException.InvalidArgumentException;
import com.imagegallery.v1.AggregatedReplicationState;
import com.imagegallery.v1.WatchReplicationStatusResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class WatchTest {
  /**
   * A watch outlives a crash: killed and restarted while a version replicates, the server is
   * watched again from the last cursor (no re-read of the whole state) until the version
   * completes.
   */
  @Test
  @Timeout(180)
  void aWatchResumesFromItsCursorAfterTheServerRestarts(@TempDir Path dir) throws Exception {
    try (TestServer server = TestServer.withSlowWestus();
        ImageGalleryClient client = server.client()) {
      String subscription = Live.newSubscription(client);
      TestServer.beginSlowVersion(client, dir, subscription);
      String version = ResourceIds.imageVersion(subscription, "rg", "g", "d", "1.0.0");
      List<ImageGalleryException> causes = new CopyOnWriteArrayList<>();
      List<Boolean> rereads = new CopyOnWriteArrayList<>();
      ReplicationWatch.Options options =
          new ReplicationWatch.Options()
              .sendInitialState(true)
              .onReconnect((cause, reread) -> {
                causes.add(cause);
                rereads.add(reread);
              });
      try (ReplicationWatch watch = client.watch(version, options)) {
        WatchReplicationStatusResponse first = watch.next();
        assertEquals(version, first.getChange().getImageVersion());
        assertNotEquals(completed(), first.getChange().getStatus().getAggregatedState(), "completed before the crash");
        server.kill();
        server.restart();
        WatchReplicationStatusResponse last = first;
        while (!last.hasChange() || last.getChange().getStatus().getAggregatedState() != completed()) {
          last = watch.next();
        }
        assertEquals(last.getCursor(), watch.cursor());
      }
      assertFalse(causes.isEmpty(), "the watch never reconnected");
      assertTrue(causes.stream().allMatch(ImageGalleryException::isDisconnected), causes.toString());
      assertFalse(rereads.contains(true), "a resume re-read the whole state");
    }
  }

  /** What a watch cannot act on ends it with its typed error. */
  @Test
  void aWatchThrowsWhatItCannotActOn() {
    try (ImageGalleryClient client = Live.client();
        ReplicationWatch watch = client.watch("/nonsense", new ReplicationWatch.Options())) {
      InvalidArgumentException error =
          org.junit.jupiter.api.Assertions.assertThrows(InvalidArgumentException.class, watch::hasNext);
      assertFalse(error.getReason().isEmpty(), error.toString());
    }
  }

  private static AggregatedReplicationState completed() {
    return AggregatedReplicationState.AGGREGATED_REPLICATION_STATE_COMPLETED;
  }
}
