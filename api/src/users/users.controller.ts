import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import { ApiListQuery, ListParams } from '../common/list/list-params.decorator';
import { setContentRange } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { CreateUserDto, UpdateUserDto, UserRecord } from './users.dto';
import { usersList } from './users.list';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Everyone signed in may list users (assignee pickers); nothing secret is in a user record. */
  @Get()
  @ApiListQuery(usersList)
  async list(@ListParams(usersList) query: ListQuery, @Res({ passthrough: true }) res: Response): Promise<UserRecord[]> {
    const page = await this.users.list(query);
    setContentRange(res, usersList.resource, query, page);
    return page.rows;
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserRecord> {
    return this.users.get(id);
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
