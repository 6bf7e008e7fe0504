// The client's defaults, with nothing listening: UNAVAILABLE is retried for
// safe calls only, and the token goes with every attempt (no server needed).
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { Code, createImageGalleryClient, toImageGalleryError } from "../src/index.js";

/** A port nobody listens on. */
async function closedPort() {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("UNAVAILABLE is retried for reads and writes with a request id, not for other writes", async () => {
  const attempts = [];
  const client = createImageGalleryClient({
    address: `127.0.0.1:${await closedPort()}`,
    token: "secret",
    maxAttempts: 3,
    interceptors: [(next) => (req) => (attempts.push([req.method.name, req.header.get("authorization")]), next(req))],
  });
  const count = async (call) => {
    attempts.length = 0;
    const err = await call().then(() => assert.fail("answered"), toImageGalleryError);
    assert.equal(err.code, Code.Unavailable, err.message);
    return attempts.length;
  };
  assert.equal(await count(() => client.regions.getRegion({ name: "eastus" })), 3);
  assert.equal(await count(() => client.galleries.createGallery({ parent: "/subscriptions/s/resourceGroups/r", requestId: "r1" })), 3);
  assert.equal(await count(() => client.galleries.createGallery({ parent: "/subscriptions/s/resourceGroups/r" })), 1);
  assert.deepEqual(attempts, [["CreateGallery", "Bearer secret"]]);
});
