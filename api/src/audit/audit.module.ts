import { Module } from '@nestjs/common';
import { AuditLogController, OrganisationHistoryController } from './audit-log.controller';
import { AuditLogService } from './audit-log.service';

@Module({ controllers: [AuditLogController, OrganisationHistoryController], providers: [AuditLogService] })
export class AuditModule {}
