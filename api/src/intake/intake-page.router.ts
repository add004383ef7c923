import express, { type Request, type Response, Router } from 'express';
import { intakeLanguage, type IntakeLanguage } from '../domain/intake';
import { issueFormToken } from './intake-form-token';
import { INTAKE_SCRIPT, INTAKE_STYLE } from './intake-assets';
import { renderIntakeForm, renderThanks } from './intake-page';
import type { IntakesService } from './intakes.service';

const FORM_PATHS = ['/intake', '/fr/intake', '/nl/intake', '/en/intake'];
const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The public form at /intake and /fr|nl|en/intake, served outside /api and without the console's bundle.
 * A plain HTML form post works without JavaScript: errors come back next to each field, success redirects
 * to a confirmation page (so a reload does not send twice).
 */
export function intakePageRouter(intakes: IntakesService, secret: string, privacyUrl: string): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 40 });
  const languageOf = (req: Request): IntakeLanguage =>
    intakeLanguage(req.path.split('/')[1], req.headers['accept-language']);
  const send = (res: Response, status: number, html: string) => {
    res
      .status(status)
      .set({
        'Content-Security-Policy': PAGE_POLICY,
        'Cache-Control': 'no-store',
        'Content-Type': 'text/html; charset=utf-8',
      })
      .send(html);
  };
  const asset = (type: string, body: string) => (_req: Request, res: Response) => {
    res.set({ 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'public, max-age=3600' }).send(body);
  };

  router.get('/intake/intake.js', asset('text/javascript', INTAKE_SCRIPT));
  router.get('/intake/intake.css', asset('text/css', INTAKE_STYLE));
  router.get(FORM_PATHS, (req, res) => {
    send(res, 200, renderIntakeForm({ language: languageOf(req), formToken: issueFormToken(secret), privacyUrl }));
  });
  router.get(
    FORM_PATHS.map((path) => `${path}/thanks`),
    (req, res) => send(res, 200, renderThanks(languageOf(req), privacyUrl)),
  );
  router.post(FORM_PATHS, form, async (req, res, next) => {
    try {
      const values = (req.body ?? {}) as Record<string, unknown>;
      const language = languageOf(req);
      const outcome = await intakes.submit(
        { ...values, language: values.language ?? language },
        { formToken: values.formToken, honeypot: values.website, address: req.ip ?? '' },
        language,
      );
      const again = (status: number, extra: object) =>
        send(
          res,
          status,
          renderIntakeForm({ language, formToken: issueFormToken(secret), privacyUrl, values, ...extra }),
        );
      if (outcome.result === 'stored' || outcome.result === 'ignored')
        return res.redirect(303, `/${language}/intake/thanks`);
      if (outcome.result === 'invalid') return again(400, { errors: outcome.errors });
      if (outcome.result === 'form_expired') return again(400, { notice: 'form_expired' });
      return again(429, { notice: 'too_many' });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
