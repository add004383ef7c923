import { MessageCatalogue, t } from './catalogue';

/** Cases, meetings, tasks. */
export const journeyMessages = {
  'case.unknown': t("Ce n'est pas un accompagnement.", 'Dit is geen traject.', 'This is not a case.'),
  'case.not_of_organisation': t(
    "Ce n'est pas un accompagnement de cette organisation.",
    'Dit is geen traject van deze organisatie.',
    'This is not a case of this organisation.',
  ),
  'case.already_open': t(
    'Cette organisation a déjà un accompagnement en cours : poursuivez-le, ou clôturez-le d’abord.',
    'Deze organisatie heeft al een lopend traject: zet het voort of sluit het eerst af.',
    'This organisation already has an open case: continue it, or close it first.',
  ),
  'case.opened_not_closed': t(
    "Un accompagnement s'ouvre, il ne se crée pas clôturé : laissez l'étape et le statut ouverts.",
    'Een traject wordt geopend, niet afgesloten aangemaakt: laat fase en status open.',
    'A case is opened, not closed: leave stage and status open.',
  ),
  'case.closed_stays_closed': t(
    'Un accompagnement clôturé le reste : ouvrez-en un nouveau pour la suite.',
    'Een afgesloten traject blijft afgesloten: open een nieuw traject voor de opvolging.',
    'A closed case stays closed: open a new case for follow-up work.',
  ),
  'case.close_needs_coordinator': t(
    'Seul·e un·e coordinateur·rice clôture un accompagnement.',
    'Alleen een coördinator sluit een traject af.',
    'Only a coordinator closes a case.',
  ),
  'case.close_needs_reason': t(
    'La clôture demande un motif.',
    'Afsluiten vraagt een reden.',
    'Closing a case needs a reason.',
  ),
  'case.closed_stage_needs_closed_status': t(
    "Un accompagnement à l'étape « Clôturé » doit avoir le statut « Clôturé ».",
    'Een traject in de fase "Afgesloten" moet de status "Afgesloten" hebben.',
    'A case at stage closed must have status closed.',
  ),
  'case.not_assigned': t(
    'Seul·e le·la conseiller·ère attribué·e à cet accompagnement, ou un·e coordinateur·rice, peut le modifier.',
    'Alleen de adviseur aan wie dit traject is toegewezen, of een coördinator, mag het wijzigen.',
    'Only the advisor assigned to this case, or a coordinator, may change it.',
  ),
  'case.coordinator_fields': t(
    "Seul·e un·e coordinateur·rice modifie l'attribution, le statut et la clôture.",
    'Alleen een coördinator wijzigt de toewijzing, de status en de afsluiting.',
    'Only a coordinator changes the assignment, the status and the closure.',
  ),
  'case.not_assigned_to_organisation': t(
    "Seul·e le·la conseiller·ère de l'accompagnement en cours de l'organisation, ou un·e coordinateur·rice, peut modifier ceci.",
    'Alleen de adviseur van het lopende traject van de organisatie, of een coördinator, mag dit wijzigen.',
    "Only the advisor assigned to this organisation's open case, or a coordinator, may change this.",
  ),
  'meeting.not_author': t(
    "Seul·e l'auteur·rice de la note, un·e coordinateur·rice ou un·e administrateur·rice peut la modifier ou la supprimer.",
    'Alleen de auteur van het verslag, een coördinator of een beheerder mag het wijzigen of verwijderen.',
    'Only the author of a meeting note, a coordinator or an admin may change or delete it.',
  ),
  'meeting.has_documents': t(
    'Cet entretien a encore des documents ({documents|number}) : supprimez-les ou détachez-les de l’entretien d’abord.',
    'Bij dit gesprek horen nog documenten ({documents|number}): verwijder ze of maak ze eerst los van het gesprek.',
    'This meeting still has documents ({documents|number}): delete them or unlink them from the meeting first.',
  ),
  'meeting.contacts_not_of_organisation': t(
    'Ce ne sont pas tous des contacts de cette organisation.',
    'Dit zijn niet allemaal contactpersonen van deze organisatie.',
    'These are not all contacts of this organisation.',
  ),
  'task.not_allowed': t(
    'Seul·e la personne à qui la tâche est attribuée, qui l’a créée, un·e coordinateur·rice ou un·e administrateur·rice peut la modifier.',
    'Alleen wie de taak toegewezen kreeg of aanmaakte, een coördinator of een beheerder mag ze wijzigen.',
    'Only the assignee, the creator, a coordinator or an admin may change this task.',
  ),
  'task.delete_not_allowed': t(
    'Seul·e la personne qui a créé la tâche, un·e coordinateur·rice ou un·e administrateur·rice peut la supprimer.',
    'Alleen wie de taak aanmaakte, een coördinator of een beheerder mag ze verwijderen.',
    'Only the creator, a coordinator or an admin may delete this task.',
  ),
} satisfies MessageCatalogue;
