import { Module } from '@nestjs/common';
import { KboModule } from '../kbo/kbo.module';
import { FirstUsers } from './first-users.service';

@Module({ imports: [KboModule], providers: [FirstUsers] })
export class SeedModule {}
