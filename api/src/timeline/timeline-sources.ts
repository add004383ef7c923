/**
 * What an organisation's timeline is made of: one SELECT per kind of event, each giving
 * `at, type, summary, "refId", "userId"` for the organisation `$1`. A concept that adds
 * events to the story adds its source here; the timeline runs them as one UNION ALL query.
 */
export const TIMELINE_SOURCES: string[] = [
  `SELECT m.occurred_at AS at, 'meeting' AS type, m.subject AS summary, m.id::text AS "refId", m.author_id AS "userId"
     FROM meetings m WHERE m.organisation_id = $1`,
  `SELECT e.at, 'case_' || e.kind AS type,
          CASE e.kind
            WHEN 'opened' THEN c.title
            WHEN 'assigned' THEN coalesce('assigned to ' || u.full_name, 'unassigned')
            WHEN 'closed' THEN 'closed: ' || coalesce(e.to_value, '')
            ELSE coalesce(e.from_value, '') || ' → ' || coalesce(e.to_value, '')
          END AS summary,
          e.case_id::text AS "refId", e.user_id AS "userId"
     FROM case_events e JOIN cases c ON c.id = e.case_id LEFT JOIN users u ON e.kind = 'assigned' AND u.id::text = e.to_value
    WHERE e.organisation_id = $1`,
  `SELECT t.created_at AS at, 'task_created' AS type, t.title AS summary, t.id::text AS "refId", t.created_by_id AS "userId"
     FROM tasks t WHERE t.organisation_id = $1`,
  `SELECT t.completed_at AS at, 'task_completed' AS type, t.title AS summary, t.id::text AS "refId", t.assignee_id AS "userId"
     FROM tasks t WHERE t.organisation_id = $1 AND t.completed_at IS NOT NULL`,

  `SELECT a.created_at AS at, 'assessment_created' AS type, 'EMES assessment of ' || a.assessed_on AS summary, a.id::text AS "refId", a.assessor_id AS "userId"
     FROM assessments a WHERE a.organisation_id = $1`,
  `SELECT a.finalised_at AS at, 'assessment_finalised' AS type, 'verdict: ' || a.verdict AS summary, a.id::text AS "refId", a.finalised_by_id AS "userId"
     FROM assessments a WHERE a.organisation_id = $1 AND a.finalised_at IS NOT NULL`,
  `SELECT e.at, 'recognition_' || e.to_status AS type,
          r.kind || ': ' || coalesce(e.from_status || ' → ', '') || e.to_status || coalesce(' (' || e.comment || ')', '') AS summary,
          e.recognition_id::text AS "refId", e.user_id AS "userId"
     FROM recognition_events e JOIN recognitions r ON r.id = e.recognition_id WHERE e.organisation_id = $1`,
  `SELECT e.at, 'referral_' || e.to_status AS type,
          upper(f.partner) || ': ' || coalesce(e.from_status || ' → ', '') || e.to_status || coalesce(' (' || e.comment || ')', '') AS summary,
          e.referral_id::text AS "refId", e.user_id AS "userId"
     FROM referral_events e JOIN referrals f ON f.id = e.referral_id WHERE e.organisation_id = $1`,
  // The visitor's own words, when the organisation came in through the public form.
  `SELECT i.submitted_at AS at, 'intake_received' AS type, i.question AS summary, i.id::text AS "refId", NULL::uuid AS "userId"
     FROM intakes i WHERE i.organisation_id = $1 AND i.status = 'converted'`,
];
