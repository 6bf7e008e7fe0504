// What the tests against a live server share: its address and token, a
// subscription of a test's own, a server of a test's own that it may kill and
// restart, and a gallery, definition and source to publish versions of.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createImageGalleryClient, ImageSourceKind, OsState, OsType, resourceGroupName, uploadDisk } from "../src/index.js";

/** The shared server's address and the suite's (administrator's) token. */
export function liveServer() {
  const address = process.env.IMAGEGALLERY_ADDRESS;
  if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
  return { address, token: process.env.IMAGEGALLERY_TOKEN };
}

/** A client of the shared server, as the suite's principal. */
export const liveClient = (options) => createImageGalleryClient({ ...liveServer(), ...options });

/** A new subscription's id, "<prefix>-<random>", created by `client`. */
export async function newSubscription(client, prefix) {
  const subscriptionId = `${prefix}-${randomBytes(6).toString("hex")}`;
  await client.access.createSubscription({ subscriptionId });
  return subscriptionId;
}

/** The restartable server: answers() is its next JSON line; send("kill"), send("restart"). */
export async function startTestServer(env) {
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
export function event() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

/** Gallery "gallery", its definition "ubuntu" and image source "disk" (`size`
 * random bytes) in resource group `rg` of `subscriptionId`, made through the ids
 * surface; answers the source's name. */
export async function publishable(client, subscriptionId, rg, size) {
  const sub = client.subscription(subscriptionId);
  await sub.galleries.create(rg, "gallery", { location: "eastus" });
  const identifier = { publisher: "Contoso", offer: "Ubuntu", sku: rg };
  await sub.galleryImages.create(rg, "gallery", "ubuntu", { osType: OsType.LINUX, osState: OsState.GENERALIZED, identifier });
  const parent = resourceGroupName(subscriptionId, rg);
  const upload = await uploadDisk(client, { parent, location: "eastus", disk: new Uint8Array(randomBytes(size)) });
  return (await client.sources.createImageSource({ parent, imageSourceId: "disk", imageSource: linuxImage(upload.name) })).name;
}

/** An image source (in eastus) of a generalized Linux image whose OS disk is `uploadName`. */
export const linuxImage = (uploadName) => ({
  location: "eastus",
  kind: ImageSourceKind.MANAGED_IMAGE,
  osType: OsType.LINUX,
  osState: OsState.GENERALIZED,
  osDisk: { upload: uploadName },
});

/** An image version's body: from `source`, to `regions`. */
export const versionBody = (source, ...regions) => ({
  storageProfile: { source },
  publishingProfile: { targetRegions: regions.map((name) => ({ name })) },
});
