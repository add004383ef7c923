import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { Invitations } from './invitations';
import { PasswordResets } from './password-resets';

@Module({
  controllers: [UsersController],
  providers: [UsersService, Invitations, PasswordResets],
  exports: [UsersService, Invitations, PasswordResets],
})
export class UsersModule {}
