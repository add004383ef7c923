import { addDays } from '../domain/calendar';
import { dossierItems } from '../domain/recognition-dossier';
import { proposedValidUntil, renewalWindowDates } from '../domain/recognition-rules';
import { EntityManager } from 'typeorm';
import { renderMessage } from '../domain';
import { userLanguage } from '../users/users.queries';

const STAGES = ['intake', 'diagnosis', 'assessment', 'recognition', 'referral', 'follow_up'] as const;
const SUBJECTS = [
  ['Premier contact au salon de l’économie sociale', 'Présentation du projet et des besoins en accompagnement.'],
  ['Diagnostic du modèle économique', 'Revue du plan financier, des sources de revenus et du statut juridique.'],
  [
    'Kennismaking en behoeftenanalyse',
    'Het team stelt het project voor; vragen over de erkenning als sociale onderneming.',
  ],
  ['Préparation du dossier d’agrément', 'Liste des pièces: statuts, comptes des trois dernières années, organigramme.'],
  ['Orientation vers COOPCITY', 'Le programme de consolidation semble adapté; prise de contact à prévoir.'],
  ['Opvolging na de erkenning', 'Jaarverslag besproken; de loonspanning blijft onder 1 op 4.'],
] as const;

/**
 * Open cases for about a third of the demo register, spread over the stages and the two demo advisors,
 * with their events, a few meetings each, follow-up tasks, recognition files and referrals, so every screen has something to show.
 */
export async function seedDemoJourney(manager: EntityManager): Promise<void> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM cases`);
  if (count > 0) return;
  const people = await manager.query(`SELECT id, email FROM users WHERE email LIKE '%@demo.traject.brussels'`);
  const who = (name: string) => people.find((p: { email: string }) => p.email.startsWith(`${name}@`))?.id ?? null;
  const advisors = [who('advisor'), who('advisor2')];
  const coordinator = who('coordinator');
  if (!advisors[0] || !coordinator) return;
  const organisations: { id: string }[] = await manager.query(`SELECT id FROM organisations ORDER BY name`);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  for (const [i, { id: organisationId }] of organisations.entries()) {
    if (i % 3 !== 0) continue;
    const stage = STAGES[(i / 3) % STAGES.length];
    const advisorId = i % 9 === 6 ? null : advisors[i % 2];
    const [{ id: caseId }] = await manager.query(
      `INSERT INTO cases (organisation_id, title, stage, advisor_id, coordinator_id, priority, opened_on, next_action_on, summary, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $5) RETURNING id`,
      [
        organisationId,
        'Accompagnement vers un modèle plus solidaire',
        stage,
        advisorId,
        coordinator,
        i % 4 === 0 ? 'high' : 'normal',
        day(-120 + i),
        day(7 + (i % 20)),
        'Parcours démarré lors d’un événement hub.brussels.',
      ],
    );
    await manager.query(
      `INSERT INTO case_events (case_id, organisation_id, user_id, kind, to_value, at) VALUES ($1, $2, $3, 'opened', 'intake', now() - interval '120 days')`,
      [caseId, organisationId, coordinator],
    );
    if (advisorId) {
      await manager.query(
        `INSERT INTO case_events (case_id, organisation_id, user_id, kind, to_value, at) VALUES ($1, $2, $3, 'assigned', $4, now() - interval '119 days')`,
        [caseId, organisationId, coordinator, advisorId],
      );
    }
    if (stage !== 'intake') {
      await manager.query(
        `INSERT INTO case_events (case_id, organisation_id, user_id, kind, from_value, to_value, at) VALUES ($1, $2, $3, 'stage_changed', 'intake', $4, now() - interval '40 days')`,
        [caseId, organisationId, advisorId ?? coordinator, stage],
      );
    }
    if (stage === 'recognition' || stage === 'follow_up')
      await demoRecognitionFile(manager, organisationId, caseId, advisorId ?? coordinator, stage === 'follow_up');
    if (stage === 'referral' || stage === 'follow_up')
      await demoReferral(manager, organisationId, caseId, advisorId ?? coordinator, stage === 'follow_up');
    const [contact] = await manager.query(`SELECT id FROM contacts WHERE organisation_id = $1 AND is_primary`, [
      organisationId,
    ]);
    const meetings = i % 5 === 0 ? 0 : 1 + (i % 3);
    for (let m = 0; m < meetings; m++) {
      const [subject, notes] = SUBJECTS[(i + m) % SUBJECTS.length];
      const author = advisorId ?? advisors[0];
      const followUpOn = m === meetings - 1 ? day(3 + (i % 10)) : null;
      const [{ id: meetingId }] = await manager.query(
        `INSERT INTO meetings (organisation_id, case_id, author_id, occurred_at, duration_minutes, channel, contact_ids, subject, notes, follow_up_on)
         VALUES ($1, $2, $3, now() - make_interval(days => $4), 60, $5, $6, $7, $8, $9) RETURNING id`,
        [
          organisationId,
          caseId,
          author,
          90 - m * 30 - (i % 7),
          ['in_person', 'video', 'phone'][m % 3],
          contact ? [contact.id] : [],
          subject,
          notes,
          followUpOn,
        ],
      );
      if (followUpOn) {
        await manager.query(
          `INSERT INTO tasks (organisation_id, case_id, meeting_id, title, due_on, assignee_id, created_by_id) VALUES ($1, $2, $3, $4, $5, $6, $6)`,
          [
            organisationId,
            caseId,
            meetingId,
            renderMessage('task.follow_up', { subject }, await userLanguage(manager, author)),
            followUpOn,
            author,
          ],
        );
      }
    }
  }
}

/**
 * A Brussels approval file: submitted and waiting, or approved two years ago and nearing its renewal
 * window. Every date follows the one before it (submitted, then decided, then valid from the decision).
 */
async function demoRecognitionFile(
  manager: EntityManager,
  organisationId: string,
  caseId: string,
  userId: string,
  approved: boolean,
): Promise<void> {
  const moves = approved ? ['preparing', 'submitted', 'under_review', 'approved'] : ['preparing', 'submitted'];
  const today = new Date().toISOString().slice(0, 10);
  const submittedOn = addDays(today, approved ? -700 : -150);
  const decisionOn = approved ? addDays(today, -600) : null;
  const validUntil = decisionOn ? proposedValidUntil('brussels_esd', decisionOn, 'first') : null;
  const window = renewalWindowDates('brussels_esd', validUntil);
  const checklist = dossierItems({ kind: 'brussels_esd', term: 'first', starting: false }).map((code, i) => ({
    code,
    done: approved || i < 4,
    note: '',
  }));
  const [{ id }] = await manager.query(
    `INSERT INTO recognitions (organisation_id, case_id, kind, status, submitted_on, decision_on, valid_from, valid_until, renewal_opens_on, renewal_late_from, checklist, created_by_id)
     VALUES ($1, $2, 'brussels_esd', $3, $4, $5, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      organisationId,
      caseId,
      moves[moves.length - 1],
      submittedOn,
      decisionOn,
      validUntil,
      window?.opensOn ?? null,
      window?.lateFrom ?? null,
      JSON.stringify(checklist),
      userId,
    ],
  );
  const daysAgo = approved ? [720, 700, 650, 600] : [160, 150];
  for (const [i, status] of moves.entries()) {
    await manager.query(
      `INSERT INTO recognition_events (recognition_id, organisation_id, user_id, from_status, to_status, at) VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6))`,
      [id, organisationId, userId, i ? moves[i - 1] : null, status, daysAgo[i]],
    );
  }
}

/** An orientation to a COOPCITY programme: sent and waiting, or accepted and under way. */
async function demoReferral(
  manager: EntityManager,
  organisationId: string,
  caseId: string,
  userId: string,
  accepted: boolean,
): Promise<void> {
  const [programme] = await manager.query(
    `SELECT id FROM programmes WHERE partner = 'coopcity' AND stage = 'consolidation' LIMIT 1`,
  );
  if (!programme) return;
  const moves = accepted ? ['proposed', 'sent', 'accepted', 'in_progress'] : ['proposed', 'sent'];
  const [{ id }] = await manager.query(
    `INSERT INTO referrals (organisation_id, case_id, partner, programme_id, status, referred_on, responded_on, referred_by_id)
     VALUES ($1, $2, 'coopcity', $3, $4, current_date - 45, $5, $6) RETURNING id`,
    [
      organisationId,
      caseId,
      programme.id,
      moves[moves.length - 1],
      accepted ? new Date(Date.now() - 30 * 86_400_000) : null,
      userId,
    ],
  );
  for (const [i, status] of moves.entries()) {
    await manager.query(
      `INSERT INTO referral_events (referral_id, organisation_id, user_id, from_status, to_status, at) VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6))`,
      [id, organisationId, userId, i ? moves[i - 1] : null, status, 45 - i * 10],
    );
  }
}
