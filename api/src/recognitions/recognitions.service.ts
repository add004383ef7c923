import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertAssignedOrCoordinator } from '../cases/case-assignment';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { isOutsideBrussels } from '../domain/municipalities';
import { checklistEvidence } from '../documents/document-links';
import { Recognition } from './recognition.entity';
import {
  BRUSSELS_APPROVALS,
  checklistProgress,
  eligibilityWarnings,
  EligibilityWarning,
  emptyChecklist,
  proposedValidUntil,
  recognitionLifecycle,
  RecognitionStatus,
  renewalWindow,
  termAfter,
} from '../domain/recognition-rules';
import { CreateRecognitionDto, MoveRecognitionDto, UpdateRecognitionDto } from './recognitions.dto';

/** A dossier item as the API shows it: done by hand (with a note) or proven by linked documents. */
export type ChecklistItemRecord = Recognition['checklist'][number] & { documentIds: string[] };

export type RecognitionRecord = Omit<Recognition, 'checklist'> & { checklist: ChecklistItemRecord[]; renewalDue: boolean; renewalLate: boolean; checklistProgress: number; eligibilityWarnings: EligibilityWarning[] };

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class RecognitionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: ListQuery): Promise<ListPage<RecognitionRecord>> {
    const page = await fetchPage(this.db.getRepository(Recognition).createQueryBuilder('r'), query, 'r.id');
    return { total: page.total, rows: await this.decorate(this.db.manager, page.rows) };
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<RecognitionRecord> {
    const found = await manager.findOne(Recognition, { where: { id } });
    if (!found) throw new NotFoundException(`No recognition file ${id}`);
    return (await this.decorate(manager, [found]))[0];
  }

  async create(dto: CreateRecognitionDto, by: SignedInUser): Promise<RecognitionRecord> {
    return this.db.transaction(async (manager) => {
      const [organisation] = await manager.query(`SELECT id FROM organisations WHERE id = $1`, [dto.organisationId]);
      if (!organisation) throw new ValidationFailed({ organisationId: 'organisationId is not an organisation of the register' });
      await assertAssignedOrCoordinator(manager, dto.organisationId, by);
      if (dto.status && dto.status !== 'preparing') throw new BusinessRuleViolation('A recognition file starts as preparing; then it moves along its lifecycle');
      let term = dto.term ?? 'first';
      if (dto.previousId) {
        const previous = await manager.findOne(Recognition, { where: { id: dto.previousId } });
        if (!previous || previous.organisationId !== dto.organisationId || previous.kind !== dto.kind) {
          throw new ValidationFailed({ previousId: 'previousId must be a file of the same kind for the same organisation' });
        }
        term = dto.term ?? termAfter(previous.term);
      }
      if (dto.kind === 'brussels_esi_mandate' && !(await this.holdsValidApproval(manager, dto.organisationId))) {
        throw new BusinessRuleViolation('A work-integration mandate is only for an enterprise with a valid Brussels approval');
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
        validFrom: dto.validFrom ?? null,
        validUntil: dto.validUntil ?? (dto.validFrom ? proposedValidUntil(dto.validFrom, term, this.config.recognitionTermYears) : null),
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
      for (const field of ['caseId', 'submittedOn', 'decisionOn', 'validFrom', 'validUntil', 'term', 'reference', 'notes'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      if (dto.checklist) changes.checklist = withoutEchoedEvidence(mergedChecklist(dto.checklist), stored, (await manager.findOneOrFail(Recognition, { where: { id } })).checklist);
      if (dto.validFrom && !dto.validUntil && !stored.validUntil) {
        changes.validUntil = proposedValidUntil(dto.validFrom, dto.term ?? stored.term, this.config.recognitionTermYears);
      }
      if (dto.status && dto.status !== stored.status) Object.assign(changes, this.moveChanges({ ...stored, ...changes }, dto.status));
      await updateAtVersion(manager, Recognition, id, dto.version, changes);
      if (dto.status && dto.status !== stored.status) await this.recordMove(manager, stored, stored.status, dto.status, by.id, null);
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

  async remove(id: string, by: SignedInUser): Promise<RecognitionRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      await assertAssignedOrCoordinator(manager, stored.organisationId, by);
      if (stored.status !== 'preparing') throw new BusinessRuleViolation('Only a file still in preparation is deleted; withdraw it instead');
      await manager.delete(Recognition, { id });
      return stored;
    });
  }

  /** The dates a move stamps: submission, decision, and on approval the validity period. */
  private moveChanges(file: Recognition, to: RecognitionStatus, on: string = today()): Partial<Recognition> {
    const refusal = recognitionLifecycle.refusal(file.status, to);
    if (refusal) throw new BusinessRuleViolation(refusal, { allowed: recognitionLifecycle.next(file.status) });
    const changes: Partial<Recognition> = { status: to };
    if (to === 'submitted') changes.submittedOn = file.submittedOn ?? on;
    if (to === 'approved' || to === 'refused') changes.decisionOn = on;
    if (to === 'approved') {
      changes.validFrom = file.validFrom ?? on;
      changes.validUntil = file.validUntil ?? proposedValidUntil(changes.validFrom, file.term, this.config.recognitionTermYears);
    }
    return changes;
  }

  async recordMove(manager: EntityManager, file: { id: string; organisationId: string }, from: RecognitionStatus | null, to: RecognitionStatus, userId: string | null, comment: string | null): Promise<void> {
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

  /** Computed fields for a page of files: two queries for the whole page, never one per file. */
  private async decorate(manager: EntityManager, files: Recognition[]): Promise<RecognitionRecord[]> {
    if (!files.length) return [];
    const organisationIds = [...new Set(files.map((f) => f.organisationId))];
    const [facts, renewed, evidence] = await Promise.all([
      manager.query(
        `SELECT o.id, o.postcode, to_char(o.founded_on, 'YYYY-MM-DD') AS founded_on, o.employees_fte::float8 AS employees_fte,
                EXISTS (SELECT 1 FROM recognition_events e WHERE e.organisation_id = o.id AND e.from_status = 'approved' AND e.to_status = 'withdrawn' AND e.at > now() - interval '5 years') AS withdrawn_recently,
                EXISTS (SELECT 1 FROM recognitions r WHERE r.organisation_id = o.id AND r.kind = ANY($2) AND r.status = 'approved' AND (r.valid_until IS NULL OR r.valid_until >= current_date)) AS holds_approval
           FROM organisations o WHERE o.id = ANY($1::uuid[])`,
        [organisationIds, BRUSSELS_APPROVALS],
      ),
      manager.query(`SELECT DISTINCT previous_id FROM recognitions WHERE previous_id = ANY($1::uuid[]) AND status NOT IN ('withdrawn', 'refused')`, [files.map((f) => f.id)]),
      checklistEvidence(manager, files.map((f) => f.id)),
    ]);
    const byOrganisation = new Map(facts.map((f: { id: string }) => [f.id, f]));
    const renewedIds = new Set(renewed.map((r: { previous_id: string }) => r.previous_id));
    const day = today();
    return files.map((file) => {
      const f = byOrganisation.get(file.organisationId) as { postcode: string | null; founded_on: string | null; employees_fte: number | null; withdrawn_recently: boolean; holds_approval: boolean };
      const warnings = eligibilityWarnings({
        kind: file.kind,
        postcode: f?.postcode ?? null,
        inBrussels: f?.postcode ? !isOutsideBrussels(f.postcode) : null,
        foundedOn: f?.founded_on ?? null,
        employeesFte: f?.employees_fte ?? null,
        withdrawnWithin5Years: f?.withdrawn_recently ?? false,
        holdsValidApproval: f?.holds_approval ?? false,
        today: day,
      });
      const proven = evidence.get(file.id);
      const checklist = file.checklist.map((item) => {
        const documentIds = proven?.get(item.code) ?? [];
        return { ...item, done: item.done || documentIds.length > 0, documentIds };
      });
      return { ...file, checklist, ...renewalWindow(file, renewedIds.has(file.id), day), checklistProgress: checklistProgress(checklist), eligibilityWarnings: warnings };
    });
  }
}

/**
 * An item shown done because documents prove it, sent back as done without a note: not a decision by hand,
 * so the stored flag stays as it was (deleting the documents opens the item again). Done by hand stays
 * possible: without documents, or with a note.
 */
function withoutEchoedEvidence(items: ReturnType<typeof mergedChecklist>, stored: RecognitionRecord, raw: Recognition['checklist']) {
  return items.map((item) => {
    const proven = (stored.checklist.find((s) => s.code === item.code)?.documentIds.length ?? 0) > 0;
    const byHand = raw.find((r) => r.code === item.code)?.done ?? false;
    return item.done && proven && !byHand && !item.note.trim() ? { ...item, done: false } : item;
  });
}

/** Every dossier item once, in the order of DOMAIN.md, with what the client said about each. */
function mergedChecklist(items: Array<{ code: string; done: boolean; note?: string; documentIds?: unknown }> | undefined) {
  const given = new Map((items ?? []).map((item) => [item.code, item]));
  if (given.size !== (items ?? []).length) throw new ValidationFailed({ checklist: 'each checklist item at most once' });
  return emptyChecklist().map((item) => ({ ...item, done: given.get(item.code)?.done ?? false, note: given.get(item.code)?.note ?? '' }));
}

