import { Module } from '@nestjs/common';
import { KboModule } from '../kbo/kbo.module';
import { FirstUsersService } from './first-users.service';
import { KboDemo } from './kbo-demo';

@Module({ imports: [KboModule], providers: [FirstUsersService, KboDemo] })
export class SeedModule {}
