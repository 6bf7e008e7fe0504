// The replication watch: WatchReplicationStatus as an async iterable that
// reopens by itself from its last cursor.
import { Code } from "@connectrpc/connect";
import { backoffMs, sleep } from "./backoff.js";
import { isDisconnect, toImageGalleryError } from "./errors.js";

/**
 * Watches replication as an async iterable of WatchReplicationStatusResponse.
 * After a dropped connection it resumes from the last cursor received, with
 * backoff; told its cursor expired, it reads again from the current state
 * (send_initial_state) and goes on. Ends when `signal` aborts or the loop breaks.
 */
export async function* watchReplication(client, { scope = "", startCursor = "", sendInitialState = false, signal, maxRetries = Infinity } = {}) {
  let cursor = startCursor;
  let initial = sendInitialState;
  let failures = 0;
  for (;;) {
    // Each stream has its own signal, aborted when the caller stops iterating
    // (break, return, throw), so that no stream outlives its loop.
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      if (signal?.aborted) return;
      const stream = client.replication.watchReplicationStatus(
        { scope, startCursor: cursor, sendInitialState: initial },
        { signal: stop.signal },
      );
      for await (const message of stream) {
        failures = 0;
        cursor = message.cursor;
        // Only the first stream sends the initial state; resumes follow from the cursor.
        if (message.event.case === "checkpoint" && message.event.value.initialStateDone) initial = false;
        yield message;
      }
      // The server never ends a watch on its own; a clean end is a dropped connection.
    } catch (err) {
      if (signal?.aborted) return;
      const e = toImageGalleryError(err);
      if (e.code === Code.OutOfRange && e.reason === "ERROR_REASON_WATCH_CURSOR_EXPIRED") {
        cursor = "";
        initial = true;
      } else if (e.code === Code.ResourceExhausted && e.reason === "ERROR_REASON_WATCH_TOO_SLOW") {
        cursor = e.metadata.cursor || cursor;
      } else if (!isDisconnect(e)) {
        throw e;
      }
      if (++failures > maxRetries) throw e;
    } finally {
      signal?.removeEventListener("abort", onAbort);
      stop.abort();
    }
    await sleep(backoffMs(Math.max(0, failures - 1), 200), signal).catch(() => {});
    if (signal?.aborted) return;
  }
}
