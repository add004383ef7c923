import type { Language } from '../../domain/languages';

/** Codes that mails and calendar events name, in words (`{{label code}}`); the console's catalogues say the same. */
export const LABELS: Record<Language, Record<string, string>> = {
  fr: {
    brussels_esd: 'Agrément bruxellois – entreprise sociale et démocratique',
    brussels_ipes: "Agrément bruxellois – initiative publique d'entrepreneuriat social",
    brussels_esi_mandate: "Mandat d'entreprise sociale d'insertion",
    federal_cnc_cooperative: 'Fédéral – coopérative agréée (CNC)',
    federal_social_enterprise: 'Fédéral – coopérative entreprise sociale',
    renewal: 'ouverture de la fenêtre de renouvellement',
    activity_report: "rapport d'activités",
    balance_claim: 'demande de solde',
  },
  nl: {
    brussels_esd: 'Brusselse erkenning – sociale en democratische onderneming',
    brussels_ipes: 'Brusselse erkenning – openbaar initiatief voor sociaal ondernemerschap',
    brussels_esi_mandate: 'Mandaat inschakelingsonderneming',
    federal_cnc_cooperative: 'Federaal – erkende coöperatie (NRC)',
    federal_social_enterprise: 'Federaal – coöperatie als sociale onderneming',
    renewal: 'opening van het hernieuwingsvenster',
    activity_report: 'activiteitenverslag',
    balance_claim: 'aanvraag van het saldo',
  },
  en: {
    brussels_esd: 'Brussels approval – social and democratic enterprise',
    brussels_ipes: 'Brussels approval – public social-entrepreneurship initiative',
    brussels_esi_mandate: 'Work-integration mandate',
    federal_cnc_cooperative: 'Federal – approved cooperative (CNC)',
    federal_social_enterprise: 'Federal – cooperative social enterprise',
    renewal: 'renewal window opening',
    activity_report: 'activity report',
    balance_claim: 'balance claim',
  },
};
