import { Body, Controller, Delete, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { ResourceReads } from '../common/list/resource-reads';
import { CreateUserDto, UpdateUserDto, UserRecord } from './users.dto';
import { usersList } from './users.list';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController extends ResourceReads<UserRecord>(usersList) {
  constructor(private readonly users: UsersService) {
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
