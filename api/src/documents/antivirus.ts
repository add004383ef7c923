import { Socket, connect } from 'node:net';

type ScanVerdict = { clean: true } | { clean: false; signature: string };

/**
 * One upload streamed to clamd with its INSTREAM command while it is stored: each piece as a 4-byte
 * length and its bytes, a zero length to finish; clamd answers `stream: OK` or `stream: <name> FOUND`.
 * (The protocol is these few lines; the npm clients want clamd's binaries or configuration files here.)
 * clamd's own StreamMaxLength (25 MB by default) must be at least DOCUMENT_MAX_MB.
 */
export class ClamdScan {
  private readonly socket: Socket;
  private readonly answer: Promise<string>;
  private failure: Error | null = null;

  constructor(host: string, port: number, timeoutMs = 60_000) {
    this.socket = connect({ host, port });
    this.socket.setTimeout(timeoutMs, () =>
      this.socket.destroy(new Error(`clamd at ${host}:${port} did not answer in time`)),
    );
    this.answer = new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      this.socket.on('data', (data) => parts.push(data));
      this.socket.on('error', (error) => {
        this.failure = error;
        reject(error);
      });
      this.socket.on('close', () => resolve(Buffer.concat(parts).toString('utf8').replace(/\0/g, '').trim()));
    });
    this.answer.catch(() => undefined);
    this.socket.write('zINSTREAM\0');
  }

  async send(piece: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(piece.length);
    this.socket.write(length);
    if (!this.socket.write(piece)) await new Promise<void>((resolve) => this.socket.once('drain', resolve));
  }

  async verdict(): Promise<ScanVerdict> {
    this.socket.end(Buffer.alloc(4));
    const answer = await this.answer;
    if (/:\s*OK$/.test(answer)) return { clean: true };
    const found = /:\s*(.+)\s+FOUND$/.exec(answer);
    if (found) return { clean: false, signature: found[1] };
    throw new Error(`clamd did not scan the file: ${answer || 'no answer'}`);
  }

  abort(): void {
    this.socket.destroy();
  }
}
