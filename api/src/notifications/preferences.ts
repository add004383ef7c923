import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FieldErrorInput, ValidationFailed } from '../common/errors/validation-errors';
import type { MailTemplateName } from '../mail/templates';
import { MAIL_PREFERENCES, PREFERENCE_NAMES, type PreferenceName } from '../domain/mail-preferences';
import { coded, fieldError } from '../common/errors/coded-error';

// Every switch names a real template.
MAIL_PREFERENCES satisfies Record<PreferenceName, { column: string; template: MailTemplateName; default: boolean }>;
export { MAIL_PREFERENCES };
export type { PreferenceName };

export type MailPreferences = Record<PreferenceName, boolean> & { version: number };

const NAMES = PREFERENCE_NAMES;
const SELECT = NAMES.map((name) => `${MAIL_PREFERENCES[name].column} AS "${name}"`).join(', ');
const DEFAULTS = Object.fromEntries(NAMES.map((name) => [name, MAIL_PREFERENCES[name].default])) as Record<
  PreferenceName,
  boolean
>;

/** Which mails each person wants (no row: the defaults). */
@Injectable()
export class Preferences {
  constructor(private readonly db: DataSource) {}

  async of(userId: string, manager: EntityManager = this.db.manager): Promise<MailPreferences> {
    const [row] = await manager.query(`SELECT ${SELECT}, version FROM notification_preferences WHERE id = $1`, [
      userId,
    ]);
    return row ?? { ...DEFAULTS, version: 0 };
  }

  /** Whether this person wants the mail of this template (a template without a switch always goes). */
  async wants(manager: EntityManager, userId: string, template: MailTemplateName): Promise<boolean> {
    const name = NAMES.find((n) => MAIL_PREFERENCES[n].template === template);
    return name ? (await this.of(userId, manager))[name] : true;
  }

  /** Changes some switches; `version` must be the one read (0 before the first change). */
  async change(
    userId: string,
    changes: Partial<Record<PreferenceName, unknown>> & { version?: unknown },
  ): Promise<MailPreferences> {
    const errors: Record<string, FieldErrorInput> = {};
    for (const [key, value] of Object.entries(changes)) {
      if (key === 'version') continue;
      if (!NAMES.includes(key as PreferenceName)) errors[key] = fieldError('validation.not_a_field');
      else if (typeof value !== 'boolean') errors[key] = fieldError('validation.not_yes_no');
    }
    if (!Number.isInteger(changes.version)) errors.version = fieldError('validation.version');
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
    return this.db.transaction(async (manager) => {
      const current = await this.of(userId, manager);
      const next = {
        ...current,
        ...Object.fromEntries(NAMES.filter((n) => n in changes).map((n) => [n, changes[n]])),
      } as MailPreferences;
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
  return new ConflictException(coded('preferences.stale_version'));
}
