import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertAssignedOrCoordinator } from '../cases/case-assignment';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { Referral } from './referral.entity';
import { needsProgramme, type PartnerKind } from '../domain/partners';
import { referralLifecycleFor, referralMoveRule, ReferralStatus } from '../domain/referral-rules';
import { partnerOf } from '../partners/partners.controller';
import { CreateReferralDto, MoveReferralDto, UpdateReferralDto } from './referrals.dto';
import { fieldError } from '../common/errors/coded-error';
import type { MessageCode } from '../domain';

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class ReferralsService extends EntityReader<Referral> {
  constructor(db: DataSource) {
    super(db, Referral, 'f', 'referral');
  }

  /** `referredById` is whoever refers; a COOPCITY referral names one of its active programmes. */
  async create(dto: CreateReferralDto, by: SignedInUser): Promise<Referral> {
    return this.db.transaction(async (manager) => {
      const [organisation] = await manager.query(`SELECT id FROM organisations WHERE id = $1`, [dto.organisationId]);
      if (!organisation) throw new ValidationFailed({ organisationId: fieldError('organisation.unknown') });
      await assertAssignedOrCoordinator(manager, dto.organisationId, by);
      const partner = await partnerOf(manager, dto.partner);
      if (!partner.active) throw new ValidationFailed({ partner: fieldError('referral.partner_retired') });
      await this.assertProgramme(manager, partner, dto.programmeId ?? null);
      if (dto.status && dto.status !== 'proposed') throw new BusinessRuleViolation('referral.starts_proposed');
      const [open] = await manager.query(`SELECT id FROM cases WHERE organisation_id = $1 AND status <> 'closed'`, [dto.organisationId]);
      const { id } = await manager.save(Referral, {
        organisationId: dto.organisationId,
        caseId: dto.caseId ?? open?.id ?? null,
        partner: dto.partner,
        programmeId: dto.programmeId ?? null,
        status: 'proposed',
        referredOn: dto.referredOn ?? today(),
        outcome: dto.outcome ?? null,
        reason: dto.reason ?? null,
        referredById: by.id,
        version: 1,
      });
      await this.recordMove(manager, { id, organisationId: dto.organisationId }, null, 'proposed', by.id, null);
      return this.get(id, manager);
    });
  }

  async update(id: string, dto: UpdateReferralDto, by: SignedInUser): Promise<Referral> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      const partner = await partnerOf(manager, stored.partner);
      if (dto.programmeId !== undefined) await this.assertProgramme(manager, partner, dto.programmeId);
      const changes: Partial<Referral> = {};
      for (const field of ['caseId', 'programmeId', 'referredOn', 'outcome', 'reason'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      const moving = dto.status !== undefined && dto.status !== stored.status;
      if (moving) Object.assign(changes, moveChanges({ ...stored, ...changes }, dto.status!, {}, partner.kind));
      await updateAtVersion(manager, Referral, id, dto.version, changes);
      if (moving) await this.recordMove(manager, stored, stored.status, dto.status!, by.id, changes.reason ?? changes.outcome ?? null);
      return this.get(id, manager);
    });
  }

  /** `POST /referrals/{id}/move {status, outcome, reason}`: forward only; an outcome to complete, a reason to decline or cancel. */
  async move(id: string, dto: MoveReferralDto, by: SignedInUser): Promise<Referral> {
    return this.db.transaction(async (manager) => {
      const stored = await manager.findOne(Referral, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stored) throw new NotFoundException(`No referral ${id}`);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      const changes = moveChanges(stored, dto.status, dto, (await partnerOf(manager, stored.partner)).kind);
      await manager.update(Referral, { id }, { ...changes, version: () => 'version + 1' });
      await this.recordMove(manager, stored, stored.status, dto.status, by.id, dto.reason ?? dto.outcome ?? null);
      return this.get(id, manager);
    });
  }

  async remove(id: string, by: SignedInUser): Promise<Referral> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      if (stored.status !== 'proposed') throw new BusinessRuleViolation('referral.delete_only_proposed');
      await manager.delete(Referral, { id });
      return stored;
    });
  }

  private async recordMove(manager: EntityManager, referral: { id: string; organisationId: string }, from: ReferralStatus | null, to: ReferralStatus, userId: string, comment: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO referral_events (referral_id, organisation_id, user_id, from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5, $6)`,
      [referral.id, referral.organisationId, userId, from, to, comment],
    );
  }

  /** A programme partner (COOPCITY) needs one of its active programmes; for the others one is optional. */
  private async assertProgramme(manager: EntityManager, partner: { id: string; kind: PartnerKind }, programmeId: string | null): Promise<void> {
    const [{ name }] = await manager.query(`SELECT name_fr AS name FROM partners WHERE id = $1`, [partner.id]);
    if (!programmeId) {
      if (needsProgramme(partner.kind)) throw new ValidationFailed({ programmeId: fieldError('referral.programme_required', { partner: name }) });
      return;
    }
    const [programme] = await manager.query(`SELECT partner, active FROM programmes WHERE id = $1`, [programmeId]);
    if (!programme || programme.partner !== partner.id || !programme.active) {
      throw new ValidationFailed({ programmeId: fieldError('referral.programme_not_active', { partner: name }) });
    }
  }
}

/** The lifecycle check, what the move needs, and the date it stamps. */
function moveChanges(referral: Referral, to: ReferralStatus, given: { outcome?: string | null; reason?: string | null }, kind: PartnerKind): Partial<Referral> {
  const lifecycle = referralLifecycleFor(kind);
  const violation = lifecycle.violation(referral.status, to);
  if (violation) throw new BusinessRuleViolation(violation.code as MessageCode, violation.params, { allowed: violation.params.allowed });
  const rule = referralMoveRule(to);
  const changes: Partial<Referral> = { status: to };
  if (rule.needs === 'outcome') {
    const outcome = (given.outcome ?? referral.outcome)?.trim();
    if (!outcome) throw new ValidationFailed({ outcome: fieldError('referral.outcome_required') });
    changes.outcome = outcome;
  }
  if (rule.needs === 'reason') {
    const reason = (given.reason ?? referral.reason)?.trim();
    if (!reason) throw new ValidationFailed({ reason: fieldError('referral.reason_required') });
    changes.reason = reason;
  }
  if (rule.stamps) changes[rule.stamps] = today();
  return changes;
}
