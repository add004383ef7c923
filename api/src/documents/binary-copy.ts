/**
 * PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4):
 * an 11-byte signature, flags and header extension (int32 each), then per row an int16 field count
 * and each field as an int32 length (-1: NULL) and its bytes, then an int16 -1.
 */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

export function binaryCopyHeader(): Buffer {
  const header = Buffer.alloc(SIGNATURE.length + 8);
  SIGNATURE.copy(header);
  return header;
}

export const BINARY_COPY_TRAILER = Buffer.from([0xff, 0xff]);

/** The start of a `document_chunks` row (version_id uuid, seq int4, data bytea), up to the data's bytes. */
export function tupleHead(uuid: Buffer, seq: number, dataLength: number): Buffer {
  const head = Buffer.alloc(2 + 4 + 16 + 4 + 4 + 4);
  let at = head.writeInt16BE(3, 0);
  at = head.writeInt32BE(16, at);
  at += uuid.copy(head, at);
  at = head.writeInt32BE(4, at);
  at = head.writeInt32BE(seq, at);
  head.writeInt32BE(dataLength, at);
  return head;
}

/**
 * Reads the rows of a binary COPY from the pieces it arrives in. Each field is given as the slices of
 * those pieces it spans (none copied), so a large bytea is never put together in memory.
 */
export class BinaryCopyReader {
  private readonly pieces: Buffer[] = [];

  add(piece: Buffer): void {
    if (piece.length) this.pieces.push(piece);
  }

  rows(): (Buffer[] | null)[][] {
    let index = 0;
    let offset = 0;
    const take = (n: number): Buffer[] => {
      const out: Buffer[] = [];
      while (n > 0) {
        const piece = this.pieces[index];
        if (!piece) throw new Error('Binary COPY data ended early');
        const part = piece.subarray(offset, offset + n);
        out.push(part);
        n -= part.length;
        offset += part.length;
        if (offset === piece.length) {
          index += 1;
          offset = 0;
        }
      }
      return out;
    };
    const small = (n: number) => {
      const parts = take(n);
      return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    };
    const header = small(SIGNATURE.length + 8);
    if (!header.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Not binary COPY data');
    const extension = header.readInt32BE(SIGNATURE.length + 4);
    if (extension) take(extension);
    const rows: (Buffer[] | null)[][] = [];
    for (;;) {
      const fields = small(2).readInt16BE(0);
      if (fields === -1) return rows;
      const row: (Buffer[] | null)[] = [];
      for (let f = 0; f < fields; f++) {
        const length = small(4).readInt32BE(0);
        row.push(length < 0 ? null : take(length));
      }
      rows.push(row);
    }
  }
}
