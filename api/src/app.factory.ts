import { INestApplication, LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { validationExceptionFactory } from './common/errors/validation-errors';
import { refuseTextBodies } from './common/http/csv-body';
import { apiResponseHeaders, PERMISSIONS_POLICY, refuseDeepBodies } from './common/http/hardening';
import { warnForwardedWithoutTrustProxy } from './common/http/forwarded-warning';
import { rejectNulCharacters } from './common/http/nul-guard';
import { requestLog } from './common/http/request-log.middleware';
import type { RuntimeConfig } from './config/runtime';
import { serveOpenApi } from './docs/openapi';
import { intakePageRouter } from './intake/intake-page.router';
import { statementPageRouter } from './accessibility/statement-page.router';
import { IntakesService } from './intake/intakes.service';

/** Builds the whole application (API, docs, console) without listening: main.ts and the tests share it. */
export async function createApp(
  config: RuntimeConfig,
  logLevels: LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: logLevels,
    bodyParser: false,
  });
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  else app.use(warnForwardedWithoutTrustProxy());

  // HSTS and upgrade-insecure-requests only over HTTPS: on a plain-HTTP intranet they would lock browsers out.
  const overHttps = (secure: boolean) =>
    helmet({
      contentSecurityPolicy: {
        directives: {
          // MUI writes its styles at run time; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': secure ? [] : null,
        },
      },
      strictTransportSecurity: secure,
      crossOriginEmbedderPolicy: false,
    });
  const [secureHeaders, plainHeaders] = [overHttps(true), overHttps(false)];
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    (req.secure ? secureHeaders : plainHeaders)(req, res, next);
  });
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    credentials: true,
    exposedHeaders: ['Content-Range', 'X-Total-Estimated'],
  });
  // The console's scripts and the JSON answers travel gzipped; streamed exports are flushed as they go.
  app.use(compression());
  if (config.logRequests) app.use(requestLog());
  app.useBodyParser('json', { limit: config.bodyLimit });
  // CSV bodies are read only by the import route, after sign-in (csvBody); anywhere else they are refused unread.
  app.use(refuseTextBodies(/^\/api\/organisations\/import\/?$/));
  app.use(refuseDeepBodies(32));
  app.use('/api', apiResponseHeaders);
  app.use(rejectNulCharacters);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The target lets each field's error code carry its rule's arguments (allowed values, lengths); never sent out.
      validationError: { target: true },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  serveOpenApi(app, config.publicDocs);
  app.use(intakePageRouter(app.get(IntakesService), config.jwtSecret, config.intake.privacyUrl));
  app.use(statementPageRouter());
  serveConsole(app, config.consoleDir);
  return app;
}

/** The built react-admin console at `/`, with every non-API path answered by its index.html. */
function serveConsole(app: NestExpressApplication, consoleDir: string): void {
  const index = join(consoleDir, 'index.html');
  app.useStaticAssets(consoleDir, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The console is not built yet: run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
