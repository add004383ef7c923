import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** Where a version's bytes are kept. Today PostgreSQL (chunks); an S3-compatible store would be one new class. */
export interface DocumentStore {
  /**
   * Writes the bytes of a version as they arrive, inside the caller's transaction where the store
   * has one, and says how large its pieces are (needed to serve a byte range).
   */
  write(manager: EntityManager, versionId: string, content: AsyncIterable<Buffer>): Promise<{ chunkBytes: number }>;
  /** The bytes of a version, `start` to `end` inclusive (default: all), read a few pieces at a time. */
  read(version: StoredVersion, range?: { start: number; end: number }): Readable;
}

export interface StoredVersion {
  id: string;
  sizeBytes: number;
  chunkBytes: number;
}

export const DOCUMENT_STORE = Symbol('DocumentStore');
