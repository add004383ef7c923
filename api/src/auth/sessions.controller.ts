import { Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { UsersService } from '../users';
import { SessionRecord, SessionsService } from './sessions.service';

/** My sessions: where I am signed in, and ending any of them but the one I use. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/sessions')
export class MySessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  list(@CurrentUser() me: SignedInUser): Promise<SessionRecord[]> {
    return this.sessions.listOpen(me.id, me.sessionId);
  }

  /** Ends every other session of mine; this one stays. */
  @Post('end-others')
  @HttpCode(200)
  async endOthers(@CurrentUser() me: SignedInUser): Promise<{ ended: number }> {
    return { ended: await this.sessions.endAll(me.id, me.id, me.sessionId) };
  }

  @Delete(':sessionId')
  @HttpCode(204)
  end(@CurrentUser() me: SignedInUser, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<void> {
    return this.sessions.end(me.id, sessionId, me.id);
  }
}

/** An admin's view of anyone's sessions (a lost laptop, a departure). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users/:id/sessions')
@Roles('admin')
export class UserSessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  @Get()
  async list(@CurrentUser() me: SignedInUser, @Param('id', ParseUUIDPipe) id: string): Promise<SessionRecord[]> {
    await this.users.get(id);
    return this.sessions.listOpen(id, id === me.id ? me.sessionId : undefined);
  }

  /** Ends every session of the user (the admin's own current one stays when it is their own record). */
  @Delete()
  @HttpCode(200)
  async endAll(@CurrentUser() me: SignedInUser, @Param('id', ParseUUIDPipe) id: string): Promise<{ ended: number }> {
    await this.users.get(id);
    return { ended: await this.sessions.endAll(id, me.id, id === me.id ? me.sessionId : undefined) };
  }

  @Delete(':sessionId')
  @HttpCode(204)
  async end(
    @CurrentUser() me: SignedInUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
  ): Promise<void> {
    if (!(await this.users.get(id).catch(() => null))) throw new NotFoundException(`No user ${id}`);
    return this.sessions.end(id, sessionId, me.id);
  }
}
