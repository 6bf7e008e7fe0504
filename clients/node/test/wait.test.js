// A wait follows its operation through a crash: a server of the test's own (the
// runner names its command in $IMAGEGALLERY_TEST_SERVER), with a slow link to
// westus, is killed (SIGKILL) once the wait has seen the operation running and
// restarted on the same data dir and port once the wait has retried a call; the
// wait resolves the version the restarted server finished. And a wait rejects an
// answer of the server at once, as an ImageGalleryError.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { test } from "node:test";
import {
  AggregatedReplicationState,
  Code,
  createImageGalleryClient,
  ImageSourceKind,
  OsState,
  OsType,
  uploadDisk,
  waitOperation,
} from "../src/index.js";

const DEADLINE_MS = 120_000; // only so that a broken test ends; a wait has none by default

/** The restartable server: answers() is its next JSON line; send("kill"), send("restart"). */
async function startTestServer(env) {
  const argv = JSON.parse(process.env.IMAGEGALLERY_TEST_SERVER ?? "null");
  if (!Array.isArray(argv)) throw new Error("IMAGEGALLERY_TEST_SERVER is not set: run the suite with the runner (make test-clients)");
  const child = spawn(argv[0], argv.slice(1), { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const answer = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error("the test server ended");
    return JSON.parse(value);
  };
  const send = async (command) => {
    child.stdin.write(`${command}\n`);
    const answered = await answer();
    assert.equal(answered.error, undefined);
    return answered;
  };
  const stop = async () => {
    child.stdin.end();
    const [code] = await once(child, "exit");
    assert.equal(code, 0);
  };
  return { ...(await answer()), send, stop };
}

/** A promise and what settles it: an event to wait for. */
function event() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

/** A gallery, a definition and a source of `size` random bytes under `parent`; the
 * operation creating version 1.0.0 of it in `regions`, and the version's name. */
async function startVersion(client, parent, size, regions) {
  const gallery = await client.galleries.createGallery({ parent, galleryId: "gallery", gallery: { location: "eastus" } });
  const identifier = { publisher: "Contoso", offer: "Ubuntu", sku: "wait" };
  const definition = await client.definitions.createImageDefinition({
    parent: gallery.name,
    imageDefinitionId: "ubuntu",
    imageDefinition: { osType: OsType.LINUX, osState: OsState.GENERALIZED, identifier },
  });
  const upload = await uploadDisk(client, { parent, location: "eastus", data: new Uint8Array(randomBytes(size)) });
  const osDisk = { upload: upload.name };
  const imageSource = { location: "eastus", kind: ImageSourceKind.MANAGED_IMAGE, osType: OsType.LINUX, osState: OsState.GENERALIZED, osDisk };
  const source = await client.sources.createImageSource({ parent, imageSourceId: "disk", imageSource });
  const operation = await client.versions.createImageVersion({
    parent: definition.name,
    imageVersionId: "1.0.0",
    imageVersion: {
      storageProfile: { source: source.name },
      publishingProfile: { targetRegions: regions.map((name) => ({ name })) },
    },
  });
  return { operation, versionName: `${definition.name}/versions/1.0.0` };
}

test("a wait resolves the version a restarted server finished", async () => {
  const server = await startTestServer({ IMAGEGALLERY_REGION_THROTTLES: "westus=1048576" });
  try {
    const client = createImageGalleryClient({ address: server.address, token: server.token });
    const subscription = await client.access.createSubscription({ subscriptionId: `node-${randomBytes(6).toString("hex")}` });
    const { operation, versionName } = await startVersion(client, `${subscription.name}/resourceGroups/rg`, 4 * 1024 * 1024, ["eastus", "westus"]);

    const running = event();
    const retried = event();
    const waited = waitOperation(client, operation.name, {
      intervalMs: 200,
      timeoutMs: DEADLINE_MS,
      onProgress: (_, op) => op.done || running.resolve(),
      onRetry: (error) => retried.resolve(error),
    });
    const ended = waited.then((v) => ({ ended: v }), (e) => ({ ended: e }));
    assert.equal(await Promise.race([running.promise, ended]), undefined, "the wait ended before it saw the operation running");
    await server.send("kill");
    const retry = await Promise.race([retried.promise, ended]);
    assert.equal(retry.name, "ImageGalleryError", `the wait ended before it retried: ${retry.ended}`);
    await server.send("restart");
    const version = await waited;
    assert.equal(version.name, versionName);
    assert.equal(version.replicationStatus?.aggregatedState, AggregatedReplicationState.COMPLETED);
  } finally {
    await server.stop();
  }
});

test("a wait rejects an answer of the server at once, as an ImageGalleryError", async () => {
  const address = process.env.IMAGEGALLERY_ADDRESS;
  assert.ok(address, "IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
  const client = createImageGalleryClient({ address, token: process.env.IMAGEGALLERY_TOKEN });
  const retries = [];
  await assert.rejects(waitOperation(client, "operations/never-made", { onRetry: (e) => retries.push(e) }), {
    name: "ImageGalleryError",
    code: Code.NotFound,
  });
  assert.deepEqual(retries, []);
});
