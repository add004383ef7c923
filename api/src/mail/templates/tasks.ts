import type { MailTemplate } from '../mail-template';

const TASK_LINE = {
  fr: '{{title}}{{#if organisationName}} – {{organisationName}}{{/if}}{{#if dueOn}} (pour le {{date dueOn}}){{/if}}',
  nl: '{{title}}{{#if organisationName}} – {{organisationName}}{{/if}}{{#if dueOn}} (tegen {{date dueOn}}){{/if}}',
  en: '{{title}}{{#if organisationName}} – {{organisationName}}{{/if}}{{#if dueOn}} (due {{date dueOn}}){{/if}}',
};

/** A task given to someone by someone else. Params: taskId, taskTitle, assignerName, organisationName?, dueOn?. */
export const taskAssigned: MailTemplate = {
  link: '/tasks/{{taskId}}/show',
  text: {
    fr: {
      subject: 'Nouvelle tâche : {{taskTitle}}',
      intro: ['{{assignerName}} vous a confié une tâche : « {{taskTitle}} »{{#if organisationName}} pour {{organisationName}}{{/if}}{{#if dueOn}}, à faire pour le {{date dueOn}}{{/if}}.'],
      action: 'Ouvrir la tâche',
    },
    nl: {
      subject: 'Nieuwe taak: {{taskTitle}}',
      intro: ['{{assignerName}} heeft u een taak toegewezen: ‘{{taskTitle}}’{{#if organisationName}} voor {{organisationName}}{{/if}}{{#if dueOn}}, te doen tegen {{date dueOn}}{{/if}}.'],
      action: 'De taak openen',
    },
    en: {
      subject: 'New task: {{taskTitle}}',
      intro: ['{{assignerName}} assigned you a task: “{{taskTitle}}”{{#if organisationName}} for {{organisationName}}{{/if}}{{#if dueOn}}, due {{date dueOn}}{{/if}}.'],
      action: 'Open the task',
    },
  },
};

/** The morning reminder. Params: dueTomorrow[], overdue[] (each title, organisationName?, dueOn), dueTomorrowCount, overdueCount. */
export const tasksDue: MailTemplate = {
  link: '/tasks',
  text: {
    fr: {
      subject: 'Vos tâches : {{dueTomorrowCount}} pour demain, {{overdueCount}} en retard',
      intro: ['Voici vos tâches à faire pour demain et celles qui sont en retard.'],
      lists: [
        { key: 'dueTomorrow', heading: 'Pour demain', item: TASK_LINE.fr },
        { key: 'overdue', heading: 'En retard', item: TASK_LINE.fr },
      ],
      action: 'Voir mes tâches',
    },
    nl: {
      subject: 'Uw taken: {{dueTomorrowCount}} voor morgen, {{overdueCount}} te laat',
      intro: ['Dit zijn uw taken voor morgen en de taken die te laat zijn.'],
      lists: [
        { key: 'dueTomorrow', heading: 'Voor morgen', item: TASK_LINE.nl },
        { key: 'overdue', heading: 'Te laat', item: TASK_LINE.nl },
      ],
      action: 'Mijn taken bekijken',
    },
    en: {
      subject: 'Your tasks: {{dueTomorrowCount}} due tomorrow, {{overdueCount}} overdue',
      intro: ['Here are your tasks due tomorrow and those that are overdue.'],
      lists: [
        { key: 'dueTomorrow', heading: 'Due tomorrow', item: TASK_LINE.en },
        { key: 'overdue', heading: 'Overdue', item: TASK_LINE.en },
      ],
      action: 'See my tasks',
    },
  },
};

export { TASK_LINE };
