import { MessageCatalogue, t } from './catalogue';

/** The eligibility warnings on a recognition file (`ELIGIBILITY_WARNINGS`): warnings, not verdicts. */
export const recognitionWarningMessages = {
  'recognition.warning.not_a_legal_person': t(
    "L'agrément bruxellois est réservé à une personne morale : ni association de fait, ni projet, ni indépendant en personne physique.",
    'De Brusselse erkenning is voor een rechtspersoon: geen feitelijke vereniging, project of zelfstandige natuurlijke persoon.',
    'A Brussels approval is for a legal person: not a de facto association, a project or a sole trader.',
  ),
  'recognition.warning.outside_brussels': t(
    "Ni le siège social ni le siège d'exploitation ne sont à Bruxelles.",
    'Noch de maatschappelijke zetel noch de bedrijfszetel ligt in Brussel.',
    'Neither the registered office nor the operating seat is in Brussels.',
  ),
  'recognition.warning.no_address': t(
    "L'organisation n'a pas encore d'adresse : le siège bruxellois ne peut pas être vérifié.",
    'De organisatie heeft nog geen adres: de Brusselse zetel kan niet worden nagegaan.',
    'The organisation has no address yet: the Brussels seat cannot be checked.',
  ),
  'recognition.warning.staff_below_minimum': t(
    'Inscrite à la BCE depuis 4 ans ou plus : il faut au moins un emploi à temps plein sous contrat à durée indéterminée (une ESD peut à la place compter trois associés indépendants actifs, dont un à titre principal).',
    'Ingeschreven bij de KBO sinds 4 jaar of meer: minstens één voltijdse werknemer met een contract van onbepaalde duur is vereist (een ESD mag in de plaats drie actieve zelfstandige vennoten hebben, van wie één in hoofdberoep).',
    'Registered at the KBO for 4 years or more: at least one full-time employee on a permanent contract is required (an ESD may instead have three active self-employed partners, one of them as main occupation).',
  ),
  'recognition.warning.withdrawn_recently': t(
    'Un agrément bruxellois a été retiré au cours des 5 dernières années.',
    'Een Brusselse erkenning werd in de laatste 5 jaar ingetrokken.',
    'A Brussels approval was withdrawn in the last 5 years.',
  ),
  'recognition.warning.not_a_cooperative': t(
    "L'agrément fédéral est réservé aux sociétés coopératives.",
    'De federale erkenning is enkel voor een coöperatieve vennootschap.',
    'A federal approval is only for a cooperative.',
  ),
  'recognition.warning.mandate_needs_approval': t(
    "Le mandat d'insertion demande un agrément bruxellois valable.",
    'Het inschakelingsmandaat vraagt een geldige Brusselse erkenning.',
    'The work-integration mandate needs a valid Brussels approval.',
  ),
  'recognition.warning.mandate_at_risk': t(
    "L'agrément bruxellois a expiré ou a été retiré : le mandat est menacé.",
    'De Brusselse erkenning is verlopen of ingetrokken: het mandaat komt in gevaar.',
    'The Brussels approval has expired or was withdrawn: the mandate is at risk.',
  ),
  'recognition.warning.enterprise_stopped': t(
    "La BCE indique que l'entreprise est arrêtée.",
    'Volgens de KBO is de onderneming stopgezet.',
    'The KBO lists the enterprise as stopped.',
  ),
  'recognition.warning.not_viable': t(
    "La BCE indique que l'entreprise est en faillite, en liquidation ou en réorganisation judiciaire : l'agrément bruxellois demande une entreprise viable.",
    'Volgens de KBO is de onderneming failliet, in vereffening of in gerechtelijke reorganisatie: een Brusselse erkenning vraagt een leefbare onderneming.',
    'The KBO lists the enterprise in bankruptcy, liquidation or judicial reorganisation: a Brussels approval needs a viable enterprise.',
  ),
} satisfies MessageCatalogue;
