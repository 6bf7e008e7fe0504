// uploadDisk against the live server at $IMAGEGALLERY_ADDRESS: from a file's
// path, a Node Readable and an async iterable, with progress; a previous run's
// upload resumed by name, its bytes before the server's offset read but not
// sent again; and a write stream broken midway resumed from a stream's kept bytes.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Code, ConnectError, resourceGroupName, UploadState, uploadDisk } from "../src/index.js";
import { liveClient, newSubscription } from "./live.js";

const MiB = 1024 * 1024;
const SIZE = 3 * MiB + 12345;
let dir;
let path;
let bytes;
let parent;

/** A disk of SIZE bytes: random data, a MiB of zeros, random data. */
function diskBytes() {
  const data = new Uint8Array(SIZE);
  data.set(randomBytes(MiB + 100));
  data.set(randomBytes(SIZE - 2 * MiB - 100), 2 * MiB + 100);
  return data;
}

const sha256 = (data) => createHash("sha256").update(data).digest("hex");

/** A client whose WriteUpload messages' offsets go into `offsets`; `breakAfter`
 * messages into the first stream, that stream breaks (UNAVAILABLE). */
function recordingClient(offsets, breakAfter = Infinity) {
  let streams = 0;
  const record = (next) => (req) => {
    if (req.method.name !== "WriteUpload") return next(req);
    const stream = streams++;
    async function* messages() {
      let sent = 0;
      for await (const message of req.message) {
        if (stream === 0 && sent++ === breakAfter) throw new ConnectError("the link dropped", Code.Unavailable);
        offsets.push(Number(message.offset));
        yield message;
      }
    }
    return next({ ...req, message: messages() });
  };
  return liveClient({ interceptors: [record] });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "node-upload-"));
  bytes = diskBytes();
  path = join(dir, "disk.raw");
  await writeFile(path, bytes);
  const client = liveClient();
  parent = resourceGroupName(await newSubscription(client, "node-upload"), "disks");
  client.close();
});

after(() => rm(dir, { recursive: true, force: true }));

test("a disk from a file's path, a Readable and an async iterable: committed with its sha256, progress told", async () => {
  const client = liveClient();
  const progress = [];
  const fromFile = await uploadDisk(client, { parent, location: "eastus", disk: path, onProgress: (p) => progress.push(p) });
  assert.equal(fromFile.state, UploadState.COMMITTED);
  assert.equal(fromFile.disk?.sha256, sha256(bytes));
  assert.equal(fromFile.disk?.sizeBytes, BigInt(SIZE));
  assert.deepEqual(progress[0], { uploadName: fromFile.name, loadedBytes: 0, totalBytes: SIZE });
  assert.deepEqual(progress.at(-1), { uploadName: fromFile.name, loadedBytes: SIZE, totalBytes: SIZE });
  const loaded = progress.map((p) => p.loadedBytes);
  assert.deepEqual(loaded, [...loaded].sort((a, b) => a - b), "progress only goes up");

  const fromReadable = await uploadDisk(client, { parent, location: "eastus", disk: createReadStream(path, { highWaterMark: 64 * 1024 }), sizeBytes: SIZE });
  assert.equal(fromReadable.disk?.sha256, sha256(bytes));

  async function* pieces() {
    for (let offset = 0; offset < SIZE; offset += 777_777) yield bytes.subarray(offset, offset + 777_777);
  }
  const fromIterable = await uploadDisk(client, { parent, location: "eastus", disk: pieces(), sizeBytes: SIZE, chunkBytes: 4 * MiB });
  assert.equal(fromIterable.disk?.sha256, sha256(bytes));

  await assert.rejects(uploadDisk(client, { parent, location: "eastus", disk: pieces() }), /sizeBytes/);
  client.close();
});

test("a previous run's upload is resumed by name: from the server's offset, from a file or a stream", async () => {
  for (const disk of [() => path, () => createReadStream(path)]) {
    const client = liveClient();
    // The previous run: its first MiB written, then it stopped.
    const started = await client.sources.createUpload({ parent, upload: { location: "eastus", sizeBytes: BigInt(SIZE) } });
    const firstMiB = async function* () {
      yield { name: started.name, offset: 0n, data: bytes.subarray(0, MiB) };
    };
    await client.sources.writeUpload(firstMiB());
    client.close();

    const offsets = [];
    const progress = [];
    const resumed = await uploadDisk(recordingClient(offsets), {
      resume: started.name,
      disk: disk(),
      sizeBytes: SIZE,
      onProgress: (p) => progress.push(p.loadedBytes),
    });
    assert.equal(resumed.name, started.name);
    assert.equal(resumed.disk?.sha256, sha256(bytes));
    assert.equal(progress[0], MiB, "the first progress is what the server held");
    assert.ok(offsets.length > 0 && offsets.every((offset) => offset >= MiB), `sent again from before the server's offset: ${offsets}`);
  }
});

test("a write stream broken midway is resumed from the server's offset, from a stream's kept bytes", async () => {
  const offsets = [];
  const client = recordingClient(offsets, 2);
  const upload = await uploadDisk(client, { parent, location: "eastus", disk: createReadStream(path), sizeBytes: SIZE, chunkBytes: 512 * 1024 });
  assert.equal(upload.disk?.sha256, sha256(bytes));
  assert.ok(offsets.indexOf(0, 1) === -1 && offsets[0] === 0, `the stream was sent again from the start: ${offsets}`);
  assert.ok(offsets.length > 2, "a second stream went on after the break");
  client.close();
});
