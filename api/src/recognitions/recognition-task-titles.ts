import { belgianDay } from '../domain/calendar';
import type { Obligation } from '../domain/recognition-obligations';
import type { RecognitionKind } from '../domain/recognition-rules';

type Language = 'fr' | 'nl' | 'en';

/** Kind names as the Brussels administration writes them (DOMAIN.md "Words"). */
const KIND: Record<Language, Record<RecognitionKind, string>> = {
  fr: {
    brussels_esd: "l'agrément d'entreprise sociale et démocratique",
    brussels_ipes: "l'agrément d'initiative publique d'entrepreneuriat social",
    brussels_esi_mandate: "le mandat d'entreprise sociale d'insertion",
    federal_cnc_cooperative: "l'agrément de société coopérative (SPF Économie)",
    federal_social_enterprise: "l'agrément de société coopérative comme entreprise sociale",
  },
  nl: {
    brussels_esd: 'de erkenning als sociale en democratische onderneming',
    brussels_ipes: 'de erkenning als publiek initiatief in sociaal ondernemerschap',
    brussels_esi_mandate: 'het mandaat sociale inschakelingsonderneming',
    federal_cnc_cooperative: 'de erkenning als coöperatieve vennootschap (FOD Economie)',
    federal_social_enterprise: 'de erkenning als coöperatieve vennootschap erkend als sociale onderneming',
  },
  en: {
    brussels_esd: 'the social and democratic enterprise approval',
    brussels_ipes: 'the public social entrepreneurship initiative approval',
    brussels_esi_mandate: 'the work-integration social enterprise mandate',
    federal_cnc_cooperative: 'the approved cooperative status (FPS Economy)',
    federal_social_enterprise: 'the cooperative approved as a social enterprise',
  },
};

const TITLES: Record<Language, { renewal: (kind: string, end: string) => string; call: (kind: string, deadline: string) => string } & Record<Obligation, (year: number, due: string) => string>> = {
  fr: {
    renewal: (kind, end) => `Fenêtre de renouvellement ouverte : introduire le renouvellement de ${kind} (fin le ${end})`,
    call: (kind, deadline) => `Appel du Ministre : introduire le renouvellement de ${kind} avant le ${deadline}`,
    activity_report: (year, due) => `Rapport d'activités annuel ${year - 1} à envoyer pour le ${due}`,
    balance_claim: (year, due) => `Demande de solde annuelle du mandat (${year - 1}) à introduire du 01/01 au ${due}`,
  },
  nl: {
    renewal: (kind, end) => `Hernieuwingsperiode geopend: dien de hernieuwing in van ${kind} (einde op ${end})`,
    call: (kind, deadline) => `Oproep van de minister: dien de hernieuwing in van ${kind} vóór ${deadline}`,
    activity_report: (year, due) => `Jaarlijks activiteitenverslag ${year - 1} te versturen tegen ${due}`,
    balance_claim: (year, due) => `Jaarlijkse saldoaanvraag van het mandaat (${year - 1}) in te dienen van 01/01 tot ${due}`,
  },
  en: {
    renewal: (kind, end) => `Renewal window open: file the renewal of ${kind} (ends ${end})`,
    call: (kind, deadline) => `Minister's call: file the renewal of ${kind} by ${deadline}`,
    activity_report: (year, due) => `Yearly activity report ${year - 1} to send by ${due}`,
    balance_claim: (year, due) => `Yearly balance claim of the mandate (${year - 1}) to file from 01/01 to ${due}`,
  },
};

const lang = (language: string | null | undefined): Language => (language === 'nl' || language === 'en' ? language : 'fr');

/** Titles of the tasks the daily work writes, in the assignee's language (French when unknown). */
export const taskTitles = {
  renewal: (language: string | null, kind: RecognitionKind, validUntil: string) => TITLES[lang(language)].renewal(KIND[lang(language)][kind], belgianDay(validUntil)),
  call: (language: string | null, kind: RecognitionKind, callDeadline: string) => TITLES[lang(language)].call(KIND[lang(language)][kind], belgianDay(callDeadline)),
  obligation: (language: string | null, obligation: Obligation, year: number, dueOn: string) => TITLES[lang(language)][obligation](year, belgianDay(dueOn)),
};
