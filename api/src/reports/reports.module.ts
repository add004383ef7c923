import { Module } from '@nestjs/common';
import { OverviewService } from './overview.service';
import { ReportExportService } from './report-export.service';
import { ReportsController } from './reports.controller';
import { RollupsCheckJob } from './rollups-check.job';

@Module({ controllers: [ReportsController], providers: [OverviewService, ReportExportService, RollupsCheckJob] })
export class ReportsModule {}
