import passport from 'passport';
import { languageOf } from '../common/i18n/requester-language';
import { renderMessage } from '../domain';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { ERROR_MESSAGES, LANGUAGES } from '../domain';

function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Traject API')
    .setDescription(
      'The CRM of hub.brussels for the support journey of Brussels social enterprises. ' +
        'Every resource speaks the react-admin simple-REST dialect: sort, range and filter as JSON query parameters, ' +
        "Content-Range on lists (`{res} 0-24/319`). A list searched with `q`, or limited by the read policy to the caller's own " +
        "records, counts exactly up to 1,000 matches; above, its total is an estimate from a fixed sample of the table's pages " +
        '(two significant figures, at least 1,001) and the answer carries the header `X-Total-Estimated: true`. When that sample ' +
        'alone shows at least 3,000 matches, the list is not counted and the estimate is its total. Errors: {statusCode, code, params, message, errors, errorCodes}: `code` is stable ' +
        '(the `ErrorCode` schema lists them all, with their texts in `x-messages`), `message` and `errors` are written in the ' +
        "requester's language: `?lang=fr|nl|en`, else the signed-in user's language, else Accept-Language, else French. " +
        'The same rule picks the language of timeline summaries and of export headers and labels.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  return withErrorCodes(document);
}

/** The error body, every error code with its French, Dutch and English text, and `lang` on every operation. */
function withErrorCodes(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = {
    ...components.schemas,
    ErrorCode: { type: 'string', enum: Object.keys(ERROR_MESSAGES), 'x-messages': ERROR_MESSAGES } as never,
    Error: {
      type: 'object',
      required: ['statusCode', 'code', 'message'],
      properties: {
        statusCode: { type: 'integer' },
        code: { $ref: '#/components/schemas/ErrorCode' },
        params: {
          type: 'object',
          additionalProperties: true,
          description: "The values the code's text is filled with",
        },
        message: { type: 'string', description: "In the requester's language" },
        errors: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: "By field, in the requester's language",
        },
        errorCodes: {
          type: 'object',
          description: 'By field: its own code and params',
          additionalProperties: {
            type: 'object',
            properties: {
              code: { $ref: '#/components/schemas/ErrorCode' },
              params: { type: 'object', additionalProperties: true },
            },
          },
        },
      },
    },
  };
  components.parameters = {
    ...components.parameters,
    lang: {
      name: 'lang',
      in: 'query',
      required: false,
      schema: { type: 'string', enum: [...LANGUAGES] },
      description: "The language to answer in (else the user's, else Accept-Language, else French)",
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      operation.parameters = [...(operation.parameters ?? []), { $ref: '#/components/parameters/lang' }];
      operation.responses.default ??= {
        description: 'An error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
  }
  return document;
}

/**
 * `/api/docs`: the browsable page for a browser, the JSON document for any other client (also at /api/docs.json).
 * Outside development (API_DOCS=signed-in, the default) it answers only a signed-in caller (a valid access token,
 * checked by the same strategy as every route): the route list is no map for an anonymous attacker.
 */
export function serveOpenApi(app: INestApplication, publicDocs = true): void {
  const document = openApiDocument(app);
  if (!publicDocs) app.use(['/api/docs', '/api/docs.json'], signedInOnly);
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

function signedInOnly(req: Request, res: Response, next: NextFunction): void {
  passport.authenticate('jwt', { session: false }, (error: unknown, user: unknown) => {
    if (error || !user) {
      res.setHeader('Cache-Control', 'no-store');
      res.status(401).json({
        statusCode: 401,
        code: 'auth.unauthenticated',
        message: renderMessage('auth.unauthenticated', {}, languageOf(req)),
      });
      return;
    }
    next();
  })(req, res, next);
}
