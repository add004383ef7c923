import type { Language } from '../domain/languages';

/** The words of the calendar feed. */
export const CALENDAR_TEXTS: Record<Language, { name: string; task: string; meeting: string; renewalOpens: string; approvalEnds: string }> = {
  fr: { name: 'Traject – mon agenda', task: 'Tâche', meeting: 'Rencontre', renewalOpens: 'Ouverture du renouvellement', approvalEnds: "Fin de l'agrément" },
  nl: { name: 'Traject – mijn agenda', task: 'Taak', meeting: 'Gesprek', renewalOpens: 'Opening van de hernieuwing', approvalEnds: 'Einde van de erkenning' },
  en: { name: 'Traject – my calendar', task: 'Task', meeting: 'Meeting', renewalOpens: 'Renewal window opens', approvalEnds: 'Approval ends' },
};
