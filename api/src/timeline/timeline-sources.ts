/**
 * What an organisation's timeline is made of: one SELECT per kind of event, each giving
 * `at, type, code, params, "refId", "userId"` for the organisation `$1`: `code` names the entry's text in the
 * catalogues (api/src/domain/messages/timeline.ts) and `params` (jsonb) fills it; people's own words
 * (a subject, a title, a comment) travel in `params` untouched. A concept that adds events to the story adds
 * its source here; the timeline runs them as one UNION ALL query. A source that still gives `summary`
 * instead of `code` and `params` is shown with that summary as it is.
 */
export const TIMELINE_SOURCES: string[] = [
  `SELECT m.occurred_at AS at, 'meeting' AS type, 'timeline.meeting' AS code, jsonb_build_object('subject', m.subject) AS params,
          m.id::text AS "refId", m.author_id AS "userId"
     FROM meetings m WHERE m.organisation_id = $1`,
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
  `SELECT t.created_at AS at, 'task_created' AS type, 'timeline.task' AS code, jsonb_build_object('title', t.title) AS params,
          t.id::text AS "refId", t.created_by_id AS "userId"
     FROM tasks t WHERE t.organisation_id = $1`,
  `SELECT t.completed_at AS at, 'task_completed' AS type, 'timeline.task' AS code, jsonb_build_object('title', t.title) AS params,
          t.id::text AS "refId", t.assignee_id AS "userId"
     FROM tasks t WHERE t.organisation_id = $1 AND t.completed_at IS NOT NULL`,

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
          jsonb_build_object('partner', f.partner, 'from', e.from_status, 'to', e.to_status, 'comment', CASE WHEN e.user_id IS NULL THEN NULL ELSE e.comment END) AS params,
          e.referral_id::text AS "refId", e.user_id AS "userId"
     FROM referral_events e JOIN referrals f ON f.id = e.referral_id WHERE e.organisation_id = $1`,
  // The visitor's own words, when the organisation came in through the public form.
  `SELECT i.submitted_at AS at, 'intake_received' AS type, 'timeline.intake_received' AS code, jsonb_build_object('question', i.question) AS params,
          i.id::text AS "refId", NULL::uuid AS "userId"
     FROM intakes i WHERE i.organisation_id = $1 AND i.status = 'converted'`,
];
