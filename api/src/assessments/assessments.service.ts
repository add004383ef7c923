import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertAssignedOrCoordinator, assertCaseOf, isAssignedOrCoordinator, openCaseOf } from '../cases/cases.queries';
import { mayActAsAssessor, mayReview } from '../domain/record-policies';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { Assessment } from './assessment.entity';
import { CreateAssessmentDto, ReviewAssessmentDto, UpdateAssessmentDto } from './assessments.dto';
import {
  answerProblems,
  EMES_RULES_VERSION,
  IndicatorAnswer,
  INDICATORS,
  movement,
  PILLARS,
  scoreAssessment,
} from '../domain/emes';
import { coded, fieldError } from '../common/errors/coded-error';
import { assertOrganisationExists } from '../organisations/organisations.queries';

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class AssessmentsService extends EntityReader<Assessment> {
  constructor(db: DataSource) {
    super(db, Assessment, 'a', 'assessment');
  }

  /** A new assessment starts from the organisation's latest one (copy-forward) unless answers are given. */
  async create(dto: CreateAssessmentDto, by: SignedInUser): Promise<Assessment> {
    return this.db.transaction(async (manager) => {
      await assertOrganisationExists(manager, dto.organisationId);
      await assertAssignedOrCoordinator(manager, dto.organisationId, by);
      await assertAssessor(manager, dto.assessorId ?? by.id);
      await assertCaseOf(manager, dto.caseId, dto.organisationId);
      const latest = await manager.findOne(Assessment, {
        where: { organisationId: dto.organisationId },
        order: { assessedOn: 'DESC', createdAt: 'DESC' },
      });
      const answers = dto.indicators
        ? checkedAnswers(dto.indicators)
        : (latest?.indicators ?? INDICATORS.map(({ code }) => ({ code, rating: 'unknown' as const, evidence: '' })));
      const lowestWage = dto.lowestWage !== undefined ? dto.lowestWage : (latest?.lowestWage ?? null);
      const highestWage = dto.highestWage !== undefined ? dto.highestWage : (latest?.highestWage ?? null);
      const score = scoreAssessment(answers, lowestWage, highestWage);
      const { id } = await manager.save(Assessment, {
        organisationId: dto.organisationId,
        caseId: dto.caseId ?? (await openCaseOf(manager, dto.organisationId)),
        assessorId: dto.assessorId ?? by.id,
        assessedOn: dto.assessedOn ?? today(),
        status: 'draft',
        lowestWage,
        highestWage,
        profitDistributionPct:
          dto.profitDistributionPct !== undefined ? dto.profitDistributionPct : (latest?.profitDistributionPct ?? null),
        ...score,
        rulesVersion: EMES_RULES_VERSION,
        previousId: latest?.id ?? null,
        version: 1,
      });
      return this.get(id, manager);
    });
  }

  /** Drafts change; a final assessment is frozen (422): a new one is made instead. */
  async update(id: string, dto: UpdateAssessmentDto, by: SignedInUser): Promise<Assessment> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      if (stored.status === 'final') throw new BusinessRuleViolation('assessment.final');
      if (dto.assessorId !== undefined && dto.assessorId !== stored.assessorId)
        await assertAssessor(manager, dto.assessorId);
      if (dto.caseId !== stored.caseId) await assertCaseOf(manager, dto.caseId, stored.organisationId);
      const answers = dto.indicators ? checkedAnswers(dto.indicators) : stored.indicators;
      const lowestWage = dto.lowestWage !== undefined ? dto.lowestWage : stored.lowestWage;
      const highestWage = dto.highestWage !== undefined ? dto.highestWage : stored.highestWage;
      const changes: Partial<Assessment> = {
        ...scoreAssessment(answers, lowestWage, highestWage),
        rulesVersion: EMES_RULES_VERSION,
        lowestWage,
        highestWage,
      };
      for (const field of ['caseId', 'assessorId', 'assessedOn', 'profitDistributionPct'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      await updateAtVersion(manager, Assessment, id, dto.version, changes);
      return this.get(id, manager);
    });
  }

  /** draft -> final: whoever may edit it (the advisor assigned to the organisation, a coordinator, an admin). */
  async finalise(id: string, by: SignedInUser): Promise<Assessment> {
    return this.db.transaction(async (manager) => {
      const stored = await manager.findOne(Assessment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stored) throw new NotFoundException(`No assessment ${id}`);
      if (!(await isAssignedOrCoordinator(manager, stored.organisationId, by)))
        throw new ForbiddenException(coded('assessment.finalise_not_allowed'));
      if (stored.status === 'final') throw new BusinessRuleViolation('assessment.already_final');
      await manager.query(
        `UPDATE assessments SET status = 'final', finalised_at = now(), finalised_by_id = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, by.id],
      );
      return this.get(id, manager);
    });
  }

  /** A coordinator agrees with a final assessment, or returns it with a comment, which opens a new draft copied from it. */
  async review(
    id: string,
    dto: ReviewAssessmentDto,
    by: SignedInUser,
  ): Promise<{ reviewed: Assessment; draft: Assessment | null }> {
    if (dto.decision === 'return' && !dto.comment?.trim())
      throw new ValidationFailed({ comment: fieldError('assessment.return_needs_comment') });
    return this.db.transaction(async (manager) => {
      const stored = await manager.findOne(Assessment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stored) throw new NotFoundException(`No assessment ${id}`);
      if (stored.status !== 'final') throw new BusinessRuleViolation('assessment.review_needs_final');
      if (stored.reviewStatus) throw new BusinessRuleViolation('assessment.already_reviewed');
      if (!mayReview(by.id, stored.assessorId)) throw new ForbiddenException(coded('assessment.own_review'));
      await manager.query(
        `UPDATE assessments SET review_status = $2, review_comment = $3, reviewed_by_id = $4, reviewed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id, dto.decision === 'agree' ? 'agreed' : 'returned', dto.comment ?? null, by.id],
      );
      let draft: Assessment | null = null;
      if (dto.decision === 'return') {
        const { id: draftId } = await manager.save(Assessment, {
          organisationId: stored.organisationId,
          caseId: stored.caseId,
          assessorId: stored.assessorId,
          assessedOn: today(),
          status: 'draft',
          lowestWage: stored.lowestWage,
          highestWage: stored.highestWage,
          profitDistributionPct: stored.profitDistributionPct,
          // A new draft is scored under today's rules.
          ...scoreAssessment(stored.indicators, stored.lowestWage, stored.highestWage),
          rulesVersion: EMES_RULES_VERSION,
          previousId: stored.id,
          version: 1,
        });
        draft = await this.get(draftId, manager);
      }
      return { reviewed: await this.get(id, manager), draft };
    });
  }

  /** How each indicator, pillar and the verdict moved between two assessments of one organisation (by default the two latest). */
  async compare(organisationId: string, fromId?: string, toId?: string) {
    const history = await this.db
      .getRepository(Assessment)
      .find({ where: { organisationId }, order: { assessedOn: 'DESC', createdAt: 'DESC' } });
    await assertOrganisationExists(this.db.manager, organisationId, 'path');
    const pick = (id: string | undefined, fallback: Assessment | undefined, field: string) => {
      if (!id) return fallback;
      const found = history.find((a) => a.id === id);
      if (!found) throw new ValidationFailed({ [field]: fieldError('assessment.not_of_organisation') });
      return found;
    };
    const to = pick(toId, history[0], 'to');
    const from = pick(
      fromId,
      history.find((a) => a !== to),
      'from',
    );
    if (!from || !to) throw new BusinessRuleViolation('assessment.compare_needs_two');
    const ratingOf = (a: Assessment, code: string) => a.indicators.find((i) => i.code === code)?.rating ?? 'unknown';
    const summary = (a: Assessment) => ({
      id: a.id,
      assessedOn: a.assessedOn,
      status: a.status,
      verdict: a.verdict,
      wageRatio: a.wageRatio,
      rulesVersion: a.rulesVersion,
    });
    return {
      from: summary(from),
      to: summary(to),
      /** Scored under different versions of the rules: a verdict may differ by the rules, not by the enterprise. */
      differentRules: from.rulesVersion !== to.rulesVersion,
      indicators: INDICATORS.map(({ code, pillar }) => ({
        code,
        pillar,
        from: ratingOf(from, code),
        to: ratingOf(to, code),
        change: movement(ratingOf(from, code), ratingOf(to, code)),
      })),
      pillars: PILLARS.map((pillar) => ({
        pillar,
        from: from.pillars[pillar],
        to: to.pillars[pillar],
        change: movement(from.pillars[pillar], to.pillars[pillar]),
      })),
      verdict: { from: from.verdict, to: to.verdict, change: movement(from.verdict, to.verdict) },
    };
  }
}

function checkedAnswers(answers: Array<{ code: string; rating: string; evidence?: string }>): IndicatorAnswer[] {
  const problems = answerProblems(answers);
  if (problems.length) {
    throw new ValidationFailed({
      indicators: {
        code: 'assessment.indicators_each_once',
        params: { problems },
        english: `every EMES indicator exactly once: ${problems.join('; ')}`,
      },
    });
  }
  return answers.map(({ code, rating, evidence }) => ({ code, rating, evidence: evidence ?? '' }) as IndicatorAnswer);
}

/** An assessor is an active advisor, coordinator or admin (400 on `assessorId` otherwise). */
async function assertAssessor(manager: EntityManager, userId: string): Promise<void> {
  const [user] = await manager.query(`SELECT role, active FROM users WHERE id = $1`, [userId]);
  if (!user || !mayActAsAssessor(user)) throw new ValidationFailed({ assessorId: fieldError('user.not_active_staff') });
}
