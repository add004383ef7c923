import { Body, Controller, Delete, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { Case } from './case.entity';
import { OpenCaseDto, UpdateCaseDto } from './cases.dto';
import { casesList } from './cases.list';
import { CasesService } from './cases.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController extends ResourceReads<Case>(casesList) {
  constructor(private readonly cases: CasesService) {
    super();
  }

  protected get reader() {
    return this.cases;
  }

  /** Opening a case (and assigning it) is a coordinator's act. */
  @Post()
  @Roles('coordinator', 'admin')
  open(@Body() dto: OpenCaseDto, @CurrentUser() user: SignedInUser): Promise<Case> {
    return this.cases.open(dto, user);
  }

  @Put(':id')
  @Roles('advisor', 'coordinator', 'admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCaseDto, @CurrentUser() user: SignedInUser): Promise<Case> {
    return this.cases.update(id, dto, user);
  }

  /** Only to undo a mistake; a finished journey is closed, not deleted. */
  @Delete(':id')
  @Roles('admin')
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<Case> {
    return this.cases.remove(id);
  }
}
