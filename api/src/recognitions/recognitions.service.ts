import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertAssignedOrCoordinator, assertCaseOf } from '../cases/cases.queries';
import { dateSetByMoves, mayChangeValidUntil } from '../domain/recognition-dates';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { isOutsideBrussels } from '../domain/municipalities';
import { checklistEvidence } from '../documents/documents.queries';
import { Recognition } from './recognition.entity';
import { checklistProgress, CHECKLIST_ITEMS, type ChecklistItem, shapedChecklist } from '../domain/recognition-dossier';
import type { KboAlert } from '../domain/kbo-situations';
import { eligibilityWarnings, type EligibilityWarning, isStartingEnterprise } from '../domain/recognition-eligibility';
import {
  BRUSSELS_APPROVALS,
  type ClockSettings,
  FILED_STATUSES,
  proposedValidUntil,
  type RecognitionKind,
  recognitionLifecycle,
  RecognitionStatus,
  renewalValidFrom,
  renewalWindow,
  renewalWindowDates,
  type RenewalFacts,
  termAfter,
} from '../domain/recognition-rules';
import { isObligationOf, type ObligationView, obligationViews } from './recognition-obligations.store';
import { CreateRecognitionDto, MoveRecognitionDto, ObligationDoneDto, UpdateRecognitionDto } from './recognitions.dto';
import { coded, fieldError } from '../common/errors/coded-error';
import type { MessageCode } from '../domain';
import { assertOrganisationExists } from '../organisations/organisations.queries';

/** A dossier item as the API shows it: done by hand (with a note) or proven by linked documents. */
type ChecklistItemRecord = ChecklistItem & { documentIds: string[] };

export type RecognitionRecord = Omit<Recognition, 'checklist'> & {
  checklist: ChecklistItemRecord[];
  renewalDue: boolean;
  renewalLate: boolean;
  checklistProgress: number;
  eligibilityWarnings: EligibilityWarning[];
  obligations: ObligationView[];
};

const today = () => new Date().toISOString().slice(0, 10);

/** The renewal window kept on the file, from its kind's clock and end date. */
const windowColumns = (kind: RecognitionKind, validUntil: string | null) => {
  const window = renewalWindowDates(kind, validUntil);
  return { renewalOpensOn: window?.opensOn ?? null, renewalLateFrom: window?.lateFrom ?? null };
};

@Injectable()
export class RecognitionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get clock(): ClockSettings {
    return { termYears: this.config.recognitionTermYears, mandateYears: this.config.mandateYears };
  }

  async list(query: ListQuery): Promise<ListPage<RecognitionRecord>> {
    const page = await fetchPage(this.db.getRepository(Recognition).createQueryBuilder('r'), query, 'r.id');
    return { ...page, rows: await this.decorate(this.db.manager, page.rows) };
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<RecognitionRecord> {
    const found = await manager.findOne(Recognition, { where: { id } });
    if (!found) throw new NotFoundException(`No recognition file ${id}`);
    return (await this.decorate(manager, [found]))[0];
  }

  async create(dto: CreateRecognitionDto, by: SignedInUser): Promise<RecognitionRecord> {
    return this.db.transaction(async (manager) => {
      await assertOrganisationExists(manager, dto.organisationId);
      await assertAssignedOrCoordinator(manager, dto.organisationId, by);
      if (dto.status && dto.status !== 'preparing') throw new BusinessRuleViolation('recognition.starts_preparing');
      let term = dto.term ?? 'first';
      let validFrom = dto.validFrom ?? null;
      if (dto.previousId) {
        const previous = await manager.findOne(Recognition, { where: { id: dto.previousId } });
        if (!previous || previous.organisationId !== dto.organisationId || previous.kind !== dto.kind) {
          throw new ValidationFailed({ previousId: fieldError('recognition.previous_not_same') });
        }
        term = dto.term ?? termAfter(previous.term);
        if (dto.validFrom === undefined) validFrom = renewalValidFrom(previous.validUntil);
      }
      assertClockFields(dto.kind, dto);
      await assertCaseOf(manager, dto.caseId, dto.organisationId);
      if (dto.kind === 'brussels_esi_mandate' && !(await this.holdsValidApproval(manager, dto.organisationId))) {
        throw new BusinessRuleViolation('recognition.mandate_needs_approval');
      }
      const { id } = await manager.save(Recognition, {
        organisationId: dto.organisationId,
        caseId: dto.caseId ?? null,
        kind: dto.kind,
        status: 'preparing',
        term,
        previousId: dto.previousId ?? null,
        reference: dto.reference ?? null,
        notes: dto.notes ?? null,
        checklist: mergedChecklist(dto.checklist),
        validFrom,
        ...this.endDates(dto.kind, validFrom, dto.validUntil ?? null, term),
        callDeadline: dto.callDeadline ?? null,
        permanentFte: dto.permanentFte ?? null,
        selfEmployedPartners: dto.selfEmployedPartners ?? null,
        mainOccupationPartners: dto.mainOccupationPartners ?? null,
        submittedOn: null,
        decisionOn: null,
        createdById: by.id,
        version: 1,
      });
      await this.recordMove(manager, { id, organisationId: dto.organisationId }, null, 'preparing', by.id, null);
      return this.get(id, manager);
    });
  }

  /** A PUT may change the status too: the same lifecycle rules apply as for a move. */
  async update(id: string, dto: UpdateRecognitionDto, by: SignedInUser): Promise<RecognitionRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      const changes: Partial<Recognition> = {};
      assertClockFields(stored.kind, dto);
      if (dto.caseId !== undefined && dto.caseId !== stored.caseId)
        await assertCaseOf(manager, dto.caseId, stored.organisationId);
      const refusedDate = dateSetByMoves(stored, dto);
      if (refusedDate) throw new ValidationFailed({ [refusedDate]: fieldError('recognition.set_by_moves') });
      if (!mayChangeValidUntil(stored, dto, by.role))
        throw new ForbiddenException(coded('recognition.valid_until_coordinator'));
      const fields = [
        'caseId',
        'submittedOn',
        'decisionOn',
        'validFrom',
        'validUntil',
        'term',
        'reference',
        'notes',
        'callDeadline',
        'permanentFte',
        'selfEmployedPartners',
        'mainOccupationPartners',
      ] as const;
      for (const field of fields) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      if (dto.checklist)
        changes.checklist = withoutEchoedEvidence(
          mergedChecklist(dto.checklist),
          stored,
          (await manager.findOneOrFail(Recognition, { where: { id } })).checklist,
        );
      const validFrom = changes.validFrom !== undefined ? changes.validFrom : stored.validFrom;
      const validUntil =
        changes.validUntil !== undefined
          ? changes.validUntil
          : dto.validFrom && !stored.validUntil
            ? null
            : stored.validUntil;
      Object.assign(changes, this.endDates(stored.kind, validFrom, validUntil, dto.term ?? stored.term));
      if (dto.callDeadline !== undefined && dto.callDeadline !== stored.callDeadline && stored.previousId) {
        await manager.query(`UPDATE recognitions SET renewal_task_at = NULL WHERE id = $1`, [stored.previousId]);
      }
      if (dto.status && dto.status !== stored.status)
        Object.assign(changes, this.moveChanges({ ...stored, ...changes }, dto.status));
      await updateAtVersion(manager, Recognition, id, dto.version, changes);
      if (dto.status && dto.status !== stored.status)
        await this.recordMove(manager, stored, stored.status, dto.status, by.id, null);
      return this.get(id, manager);
    });
  }

  /** `POST /recognitions/{id}/move {status, comment, on}`: one step along the lifecycle, kept as an event. */
  async move(id: string, dto: MoveRecognitionDto, by: SignedInUser): Promise<RecognitionRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await manager.findOne(Recognition, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stored) throw new NotFoundException(`No recognition file ${id}`);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      const changes = this.moveChanges(stored, dto.status, dto.on);
      await manager.update(Recognition, { id }, { ...changes, version: () => 'version + 1' });
      await this.recordMove(manager, stored, stored.status, dto.status, by.id, dto.comment ?? null);
      return this.get(id, manager);
    });
  }

  /** `POST /recognitions/{id}/obligations {obligation, year, done}`: a yearly obligation done (its task too) or not yet. */
  async markObligation(id: string, dto: ObligationDoneDto, by: SignedInUser): Promise<RecognitionRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await manager.findOne(Recognition, { where: { id } });
      if (!stored) throw new NotFoundException(`No recognition file ${id}`);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      const due = isObligationOf(stored, dto.obligation, dto.year, this.config);
      if (!due) {
        throw new BusinessRuleViolation('recognition.obligation_not_due', {
          obligation: dto.obligation,
          year: dto.year,
        });
      }
      const done = dto.done ?? true;
      const [{ task_id: taskId }] = await manager.query(
        `INSERT INTO recognition_obligations (recognition_id, organisation_id, obligation, year, due_on, done_on, done_by_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (recognition_id, obligation, year) DO UPDATE SET done_on = EXCLUDED.done_on, done_by_id = EXCLUDED.done_by_id, updated_at = now()
         RETURNING task_id`,
        [
          id,
          stored.organisationId,
          dto.obligation,
          dto.year,
          due.dueOn,
          done ? (dto.on ?? today()) : null,
          done ? by.id : null,
        ],
      );
      if (taskId) {
        await manager.query(
          `UPDATE tasks SET status = $2, completed_at = CASE WHEN $2 = 'done' THEN now() END, version = version + 1, updated_at = now() WHERE id = $1 AND status <> $2 AND status <> 'cancelled'`,
          [taskId, done ? 'done' : 'todo'],
        );
      }
      return this.get(id, manager);
    });
  }

  async remove(id: string, by: SignedInUser): Promise<RecognitionRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      if (stored.status !== 'preparing') throw new BusinessRuleViolation('recognition.delete_only_preparing');
      await manager.delete(Recognition, { id });
      return stored;
    });
  }

  /** The dates a move stamps: submission, decision, and on approval the validity period. */
  private moveChanges(file: Recognition, to: RecognitionStatus, on: string = today()): Partial<Recognition> {
    const violation = recognitionLifecycle.violation(file.status, to);
    if (violation)
      throw new BusinessRuleViolation(violation.code as MessageCode, violation.params, {
        allowed: violation.params.allowed,
      });
    const changes: Partial<Recognition> = { status: to };
    if (to === 'submitted') changes.submittedOn = file.submittedOn ?? on;
    if (to === 'approved' || to === 'refused') changes.decisionOn = on;
    if (to === 'approved') {
      changes.validFrom = file.validFrom ?? on;
      Object.assign(changes, this.endDates(file.kind, changes.validFrom, file.validUntil, file.term));
    }
    return changes;
  }

  /** The end date (given, else proposed by the kind's clock) and the renewal window kept with it. */
  private endDates(
    kind: RecognitionKind,
    validFrom: string | null,
    validUntil: string | null,
    term: Recognition['term'],
  ) {
    const until = validUntil ?? (validFrom ? proposedValidUntil(kind, validFrom, term, this.clock) : null);
    return { validUntil: until, ...windowColumns(kind, until) };
  }

  async recordMove(
    manager: EntityManager,
    file: { id: string; organisationId: string },
    from: RecognitionStatus | null,
    to: RecognitionStatus,
    userId: string | null,
    comment: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO recognition_events (recognition_id, organisation_id, user_id, from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5, $6)`,
      [file.id, file.organisationId, userId, from, to, comment],
    );
  }

  private async holdsValidApproval(manager: EntityManager, organisationId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM recognitions WHERE organisation_id = $1 AND kind = ANY($2) AND status = 'approved' AND (valid_until IS NULL OR valid_until >= current_date)`,
      [organisationId, BRUSSELS_APPROVALS],
    );
    return !!row;
  }

  /** Computed fields for a page of files: three queries for the whole page, never one per file. */
  private async decorate(manager: EntityManager, files: Recognition[]): Promise<RecognitionRecord[]> {
    if (!files.length) return [];
    const organisationIds = [...new Set(files.map((f) => f.organisationId))];
    const fileIds = files.map((f) => f.id);
    const [facts, renewals, obligations, evidence] = await Promise.all([
      manager.query(
        `SELECT o.id, o.postcode, o.legal_form, to_char(coalesce(o.registered_on, o.founded_on), 'YYYY-MM-DD') AS registered_on, o.employees_fte::float8 AS employees_fte,
                (SELECT to_char(max(e.at)::date, 'YYYY-MM-DD') FROM recognition_events e JOIN recognitions w ON w.id = e.recognition_id
                  WHERE e.organisation_id = o.id AND w.kind = ANY($2) AND e.from_status = 'approved' AND e.to_status = 'withdrawn') AS withdrawn_on,
                EXISTS (SELECT 1 FROM recognitions r WHERE r.organisation_id = o.id AND r.kind = ANY($2) AND r.status = 'approved' AND (r.valid_until IS NULL OR r.valid_until >= current_date)) AS holds_approval,
                (SELECT w.alert FROM kbo_watch w WHERE w.organisation_id = o.id) AS kbo_alert
           FROM organisations o WHERE o.id = ANY($1::uuid[])`,
        [organisationIds, BRUSSELS_APPROVALS],
      ),
      manager.query(
        `SELECT previous_id, bool_or(status = ANY($2)) AS filed, to_char(max(call_deadline), 'YYYY-MM-DD') AS call_deadline
           FROM recognitions WHERE previous_id = ANY($1::uuid[]) AND status NOT IN ('withdrawn', 'refused') GROUP BY previous_id`,
        [fileIds, FILED_STATUSES],
      ),
      obligationViews(manager, files, this.config),
      checklistEvidence(manager, fileIds),
    ]);
    const byOrganisation = new Map(facts.map((f: { id: string }) => [f.id, f]));
    const renewalOf = new Map<string, RenewalFacts>(
      renewals.map((r: { previous_id: string; filed: boolean; call_deadline: string | null }) => [
        r.previous_id,
        { filed: r.filed, callDeadline: r.call_deadline },
      ]),
    );
    const day = today();
    return files.map((file) => {
      const f = byOrganisation.get(file.organisationId) as OrganisationFacts | undefined;
      const registeredOn = f?.registered_on ?? null;
      const warnings = eligibilityWarnings({
        kind: file.kind,
        status: file.status,
        legalForm: f?.legal_form ?? null,
        postcode: f?.postcode ?? null,
        inBrussels: f?.postcode ? !isOutsideBrussels(f.postcode) : null,
        registeredOn,
        permanentFte: file.permanentFte ?? f?.employees_fte ?? null,
        selfEmployedPartners: file.selfEmployedPartners,
        mainOccupationPartners: file.mainOccupationPartners,
        brusselsApprovalWithdrawnOn: f?.withdrawn_on ?? null,
        holdsValidApproval: f?.holds_approval ?? false,
        kboAlert: f?.kbo_alert ?? null,
        today: day,
      });
      const proven = evidence.get(file.id);
      const checklist = shapedChecklist(
        { kind: file.kind, term: file.term, starting: isStartingEnterprise(registeredOn, day) },
        file.checklist,
      ).map((item) => {
        const documentIds = proven?.get(item.code) ?? [];
        return { ...item, done: item.done || documentIds.length > 0, documentIds };
      });
      return {
        ...file,
        checklist,
        ...renewalWindow(file, renewalOf.get(file.id) ?? { filed: false, callDeadline: null }, day),
        checklistProgress: checklistProgress(checklist),
        eligibilityWarnings: warnings,
        obligations: obligations.get(file.id) ?? [],
      };
    });
  }
}

interface OrganisationFacts {
  postcode: string | null;
  legal_form: EligibilityLegalForm;
  registered_on: string | null;
  employees_fte: number | null;
  withdrawn_on: string | null;
  holds_approval: boolean;
  kbo_alert: KboAlert | null;
}
type EligibilityLegalForm = Parameters<typeof eligibilityWarnings>[0]['legalForm'];

/** A call deadline belongs to a mandate's file; the federal approvals have no end date. */
function assertClockFields(kind: RecognitionKind, dto: { callDeadline?: string | null; validUntil?: string | null }) {
  if (dto.callDeadline && kind !== 'brussels_esi_mandate')
    throw new ValidationFailed({ callDeadline: fieldError('recognition.call_deadline_mandate_only') });
  if (dto.validUntil && (kind === 'federal_cnc_cooperative' || kind === 'federal_social_enterprise'))
    throw new ValidationFailed({ validUntil: fieldError('recognition.federal_no_end') });
}

/** What the client said about each dossier item, once each (the read shapes it to the kind's dossier). */
function mergedChecklist(
  items: Array<{ code: string; done: boolean; note?: string; documentIds?: unknown }> | undefined,
): ChecklistItem[] {
  const given = new Map((items ?? []).map((item) => [item.code, item]));
  if (given.size !== (items ?? []).length)
    throw new ValidationFailed({ checklist: fieldError('recognition.checklist_item_twice') });
  return CHECKLIST_ITEMS.filter((code) => given.has(code)).map((code) => ({
    code,
    done: given.get(code)?.done ?? false,
    note: given.get(code)?.note ?? '',
  }));
}

/**
 * An item shown done because documents prove it, sent back as done without a note: not a decision by hand,
 * so the stored flag stays as it was (deleting the documents opens the item again). Done by hand stays
 * possible: without documents, or with a note.
 */
function withoutEchoedEvidence(
  items: ReturnType<typeof mergedChecklist>,
  stored: RecognitionRecord,
  raw: Recognition['checklist'],
) {
  return items.map((item) => {
    const proven = (stored.checklist.find((s) => s.code === item.code)?.documentIds.length ?? 0) > 0;
    const byHand = raw.find((r) => r.code === item.code)?.done ?? false;
    return item.done && proven && !byHand && !item.note.trim() ? { ...item, done: false } : item;
  });
}
