import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { CasesService } from '../cases';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { APP_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime';
import { ContactsService } from '../contacts';
import { checkIntake, type IntakeFieldError, type IntakeInput, type IntakeLanguage } from '../domain/intake';
import { OrganisationsService } from '../organisations';
import { checkFormToken } from './intake-form-token';
import { addressKey, countSubmission } from './intake-limits';
import { INTAKE_TEXTS } from './intake-texts';
import { Intake } from './intake.entity';
import type { ConvertIntakeDto, DismissIntakeDto } from './intakes.dto';
import { IntakeMatches, findIntakeMatches } from './intake-matches';
import { coded, fieldError } from '../common/errors/coded-error';
import { eraseIntakes } from './intake.queries';
import { Outbox } from '../mail/outbox';

/** What the visitor sent besides the fields: the form's signed timestamp, the honeypot, their address. */
interface SubmissionContext {
  formToken: unknown;
  honeypot: unknown;
  address: string;
}

export type SubmissionOutcome =
  | { result: 'stored'; id: string; language: IntakeLanguage }
  | { result: 'ignored'; language: IntakeLanguage }
  | { result: 'invalid'; language: IntakeLanguage; errors: Record<string, IntakeFieldError> }
  | { result: 'form_expired'; language: IntakeLanguage }
  | { result: 'too_many'; language: IntakeLanguage };

@Injectable()
export class IntakesService extends EntityReader<Intake> {
  constructor(
    db: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
    private readonly cases: CasesService,
    private readonly outbox: Outbox,
  ) {
    super(db, Intake, 'i', 'intake');
  }

  /**
   * The public form's one write. Every attempt counts against the limits; a filled honeypot or a form sent
   * faster than a person can is answered like a success but never stored.
   */
  async submit(
    input: IntakeInput,
    context: SubmissionContext,
    fallbackLanguage: IntakeLanguage,
  ): Promise<SubmissionOutcome> {
    const language = (['fr', 'nl', 'en'] as const).find((l) => l === input.language) ?? fallbackLanguage;
    const key = addressKey(context.address, this.config.jwtSecret);
    const limit = await this.db.transaction((manager) => countSubmission(manager, key, this.config.intake));
    if (limit === 'too_many') return { result: 'too_many', language };
    if (typeof context.honeypot === 'string' && context.honeypot.trim() !== '') return { result: 'ignored', language };
    const token = checkFormToken(this.config.jwtSecret, context.formToken, this.config.intake.minFillSeconds);
    if (token === 'too_fast') return { result: 'ignored', language };
    if (token === 'invalid') return { result: 'form_expired', language };
    const check = checkIntake({ ...input, language });
    if (!check.ok) return { result: 'invalid', language, errors: check.errors };
    const { submission } = check;
    const id = await this.db.transaction(async (manager) => {
      const saved = await manager.save(Intake, {
        ...submission,
        status: 'new',
        consentText: INTAKE_TEXTS[submission.language].fields.consent,
        privacyUrl: this.config.intake.privacyUrl,
        submittedAt: new Date(),
        version: 1,
      });
      // The visitor's confirmation leaves with the request or not at all.
      await this.outbox.enqueue(manager, {
        to: {
          email: submission.email,
          name: `${submission.firstName} ${submission.lastName}`,
          language: submission.language,
        },
        template: 'intake-received',
        params: { question: submission.question, formLanguage: submission.language },
      });
      return saved.id;
    });
    return { result: 'stored', id, language: submission.language };
  }

  matches(id: string): Promise<IntakeMatches> {
    return this.get(id).then((intake) => findIntakeMatches(this.db.manager, intake));
  }

  /** Organisation (new or existing), contact and optionally a case, in one transaction; an intake converts once. */
  async convert(id: string, dto: ConvertIntakeDto, by: SignedInUser): Promise<Intake> {
    if (!dto.organisationId === !dto.organisation) {
      throw new ValidationFailed({ organisationId: fieldError('intake.organisation_either') });
    }
    return this.db.transaction(async (manager) => {
      const intake = await this.lockedOpen(manager, id, dto.version, 'convert');
      const organisationId = dto.organisationId
        ? (await this.organisations.get(dto.organisationId, manager)).id
        : (await this.organisations.createWithin(manager, dto.organisation!, by)).id;
      const contact = await this.contacts.createWithin(
        manager,
        {
          organisationId,
          firstName: intake.firstName,
          lastName: intake.lastName,
          email: intake.email,
          phone: intake.phone,
          language: intake.language,
          legalBasis: dto.legalBasis,
          consentGivenAt: dto.legalBasis === 'consent' ? intake.submittedAt.toISOString() : null,
          notes: dto.legalBasis === 'consent' ? consentNote(intake) : null,
        } as never,
        by,
      );
      const opened = dto.openCase
        ? await this.cases.openWithin(
            manager,
            {
              organisationId,
              title: dto.caseTitle?.trim() || intake.organisationName,
              advisorId: dto.advisorId,
              summary: intake.question.slice(0, 2000),
            } as never,
            by,
          )
        : null;
      await updateAtVersion(manager, Intake, id, dto.version, {
        status: 'converted',
        convertedAt: new Date(),
        convertedById: by.id,
        organisationId,
        contactId: contact.id,
        caseId: opened?.id ?? null,
      });
      await recordAudit(manager, {
        userId: by.id,
        action: 'convert',
        entity: 'intakes',
        entityId: id,
        changes: { organisationId, contactId: contact.id, caseId: opened?.id ?? null },
      });
      return this.get(id, manager);
    });
  }

  async dismiss(id: string, dto: DismissIntakeDto, by: SignedInUser): Promise<Intake> {
    return this.db.transaction(async (manager) => {
      await this.lockedOpen(manager, id, dto.version, 'dismiss');
      await updateAtVersion(manager, Intake, id, dto.version, {
        status: 'dismissed',
        dismissReason: dto.reason,
        dismissedAt: new Date(),
        dismissedById: by.id,
      });
      await recordAudit(manager, {
        userId: by.id,
        action: 'dismiss',
        entity: 'intakes',
        entityId: id,
        changes: { reason: dto.reason },
      });
      return this.get(id, manager);
    });
  }

  /** GDPR erasure: the visitor's words go, the fact of a request (status, topics, language, dates) stays. */
  async anonymise(id: string, by: SignedInUser): Promise<Intake> {
    return this.db.transaction(async (manager) => {
      await this.get(id, manager);
      await eraseIntakes(manager, { ids: [id] });
      await recordAudit(manager, { userId: by.id, action: 'anonymise', entity: 'intakes', entityId: id });
      return this.get(id, manager);
    });
  }

  /** Dismissed intakes are deleted after the retention period (INTAKE_RETENTION_DAYS). */
  async purgeDismissed(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.intake.retentionDays * 86_400_000);
    return this.db.transaction(async (manager) => {
      const [{ count }] = await manager.query(
        `WITH removed AS (DELETE FROM intakes WHERE status = 'dismissed' AND dismissed_at < $1 RETURNING id) SELECT count(*)::int AS count FROM removed`,
        [cutoff],
      );
      if (count)
        await recordAudit(manager, {
          userId: null,
          action: 'purge',
          entity: 'intakes',
          changes: { count, dismissedBefore: cutoff.toISOString() },
        });
      return count as number;
    });
  }

  private async lockedOpen(
    manager: EntityManager,
    id: string,
    version: number,
    action: 'convert' | 'dismiss',
  ): Promise<Intake> {
    const [row] = await manager.query(`SELECT status, version FROM intakes WHERE id = $1 FOR UPDATE`, [id]);
    const intake = await this.get(id, manager);
    if (row.status !== 'new') {
      throw new BusinessRuleViolation('intake.not_new', { status: row.status, action });
    }
    if (row.version !== version) throw new ConflictException(coded('record.version_conflict'));
    return intake;
  }
}

/** The consent as the visitor saw it, in their language, with the notice it pointed to. */
function consentNote(intake: Intake): string {
  return `“${intake.consentText}” ${intake.privacyUrl}`;
}
