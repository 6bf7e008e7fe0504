// A stream disk keeps only its last replayBytes (no server needed): what a broken
// write sends again comes from them, and going back further is refused, not buffered.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openDisk } from "../src/disks.js";

const KiB = 1024;

/** A stream of `size` bytes, byte i being i % 251, in pieces of 3000 bytes. */
async function* numbered(size) {
  for (let offset = 0; offset < size; offset += 3000) {
    yield Uint8Array.from({ length: Math.min(3000, size - offset) }, (_, i) => (offset + i) % 251);
  }
}

const expected = (offset, length) => Uint8Array.from({ length }, (_, i) => (offset + i) % 251);

test("a stream is read once, forward, and only its last replayBytes are read again", async () => {
  const disk = await openDisk(numbered(100 * KiB), { sizeBytes: 100 * KiB, replayBytes: 16 * KiB });
  for (let offset = 0; offset < 64 * KiB; offset += 8 * KiB) assert.deepEqual(new Uint8Array(await disk.readAt(offset, 8 * KiB)), expected(offset, 8 * KiB));
  // Back within the kept bytes, and on past them into the stream.
  assert.deepEqual(new Uint8Array(await disk.readAt(50 * KiB, 20 * KiB)), expected(50 * KiB, 20 * KiB));
  await assert.rejects(disk.readAt(10 * KiB, KiB), /cannot go back to byte 10240/);
  await assert.rejects(disk.readAt(80 * KiB, KiB), /read in order/);
  await assert.rejects(disk.readAt(70 * KiB, 34 * KiB), /the stream ended at byte 102400/);
  await disk.close();
});

test("a stream needs its size; anything else is refused", async () => {
  await assert.rejects(openDisk(numbered(10)), /sizeBytes/);
  await assert.rejects(openDisk(42), /a file path, a Uint8Array/);
});
