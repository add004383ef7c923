import { Body, Controller, Delete, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { Task } from './task.entity';
import { CreateTaskDto, UpdateTaskDto } from './tasks.dto';
import { tasksList } from './tasks.list';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController extends ResourceReads<Task>(tasksList, ParseUUIDPipe, 'tasks') {
  constructor(private readonly tasks: TasksService) {
    super();
  }

  protected get reader() {
    return this.tasks;
  }

  @Post()
  @Roles('advisor', 'coordinator', 'admin')
  create(@Body() dto: CreateTaskDto, @CurrentUser() user: SignedInUser): Promise<Task> {
    return this.tasks.create(dto, user);
  }

  /** The assignee, the creator, a coordinator or an admin. */
  @Put(':id')
  @Roles('advisor', 'coordinator', 'admin')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTaskDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Task> {
    return this.tasks.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('advisor', 'coordinator', 'admin')
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<Task> {
    return this.tasks.remove(id, user);
  }
}
