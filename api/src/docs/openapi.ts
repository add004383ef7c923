import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Traject API')
    .setDescription(
      'The CRM of hub.brussels for the support journey of Brussels social enterprises. ' +
        'Every resource speaks the react-admin simple-REST dialect: sort, range and filter as JSON query parameters, ' +
        'Content-Range on lists, errors as {statusCode, message, errors}.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** `/api/docs`: the browsable page for a browser, the JSON document for any other client (also at /api/docs.json). */
export function serveOpenApi(app: INestApplication): void {
  const document = openApiDocument(app);
  app.use('/api/docs', (req: Request, res: Response, next: NextFunction) => {
    const wantsPage = req.path === '/' && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (req.path === '/' && !wantsPage) {
      res.json(document);
      return;
    }
    next();
  });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs.json', customSiteTitle: 'Traject API' });
}
