import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { EntityReader } from '../common/list/entity-reader';
import { deleteFollowUps, scheduleFollowUp } from '../tasks/tasks.queries';
import { settleMeetingDocuments } from '../documents/documents.queries';
import { Meeting } from './meeting.entity';
import { LogMeetingDto, UpdateMeetingDto } from './meetings.dto';
import { coded, fieldError, type CodedError } from '../common/errors/coded-error';
import { mayChangeMeeting } from '../domain/record-policies';
import { assertOrganisationExists } from '../organisations/organisations.queries';

@Injectable()
export class MeetingsService extends EntityReader<Meeting> {
  constructor(db: DataSource) {
    super(db, Meeting, 'm', 'meeting');
  }

  /** The author is whoever logs it; a follow-up date becomes a task for them, in the same transaction. */
  async log(dto: LogMeetingDto, by: SignedInUser): Promise<Meeting> {
    return this.db.transaction(async (manager) => {
      await assertOrganisationExists(manager, dto.organisationId);
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
      if (meeting.followUpOn) await scheduleFollowUp(manager, meeting, by.id);
      return this.get(meeting.id, manager);
    });
  }

  async update(id: string, dto: UpdateMeetingDto, by: SignedInUser): Promise<Meeting> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, manager);
      if (!mayChangeMeeting(by, stored)) throw new ForbiddenException(coded('meeting.not_author'));
      await this.assertParticipants(manager, stored.organisationId, dto);
      const changes: Partial<Meeting> = {};
      for (const field of [
        'caseId',
        'durationMinutes',
        'channel',
        'contactIds',
        'staffIds',
        'subject',
        'notes',
        'outcomes',
        'nextSteps',
        'followUpOn',
      ] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      if (dto.occurredAt !== undefined) changes.occurredAt = new Date(dto.occurredAt);
      await updateAtVersion(manager, Meeting, id, dto.version, changes);
      const updated = await this.get(id, manager);
      if (updated.followUpOn !== stored.followUpOn) await scheduleFollowUp(manager, updated, updated.authorId);
      return updated;
    });
  }

  async remove(id: string, by: SignedInUser): Promise<Meeting> {
    return this.db.transaction(async (manager) => {
      const meeting = await this.get(id, manager);
      if (!mayChangeMeeting(by, meeting)) throw new ForbiddenException(coded('meeting.not_author'));
      // What carries the meeting's words is read as the meeting (the read policy): it must not outlive it, read by all.
      // Its documents are the user's to delete or unlink first; its follow-up tasks go with it.
      const { kept } = await settleMeetingDocuments(manager, id);
      if (kept > 0) throw new ConflictException(coded('meeting.has_documents', { documents: kept }));
      await deleteFollowUps(manager, id);
      await manager.delete(Meeting, { id });
      return meeting;
    });
  }

  /** The case, contacts and staff named must belong: the case and contacts to this organisation, staff to Traject. */
  private async assertParticipants(
    manager: EntityManager,
    organisationId: string,
    dto: { caseId?: string | null; contactIds?: string[]; staffIds?: string[] },
  ): Promise<void> {
    const errors: Record<string, CodedError> = {};
    if (dto.caseId) {
      const [found] = await manager.query(`SELECT 1 FROM cases WHERE id = $1 AND organisation_id = $2`, [
        dto.caseId,
        organisationId,
      ]);
      if (!found) errors.caseId = fieldError('case.not_of_organisation');
    }
    if (dto.contactIds?.length) {
      const [{ n }] = await manager.query(
        `SELECT count(*)::int AS n FROM contacts WHERE id = ANY($1::uuid[]) AND organisation_id = $2`,
        [dto.contactIds, organisationId],
      );
      if (n !== new Set(dto.contactIds).size) errors.contactIds = fieldError('meeting.contacts_not_of_organisation');
    }
    if (dto.staffIds?.length) {
      const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM users WHERE id = ANY($1::uuid[])`, [
        dto.staffIds,
      ]);
      if (n !== new Set(dto.staffIds).size) errors.staffIds = fieldError('user.not_staff');
    }
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
  }
}
