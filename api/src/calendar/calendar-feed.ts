import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { renderMessage, type Params } from '../domain';
import type { Language } from '../domain/languages';

const ZONE = 'Europe/Brussels';

interface Owner {
  id: string;
  language: Language;
}

/**
 * A person's calendar (RFC 5545, written by ical-generator): their open tasks with a due date (all-day), the
 * meetings they logged or took part in (from 90 days back, in Brussels time), and the renewal and obligation
 * deadlines of their organisations (all-day). Titles only: no notes, no contact.
 */
export async function calendarOf(manager: EntityManager, owner: Owner, consoleUrl: string): Promise<string> {
  const words = (code: string, params: Params = {}) => renderMessage(code, params, owner.language) ?? code;
  const calendar: ICalCalendar = ical({
    name: words('calendar.name'),
    prodId: { company: 'hub.brussels', product: 'Traject', language: owner.language.toUpperCase() },
    ttl: 3600,
  });
  calendar.timezone({ name: ZONE, generator: getVtimezoneComponent });
  const link = (path: string) => `${consoleUrl}/#${path}`;
  const allDay = (day: string) => DateTime.fromISO(day, { zone: ZONE });

  const tasks = await manager.query(
    `SELECT t.id, t.title, to_char(t.due_on, 'YYYY-MM-DD') AS due, o.name AS organisation FROM tasks t LEFT JOIN organisations o ON o.id = t.organisation_id
      WHERE t.assignee_id = $1 AND t.status = 'todo' AND t.due_on IS NOT NULL ORDER BY t.due_on LIMIT 2000`,
    [owner.id],
  );
  for (const task of tasks) {
    calendar.createEvent({
      id: `task-${task.id}@traject`,
      allDay: true,
      start: allDay(task.due),
      summary: `${words('calendar.task', { title: task.title })}${task.organisation ? ` – ${task.organisation}` : ''}`,
      url: link(`/tasks/${task.id}/show`),
    });
  }

  const meetings = await manager.query(
    `SELECT m.id, m.subject, m.occurred_at AS at, coalesce(m.duration_minutes, 60) AS minutes, o.name AS organisation
       FROM meetings m JOIN organisations o ON o.id = m.organisation_id
      WHERE (m.author_id = $1 OR $1 = ANY (m.staff_ids)) AND m.occurred_at >= now() - interval '90 days' ORDER BY m.occurred_at LIMIT 2000`,
    [owner.id],
  );
  for (const meeting of meetings) {
    const start = DateTime.fromJSDate(new Date(meeting.at), { zone: ZONE });
    calendar.createEvent({
      id: `meeting-${meeting.id}@traject`,
      start,
      end: start.plus({ minutes: Math.max(Number(meeting.minutes), 15) }),
      timezone: ZONE,
      summary: `${words('calendar.meeting', { subject: meeting.subject })} – ${meeting.organisation}`,
      url: link(`/meetings/${meeting.id}/show`),
    });
  }

  const approvals = await manager.query(
    `SELECT r.id, r.kind, o.name AS organisation, to_char(r.valid_until, 'YYYY-MM-DD') AS ends, to_char(r.renewal_opens_on, 'YYYY-MM-DD') AS opens
       FROM recognitions r JOIN organisations o ON o.id = r.organisation_id
      WHERE o.advisor_id = $1 AND r.status = 'approved' AND r.valid_until >= current_date - 30 ORDER BY r.valid_until LIMIT 1000`,
    [owner.id],
  );
  for (const file of approvals) {
    const url = link(`/recognitions/${file.id}/show`);
    const what = { organisation: file.organisation, kind: file.kind };
    // The renewal window's opening as the domain computed and stored it (kinds renewed by a window only).
    if (file.opens)
      calendar.createEvent({
        id: `renewal-${file.id}@traject`,
        allDay: true,
        start: allDay(file.opens),
        summary: words('calendar.renewal_opens', what),
        url,
      });
    calendar.createEvent({
      id: `ends-${file.id}@traject`,
      allDay: true,
      start: allDay(file.ends),
      summary: words('calendar.approval_ends', what),
      url,
    });
  }

  const [{ obligations }] = await manager.query(
    `SELECT to_regclass('recognition_obligations') IS NOT NULL AS obligations`,
  );
  if (obligations) {
    const due = await manager.query(
      `SELECT b.id, b.obligation, b.recognition_id AS "recognitionId", to_char(b.due_on, 'YYYY-MM-DD') AS due, o.name AS organisation
         FROM recognition_obligations b JOIN organisations o ON o.id = b.organisation_id
        WHERE o.advisor_id = $1 AND b.done_on IS NULL ORDER BY b.due_on LIMIT 1000`,
      [owner.id],
    );
    for (const item of due) {
      calendar.createEvent({
        id: `obligation-${item.id}@traject`,
        allDay: true,
        start: allDay(item.due),
        summary: words('calendar.obligation', { obligation: item.obligation, organisation: item.organisation }),
        url: link(`/recognitions/${item.recognitionId}/show`),
      });
    }
  }
  return calendar.toString();
}
