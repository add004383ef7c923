import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertAssignedOrCoordinator, assertCaseOf, openCaseOf } from '../cases/cases.queries';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { Referral } from './referral.entity';
import { needsProgramme, type PartnerKind } from '../domain/partners';
import { referralLifecycleFor, referralMoveRule, ReferralStatus } from '../domain/referral-rules';
import { partnerOf } from '../partners/partners.queries';
import { CreateReferralDto, MoveReferralDto, UndoReferralMoveDto, UpdateReferralDto } from './referrals.dto';
import { fieldError } from '../common/errors/coded-error';
import type { MessageCode } from '../domain';
import { assertOrganisationExists } from '../organisations/organisations.queries';

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class ReferralsService extends EntityReader<Referral> {
  constructor(db: DataSource) {
    super(db, Referral, 'f', 'referral');
  }

  /** `referredById` is whoever refers; a COOPCITY referral names one of its active programmes. */
  async create(dto: CreateReferralDto, by: SignedInUser): Promise<Referral> {
    return this.db.transaction(async (manager) => {
      await assertOrganisationExists(manager, dto.organisationId);
      await assertAssignedOrCoordinator(manager, dto.organisationId, by);
      const partner = await partnerOf(manager, dto.partner);
      if (!partner.active) throw new ValidationFailed({ partner: fieldError('referral.partner_retired') });
      await this.assertProgramme(manager, partner, dto.programmeId ?? null);
      if (dto.status && dto.status !== 'proposed') throw new BusinessRuleViolation('referral.starts_proposed');
      await assertCaseOf(manager, dto.caseId, dto.organisationId);
      const { id } = await manager.save(Referral, {
        organisationId: dto.organisationId,
        caseId: dto.caseId ?? (await openCaseOf(manager, dto.organisationId)),
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
      if (dto.caseId !== undefined && dto.caseId !== stored.caseId)
        await assertCaseOf(manager, dto.caseId, stored.organisationId);
      const changes: Partial<Referral> = {};
      for (const field of ['caseId', 'programmeId', 'referredOn', 'outcome', 'reason'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      const moving = dto.status !== undefined && dto.status !== stored.status;
      if (moving) Object.assign(changes, moveChanges({ ...stored, ...changes }, dto.status!, {}, partner.kind));
      await updateAtVersion(manager, Referral, id, dto.version, changes);
      // A PUT that moves the referral can be undone like a move, with whatever else it changed.
      if (moving)
        await this.recordMove(
          manager,
          stored,
          stored.status,
          dto.status!,
          by.id,
          changes.reason ?? changes.outcome ?? null,
          { ...undoable(stored), ...asBefore(stored, changes) },
        );
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
      await this.recordMove(
        manager,
        stored,
        stored.status,
        dto.status,
        by.id,
        dto.reason ?? dto.outcome ?? null,
        undoable(stored),
      );
      return this.get(id, manager);
    });
  }

  /**
   * `POST /referrals/{id}/undo-move {status}`: the referral's last move, to `status`, made by this person (through `move`,
   * or a PUT changing the status) less than UNDO_MINUTES ago, is undone: the referral is as before it (for a PUT, every
   * field it changed with the status), and the move leaves the history (it did not
   * happen, for the reports either), so the move before it is then the last one. Anything else is a 422
   * `referral.undo_not_possible`.
   */
  async undoMove(id: string, dto: UndoReferralMoveDto, by: SignedInUser): Promise<Referral> {
    return this.db.transaction(async (manager) => {
      const stored = await manager.findOne(Referral, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stored) throw new NotFoundException(`No referral ${id}`);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      const [last] = await manager.query(
        `SELECT id, user_id, to_status, before, at > now() - make_interval(mins => $2) AS recent
           FROM referral_events WHERE referral_id = $1 ORDER BY at DESC, id DESC LIMIT 1`,
        [id, UNDO_MINUTES],
      );
      const possible =
        last &&
        last.before &&
        last.recent &&
        last.user_id === by.id &&
        last.to_status === stored.status &&
        stored.status === dto.status;
      if (!possible)
        throw new BusinessRuleViolation('referral.undo_not_possible', { status: dto.status, minutes: UNDO_MINUTES });
      const before = last.before as UndoableFields;
      await manager.update(Referral, { id }, { ...before, version: () => 'version + 1' });
      await manager.query(`DELETE FROM referral_events WHERE id = $1`, [last.id]);
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

  /** `before`: what the move changed, as it was, for a move its author may undo (`move`'s, and a PUT's that moved). */
  private async recordMove(
    manager: EntityManager,
    referral: { id: string; organisationId: string },
    from: ReferralStatus | null,
    to: ReferralStatus,
    userId: string,
    comment: string | null,
    before: UndoableFields | null = null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO referral_events (referral_id, organisation_id, user_id, from_status, to_status, comment, before) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [referral.id, referral.organisationId, userId, from, to, comment, before ? JSON.stringify(before) : null],
    );
  }

  /** A programme partner (COOPCITY) needs one of its active programmes; for the others one is optional. */
  private async assertProgramme(
    manager: EntityManager,
    partner: { id: string; kind: PartnerKind },
    programmeId: string | null,
  ): Promise<void> {
    const [{ name }] = await manager.query(`SELECT name_fr AS name FROM partners WHERE id = $1`, [partner.id]);
    if (!programmeId) {
      if (needsProgramme(partner.kind))
        throw new ValidationFailed({ programmeId: fieldError('referral.programme_required', { partner: name }) });
      return;
    }
    const [programme] = await manager.query(`SELECT partner, active FROM programmes WHERE id = $1`, [programmeId]);
    if (!programme || programme.partner !== partner.id || !programme.active) {
      throw new ValidationFailed({ programmeId: fieldError('referral.programme_not_active', { partner: name }) });
    }
  }
}

/** How long after a move its author can undo it (the console's toast offers it for seconds; this leaves room). */
const UNDO_MINUTES = 10;

/**
 * What a move may change, kept as it was before the move so the move can be undone; a PUT that moved also keeps the
 * other fields it changed.
 */
type UndoableFields = Pick<Referral, 'status' | 'respondedOn' | 'completedOn' | 'outcome' | 'reason'> &
  Partial<Pick<Referral, 'caseId' | 'programmeId' | 'referredOn'>>;
const undoable = ({ status, respondedOn, completedOn, outcome, reason }: Referral): UndoableFields => ({
  status,
  respondedOn,
  completedOn,
  outcome,
  reason,
});

/** The stored values of the fields a PUT changes, as they were. */
const asBefore = (stored: Referral, changes: Partial<Referral>): Partial<Referral> =>
  Object.fromEntries(Object.keys(changes).map((field) => [field, stored[field as keyof Referral]]));

/** The lifecycle check, what the move needs, and the date it stamps. */
function moveChanges(
  referral: Referral,
  to: ReferralStatus,
  given: { outcome?: string | null; reason?: string | null },
  kind: PartnerKind,
): Partial<Referral> {
  const lifecycle = referralLifecycleFor(kind);
  const violation = lifecycle.violation(referral.status, to);
  if (violation)
    throw new BusinessRuleViolation(violation.code as MessageCode, violation.params, {
      allowed: violation.params.allowed,
    });
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
