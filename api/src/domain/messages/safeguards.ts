import { MessageCatalogue, t } from './catalogue';

/** Safeguards: limits that keep the API answering (import caps, the per-user limit on expensive routes) and who may change what on the journey. */
export const safeguardMessages = {
  'import.too_large': t(
    'Le fichier dépasse {maxMb} Mo : découpez-le en plusieurs fichiers.',
    'Het bestand is groter dan {maxMb} MB: splits het in meerdere bestanden.',
    'The file is larger than {maxMb} MB: split it into several files.',
  ),
  'import.too_many_rows': t(
    'Le fichier compte plus de {max|number} lignes : découpez-le en plusieurs fichiers.',
    'Het bestand telt meer dan {max|number} regels: splits het in meerdere bestanden.',
    'The file has more than {max|number} rows: split it into several files.',
  ),
  'request.too_many_expensive': t(
    'Trop de recherches, exports, rapports ou imports en une minute : réessayez dans {seconds} s.',
    'Te veel zoekopdrachten, exports, rapporten of imports in één minuut: probeer opnieuw over {seconds} s.',
    'Too many searches, exports, reports or imports in one minute: try again in {seconds} s.',
  ),
  'case.advisor_fields_only': t(
    "Le·la conseiller·ère modifie seulement l'étape, le résumé et la prochaine action de son accompagnement ; le reste revient à un·e coordinateur·rice.",
    'De adviseur wijzigt alleen de fase, de samenvatting en de volgende actie van zijn of haar traject; de rest doet een coördinator.',
    'An advisor changes only the stage, summary and next action of their case; the rest is for a coordinator.',
  ),
  'assessment.own_review': t(
    'Vous ne pouvez pas relire votre propre évaluation : un·e autre coordinateur·rice la relit (principe des quatre yeux).',
    'U kunt uw eigen evaluatie niet nalezen: een andere coördinator doet dat (vier-ogenprincipe).',
    'You cannot review your own assessment: another coordinator reviews it (four eyes).',
  ),
  'recognition.set_by_moves': t(
    'Cette date est fixée par les étapes du dossier (dépôt, décision, agrément), pas modifiée directement.',
    'Deze datum volgt uit de stappen van het dossier (indiening, beslissing, erkenning) en wordt niet rechtstreeks gewijzigd.',
    "This date is set by the file's moves (submission, decision, approval), not changed directly.",
  ),
  'recognition.valid_until_coordinator': t(
    "Seul·e un·e coordinateur·rice modifie la fin de validité d'un agrément accordé.",
    'Alleen een coördinator wijzigt het einde van de geldigheid van een toegekende erkenning.',
    'Only a coordinator changes the end of validity of an approved file.',
  ),
} satisfies MessageCatalogue;
