import { Readable, Transform, TransformCallback } from 'node:stream';
import * as yauzl from 'yauzl';
import { ExtractRefused } from './extract-files';

/**
 * A KBO zip read in place with yauzl (random access through the central directory, entries inflated
 * as streams): nothing is unzipped to disk and memory holds one chunk at a time.
 */
export class ExtractZip {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(path: string): Promise<ExtractZip> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, opened) =>
        error ? reject(notAZip(error)) : resolve(opened),
      ),
    );
    const entries = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (error) => reject(notAZip(error)));
      zip.readEntry();
    });
    return new ExtractZip(zip, entries);
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  size(name: string): number {
    return this.entries.get(name)?.uncompressedSize ?? 0;
  }

  async stream(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new ExtractRefused('kbo.file_missing', `The extract has no ${name}`, { file: name });
    const stream = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, opened) => (error ? reject(notAZip(error)) : resolve(opened))),
    );
    // A damaged entry fails while inflating: say so in the extract's words.
    const guarded = new Transform({ transform: (chunk, _enc, done) => done(null, chunk) });
    stream.on('error', (error) => guarded.destroy(notAZip(error)));
    return stream.pipe(guarded);
  }

  async text(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  close(): void {
    this.zip.close();
  }
}

function notAZip(error: Error): ExtractRefused {
  return new ExtractRefused('kbo.bad_zip', `The file is not a readable KBO zip: ${error.message}`, {
    reason: error.message,
  });
}

/**
 * Passes a CSV through untouched after handing its first line to `onHeader` (which may throw), and
 * counts the bytes for the load's progress.
 */
export class HeaderCheck extends Transform {
  private head: Buffer | null = Buffer.alloc(0);

  constructor(
    private readonly onHeader: (line: string) => void,
    private readonly onBytes: (bytes: number) => void,
  ) {
    super();
  }

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.onBytes(chunk.length);
    if (this.head === null) return done(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    const end = this.head.indexOf(0x0a);
    if (end < 0 && this.head.length < 64 * 1024) return done();
    try {
      this.onHeader(this.head.subarray(0, end < 0 ? this.head.length : end).toString('utf8'));
    } catch (error) {
      return done(error as Error);
    }
    const all = this.head;
    this.head = null;
    done(null, all);
  }

  _flush(done: TransformCallback): void {
    if (this.head !== null && this.head.length) {
      try {
        this.onHeader(this.head.toString('utf8'));
      } catch (error) {
        return done(error as Error);
      }
      this.push(this.head);
    } else if (this.head !== null) {
      return done(new ExtractRefused('kbo.empty_file', 'A file of the extract is empty (no header line)'));
    }
    done();
  }
}
