import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { KboDemo } from './kbo-demo';
import { demoUsers, FirstUser, seedDemoOrganisations, seedFirstUsers } from './demo-data';
import { seedDemoJourney } from './demo-journey';

/**
 * On a database with no user yet: the admin named by TRAJECT_ADMIN_EMAIL/PASSWORD and, in demo
 * mode, one user per role; in demo mode also the demo register when it is empty.
 */
@Injectable()
export class FirstUsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstUsersService');

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly kboDemo: KboDemo,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { firstAdmin, demo } = this.config;
    const people: FirstUser[] = [
      ...(firstAdmin
        ? [
            {
              email: firstAdmin.email,
              fullName: 'Administrator',
              role: 'admin' as const,
              language: 'en' as const,
              password: firstAdmin.password,
            },
          ]
        : []),
      ...(demo ? demoUsers() : []),
    ];
    const created = await this.db.transaction((manager) => seedFirstUsers(manager, people));
    if (created.length) this.logger.log(`Created ${created.join(', ')}`);
    if (demo) {
      await this.db.transaction(async (manager) => {
        if (await seedDemoOrganisations(manager)) await seedDemoJourney(manager);
      });
      // The fictional KBO extract follows the demo register, so its update shows as changes there.
      await this.kboDemo.loadIfNeverLoaded();
    }
  }
}
