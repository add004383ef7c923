import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app.config';
import { prepareRuntime, Runtime } from './database/runtime';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-users';

async function main(): Promise<void> {
  const started = Date.now();
  const runtime = await prepareRuntime(loadConfig());
  let app: INestApplication | undefined;
  stopOnSignals(runtime, () => app);
  app = await createApp(runtime.config, ['warn', 'error']);
  await app.listen(runtime.config.port);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const database = runtime.embedded ? 'embedded PostgreSQL under .data/' : 'DATABASE_URL';
  const demo = runtime.config.demo
    ? ` · demo sign-ins (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => `${u.role} ${u.email}`).join(', ')}`
    : '';
  console.log(
    `Traject ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${url}/ (API ${url}/api, docs ${url}/api/docs; ${database})${demo}`,
  );
}

/** SIGTERM/SIGINT: finish requests in flight, close the pool, stop the embedded server, exit. */
function stopOnSignals(runtime: Runtime, app: () => INestApplication | undefined): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: Traject is stopping`);
    const server = app()?.getHttpServer() as import('node:http').Server | undefined;
    // Requests in flight finish; their keep-alive sockets are closed as soon as they fall idle.
    const sweep = setInterval(() => server?.closeIdleConnections(), 50);
    try {
      await app()?.close();
    } finally {
      clearInterval(sweep);
      await runtime.stop();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
