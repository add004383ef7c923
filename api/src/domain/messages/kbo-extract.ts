import { MessageCatalogue, t } from './catalogue';

/** Why a KBO open-data extract was refused or its load failed (the admin reads these on the KBO loads screen). */
export const kboExtractMessages = {
  'kbo.file_missing': t(
    "L'extrait ne contient pas {file}.",
    'Het uittreksel bevat geen {file}.',
    'The extract has no {file}.',
  ),
  'kbo.empty_file': t(
    "Un fichier de l'extrait est vide (pas de ligne d'en-tête).",
    'Een bestand van het uittreksel is leeg (geen kopregel).',
    'A file of the extract is empty (no header line).',
  ),
  'kbo.unexpected_columns': t(
    '{file} : colonnes attendues {expected}, trouvées {found}.',
    '{file}: verwachte kolommen {expected}, gevonden {found}.',
    '{file}: expected the columns {expected}, found {found}.',
  ),
  'kbo.bad_csv': t(
    "Une ligne de l'extrait n'est pas du CSV valable (guillemets) : {line}",
    'Een regel van het uittreksel is geen geldige CSV (aanhalingstekens): {line}',
    'A line of the extract is not valid CSV (quotes): {line}',
  ),
  'kbo.bad_date': t(
    "Pas une date jj-mm-aaaa de l'extrait : {value}",
    'Geen datum dd-mm-jjjj van het uittreksel: {value}',
    'Not a dd-mm-yyyy date of the extract: {value}',
  ),
  'kbo.bad_meta': t(
    'meta.csv : la valeur {field} manque ou ne convient pas (ExtractType full ou update, ExtractNumber entier positif, SnapshotDate).',
    'meta.csv: de waarde {field} ontbreekt of klopt niet (ExtractType full of update, ExtractNumber positief geheel getal, SnapshotDate).',
    'meta.csv: the value {field} is missing or wrong (ExtractType full or update, ExtractNumber a positive whole number, SnapshotDate).',
  ),
  'kbo.bad_zip': t(
    "Le fichier n'est pas un zip BCE lisible ({reason}).",
    'Het bestand is geen leesbare KBO-zip ({reason}).',
    'The file is not a readable KBO zip ({reason}).',
  ),
  'kbo.update_without_full': t(
    "La mise à jour {extractNumber} demande d'abord un extrait complet.",
    'Update {extractNumber} vraagt eerst een volledig uittreksel.',
    'Update {extractNumber} needs a full extract loaded first.',
  ),
  'kbo.update_out_of_order': t(
    'La mise à jour {extractNumber} ne suit pas le dernier extrait chargé : chargez d’abord le numéro {expected}.',
    'Update {extractNumber} volgt niet op het laatst geladen uittreksel: laad eerst nummer {expected}.',
    'Update {extractNumber} does not follow the last extract loaded: load number {expected} first.',
  ),
  'kbo.load_running': t(
    'Un autre chargement BCE est en cours : attendez qu’il se termine.',
    'Er loopt al een andere KBO-lading: wacht tot ze klaar is.',
    'Another KBO load is running; wait for it to finish.',
  ),
  'kbo.load_failed': t(
    "L'extrait n'a pas pu être chargé. Détail technique : {detail}",
    'Het uittreksel kon niet geladen worden. Technisch detail: {detail}',
    'The extract could not be loaded. Technical detail: {detail}',
  ),
} satisfies MessageCatalogue;
