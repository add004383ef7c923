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
    // One buffer for every chunk: each INSERT has copied it into its message before the next is filled.
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    let seq = 0;
    const flush = async () => {
      await manager.query(`INSERT INTO document_chunks (version_id, seq, data) VALUES ($1, $2, $3)`, [versionId, seq, chunk.subarray(0, filled)]);
      seq += 1;
      filled = 0;
    };
    for await (const part of content) {
      for (let offset = 0; offset < part.length; ) {
        const n = part.copy(chunk, filled, offset);
        filled += n;
        offset += n;
        if (filled === CHUNK_BYTES) await flush();
      }
    }
    if (filled) await flush();
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
          const upTo = Math.min(lastSeq, seq + CHUNKS_PER_READ - 1);
          const rows = await readChunks(db, version.id, seq, upTo);
          if (rows.length !== upTo - seq + 1) throw new Error(`Document content missing from chunk ${seq} of version ${version.id}`);
          for (const row of rows) {
            const from = seq * size;
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

/** Bytes per row of a read: its hex text (twice that) stays a small string, freed by the young-generation collector. */
const SLICE = 48 * 1024;
const SLICES_PER_CHUNK = Math.ceil(CHUNK_BYTES / SLICE);

/**
 * The chunks `from`..`to` in order, each as its slices put back together. bytea arrives as hex text;
 * whole 256 KiB chunks would make 512 KiB strings, which only a full collection frees, and memory
 * would climb by tens of MB over one 25 MB download.
 */
async function readChunks(db: DataSource, versionId: string, from: number, to: number): Promise<Array<{ data: Buffer }>> {
  const slices: Array<{ seq: number; data: Buffer }> = await db.query(
    `SELECT c.seq, substring(c.data FROM s.i * ${SLICE} + 1 FOR ${SLICE}) AS data
       FROM document_chunks c CROSS JOIN generate_series(0, ${SLICES_PER_CHUNK - 1}) AS s(i)
      WHERE c.version_id = $1 AND c.seq BETWEEN $2 AND $3 AND s.i * ${SLICE} < length(c.data)
      ORDER BY c.seq, s.i`,
    [versionId, from, to],
  );
  const chunks: Array<{ data: Buffer }> = [];
  let current: { seq: number; parts: Buffer[] } | null = null;
  for (const slice of slices) {
    if (!current || current.seq !== slice.seq) {
      if (current) chunks.push({ data: Buffer.concat(current.parts) });
      current = { seq: slice.seq, parts: [] };
    }
    current.parts.push(slice.data);
  }
  if (current) chunks.push({ data: Buffer.concat(current.parts) });
  return chunks;
}
