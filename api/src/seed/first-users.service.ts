import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { User } from '../users/user.entity';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * On a database with no user yet: the admin named by TRAJECT_ADMIN_EMAIL/PASSWORD, and in demo
 * mode one user per role. Several processes may start at once, so this holds an advisory lock.
 */
@Injectable()
export class FirstUsers implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstUsers');

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { firstAdmin, demo } = this.config;
    if (!firstAdmin && !demo) return;
    const people = [
      ...(firstAdmin ? [{ email: firstAdmin.email, fullName: 'Administrator', role: 'admin' as const, language: 'en' as const, password: firstAdmin.password }] : []),
      ...(demo ? DEMO_USERS.map((user) => ({ ...user, password: DEMO_PASSWORD })) : []),
    ];
    const hashed = await Promise.all(people.map(async ({ password, ...user }) => ({ ...user, passwordHash: await hashPassword(password) })));
    await this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('traject:first-users'))`);
      if ((await manager.count(User)) > 0) return;
      await manager.insert(User, hashed.map((user) => ({ ...user, active: true, tokenVersion: 0, version: 1 })));
      this.logger.log(`Created ${hashed.map((u) => u.email).join(', ')}`);
    });
  }
}
