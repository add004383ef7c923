import { Body, Controller, Delete, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { ListSpec } from '../common/list/list-spec';
import { ResourceReads } from '../common/list/resource-reads';
import { Programme } from './programme.entity';
import { ProgrammesService } from './programmes.service';
import { PROGRAMME_STAGES } from '../domain/programme-codes';
import { CreateProgrammeDto, UpdateProgrammeDto } from './programmes.dto';

const programmesList: ListSpec = {
  resource: 'programmes',
  fields: {
    id: { column: 'p.id', type: 'uuid' },
    partner: { column: 'p.partner', type: 'text' },
    stage: { column: 'p.stage', type: 'enum', values: PROGRAMME_STAGES },
    active: { column: 'p.active', type: 'boolean' },
    name: { column: 'p.name', sortColumn: 'lower(p.name)', type: 'text' },
    createdAt: { column: 'p.created_at', type: 'datetime' },
  },
  search: `p.name || ' ' || coalesce(p.description, '')`,
  defaultSort: { field: 'name', order: 'ASC' },
};

/** The partners' programmes (COOPCITY's to start with): kept by admins, read by everyone. */
@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController extends ResourceReads<Programme>(programmesList) {
  constructor(private readonly programmes: ProgrammesService) {
    super();
  }

  protected get reader() {
    return this.programmes;
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateProgrammeDto): Promise<Programme> {
    return this.programmes.create(dto);
  }

  @Put(':id')
  @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateProgrammeDto): Promise<Programme> {
    return this.programmes.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  retire(@Param('id', ParseUUIDPipe) id: string): Promise<Programme> {
    return this.programmes.retire(id);
  }
}
