import { Router } from 'express';
import { intakeLanguage } from '../domain/intake';
import { renderStatement } from './statement-page';

const PATHS = ['/accessibility', '/fr/accessibility', '/nl/accessibility', '/en/accessibility'];
const PAGE_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The public accessibility statement (Directive 2016/2102) at /accessibility and /fr|nl|en/accessibility, without sign-in. */
export function statementPageRouter(): Router {
  const router = Router();
  router.get(PATHS, (req, res) => {
    const language = intakeLanguage(req.path.split('/')[1], req.headers['accept-language']);
    res
      .status(200)
      .set({
        'Content-Security-Policy': PAGE_POLICY,
        'Cache-Control': 'no-cache',
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Language': language,
      })
      .send(renderStatement(language));
  });
  return router;
}
