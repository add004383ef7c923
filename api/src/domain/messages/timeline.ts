import { MessageCatalogue, t } from './catalogue';

/**
 * What a timeline entry says beside its kind (the kind's own word is the console's `traject.timeline.types`).
 * People's own words (subjects, titles, comments, questions) come in the params as they wrote them.
 */
export const timelineMessages = {
  'timeline.meeting': t('{subject}', '{subject}', '{subject}'),
  'timeline.case_opened': t('{title}', '{title}', '{title}'),
  'timeline.case_stage_changed': t(
    '{from|stage} → {to|stage}',
    '{from|stage} → {to|stage}',
    '{from|stage} → {to|stage}',
  ),
  'timeline.case_assigned': t('Attribué à {advisor}', 'Toegewezen aan {advisor}', 'Assigned to {advisor}'),
  'timeline.case_unassigned': t(
    'Plus de conseiller·ère attribué·e',
    'Geen adviseur meer toegewezen',
    'No advisor assigned any more',
  ),
  'timeline.case_status_changed': t(
    '{from|caseStatus} → {to|caseStatus}',
    '{from|caseStatus} → {to|caseStatus}',
    '{from|caseStatus} → {to|caseStatus}',
  ),
  'timeline.case_closed': t('Motif : {reason}', 'Reden: {reason}', 'Reason: {reason}'),
  'timeline.task': t('{title}', '{title}', '{title}'),
  'timeline.assessment_created': t(
    'Profil EMES du {assessedOn|date}',
    'EMES-profiel van {assessedOn|date}',
    'EMES profile of {assessedOn|date}',
  ),
  'timeline.assessment_finalised': t(
    'Lecture hub.brussels : {verdict|verdict}',
    'Lezing van hub.brussels: {verdict|verdict}',
    'hub.brussels reading: {verdict|verdict}',
  ),
  'timeline.recognition_opened': t(
    '{kind|recognitionKind} : {to|recognitionStatus}',
    '{kind|recognitionKind}: {to|recognitionStatus}',
    '{kind|recognitionKind}: {to|recognitionStatus}',
  ),
  'timeline.recognition_moved': t(
    '{kind|recognitionKind} : {from|recognitionStatus} → {to|recognitionStatus}',
    '{kind|recognitionKind}: {from|recognitionStatus} → {to|recognitionStatus}',
    '{kind|recognitionKind}: {from|recognitionStatus} → {to|recognitionStatus}',
  ),
  'timeline.referral_opened': t(
    '{partnerName|names} : {to|referralStatus}',
    '{partnerName|names}: {to|referralStatus}',
    '{partnerName|names}: {to|referralStatus}',
  ),
  'timeline.referral_moved': t(
    '{partnerName|names} : {from|referralStatus} → {to|referralStatus}',
    '{partnerName|names}: {from|referralStatus} → {to|referralStatus}',
    '{partnerName|names}: {from|referralStatus} → {to|referralStatus}',
  ),
  'timeline.intake_received': t('{question}', '{question}', '{question}'),
} satisfies MessageCatalogue;
