import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import type { DocumentStore, StoredVersion } from './document-store';

/** 256 KiB per row: small enough to keep memory flat both ways, large enough that 25 MB is 100 rows. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks fetched per query while a download streams (1 MiB). */
const CHUNKS_PER_READ = 4;

/** Bytes in `document_chunks` rows, in the same database (and the same transaction) as the records. */
export class PostgresChunkStore implements DocumentStore {
  constructor(private readonly db: DataSource) {}

  async write(manager: EntityManager, versionId: string, content: AsyncIterable<Buffer>): Promise<{ chunkBytes: number }> {
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (piece: Buffer) => {
      await manager.query(`INSERT INTO document_chunks (version_id, seq, data) VALUES ($1, $2, $3)`, [versionId, seq, piece]);
      seq += 1;
    };
    for await (const part of content) {
      pending.push(part);
      pendingBytes += part.length;
      while (pendingBytes >= CHUNK_BYTES) {
        const joined = Buffer.concat(pending, pendingBytes);
        await flush(joined.subarray(0, CHUNK_BYTES));
        const rest = joined.subarray(CHUNK_BYTES);
        pending = rest.length ? [Buffer.from(rest)] : [];
        pendingBytes = rest.length;
      }
    }
    if (pendingBytes) await flush(Buffer.concat(pending, pendingBytes));
    return { chunkBytes: CHUNK_BYTES };
  }

  read(version: StoredVersion, range?: { start: number; end: number }): Readable {
    const start = range?.start ?? 0;
    const end = range?.end ?? version.sizeBytes - 1;
    const size = version.chunkBytes;
    let seq = Math.floor(start / size);
    const lastSeq = Math.floor(end / size);
    const db = this.db;
    return new Readable({
      highWaterMark: size,
      async read() {
        try {
          if (seq > lastSeq) return void this.push(null);
          const rows: Array<{ seq: number; data: Buffer }> = await db.query(
            `SELECT seq, data FROM document_chunks WHERE version_id = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq`,
            [version.id, seq, Math.min(lastSeq, seq + CHUNKS_PER_READ - 1)],
          );
          if (!rows.length) throw new Error(`Document content missing from chunk ${seq} of version ${version.id}`);
          for (const row of rows) {
            if (row.seq !== seq) throw new Error(`Document content missing chunk ${seq} of version ${version.id}`);
            const from = row.seq * size;
            const sliceStart = Math.max(0, start - from);
            const sliceEnd = Math.min(row.data.length, end - from + 1);
            seq += 1;
            this.push(row.data.subarray(sliceStart, sliceEnd));
          }
          if (seq > lastSeq) this.push(null);
        } catch (error) {
          this.destroy(error as Error);
        }
      },
    });
  }
}
