import type { ReadConcept } from '../domain/read-policy';

/**
 * What an organisation's timeline is made of: one SELECT per kind of event, each giving
 * `at, type, code, params, "refId", "userId"` for the organisation `$1`: `code` names the entry's text in the
 * catalogues (api/src/domain/messages/timeline.ts) and `params` (jsonb) fills it; people's own words
 * (a subject, a title, a comment) travel in `params` untouched. A concept that adds events to the story adds
 * its source here; the timeline runs them as one UNION ALL query. A source that still gives `summary`
 * instead of `code` and `params` is shown with that summary as it is.
 * A source of a concept the read policy scopes (api/src/domain/read-policy.ts) is a function of the reader's
 * {@link TimelineReader}: it keeps only the records they read, and their personal fields where they read them.
 */
export interface TimelineReader {
  /** SQL condition on `alias`: the records of `concept` the reader reads ('TRUE' when all). */
  records(concept: ReadConcept, alias: string): string;
  /** A field's SQL as the reader may read it (NULL, or neutral words in their language, where they do not). */
  field(concept: ReadConcept, alias: string, field: string, sql: string): string;
}

type TimelineSource = string | ((reader: TimelineReader) => string);

/**
 * The first words of a meeting's notes (the console shows two lines of them): blanks folded, 240 characters at most;
 * no `excerpt` at all when there are none to read.
 */
const MEETING_EXCERPT_LENGTH = 240;
const MEETING_EXCERPT = `nullif(left(regexp_replace(btrim(m.notes), '\\s+', ' ', 'g'), ${MEETING_EXCERPT_LENGTH}), '')`;

export const TIMELINE_SOURCES: TimelineSource[] = [
  (reader) => `SELECT m.occurred_at AS at, 'meeting' AS type, 'timeline.meeting' AS code,
          jsonb_build_object('subject', ${reader.field('meetings', 'm', 'subject', 'm.subject')})
            || jsonb_strip_nulls(jsonb_build_object('excerpt', ${reader.field('meetings', 'm', 'notes', MEETING_EXCERPT)})) AS params,
          m.id::text AS "refId", m.author_id AS "userId"
     FROM meetings m WHERE m.organisation_id = $1 AND ${reader.records('meetings', 'm')}`,
  `SELECT e.at, 'case_' || e.kind AS type,
          CASE WHEN e.kind = 'assigned' AND u.id IS NULL THEN 'timeline.case_unassigned' ELSE 'timeline.case_' || e.kind END AS code,
          CASE e.kind
            WHEN 'opened' THEN jsonb_build_object('title', c.title)
            WHEN 'assigned' THEN jsonb_build_object('advisor', u.full_name, 'advisorId', u.id)
            WHEN 'closed' THEN jsonb_build_object('reason', e.to_value)
            ELSE jsonb_build_object('from', e.from_value, 'to', e.to_value)
          END AS params,
          e.case_id::text AS "refId", e.user_id AS "userId"
     FROM case_events e JOIN cases c ON c.id = e.case_id LEFT JOIN users u ON e.kind = 'assigned' AND u.id::text = e.to_value
    WHERE e.organisation_id = $1`,
  (reader) => `SELECT t.created_at AS at, 'task_created' AS type, 'timeline.task' AS code,
          jsonb_build_object('title', ${reader.field('tasks', 't', 'title', 't.title')}) AS params, t.id::text AS "refId", t.created_by_id AS "userId"
     FROM tasks t WHERE t.organisation_id = $1 AND ${reader.records('tasks', 't')}`,
  (reader) => `SELECT t.completed_at AS at, 'task_completed' AS type, 'timeline.task' AS code,
          jsonb_build_object('title', ${reader.field('tasks', 't', 'title', 't.title')}) AS params, t.id::text AS "refId", t.assignee_id AS "userId"
     FROM tasks t WHERE t.organisation_id = $1 AND t.completed_at IS NOT NULL AND ${reader.records('tasks', 't')}`,

  `SELECT a.created_at AS at, 'assessment_created' AS type, 'timeline.assessment_created' AS code,
          jsonb_build_object('assessedOn', to_char(a.assessed_on, 'YYYY-MM-DD')) AS params, a.id::text AS "refId", a.assessor_id AS "userId"
     FROM assessments a WHERE a.organisation_id = $1`,
  `SELECT a.finalised_at AS at, 'assessment_finalised' AS type, 'timeline.assessment_finalised' AS code,
          jsonb_build_object('verdict', a.verdict) AS params, a.id::text AS "refId", a.finalised_by_id AS "userId"
     FROM assessments a WHERE a.organisation_id = $1 AND a.finalised_at IS NOT NULL`,
  // A comment written by the daily work (no user) is a note for the logs, not words for people.
  `SELECT e.at, 'recognition_' || e.to_status AS type,
          CASE WHEN e.from_status IS NULL THEN 'timeline.recognition_opened' ELSE 'timeline.recognition_moved' END AS code,
          jsonb_build_object('kind', r.kind, 'from', e.from_status, 'to', e.to_status, 'comment', CASE WHEN e.user_id IS NULL THEN NULL ELSE e.comment END) AS params,
          e.recognition_id::text AS "refId", e.user_id AS "userId"
     FROM recognition_events e JOIN recognitions r ON r.id = e.recognition_id WHERE e.organisation_id = $1`,
  `SELECT e.at, 'referral_' || e.to_status AS type,
          CASE WHEN e.from_status IS NULL THEN 'timeline.referral_opened' ELSE 'timeline.referral_moved' END AS code,
          jsonb_build_object('partner', f.partner, 'partnerName', jsonb_build_object('fr', coalesce(p.name_fr, f.partner), 'nl', coalesce(p.name_nl, f.partner)),
                             'from', e.from_status, 'to', e.to_status, 'comment', CASE WHEN e.user_id IS NULL THEN NULL ELSE e.comment END) AS params,
          e.referral_id::text AS "refId", e.user_id AS "userId"
     FROM referral_events e JOIN referrals f ON f.id = e.referral_id LEFT JOIN partners p ON p.id = f.partner WHERE e.organisation_id = $1`,
  // The visitor's own words, when the organisation came in through the public form.
  `SELECT i.submitted_at AS at, 'intake_received' AS type, 'timeline.intake_received' AS code, jsonb_build_object('question', i.question) AS params,
          i.id::text AS "refId", NULL::uuid AS "userId"
     FROM intakes i WHERE i.organisation_id = $1 AND i.status = 'converted'`,
];
