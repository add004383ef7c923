import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { Invitations, InvitationSent } from './invitations';
import { Roles } from '../common/auth/roles.decorator';
import { ResourceReads } from '../common/list/resource-reads';
import { CreateUserDto, InvitationSentDto, UpdateUserDto, UserRecord } from './users.dto';
import { usersList } from './users.list';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController extends ResourceReads<UserRecord>(usersList) {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: Invitations,
  ) {
    super();
  }

  protected get reader() {
    return this.users;
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUserDto): Promise<UserRecord> {
    return this.users.create(dto);
  }

  /** "Send the invitation again": a new set-your-password link replaces the earlier one. */
  @Post(':id/invite')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationSentDto })
  invite(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() admin: SignedInUser): Promise<InvitationSent> {
    return this.invitations.reissue(id, admin.id);
  }

  @Put(':id')
  @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserRecord> {
    return this.users.update(id, dto);
  }

  /** Deactivates: a user's meetings and decisions keep their author. */
  @Delete(':id')
  @Roles('admin')
  deactivate(@Param('id', ParseUUIDPipe) id: string): Promise<UserRecord> {
    return this.users.deactivate(id);
  }
}
