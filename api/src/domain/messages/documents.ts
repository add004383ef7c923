import { MessageCatalogue, t } from './catalogue';

/** Documents and evidence: uploads refused, restores, the dossier download. */
export const documentMessages = {
  'document.too_large': t(
    'Le fichier dépasse la taille maximale de {maxMb} Mo',
    'Het bestand is groter dan de maximale grootte van {maxMb} MB',
    'The file is larger than the maximum of {maxMb} MB',
  ),
  'document.type_not_allowed': t(
    "Ce type de fichier n'est pas accepté ({found})",
    'Dit bestandstype wordt niet aanvaard ({found})',
    'This type of file is not accepted ({found})',
  ),
  'document.type_mismatch': t(
    'Le contenu du fichier ({found}) ne correspond pas à son nom ({fileName})',
    'De inhoud van het bestand ({found}) komt niet overeen met de naam ({fileName})',
    'The content of the file ({found}) does not match its name ({fileName})',
  ),
  'document.infected': t(
    "L'antivirus a refusé ce fichier ({signature})",
    'De antivirus heeft dit bestand geweigerd ({signature})',
    'The antivirus refused this file ({signature})',
  ),
  'document.duplicate': t(
    'Ce fichier est déjà enregistré pour cette organisation : « {title} »',
    'Dit bestand is al opgeslagen voor deze organisatie: "{title}"',
    'This file is already kept for this organisation: "{title}"',
  ),
  'document.file_missing': t(
    'Ajoutez un fichier (champ « file »)',
    'Voeg een bestand toe (veld "file")',
    'Add a file (field "file")',
  ),
  'document.empty': t('Le fichier est vide', 'Het bestand is leeg', 'The file is empty'),
  'document.not_deleted': t(
    "Ce document n'est pas supprimé",
    'Dit document is niet verwijderd',
    'This document is not deleted',
  ),
  'document.purged': t(
    'Ce document a été supprimé il y a plus de {days} jours et ne peut plus être restauré',
    'Dit document werd meer dan {days} dagen geleden verwijderd en kan niet meer hersteld worden',
    'This document was deleted more than {days} days ago and can no longer be restored',
  ),
  'document.deleted': t('Ce document est supprimé', 'Dit document is verwijderd', 'This document is deleted'),
  'document.checksum_mismatch': t(
    "Le contenu enregistré ne correspond plus à sa somme de contrôle : contactez l'administrateur",
    'De opgeslagen inhoud komt niet meer overeen met de controlesom: neem contact op met de beheerder',
    'The stored content no longer matches its checksum: contact the administrator',
  ),
  'document.link_not_of_organisation': t(
    "Ce document ne peut être lié qu'à un dossier de la même organisation.",
    'Dit document kan alleen aan een dossier van dezelfde organisatie gekoppeld worden.',
    'This document can only be linked to a record of the same organisation.',
  ),
  'document.checklist_item_needs_file': t(
    "Une pièce du dossier demande le dossier d'agrément auquel elle appartient.",
    'Een onderdeel van het dossier vraagt het erkenningsdossier waartoe het behoort.',
    'A dossier item needs the recognition file it belongs to.',
  ),
  'document.indicator_needs_assessment': t(
    "Un indicateur demande l'évaluation à laquelle il appartient.",
    'Een indicator vraagt de evaluatie waartoe hij behoort.',
    'An indicator needs the assessment it belongs to.',
  ),
  'document.upload_malformed': t(
    "L'envoi du fichier est mal formé : réessayez.",
    'De verzending van het bestand is misvormd: probeer opnieuw.',
    'The upload is malformed: try again.',
  ),
  'document.upload_interrupted': t(
    "L'envoi du fichier a été interrompu : réessayez.",
    'De verzending van het bestand werd onderbroken: probeer opnieuw.',
    'The upload was interrupted: try again.',
  ),
} satisfies MessageCatalogue;
