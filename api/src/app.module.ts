import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { RecognitionsModule } from './recognitions/recognitions.module';
import { ReportsModule } from './reports/reports.module';
import { ReferralsModule } from './referrals/referrals.module';
import { CasesModule } from './cases/cases.module';
import { ContactsModule } from './contacts/contacts.module';
import { DocumentsModule } from './documents/documents.module';
import { MeetingsModule } from './meetings/meetings.module';
import { TasksModule } from './tasks/tasks.module';
import { TimelineModule } from './timeline/timeline.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ActingUserInterceptor, AuditContextSubscriber } from './common/audit/acting-user';
import { JwtAuthGuard } from './common/auth/jwt-auth.guard';
import { RolesGuard } from './common/auth/roles.guard';
import { ApiExceptionFilter } from './common/errors/api-exception.filter';
import type { RuntimeConfig } from './config/runtime';
import { ConfigModule } from './config/config.module';
import { ReadPolicyModule } from './common/read-policy/read-policy.module';
import { dataSourceOptions } from './database/data-source.options';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { KboModule } from './kbo/kbo.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { IntakeModule } from './intake/intake.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { CalendarModule } from './calendar/calendar.module';
import { SeedModule } from './seed/seed.module';
import { UsersModule } from './users/users.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { PartnersModule } from './partners/partners.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { SearchModule } from './search/search.module';

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ReadPolicyModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
        JobsModule,
        MailModule,
        NotificationsModule,
        CalendarModule,
        AuthModule,
        UsersModule,
        OrganisationsModule,
        MunicipalitiesModule,
        ContactsModule,
        CasesModule,
        MeetingsModule,
        TasksModule,
        TimelineModule,
        SearchModule,
        AssessmentsModule,
        RecognitionsModule,
        PartnersModule,
        ProgrammesModule,
        ReferralsModule,
        DocumentsModule,
        AuditModule,
        ReportsModule,
        KboModule,
        DuplicatesModule,
        IntakeModule,
        HealthModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: ActingUserInterceptor },
        AuditContextSubscriber,
      ],
    };
  }
}
