// The bytes of a disk to upload, read at increasing offsets and never held whole:
// a local file (read where asked), a Uint8Array, or a stream (a Node Readable or
// any async iterable of Uint8Array) of which only the last bytes read are kept,
// to send again after a broken write.
import { open } from "node:fs/promises";

const MiB = 1024 * 1024;
/** The bytes of a stream kept to send again after a broken write. */
export const DEFAULT_REPLAY_BYTES = 16 * MiB;

class FileDisk {
  static async open(path) {
    const handle = await open(path, "r");
    return new FileDisk(handle, (await handle.stat()).size);
  }

  constructor(handle, size) {
    this.handle = handle;
    this.size = size;
  }

  async readAt(offset, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    if (bytesRead !== length) throw new Error(`the disk shrank while it was being uploaded (at byte ${offset + bytesRead})`);
    return buffer;
  }

  close() {
    return this.handle.close();
  }
}

class MemoryDisk {
  constructor(data) {
    this.data = data;
    this.size = data.length;
  }

  async readAt(offset, length) {
    return this.data.subarray(offset, offset + length);
  }

  close() {}
}

class StreamDisk {
  #chunks;
  #pending = []; // read from the stream, not yet handed out
  #pendingBytes = 0;
  #consumed = 0; // bytes handed out: the offset of the next new byte
  #kept = []; // { offset, data } of the last bytes handed out, at most replayBytes
  #keptBytes = 0;

  constructor(stream, size, replayBytes) {
    this.#chunks = stream[Symbol.asyncIterator]();
    this.size = size;
    this.replayBytes = replayBytes;
  }

  async readAt(offset, length) {
    if (offset > this.#consumed) throw new Error(`a stream is read in order: byte ${offset} asked, at byte ${this.#consumed}`);
    const parts = [];
    if (offset < this.#consumed) parts.push(this.#again(offset, Math.min(length, this.#consumed - offset)));
    const fresh = offset + length - Math.max(offset, this.#consumed);
    if (fresh > 0) parts.push(await this.#take(fresh));
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  async #take(length) {
    while (this.#pendingBytes < length) {
      const { value, done } = await this.#chunks.next();
      if (done) throw new Error(`the stream ended at byte ${this.#consumed + this.#pendingBytes}, before the disk's ${this.size} bytes`);
      this.#pending.push(value);
      this.#pendingBytes += value.length;
    }
    const pending = this.#pending.length === 1 ? this.#pending[0] : Buffer.concat(this.#pending);
    const data = pending.subarray(0, length);
    this.#pending = pending.length > length ? [pending.subarray(length)] : [];
    this.#pendingBytes -= length;
    this.#keep(this.#consumed, data);
    this.#consumed += length;
    return data;
  }

  #keep(offset, data) {
    this.#kept.push({ offset, data });
    this.#keptBytes += data.length;
    while (this.#keptBytes - this.#kept[0].data.length >= this.replayBytes) this.#keptBytes -= this.#kept.shift().data.length;
  }

  /** Bytes handed out before, from those kept. */
  #again(offset, length) {
    const end = offset + length;
    const parts = this.#kept.filter((k) => k.offset < end && offset < k.offset + k.data.length);
    if (!parts.length || offset < parts[0].offset) {
      throw new Error(
        `cannot go back to byte ${offset} of a stream: only its last ${this.replayBytes} bytes are kept; upload from a file to resume from anywhere`,
      );
    }
    const joined = parts.length === 1 ? parts[0].data : Buffer.concat(parts.map((k) => k.data));
    const from = offset - parts[0].offset;
    return joined.subarray(from, from + length);
  }

  close() {
    return this.#chunks.return?.();
  }
}

/**
 * The disk `disk` names: a file's path (string or URL), a Uint8Array, or a
 * stream of `sizeBytes` bytes (a Readable or an async iterable of Uint8Array).
 * It has `size`, `readAt(offset, length)` and `close()`.
 */
export async function openDisk(disk, { sizeBytes, replayBytes = DEFAULT_REPLAY_BYTES } = {}) {
  if (typeof disk === "string" || disk instanceof URL) return FileDisk.open(disk);
  if (disk instanceof Uint8Array) return new MemoryDisk(disk);
  if (disk && typeof disk[Symbol.asyncIterator] === "function") {
    if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0) throw new TypeError("uploadDisk: sizeBytes (the stream's length) is required for a stream");
    return new StreamDisk(disk, sizeBytes, replayBytes);
  }
  throw new TypeError("uploadDisk: disk is a file path, a Uint8Array, a Readable or an async iterable of Uint8Array");
}
