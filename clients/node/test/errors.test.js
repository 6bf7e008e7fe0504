// The client's own behaviour against the live server at $IMAGEGALLERY_ADDRESS,
// under a "node-errors-…" subscription of its own: every call rejects (and every
// stream throws) an ImageGalleryError of its code's class (InvalidArgumentError, …), a write without a request id is given one
// and so applied once however often the client sends it, and close() ends the
// connection.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import {
  AlreadyExistsError,
  CanceledError,
  Code,
  ConnectError,
  createImageGalleryClient,
  ImageGalleryError,
  InvalidArgumentError,
  NotFoundError,
} from "../src/index.js";

const address = process.env.IMAGEGALLERY_ADDRESS;
const token = process.env.IMAGEGALLERY_TOKEN;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");

async function subscription(client) {
  const { name } = await client.access.createSubscription({ subscriptionId: `node-errors-${randomBytes(6).toString("hex")}` });
  return name;
}

/** Awaits a promise that must reject with an ImageGalleryError; answers it. */
async function refusal(promise) {
  const err = await promise.then((res) => assert.fail(`answered ${res?.$typeName}`), (e) => e);
  assert.ok(err instanceof ImageGalleryError, `not an ImageGalleryError: ${err?.name} ${err}`);
  return err;
}

test("a refused call rejects with an ImageGalleryError: code, reason and field violations", async () => {
  const client = createImageGalleryClient({ address, token });
  const parent = `${await subscription(client)}/resourceGroups/errors`;
  const err = await refusal(client.galleries.createGallery({ parent, galleryId: "-bad-", gallery: {} }));
  assert.ok(err instanceof InvalidArgumentError);
  assert.equal(err.name, "InvalidArgumentError");
  assert.equal(err.code, Code.InvalidArgument);
  assert.equal(err.codeName, "InvalidArgument");
  assert.equal(err.reason, "ERROR_REASON_INVALID_NAME");
  assert.equal(err.domain, "imagegallery.v1");
  assert.ok(err.fieldViolations.some((v) => v.field === "gallery_id" && v.reason === "ERROR_REASON_INVALID_NAME"), JSON.stringify(err.fieldViolations));
  assert.ok(err.cause instanceof ConnectError, "the cause is Connect's error");

  const missing = await refusal(client.galleries.getGallery({ name: `${parent}/providers/Microsoft.Compute/galleries/none` }));
  assert.ok(missing instanceof NotFoundError);
  assert.equal(missing.code, Code.NotFound);
  client.close();
});

test("a server stream throws an ImageGalleryError while iterating", async () => {
  const client = createImageGalleryClient({ address, token });
  const scope = await subscription(client);

  // Refused: a cursor the server never gave.
  const refused = client.replication.watchReplicationStatus({ scope, startCursor: "not-a-cursor" });
  const err = await refusal((async () => {
    for await (const message of refused) assert.fail(`a message: ${message.event.case}`);
  })());
  assert.notEqual(err.code, Code.Unknown, err.message);

  // Mid-stream: the watch is cancelled after its first message.
  const stop = new AbortController();
  const stream = client.replication.watchReplicationStatus({ scope, sendInitialState: true }, { signal: stop.signal });
  const cancelled = await refusal((async () => {
    for await (const message of stream) {
      assert.ok(message.cursor !== undefined);
      stop.abort();
    }
  })());
  assert.ok(cancelled instanceof CanceledError);
  assert.equal(cancelled.code, Code.Canceled);
  client.close();
});

test("a write without a request id is given one: sent again after UNAVAILABLE, it is applied once", async () => {
  // The first attempt reaches the server, and its answer is replaced by UNAVAILABLE.
  const attempts = [];
  const client = createImageGalleryClient({
    address,
    token,
    interceptors: [
      (next) => async (req) => {
        if (req.method.name !== "CreateGallery") return next(req);
        attempts.push(req.message.requestId);
        const res = await next(req);
        if (attempts.length === 1) throw new ConnectError("the answer was lost", Code.Unavailable);
        return res;
      },
    ],
  });
  const parent = `${await subscription(client)}/resourceGroups/ids`;
  const gallery = await client.galleries.createGallery({ parent, galleryId: "once", gallery: { location: "eastus" } });
  assert.equal(attempts.length, 2);
  assert.match(attempts[0], /^[0-9a-f-]{36}$/);
  assert.equal(attempts[1], attempts[0], "the retry carries the same request id");
  const { galleries } = await client.galleries.listGalleries({ parent });
  assert.deepEqual(galleries.map((g) => g.name), [gallery.name]);

  // The same create again, a new call: a new request id, so refused as a duplicate.
  const again = await refusal(client.galleries.createGallery({ parent, galleryId: "once", gallery: { location: "eastus" } }));
  assert.ok(again instanceof AlreadyExistsError);
  assert.equal(again.code, Code.AlreadyExists);
  assert.notEqual(attempts[2], attempts[0]);
  client.close();
});

test("close() ends the HTTP/2 connection and the calls open on it", async () => {
  const client = createImageGalleryClient({ address, token });
  const scope = await subscription(client);
  const stream = client.replication.watchReplicationStatus({ scope, sendInitialState: true })[Symbol.asyncIterator]();
  await stream.next(); // the watch is open
  assert.equal(client.sessionManager.state(), "open");
  client.close();
  assert.equal(client.sessionManager.state(), "closed");
  const err = await refusal((async () => {
    for (;;) if ((await stream.next()).done) return;
  })());
  assert.equal(err.code, Code.Canceled);
});
