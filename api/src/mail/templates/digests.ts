import type { MailTemplate } from '../mail-template';
import { TASK_LINE } from './tasks';

const DEADLINE_LINE = {
  fr: '{{organisationName}} : {{label what}}{{#if kind}} – {{label kind}}{{/if}}, le {{date on}}',
  nl: '{{organisationName}}: {{label what}}{{#if kind}} – {{label kind}}{{/if}}, op {{date on}}',
  en: '{{organisationName}}: {{label what}}{{#if kind}} – {{label kind}}{{/if}}, on {{date on}}',
};

/** Renewal windows opening and obligations falling due on my organisations. Params: deadlines[] (organisationName, what, kind?, on). */
export const organisationDeadlines: MailTemplate = {
  link: '/recognitions',
  text: {
    fr: {
      subject: 'Échéances de vos organisations ({{deadlines.length}})',
      intro: ['Des échéances approchent pour des organisations que vous suivez.'],
      lists: [{ key: 'deadlines', heading: 'Échéances', item: DEADLINE_LINE.fr }],
      action: 'Voir les agréments',
    },
    nl: {
      subject: 'Termijnen van uw organisaties ({{deadlines.length}})',
      intro: ['Er naderen termijnen voor organisaties die u opvolgt.'],
      lists: [{ key: 'deadlines', heading: 'Termijnen', item: DEADLINE_LINE.nl }],
      action: 'De erkenningen bekijken',
    },
    en: {
      subject: 'Deadlines of your organisations ({{deadlines.length}})',
      intro: ['Deadlines are coming up for organisations you follow.'],
      lists: [{ key: 'deadlines', heading: 'Deadlines', item: DEADLINE_LINE.en }],
      action: 'See the recognitions',
    },
  },
};

/** Coordinators' morning digest. Params: unassigned[] (organisationName, title, openedOn), stalled[] (organisationName, advisorName?, lastMeetingOn?). */
export const coordinatorDigest: MailTemplate = {
  link: '/cases',
  text: {
    fr: {
      subject: 'Parcours : {{unassigned.length}} sans conseiller, {{stalled.length}} à l’arrêt',
      intro: ['Les parcours qui attendent un conseiller et ceux sans rencontre depuis 60 jours.'],
      lists: [
        { key: 'unassigned', heading: 'Sans conseiller', item: '{{organisationName}} – {{title}} (ouvert le {{date openedOn}})' },
        { key: 'stalled', heading: 'À l’arrêt depuis 60 jours', item: '{{organisationName}}{{#if advisorName}} – {{advisorName}}{{/if}}{{#if lastMeetingOn}} (dernière rencontre le {{date lastMeetingOn}}){{/if}}' },
      ],
      action: 'Voir les parcours',
    },
    nl: {
      subject: 'Trajecten: {{unassigned.length}} zonder adviseur, {{stalled.length}} stilgevallen',
      intro: ['De trajecten die op een adviseur wachten en die zonder gesprek sinds 60 dagen.'],
      lists: [
        { key: 'unassigned', heading: 'Zonder adviseur', item: '{{organisationName}} – {{title}} (geopend op {{date openedOn}})' },
        { key: 'stalled', heading: 'Stilgevallen sinds 60 dagen', item: '{{organisationName}}{{#if advisorName}} – {{advisorName}}{{/if}}{{#if lastMeetingOn}} (laatste gesprek op {{date lastMeetingOn}}){{/if}}' },
      ],
      action: 'De trajecten bekijken',
    },
    en: {
      subject: 'Cases: {{unassigned.length}} unassigned, {{stalled.length}} stalled',
      intro: ['Cases waiting for an advisor and cases without a meeting for 60 days.'],
      lists: [
        { key: 'unassigned', heading: 'Unassigned', item: '{{organisationName}} – {{title}} (opened {{date openedOn}})' },
        { key: 'stalled', heading: 'Stalled for 60 days', item: '{{organisationName}}{{#if advisorName}} – {{advisorName}}{{/if}}{{#if lastMeetingOn}} (last meeting {{date lastMeetingOn}}){{/if}}' },
      ],
      action: 'See the cases',
    },
  },
};

/** The weekly digest of my week ahead. Params: tasks[] (due this week), meetingsCount (logged last week), files[] (organisationName, kind, status). */
export const weeklyDigest: MailTemplate = {
  link: '/',
  text: {
    fr: {
      subject: 'Votre semaine : {{tasks.length}} tâches à faire',
      intro: ['La semaine passée, vous avez noté {{meetingsCount}} rencontre(s).'],
      lists: [
        { key: 'tasks', heading: 'Tâches de la semaine', item: TASK_LINE.fr },
        { key: 'files', heading: 'Dossiers qui attendent de vous', item: '{{organisationName}} – {{label kind}}' },
      ],
      action: 'Ouvrir Traject',
    },
    nl: {
      subject: 'Uw week: {{tasks.length}} taken te doen',
      intro: ['Vorige week hebt u {{meetingsCount}} gesprek(ken) genoteerd.'],
      lists: [
        { key: 'tasks', heading: 'Taken van deze week', item: TASK_LINE.nl },
        { key: 'files', heading: 'Dossiers die op u wachten', item: '{{organisationName}} – {{label kind}}' },
      ],
      action: 'Traject openen',
    },
    en: {
      subject: 'Your week: {{tasks.length}} tasks to do',
      intro: ['Last week you logged {{meetingsCount}} meeting(s).'],
      lists: [
        { key: 'tasks', heading: 'Tasks this week', item: TASK_LINE.en },
        { key: 'files', heading: 'Files waiting on you', item: '{{organisationName}} – {{label kind}}' },
      ],
      action: 'Open Traject',
    },
  },
};
