import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients, as the SMTP server was told. */
  to: string[];
  parsed: ParsedMail;
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Stops listening (the relay is down) and starts again on the same port. */
  down(): Promise<void>;
  up(): Promise<void>;
  /** While set, messages are read but never answered (a relay that hangs mid-way). */
  hang: boolean;
  close(): Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) in the test process, keeping every mail it accepted. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let port = 0;
  const state = { hang: false };
  const create = () =>
    new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 500,
      onData(stream, session, callback) {
        const hang = state.hang;
        simpleParser(stream).then((parsed) => {
          if (hang) return;
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback(null);
        }, callback);
      },
    });
  let server = create();
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen();
  port = (server.server.address() as AddressInfo).port;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get hang() {
      return state.hang;
    },
    set hang(value: boolean) {
      state.hang = value;
    },
    down: close,
    up: async () => {
      server = create();
      await listen();
    },
    close,
  };
}
