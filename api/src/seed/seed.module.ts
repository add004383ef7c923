import { Module } from '@nestjs/common';
import { FirstUsers } from './first-users.service';

@Module({ providers: [FirstUsers] })
export class SeedModule {}
