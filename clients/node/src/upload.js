// Uploading a disk: CreateUpload (or GetUpload of a previous run's upload), a
// WriteUpload client stream of chunks (all-zero chunks skipped) resumed from the
// server's offset after a broken stream, then CommitUpload with the sha256.
import { createHash } from "node:crypto";
import { Code } from "@connectrpc/connect";
import { backoffMs, sleep } from "./backoff.js";
import { openDisk } from "./disks.js";
import { isDisconnect, toImageGalleryError } from "./errors.js";
import { UploadState } from "./gen/imagegallery/v1/image_source_service_pb.js";
import { DEFAULT_DEADLINE_MS } from "./client.js";

const MiB = 1024 * 1024;
/** The most data a WriteUpload message may carry. */
export const MAX_CHUNK_BYTES = 4 * MiB;
// What CommitUpload's deadline allows for the server to read the disk back.
const COMMIT_BYTES_PER_MS = (50 * MiB) / 1000;

function isZero(chunk) {
  for (let i = 0; i < chunk.length; i++) if (chunk[i] !== 0) return false;
  return true;
}

/** The WriteUpload messages of a disk from any offset, and the sha256 of every
 * byte read (each byte hashed once, however often the stream is resumed). */
class Writer {
  #digest = createHash("sha256");
  #hashed = 0;

  constructor(name, disk, chunkBytes, onProgress) {
    if (!(chunkBytes > 0 && chunkBytes <= MAX_CHUNK_BYTES)) throw new RangeError(`chunkBytes must be from 1 to ${MAX_CHUNK_BYTES}`);
    Object.assign(this, { name, disk, chunkBytes, onProgress });
    this.failure = undefined; // an error reading the disk: the stream ends, and it is thrown after
  }

  async #read(offset, length) {
    const data = await this.disk.readAt(offset, length);
    if (offset + length > this.#hashed) {
      this.#digest.update(data.subarray(this.#hashed - offset));
      this.#hashed = offset + length;
    }
    return data;
  }

  /** The messages of the bytes from `start` (what the server holds) on; bytes
   * before it not hashed yet are read and hashed only. A last empty message at
   * the end covers trailing zeros. */
  async *messages(start) {
    this.failure = undefined;
    const size = this.disk.size;
    let named = false;
    let end = start;
    try {
      for (let position = Math.min(start, this.#hashed), length; position < size; position += length) {
        length = Math.min(this.chunkBytes, size - position);
        const data = await this.#read(position, length);
        if (position + length <= start) continue;
        const skip = Math.max(0, start - position);
        const chunk = data.subarray(skip);
        if (!isZero(chunk)) {
          yield { name: named ? "" : this.name, offset: BigInt(position + skip), data: chunk };
          named = true;
          end = position + length;
        }
        this.onProgress?.({ uploadName: this.name, loadedBytes: position + length, totalBytes: size });
      }
    } catch (err) {
      this.failure = err;
      return;
    }
    if (!named || end < size) yield { name: named ? "" : this.name, offset: BigInt(size), data: new Uint8Array(0) };
  }

  /** The hex sha256 of the whole disk (reading what was not read yet). */
  async sha256() {
    for (let position = this.#hashed, length; position < this.disk.size; position += length) {
      length = Math.min(this.chunkBytes, this.disk.size - position);
      await this.#read(position, length);
    }
    return this.#digest.digest("hex");
  }
}

/** The stream broke, or the server holds other bytes than the writer thought: ask it where to go on from. */
const resumable = (e) =>
  isDisconnect(e) || (e.code === Code.FailedPrecondition && e.reason === "ERROR_REASON_UPLOAD_OFFSET_MISMATCH");

/** Writes from `received` on, resuming from the server's offset after a broken
 * stream, up to maxAttempts in a row without progress. */
async function write(client, writer, received, { signal, maxAttempts }) {
  for (let attempt = 0; ; ) {
    try {
      await client.sources.writeUpload(writer.messages(received), { signal });
    } catch (err) {
      const e = writer.failure ?? toImageGalleryError(err);
      if (writer.failure || !resumable(e) || ++attempt >= maxAttempts) throw e;
      await sleep(backoffMs(attempt), signal);
      const held = Number((await client.sources.getUpload({ name: writer.name }, { signal })).receivedBytes);
      if (held > received) attempt = 0; // it got somewhere: a fresh budget
      received = held;
      continue;
    }
    if (writer.failure) throw writer.failure;
    return;
  }
}

/**
 * Uploads a disk — a file's path, a Uint8Array, or a stream of `sizeBytes`
 * bytes — and commits it with its sha256; resolves the committed Upload, whose
 * name goes into an ImageSource's disks. `resume` names the upload of a run that
 * was interrupted: it goes on from the bytes the server holds. onProgress hears
 * { uploadName, loadedBytes, totalBytes } once the upload exists, then after each chunk.
 */
export async function uploadDisk(client, options) {
  const { parent, location, disk, sizeBytes, resume, chunkBytes = MiB, onProgress, signal, maxAttempts = 5, replayBytes } = options;
  const source = await openDisk(disk, { sizeBytes, replayBytes });
  try {
    const size = source.size;
    const held = resume
      ? await client.sources.getUpload({ name: resume }, { signal })
      : await client.sources.createUpload({ parent, upload: { location, sizeBytes: BigInt(size) } }, { signal });
    if (Number(held.sizeBytes) !== size) throw new RangeError(`${held.name} was created for ${held.sizeBytes} bytes, but the disk has ${size}`);
    const writer = new Writer(held.name, source, chunkBytes, onProgress);
    onProgress?.({ uploadName: held.name, loadedBytes: Number(held.receivedBytes), totalBytes: size });
    if (held.state !== UploadState.COMMITTED) await write(client, writer, Number(held.receivedBytes), { signal, maxAttempts });
    const sha256 = await writer.sha256();
    const timeoutMs = Math.ceil(DEFAULT_DEADLINE_MS + size / COMMIT_BYTES_PER_MS);
    return await client.sources.commitUpload({ name: held.name, sizeBytes: BigInt(size), sha256 }, { signal, timeoutMs });
  } finally {
    await source.close();
  }
}
