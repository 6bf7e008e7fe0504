// The Azure-shaped surface against the live server at $IMAGEGALLERY_ADDRESS:
// pollers (begin…, …AndWait, resumed by name), pagers (for await, byPage with
// maxPageSize and continuationToken) and the calls that take ids, beside the
// request form; and a failed operation's typed error, on a server of the test's own.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AggregatedReplicationState,
  createImageGalleryClient,
  FailedPreconditionError,
  galleryName,
  getContinuationToken,
  imageDefinitionName,
  imageVersionName,
  NotFoundError,
  OperationPoller,
  OsState,
  OsType,
  UnavailableError,
} from "../src/index.js";
import { liveClient, newSubscription, publishable, startTestServer, versionBody } from "./live.js";

// Only so that a broken test ends.
const deadline = () => ({ abortSignal: AbortSignal.timeout(120_000) });

async function collect(iterable) {
  const items = [];
  for await (const item of iterable) items.push(item);
  return items;
}

test("a poller follows a version to its end, resumed from its name; update, retry and delete", async () => {
  const client = liveClient();
  const subscriptionId = await newSubscription(client, "node-lro");
  const source = await publishable(client, subscriptionId, "rg", 1024 * 1024);
  const versions = client.subscription(subscriptionId).galleryImageVersions;
  const name = imageVersionName(subscriptionId, "rg", "gallery", "ubuntu", "1.0.0");

  const poller = await versions.beginCreate("rg", "gallery", "ubuntu", "1.0.0", versionBody(source, "eastus", "westus"));
  assert.ok(poller instanceof OperationPoller);
  assert.match(poller.operationName, /^operations\//);
  assert.equal(poller.toString(), poller.operationName);
  assert.ok(["running", "succeeded"].includes(poller.getOperationState().status));

  const resumed = await client.pollerFrom(poller.toString());
  const seen = [];
  resumed.onProgress((state) => seen.push(state.status));
  const wasRunning = !resumed.isDone();
  const version = await resumed.pollUntilDone(deadline());
  assert.equal(version.name, name);
  assert.equal(version.replicationStatus?.aggregatedState, AggregatedReplicationState.COMPLETED);
  // Progress is heard while the operation runs (if it still did when resumed), and at its end.
  assert.deepEqual(wasRunning ? seen.at(-1) : seen, wasRunning ? "succeeded" : []);
  assert.equal(resumed.getOperationState().status, "succeeded");
  assert.ok(resumed.isDone());
  assert.equal(resumed.getResult()?.name, name);
  assert.equal((await resumed.poll()).status, "succeeded");

  // The first poller hears the end too, and so does one resumed through a begin call.
  assert.equal((await poller.pollUntilDone(deadline())).name, name);
  const again = await client.beginCreateImageVersion(undefined, { resumeFrom: poller.toString() });
  assert.equal(again.getResult()?.name, name);

  const updated = await versions.beginUpdateAndWait("rg", "gallery", "ubuntu", "1.0.0", { tags: { stage: "tested" } }, { updateMask: { paths: ["tags"] } });
  assert.equal(updated.tags.stage, "tested");

  // Nothing failed: nothing to retry.
  const retry = await versions.beginRetryReplication("rg", "gallery", "ubuntu", "1.0.0").then(assert.fail, (e) => e);
  assert.ok(retry instanceof FailedPreconditionError, `${retry}`);
  assert.equal(retry.reason, "ERROR_REASON_NO_FAILED_REGIONS");

  const deleting = await client.beginDeleteImageVersion(name);
  assert.equal(await deleting.pollUntilDone(deadline()), undefined);
  assert.equal(deleting.getOperationState().status, "succeeded");
  await assert.rejects(versions.get("rg", "gallery", "ubuntu", "1.0.0"), NotFoundError);
  client.close();
});

test("pagers: every item with for await, pages with byPage({ maxPageSize, continuationToken }), by request or by ids", async () => {
  const client = liveClient();
  const subscriptionId = await newSubscription(client, "node-pages");
  const source = await publishable(client, subscriptionId, "rg", 64 * 1024);
  const sub = client.subscription(subscriptionId);
  const parent = imageDefinitionName(subscriptionId, "rg", "gallery", "ubuntu");
  const made = [];
  for (const id of ["1.0.0", "1.0.1", "1.1.0"]) {
    const request = { parent, imageVersionId: id, imageVersion: versionBody(source, "eastus") };
    made.push((await client.beginCreateImageVersionAndWait(request, deadline())).name);
  }

  assert.deepEqual((await collect(client.listImageVersions({ parent }))).map((v) => v.name), made);
  assert.deepEqual((await collect(sub.galleryImageVersions.listByGalleryImage("rg", "gallery", "ubuntu"))).map((v) => v.name), made);

  const pages = await collect(client.listImageVersions({ parent }).byPage({ maxPageSize: 2 }));
  assert.deepEqual(pages.map((page) => page.map((v) => v.name)), [made.slice(0, 2), made.slice(2)]);
  const token = getContinuationToken(pages[0]);
  assert.ok(token, "the first page has a continuation token");
  assert.equal(getContinuationToken(pages[1]), undefined);
  const rest = await collect(sub.galleryImageVersions.listByGalleryImage("rg", "gallery", "ubuntu").byPage({ maxPageSize: 2, continuationToken: token }));
  assert.deepEqual(rest.map((page) => page.map((v) => v.name)), [made.slice(2)]);

  // The other groups, and a list of one page.
  assert.deepEqual((await collect(sub.galleries.listByResourceGroup("rg"))).map((g) => g.name.split("/").at(-1)), ["gallery"]);
  assert.deepEqual((await collect(sub.galleryImages.listByGallery("rg", "gallery"))).map((d) => d.name), [parent]);
  const regions = await collect(client.listRegions().byPage({ maxPageSize: 1 }));
  assert.ok(regions.length > 1 && regions.every((page) => page.length === 1), `pages of ${regions.map((p) => p.length)}`);
  const me = await client.access.getCaller({});
  const tokens = client.listTokens({ parent: me.principal?.name });
  assert.ok((await collect(tokens)).length >= 1);
  await assert.rejects(collect(client.listTokens({ parent: me.principal?.name }).byPage({ maxPageSize: 1 })), /one page/);

  // Latest, by ids; a get by ids.
  assert.equal((await sub.galleryImageVersions.getLatest("rg", "gallery", "ubuntu")).name, made.at(-1));
  assert.equal((await sub.galleryImages.get("rg", "gallery", "ubuntu")).name, parent);
  client.close();
});

test("galleries and image definitions by ids: create, get, update, delete", async () => {
  const client = liveClient();
  const subscriptionId = await newSubscription(client, "node-ids");
  const { galleries, galleryImages } = client.subscription(subscriptionId);
  const gallery = await galleries.create("rg", "ids", { location: "westus", description: "first" });
  assert.equal(gallery.name, galleryName(subscriptionId, "rg", "ids"));
  const identifier = { publisher: "Contoso", offer: "Ubuntu", sku: "ids" };
  const definition = await galleryImages.create("rg", "ids", "ubuntu", { osType: OsType.LINUX, osState: OsState.GENERALIZED, identifier });
  assert.equal(definition.name, imageDefinitionName(subscriptionId, "rg", "ids", "ubuntu"));

  const updated = await galleries.update("rg", "ids", { description: "second" }, { updateMask: { paths: ["description"] } });
  assert.equal(updated.description, "second");
  assert.equal((await galleries.get("rg", "ids")).description, "second");
  const described = await galleryImages.update("rg", "ids", "ubuntu", { description: "noble" }, { updateMask: { paths: ["description"] } });
  assert.equal(described.description, "noble");

  await galleryImages.delete("rg", "ids", "ubuntu");
  await galleries.delete("rg", "ids");
  await assert.rejects(galleries.get("rg", "ids"), NotFoundError);
  client.close();
});

test("a failed operation: pollUntilDone rejects its typed error, the state says failed", async () => {
  // Every copy to westus arrives damaged and is tried once: the region fails.
  const server = await startTestServer({ IMAGEGALLERY_DAMAGED_COPIES: "westus=5", IMAGEGALLERY_REPLICATION_ATTEMPTS: "1" });
  try {
    const client = createImageGalleryClient({ address: server.address, token: server.token });
    const subscriptionId = await newSubscription(client, "node-failed");
    const source = await publishable(client, subscriptionId, "rg", 64 * 1024);
    const versions = client.subscription(subscriptionId).galleryImageVersions;
    const poller = await versions.beginCreate("rg", "gallery", "ubuntu", "1.0.0", versionBody(source, "eastus", "westus"));
    const failed = await poller.pollUntilDone(deadline()).then(assert.fail, (e) => e);
    assert.ok(failed instanceof UnavailableError, `${failed}`);
    assert.equal(failed.reason, "ERROR_REASON_REPLICATION_FAILED");
    assert.match(failed.message, /westus/);
    assert.equal(poller.getOperationState().status, "failed");
    assert.equal(poller.getOperationState().error, failed);
    assert.equal(poller.getResult(), undefined);
    client.close();
  } finally {
    await server.stop();
  }
});
