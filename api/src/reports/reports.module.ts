import { Module } from '@nestjs/common';
import { OverviewService } from './overview.service';
import { ReportExportService } from './report-export.service';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [OverviewService, ReportExportService] })
export class ReportsModule {}
