import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { CaseEvent } from './case-event.entity';
import { Case } from './case.entity';
import { OpenCaseDto, UpdateCaseDto } from './cases.dto';
import {
  caseEvents,
  CaseState,
  COORDINATOR_FIELDS,
  fieldsBeyondAdvisor,
  nextCaseState,
  refusedCaseChange,
} from '../domain/case-rules';
import { coded, codedFields, fieldError, type CodedError } from '../common/errors/coded-error';
import { assertOrganisationExists } from '../organisations/organisations.queries';
import { isLead, mayChangeCase } from '../domain/record-policies';

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class CasesService extends EntityReader<Case> {
  constructor(db: DataSource) {
    super(db, Case, 'c', 'case');
  }

  /** Coordinators open cases; the database refuses a second open case for the same organisation. */
  async open(dto: OpenCaseDto, by: SignedInUser): Promise<Case> {
    return this.db.transaction((manager) => this.openWithin(manager, dto, by));
  }

  /** Opens a case inside a caller's transaction (an intake converted with its organisation and contact). */
  async openWithin(manager: EntityManager, dto: OpenCaseDto, by: SignedInUser): Promise<Case> {
    await assertOrganisationExists(manager, dto.organisationId);
    await this.assertStaff(manager, { advisorId: dto.advisorId, coordinatorId: dto.coordinatorId });
    if (dto.stage === 'closed' || dto.status === 'closed') throw new BusinessRuleViolation('case.opened_not_closed');
    const [already] = await manager.query(`SELECT id FROM cases WHERE organisation_id = $1 AND status <> 'closed'`, [
      dto.organisationId,
    ]);
    if (already) throw alreadyOpen();
    let saved: Case;
    try {
      saved = await manager.save(Case, {
        organisationId: dto.organisationId,
        title: dto.title,
        stage: dto.stage ?? 'intake',
        status: dto.status ?? 'open',
        advisorId: dto.advisorId ?? null,
        coordinatorId: dto.coordinatorId ?? (by.role === 'coordinator' ? by.id : null),
        priority: dto.priority ?? 'normal',
        openedOn: dto.openedOn ?? today(),
        nextActionOn: dto.nextActionOn ?? null,
        summary: dto.summary ?? null,
        createdById: by.id,
        version: 1,
      });
    } catch (error) {
      if (
        (error as { driverError?: { constraint?: string } }).driverError?.constraint ===
        'cases_open_per_organisation_unique'
      )
        throw alreadyOpen();
      throw error;
    }
    await this.record(manager, saved, by, [{ kind: 'opened', fromValue: null, toValue: saved.stage }]);
    if (saved.advisorId)
      await this.record(manager, saved, by, [{ kind: 'assigned', fromValue: null, toValue: saved.advisorId }]);
    return this.get(saved.id, manager);
  }

  /** The assigned advisor moves the stage and edits summary and next action (nothing else); coordinators do everything. */
  async update(id: string, dto: UpdateCaseDto, by: SignedInUser): Promise<Case> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      const coordinator = isLead(by);
      if (!mayChangeCase(by, stored)) throw new ForbiddenException(coded('case.not_assigned'));
      if (!coordinator && (dto.stage === 'closed' || dto.status === 'closed') && stored.status !== 'closed') {
        throw new ForbiddenException(coded('case.close_needs_coordinator'));
      }
      if (!coordinator) {
        const touched = fieldsBeyondAdvisor(
          stored as unknown as Record<string, unknown>,
          dto as unknown as Record<string, unknown>,
        );
        const coordinatorOnly = touched.filter((field) => (COORDINATOR_FIELDS as readonly string[]).includes(field));
        if (coordinatorOnly.length)
          throw new ForbiddenException(coded('case.coordinator_fields', { fields: coordinatorOnly }));
        if (touched.length) throw new ForbiddenException(coded('case.advisor_fields_only', { fields: touched }));
      }
      const before: CaseState = {
        stage: stored.stage,
        status: stored.status,
        advisorId: stored.advisorId,
        closeReason: stored.closeReason,
      };
      const change = { stage: dto.stage, status: dto.status, advisorId: dto.advisorId, closeReason: dto.closeReason };
      Object.keys(change).forEach(
        (k) => change[k as keyof typeof change] === undefined && delete change[k as keyof typeof change],
      );
      const refusal = refusedCaseChange(before, change, coordinator);
      if (refusal) throw new BusinessRuleViolation(refusal);
      await this.assertStaff(manager, { advisorId: dto.advisorId, coordinatorId: dto.coordinatorId });
      const after = nextCaseState(before, change);
      const changes: Partial<Case> = { ...after };
      for (const field of ['title', 'coordinatorId', 'priority', 'openedOn', 'nextActionOn', 'summary'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      if (after.status === 'closed') changes.closedOn = today();
      await updateAtVersion(manager, Case, id, dto.version, changes);
      await this.record(manager, stored, by, caseEvents(before, after));
      return this.get(id, manager);
    });
  }

  async remove(id: string): Promise<Case> {
    const found = await this.get(id);
    await this.db.transaction((manager) => manager.delete(Case, { id }));
    return found;
  }

  private async record(
    manager: EntityManager,
    subject: Case,
    by: SignedInUser,
    events: ReturnType<typeof caseEvents>,
  ): Promise<void> {
    if (!events.length) return;
    await manager.insert(
      CaseEvent,
      events.map((event) => ({
        ...event,
        caseId: subject.id,
        organisationId: subject.organisationId,
        userId: by.id,
        at: new Date(),
        comment: null,
      })),
    );
  }

  /** Advisors and coordinators named on a case must be active colleagues who can hold one. */
  private async assertStaff(
    manager: EntityManager,
    people: { advisorId?: string | null; coordinatorId?: string | null },
  ): Promise<void> {
    const errors: Record<string, CodedError> = {};
    for (const [field, id] of Object.entries(people)) {
      if (!id) continue;
      const [user] = await manager.query(`SELECT role, active FROM users WHERE id = $1`, [id]);
      if (!user || !user.active || !['advisor', 'coordinator', 'admin'].includes(user.role))
        errors[field] = fieldError('user.not_active_staff');
    }
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
  }
}

function alreadyOpen(): ConflictException {
  return new ConflictException(
    codedFields('case.already_open', {}, { organisationId: fieldError('case.already_open') }),
  );
}
