// The client's defaults, with nothing listening: UNAVAILABLE is retried for
// safe calls only, writes get request ids, the token goes with every attempt,
// and calls reject with ImageGalleryError (no server needed).
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { Code, createImageGalleryClient, ImageGalleryError } from "../src/index.js";

/** A port nobody listens on. */
async function closedPort() {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("UNAVAILABLE is retried for reads and writes with a request id; a write without one gets one", async () => {
  const attempts = [];
  const clientOf = async (options) =>
    createImageGalleryClient({
      address: `127.0.0.1:${await closedPort()}`,
      token: "secret",
      maxAttempts: 3,
      interceptors: [
        (next) => (req) => (attempts.push([req.method.name, req.header.get("authorization"), req.message.requestId]), next(req)),
      ],
      ...options,
    });
  const count = async (call) => {
    attempts.length = 0;
    const err = await call().then(() => assert.fail("answered"), (e) => e);
    assert.ok(err instanceof ImageGalleryError, `${err}`);
    assert.equal(err.code, Code.Unavailable, err.message);
    return attempts.length;
  };
  const client = await clientOf({});
  const parent = "/subscriptions/s/resourceGroups/r";
  assert.equal(await count(() => client.regions.getRegion({ name: "eastus" })), 3);
  assert.equal(await count(() => client.galleries.createGallery({ parent, requestId: "r1" })), 3);
  assert.deepEqual(attempts.map(([, , id]) => id), ["r1", "r1", "r1"]);

  // A write left without a request id is given one, the same for every attempt,
  // on a copy of the caller's request.
  const request = { parent };
  assert.equal(await count(() => client.galleries.createGallery(request)), 3);
  const [id] = new Set(attempts.map(([, , id]) => id));
  assert.match(id, /^[0-9a-f-]{36}$/);
  assert.equal(new Set(attempts.map(([, , id]) => id)).size, 1);
  assert.equal(request.requestId, undefined);

  const manual = await clientOf({ autoRequestIds: false });
  assert.equal(await count(() => manual.galleries.createGallery({ parent })), 1);
  assert.deepEqual(attempts, [["CreateGallery", "Bearer secret", ""]]);
});
