// Types of src/upload.js.
import type { Upload } from "./gen/imagegallery/v1/image_source_service_pb.js";
import type { ImageGalleryClient } from "./client.js";

/** The most data a WriteUpload message may carry: 4 MiB. */
export declare const MAX_CHUNK_BYTES: number;

/** What an upload has done, as @azure/storage-blob's TransferProgressEvent. */
export interface UploadProgress {
  uploadName: string;
  /** Bytes of the disk done (held by the server, or skipped as zeros). */
  loadedBytes: number;
  totalBytes: number;
}

/** A disk: a file's path, its bytes, or a stream of them (a Readable or any async iterable of Uint8Array). */
export type DiskData = string | URL | Uint8Array | AsyncIterable<Uint8Array>;

export interface UploadDiskOptions {
  /** "/subscriptions/{subscription}/resourceGroups/{resource_group}" (not used with resume). */
  parent?: string;
  /** The region the disk lives in (not used with resume). */
  location?: string;
  disk: DiskData;
  /** The stream's length in bytes: required for a stream. */
  sizeBytes?: number;
  /** The name of an upload a previous run created: it goes on from the bytes the server holds. */
  resume?: string;
  /** Told once the upload exists, then after each chunk. */
  onProgress?: (progress: UploadProgress) => void;
  /** Bytes a WriteUpload message; default 1 MiB (at most 4 MiB). */
  chunkBytes?: number;
  signal?: AbortSignal;
  /** Write streams tried in a row without progress, each resumed from the server's offset; default 5. */
  maxAttempts?: number;
  /** Bytes of a stream kept to send again after a broken write; default 16 MiB. */
  replayBytes?: number;
}

/**
 * Uploads a disk, never holding it whole (all-zero chunks are skipped, never
 * sent), resumed from the server's offset after a broken stream, and commits it
 * with its sha256. Resolves the committed Upload.
 */
export declare function uploadDisk(client: ImageGalleryClient, options: UploadDiskOptions): Promise<Upload>;
