// watchReplication's resume behaviour, against an in-memory ReplicationService
// that drops the stream and expires cursors on cue (no server needed).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Code, ConnectError, createClient, createRouterTransport } from "@connectrpc/connect";
import { ErrorInfoSchema, ReplicationService, watchReplication } from "../src/index.js";

const change = (cursor) => ({ event: { case: "change", value: { imageVersion: `v${cursor}` } }, cursor });

function fakeClient(script) {
  const requests = [];
  const transport = createRouterTransport(({ service }) => {
    service(ReplicationService, {
      async *watchReplicationStatus(req) {
        requests.push({ startCursor: req.startCursor, sendInitialState: req.sendInitialState });
        yield* script(requests.length, req);
      },
    });
  });
  return { client: { replication: createClient(ReplicationService, transport) }, requests };
}

test("a watch resumes from its last cursor and re-reads when its cursor expired", async () => {
  const { client, requests } = fakeClient(async function* (n) {
    if (n === 1) {
      yield change("1");
      yield change("2");
      throw new ConnectError("connection lost", Code.Unavailable);
    }
    if (n === 2) {
      const info = { reason: "ERROR_REASON_WATCH_CURSOR_EXPIRED", domain: "imagegallery.v1", metadata: { oldestCursor: "9" } };
      throw new ConnectError("expired", Code.OutOfRange, undefined, [{ desc: ErrorInfoSchema, value: info }]);
    }
    yield change("10");
    yield { event: { case: "checkpoint", value: { initialStateDone: true } }, cursor: "10" };
    yield change("11");
  });
  const cursors = [];
  for await (const message of watchReplication(client, { scope: "s", startCursor: "0" })) {
    cursors.push(message.cursor);
    if (cursors.length === 5) break;
  }
  assert.deepEqual(cursors, ["1", "2", "10", "10", "11"]);
  assert.deepEqual(requests, [
    { startCursor: "0", sendInitialState: false },
    { startCursor: "2", sendInitialState: false },
    { startCursor: "", sendInitialState: true },
  ]);
});

test("a watch rejects what it cannot act on as an ImageGalleryError", async () => {
  const { client } = fakeClient(async function* () {
    const info = { reason: "ERROR_REASON_FIELD_INVALID", domain: "imagegallery.v1", metadata: { field: "scope" } };
    yield* [];
    throw new ConnectError("bad scope", Code.InvalidArgument, undefined, [{ desc: ErrorInfoSchema, value: info }]);
  });
  await assert.rejects(
    async () => {
      for await (const _ of watchReplication(client, { scope: "nonsense" }));
    },
    { name: "InvalidArgumentError", code: Code.InvalidArgument, reason: "ERROR_REASON_FIELD_INVALID" },
  );
});
