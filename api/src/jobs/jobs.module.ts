import { Global, Module } from '@nestjs/common';
import { JobsController } from './jobs.controller';
import { JobHistory } from './job-history';
import { Jobs } from './jobs';

/** The job queue, injectable everywhere so that any concept registers its scheduled work. */
@Global()
@Module({ controllers: [JobsController], providers: [Jobs, JobHistory], exports: [Jobs] })
export class JobsModule {}
