import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ApiListQuery, ListParams } from '../common/list/list-params.decorator';
import type { ListQuery } from '../common/list/list-query';
import { ResourceReads } from '../common/list/resource-reads';
import { CaseBoard, caseBoard } from './case-board';
import { Case } from './case.entity';
import { OpenCaseDto, UpdateCaseDto } from './cases.dto';
import { casesList } from './cases.list';
import { CasesService } from './cases.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController extends ResourceReads<Case>(casesList, ParseUUIDPipe, 'cases') {
  constructor(
    private readonly cases: CasesService,
    private readonly db: DataSource,
  ) {
    super();
  }

  protected get reader() {
    return this.cases;
  }

  /** The journey board: the open cases as cards (what a card shows, nothing more), for the list's filters, sort and range. */
  @Get('board')
  @ApiOperation({
    summary: 'Open cases as board cards',
    description:
      '`{total, fields, advisors, titles, cards}`: each card is an array in the order of `fields` (id, stage, organisationName, title, advisor, priority, nextActionOn); ' +
      "`title` is an index in `titles`, `advisor` an index in `advisors` ({id, fullName}) or null. Filters, sort and range as on GET /api/cases (status is always open); a card's details with GET /api/cases/{id}.",
  })
  @ApiListQuery(casesList)
  board(@ListParams(casesList) query: ListQuery, @CurrentUser() user: SignedInUser): Promise<CaseBoard> {
    // The read policy scopes the board as it scopes the cases list.
    return caseBoard(this.db, this.readPolicy.listQuery('cases', casesList, query, user));
  }

  /** Opening a case (and assigning it) is a coordinator's act. */
  @Post()
  @Roles('coordinator', 'admin')
  open(@Body() dto: OpenCaseDto, @CurrentUser() user: SignedInUser): Promise<Case> {
    return this.cases.open(dto, user);
  }

  @Put(':id')
  @Roles('advisor', 'coordinator', 'admin')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCaseDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Case> {
    return this.cases.update(id, dto, user);
  }

  /** Only to undo a mistake; a finished journey is closed, not deleted. */
  @Delete(':id')
  @Roles('admin')
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<Case> {
    return this.cases.remove(id);
  }
}
