import type { EntityManager } from 'typeorm';
import { renderMessage } from '../domain';
import { userLanguage } from '../users/users.queries';
import { Task } from './task.entity';

/**
 * A meeting's follow-up date as a task for `assigneeId`, inside the meeting's transaction: one open follow-up task
 * per meeting, created, moved to the new date, or cancelled when the date is cleared.
 */
export async function scheduleFollowUp(
  manager: EntityManager,
  meeting: { id: string; organisationId: string; caseId: string | null; subject: string; followUpOn: string | null },
  assigneeId: string,
): Promise<void> {
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
      title: renderMessage(
        'task.follow_up',
        { subject: meeting.subject },
        await userLanguage(manager, assigneeId),
      )!.slice(0, 300),
      dueOn: meeting.followUpOn,
      assigneeId,
      status: 'todo',
      createdById: assigneeId,
      version: 1,
    });
  }
}

/** A meeting deleted takes its follow-up tasks with it (inside the meeting's transaction). */
export async function deleteFollowUps(manager: EntityManager, meetingId: string): Promise<void> {
  await manager.delete(Task, { meetingId });
}
