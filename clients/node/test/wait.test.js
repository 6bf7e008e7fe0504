// A poller follows its operation through a crash: a server of the test's own
// (the runner names its command in $IMAGEGALLERY_TEST_SERVER), with a slow link
// to westus, is killed (SIGKILL) once the poller has seen the operation running
// and restarted on the same data dir and port once the wait has retried a call;
// pollUntilDone resolves the version the restarted server finished. And a wait
// rejects an answer of the server at once, as a typed error.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AggregatedReplicationState,
  createImageGalleryClient,
  ImageGalleryError,
  imageVersionName,
  NotFoundError,
  waitOperation,
} from "../src/index.js";
import { event, liveClient, newSubscription, publishable, startTestServer, versionBody } from "./live.js";

const DEADLINE_MS = 120_000; // only so that a broken test ends; a wait has none by default

test("a poller resolves the version a restarted server finished", async () => {
  const server = await startTestServer({ IMAGEGALLERY_REGION_THROTTLES: "westus=1048576" });
  try {
    const client = createImageGalleryClient({ address: server.address, token: server.token });
    const subscriptionId = await newSubscription(client, "node-wait");
    const source = await publishable(client, subscriptionId, "rg", 4 * 1024 * 1024);
    const running = event();
    const retried = event();
    const poller = await client
      .subscription(subscriptionId)
      .galleryImageVersions.beginCreate("rg", "gallery", "ubuntu", "1.0.0", versionBody(source, "eastus", "westus"), {
        updateIntervalInMs: 200,
        onRetry: (error) => retried.resolve(error),
      });
    poller.onProgress((state) => state.status === "running" && running.resolve());

    const waited = poller.pollUntilDone({ abortSignal: AbortSignal.timeout(DEADLINE_MS) });
    const ended = waited.then((v) => ({ ended: v }), (e) => ({ ended: e }));
    assert.equal(await Promise.race([running.promise, ended]), undefined, "the wait ended before it saw the operation running");
    await server.send("kill");
    const retry = await Promise.race([retried.promise, ended]);
    assert.ok(retry instanceof ImageGalleryError, `the wait ended before it retried: ${retry.ended}`);
    await server.send("restart");
    const version = await waited;
    assert.equal(version.name, imageVersionName(subscriptionId, "rg", "gallery", "ubuntu", "1.0.0"));
    assert.equal(version.replicationStatus?.aggregatedState, AggregatedReplicationState.COMPLETED);
    assert.equal(poller.getOperationState().status, "succeeded");
  } finally {
    await server.stop();
  }
});

test("a wait rejects an answer of the server at once, as a typed error", async () => {
  const client = liveClient();
  const retries = [];
  await assert.rejects(waitOperation(client, "operations/never-made", { onRetry: (e) => retries.push(e) }), NotFoundError);
  assert.deepEqual(retries, []);
  await assert.rejects(client.pollerFrom("operations/never-made"), NotFoundError);
  client.close();
});
