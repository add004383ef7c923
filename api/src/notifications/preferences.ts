import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationFailed } from '../common/errors/validation-errors';
import type { MailTemplateName } from '../mail/templates';

/** The mails a person may switch on or off, with their defaults. */
export const MAIL_PREFERENCES = {
  taskAssigned: { column: 'task_assigned', template: 'task-assigned', default: true },
  tasksDue: { column: 'tasks_due', template: 'tasks-due', default: true },
  organisationDeadlines: { column: 'organisation_deadlines', template: 'organisation-deadlines', default: true },
  coordinatorDigest: { column: 'coordinator_digest', template: 'coordinator-digest', default: true },
  weeklyDigest: { column: 'weekly_digest', template: 'weekly-digest', default: false },
} as const satisfies Record<string, { column: string; template: MailTemplateName; default: boolean }>;

export type PreferenceName = keyof typeof MAIL_PREFERENCES;
export type MailPreferences = Record<PreferenceName, boolean> & { version: number };

const NAMES = Object.keys(MAIL_PREFERENCES) as PreferenceName[];
const SELECT = NAMES.map((name) => `${MAIL_PREFERENCES[name].column} AS "${name}"`).join(', ');
const DEFAULTS = Object.fromEntries(NAMES.map((name) => [name, MAIL_PREFERENCES[name].default])) as Record<PreferenceName, boolean>;

/** Which mails each person wants (no row: the defaults). */
@Injectable()
export class Preferences {
  constructor(private readonly db: DataSource) {}

  async of(userId: string, manager: EntityManager = this.db.manager): Promise<MailPreferences> {
    const [row] = await manager.query(`SELECT ${SELECT}, version FROM notification_preferences WHERE id = $1`, [userId]);
    return row ?? { ...DEFAULTS, version: 0 };
  }

  /** Whether this person wants the mail of this template (a template without a switch always goes). */
  async wants(manager: EntityManager, userId: string, template: MailTemplateName): Promise<boolean> {
    const name = NAMES.find((n) => MAIL_PREFERENCES[n].template === template);
    return name ? (await this.of(userId, manager))[name] : true;
  }

  /** Changes some switches; `version` must be the one read (0 before the first change). */
  async change(userId: string, changes: Partial<Record<PreferenceName, unknown>> & { version?: unknown }): Promise<MailPreferences> {
    const errors: Record<string, string> = {};
    for (const [key, value] of Object.entries(changes)) {
      if (key === 'version') continue;
      if (!NAMES.includes(key as PreferenceName)) errors[key] = `${key} is not a mail preference (${NAMES.join(', ')})`;
      else if (typeof value !== 'boolean') errors[key] = `${key} must be true or false`;
    }
    if (!Number.isInteger(changes.version)) errors.version = 'version must be the version read';
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
    return this.db.transaction(async (manager) => {
      const current = await this.of(userId, manager);
      const next = { ...current, ...Object.fromEntries(NAMES.filter((n) => n in changes).map((n) => [n, changes[n]])) } as MailPreferences;
      const values = NAMES.map((n) => next[n]);
      const columns = NAMES.map((n) => MAIL_PREFERENCES[n].column);
      const written = await manager.query(
        `INSERT INTO notification_preferences (id, ${columns.join(', ')}) VALUES ($1, ${columns.map((_, i) => `$${i + 3}`).join(', ')})
           ON CONFLICT (id) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, version = notification_preferences.version + 1, updated_at = now()
           WHERE notification_preferences.version = $2
         RETURNING id`,
        [userId, changes.version, ...values],
      );
      if (!written.length || (current.version === 0 && changes.version !== 0)) throw conflict();
      return this.of(userId, manager);
    });
  }
}

function conflict() {
  return new ConflictException({ statusCode: 409, message: 'These preferences were changed meanwhile: read them again', code: 'preferences.stale_version' });
}
