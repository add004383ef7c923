import { Body, Controller, Get, HttpCode, HttpException, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../common/auth/public.decorator';
import { APP_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime';
import { INTAKE_TOPICS, intakeLanguage, PROJECT_STAGES, type IntakeInput } from '../domain/intake';
import { issueFormToken } from './intake-form-token';
import { INTAKE_TEXTS } from './intake-texts';
import { IntakesService, type SubmissionOutcome } from './intakes.service';

/**
 * The public door of the API: the only write anyone may make without signing in. A token sent with it is
 * ignored; hub.brussels's own site may post here from the browser when its origin is in CORS_ORIGINS.
 */
@ApiTags('intake (public)')
@Public()
@Controller('intake')
export class IntakeController {
  constructor(
    private readonly intakes: IntakesService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** What a form needs: the signed timestamp, the consent wording and the choices, in the visitor's language. */
  @Get('form')
  form(@Query('lang') lang: string | undefined, @Req() req: Request) {
    const language = intakeLanguage(lang, req.headers['accept-language']);
    const t = INTAKE_TEXTS[language];
    return {
      language,
      formToken: issueFormToken(this.config.jwtSecret),
      privacyUrl: this.config.intake.privacyUrl,
      consentText: t.fields.consent,
      topics: INTAKE_TOPICS.map((code) => ({ code, label: t.topics[code] })),
      projectStages: PROJECT_STAGES.map((code) => ({ code, label: t.projectStages[code] })),
      legalForms: Object.entries(t.legalForms).map(([code, label]) => ({ code, label })),
    };
  }

  @Post()
  @HttpCode(201)
  async submit(@Body() body: IntakeInput & { formToken?: unknown; website?: unknown }, @Req() req: Request) {
    const fallback = intakeLanguage(undefined, req.headers['accept-language']);
    const input = typeof body === 'object' && body !== null ? body : {};
    const outcome = await this.intakes.submit(
      input,
      { formToken: input.formToken, honeypot: input.website, address: req.ip ?? '' },
      fallback,
    );
    return answer(outcome);
  }
}

/** The JSON answer: one shape for a stored and an ignored request, errors worded in the visitor's language. */
function answer(outcome: SubmissionOutcome): { received: true; language: string } {
  const t = INTAKE_TEXTS[outcome.language];
  switch (outcome.result) {
    case 'stored':
    case 'ignored':
      return { received: true, language: outcome.language };
    case 'invalid': {
      const errors = Object.fromEntries(Object.entries(outcome.errors).map(([field, code]) => [field, t.errors[code]]));
      throw new HttpException(
        {
          statusCode: 400,
          code: 'intake.invalid',
          language: outcome.language,
          message: `${t.errorSummary} ${Object.values(errors).join(' ')}`,
          errors,
          errorCodes: outcome.errors,
        },
        400,
      );
    }
    case 'form_expired':
      throw new HttpException(
        {
          statusCode: 400,
          code: 'intake.form_expired',
          language: outcome.language,
          message: t.errors.form_expired,
          errors: { formToken: t.errors.form_expired },
        },
        400,
      );
    case 'too_many':
      throw new HttpException(
        { statusCode: 429, code: 'intake.too_many', language: outcome.language, message: t.errors.too_many },
        429,
      );
  }
}
