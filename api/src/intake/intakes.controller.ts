import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../common/auth/signed-in-user';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { Roles } from '../common/auth/roles.decorator';
import { ResourceReads } from '../common/list/resource-reads';
import type { Intake } from './intake.entity';
import type { IntakeMatches } from './intake-matches';
import { intakesList } from './intakes.list';
import { ConvertIntakeDto, DismissIntakeDto } from './intakes.dto';
import { IntakesService } from './intakes.service';

/** The coordinators' intake inbox: what arrived through the public form, to convert or dismiss. */
@ApiTags('intakes')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('intakes')
export class IntakesController extends ResourceReads<Intake>(intakesList) {
  constructor(private readonly intakes: IntakesService) {
    super();
  }

  protected get reader() {
    return this.intakes;
  }

  @Get(':id/matches')
  matches(@Param('id', ParseUUIDPipe) id: string): Promise<IntakeMatches> {
    return this.intakes.matches(id);
  }

  @Post(':id/convert')
  convert(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConvertIntakeDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Intake> {
    return this.intakes.convert(id, dto, user);
  }

  @Post(':id/dismiss')
  dismiss(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DismissIntakeDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Intake> {
    return this.intakes.dismiss(id, dto, user);
  }

  /** GDPR erasure of what the visitor wrote (the export is the record itself, `GET /intakes/{id}`). */
  @Post(':id/anonymise')
  @Roles('admin')
  anonymise(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<Intake> {
    return this.intakes.anonymise(id, user);
  }
}
