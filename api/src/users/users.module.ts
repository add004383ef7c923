import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { Invitations } from './invitations';

@Module({
  controllers: [UsersController],
  providers: [UsersService, Invitations],
  exports: [UsersService, Invitations],
})
export class UsersModule {}
