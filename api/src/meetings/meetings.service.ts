import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { Task } from '../tasks/task.entity';
import { Meeting } from './meeting.entity';
import { LogMeetingDto, UpdateMeetingDto } from './meetings.dto';
import { coded, fieldError, type CodedError } from '../common/errors/coded-error';
import { renderMessage } from '../domain';
import { userLanguage } from '../users/user-language';

const mayChange = (meeting: Meeting, user: SignedInUser) => meeting.authorId === user.id || user.role === 'coordinator' || user.role === 'admin';

@Injectable()
export class MeetingsService extends EntityReader<Meeting> {
  constructor(db: DataSource) {
    super(db, Meeting, 'm', 'meeting');
  }

  /** The author is whoever logs it; a follow-up date becomes a task for them, in the same transaction. */
  async log(dto: LogMeetingDto, by: SignedInUser): Promise<Meeting> {
    return this.db.transaction(async (manager) => {
      const [organisation] = await manager.query(`SELECT id FROM organisations WHERE id = $1`, [dto.organisationId]);
      if (!organisation) throw new ValidationFailed({ organisationId: fieldError('organisation.unknown') });
      await this.assertParticipants(manager, dto.organisationId, dto);
      const meeting = await manager.save(Meeting, {
        organisationId: dto.organisationId,
        caseId: dto.caseId ?? null,
        authorId: by.id,
        occurredAt: dto.occurredAt ? new Date(dto.occurredAt) : new Date(),
        durationMinutes: dto.durationMinutes ?? null,
        channel: dto.channel ?? 'in_person',
        contactIds: dto.contactIds ?? [],
        staffIds: dto.staffIds ?? [],
        subject: dto.subject,
        notes: dto.notes ?? null,
        outcomes: dto.outcomes ?? null,
        nextSteps: dto.nextSteps ?? null,
        followUpOn: dto.followUpOn ?? null,
        version: 1,
      });
      if (meeting.followUpOn) await this.scheduleFollowUp(manager, meeting, by.id);
      return this.get(meeting.id, manager);
    });
  }

  async update(id: string, dto: UpdateMeetingDto, by: SignedInUser): Promise<Meeting> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      if (!mayChange(stored, by)) throw new ForbiddenException(coded('meeting.not_author'));
      await this.assertParticipants(manager, stored.organisationId, dto);
      const changes: Partial<Meeting> = {};
      for (const field of ['caseId', 'durationMinutes', 'channel', 'contactIds', 'staffIds', 'subject', 'notes', 'outcomes', 'nextSteps', 'followUpOn'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      if (dto.occurredAt !== undefined) changes.occurredAt = new Date(dto.occurredAt);
      await updateAtVersion(manager, Meeting, id, dto.version, changes);
      const updated = await this.get(id, manager);
      if (updated.followUpOn !== stored.followUpOn) await this.scheduleFollowUp(manager, updated, updated.authorId);
      return updated;
    });
  }

  async remove(id: string, by: SignedInUser): Promise<Meeting> {
    return this.db.transaction(async (manager) => {
      const meeting = await this.get(id, manager);
      if (!mayChange(meeting, by)) throw new ForbiddenException(coded('meeting.not_author'));
      await manager.delete(Meeting, { id });
      return meeting;
    });
  }

  /** One open follow-up task per meeting: created, moved to the new date, or cancelled when the date is cleared. */
  private async scheduleFollowUp(manager: EntityManager, meeting: Meeting, assigneeId: string): Promise<void> {
    const open = await manager.findOne(Task, { where: { meetingId: meeting.id, status: 'todo' } });
    if (open && !meeting.followUpOn) {
      await manager.update(Task, { id: open.id }, { status: 'cancelled', version: () => 'version + 1' });
    } else if (open) {
      await manager.update(Task, { id: open.id }, { dueOn: meeting.followUpOn, version: () => 'version + 1' });
    } else if (meeting.followUpOn) {
      await manager.insert(Task, {
        organisationId: meeting.organisationId,
        caseId: meeting.caseId,
        meetingId: meeting.id,
        title: renderMessage('task.follow_up', { subject: meeting.subject }, await userLanguage(manager, assigneeId))!.slice(0, 300),
        dueOn: meeting.followUpOn,
        assigneeId,
        status: 'todo',
        createdById: assigneeId,
        version: 1,
      });
    }
  }

  /** The case, contacts and staff named must belong: the case and contacts to this organisation, staff to Traject. */
  private async assertParticipants(manager: EntityManager, organisationId: string, dto: { caseId?: string | null; contactIds?: string[]; staffIds?: string[] }): Promise<void> {
    const errors: Record<string, CodedError> = {};
    if (dto.caseId) {
      const [found] = await manager.query(`SELECT 1 FROM cases WHERE id = $1 AND organisation_id = $2`, [dto.caseId, organisationId]);
      if (!found) errors.caseId = fieldError('case.not_of_organisation');
    }
    if (dto.contactIds?.length) {
      const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM contacts WHERE id = ANY($1::uuid[]) AND organisation_id = $2`, [dto.contactIds, organisationId]);
      if (n !== new Set(dto.contactIds).size) errors.contactIds = fieldError('meeting.contacts_not_of_organisation');
    }
    if (dto.staffIds?.length) {
      const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM users WHERE id = ANY($1::uuid[])`, [dto.staffIds]);
      if (n !== new Set(dto.staffIds).size) errors.staffIds = fieldError('user.not_staff');
    }
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
  }
}
