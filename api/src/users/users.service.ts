import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { updateAtVersion } from '../common/http/versioned-update';
import { fetchPage, ListPage } from '../common/list/list-page';
import { ListQuery } from '../common/list/list-query';
import { assertStrongPassword, hashPassword } from '../auth';
import { revokeSessionsOf } from '../auth/sessions.queries';
import { CreateUserDto, UpdateUserDto, UserRecord } from './users.dto';
import type { Language } from '../domain/languages';
import type { Role } from '../domain/roles';
import { User } from './user.entity';
import { codedFields, fieldError } from '../common/errors/coded-error';
import { actingUserId } from '../common/audit/acting-user';
import { Invitations } from './invitations';

export function userRecord(user: User): UserRecord {
  const { id, email, fullName, role, language, active, lastLoginAt, createdAt, updatedAt, version } = user;
  return { id, email, fullName, role, language, active, lastLoginAt, createdAt, updatedAt, version };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly invitations: Invitations,
  ) {}

  async list(query: ListQuery): Promise<ListPage<UserRecord>> {
    const page = await fetchPage(this.db.getRepository(User).createQueryBuilder('u'), query, 'u.id');
    return { ...page, rows: page.rows.map(userRecord) };
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<UserRecord> {
    const user = await manager.findOne(User, { where: { id } });
    if (!user) throw new NotFoundException(`No user ${id}`);
    return userRecord(user);
  }

  /** A user with the password hash and token version that sign-in needs (never sent out). */
  findWithSecrets(by: { id: string } | { email: string }): Promise<User | null> {
    const qb = this.db.getRepository(User).createQueryBuilder('u').addSelect(['u.passwordHash', 'u.tokenVersion']);
    return 'id' in by
      ? qb.where('u.id = :id', { id: by.id }).getOne()
      : qb.where('lower(u.email) = lower(:email)', { email: by.email }).getOne();
  }

  /** The person an OpenID Connect provider vouches for, by the stable subject stored at their first sign-in. */
  findByProviderSubject(issuer: string, subject: string): Promise<User | null> {
    return this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.tokenVersion', 'u.oidcSubject'])
      .where('u.oidc_issuer = :issuer AND u.oidc_subject = :subject', { issuer, subject })
      .getOne();
  }

  /** Whether the user is already tied to a provider subject (then e-mail matching no longer applies). */
  async providerSubjectOf(id: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [id]);
    return row?.oidc_subject ?? null;
  }

  /** Ties a user to the provider's subject, once (false when another subject got there first). */
  async linkProviderSubject(id: string, issuer: string, subject: string): Promise<boolean> {
    const [, linked] = await this.db.query(
      `UPDATE users SET oidc_issuer = $2, oidc_subject = $3 WHERE id = $1 AND oidc_subject IS NULL`,
      [id, issuer, subject],
    );
    return linked > 0;
  }

  /** A person created at their first sign-in through the provider: no local password. */
  async createFromProvider(person: {
    email: string;
    fullName: string;
    role: Role;
    language: Language;
    issuer: string;
    subject: string;
  }): Promise<User> {
    const [{ id }] = await this.db.query(
      `INSERT INTO users (email, full_name, role, language, password_hash, oidc_issuer, oidc_subject) VALUES ($1, $2, $3, $4, NULL, $5, $6) RETURNING id`,
      [person.email, person.fullName, person.role, person.language, person.issuer, person.subject],
    );
    return (await this.findWithSecrets({ id }))!;
  }

  /** Without a password, the user gets none and an invitation mail with a set-your-password link (same transaction). */
  async create(dto: CreateUserDto): Promise<UserRecord> {
    if (dto.password === undefined) return this.createInvited(dto);
    assertStrongPassword('password', dto.password, dto);
    await this.assertEmailFree(dto.email);
    const saved = await this.db.getRepository(User).save({
      email: dto.email.trim(),
      fullName: dto.fullName.trim(),
      role: dto.role,
      language: dto.language ?? 'fr',
      active: dto.active ?? true,
      passwordHash: await hashPassword(dto.password),
      tokenVersion: 0,
      version: 1,
    });
    return this.get(saved.id);
  }

  private async createInvited(dto: CreateUserDto): Promise<UserRecord> {
    await this.assertEmailFree(dto.email);
    return this.db.transaction(async (manager) => {
      const saved = await manager.getRepository(User).save({
        email: dto.email.trim(),
        fullName: dto.fullName.trim(),
        role: dto.role,
        language: dto.language ?? 'fr',
        active: dto.active ?? true,
        passwordHash: null,
        tokenVersion: 0,
        version: 1,
      });
      if (saved.active) await this.invitations.issue(manager, saved.id, actingUserId());
      return this.get(saved.id, manager);
    });
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserRecord> {
    if (dto.password) {
      const stored = await this.db.getRepository(User).findOne({ where: { id } });
      assertStrongPassword('password', dto.password, {
        email: dto.email ?? stored?.email,
        fullName: dto.fullName ?? stored?.fullName,
      });
    }
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.db.transaction(async (manager) => {
      const current = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException(`No user ${id}`);
      if (dto.email !== undefined && dto.email.toLowerCase() !== current.email.toLowerCase())
        await this.assertEmailFree(dto.email, manager);
      const losesAdmin =
        current.role === 'admin' && current.active && ((dto.role && dto.role !== 'admin') || dto.active === false);
      if (losesAdmin) await this.assertAnotherAdmin(id, manager);
      const endsSessions = passwordHash !== undefined || (dto.active === false && current.active);
      await updateAtVersion(manager, User, id, dto.version, {
        ...(dto.email !== undefined && { email: dto.email.trim() }),
        ...(dto.fullName !== undefined && { fullName: dto.fullName.trim() }),
        ...(dto.role !== undefined && { role: dto.role }),
        ...(dto.language !== undefined && { language: dto.language }),
        ...(dto.active !== undefined && { active: dto.active }),
        ...(passwordHash && { passwordHash }),
        ...(endsSessions && { tokenVersion: () => 'token_version + 1' }),
      } as Partial<User>);
      if (endsSessions) await revokeSessionsOf(manager, id);
      if (passwordHash) await this.invitations.withdraw(manager, id);
      return this.get(id, manager);
    });
  }

  /** Users are never deleted (meetings and decisions keep their author): DELETE deactivates. */
  async deactivate(id: string): Promise<UserRecord> {
    const current = await this.get(id);
    if (!current.active) return current;
    return this.update(id, Object.assign(new UpdateUserDto(), { active: false, version: current.version }));
  }

  async setPassword(id: string, passwordHash: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({
        passwordHash,
        tokenVersion: () => 'token_version + 1',
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where('id = :id', { id })
      .execute();
  }

  /** A user's own language (chosen in the console's app bar): server-written tasks, mails and exports follow it. */
  async setLanguage(id: string, language: Language): Promise<UserRecord> {
    await this.db
      .createQueryBuilder()
      .update(User)
      .set({ language, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
    return this.get(id);
  }

  async recordSignIn(id: string): Promise<void> {
    await this.db.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [id]);
  }

  private async assertEmailFree(email: string, manager: EntityManager = this.db.manager): Promise<void> {
    const taken = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getExists();
    if (taken) {
      throw new ConflictException(codedFields('user.email_taken', {}, { email: fieldError('user.email_taken') }));
    }
  }

  private async assertAnotherAdmin(id: string, manager: EntityManager): Promise<void> {
    const others = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`u.role = 'admin' AND u.active AND u.id <> :id`, { id })
      .getCount();
    if (others === 0) throw new BusinessRuleViolation('user.last_admin');
  }
}
