import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { DismissDuplicateDto, MergeDto } from './duplicates.dto';
import { DuplicateKind, DuplicatesService } from './duplicates.service';
import { MergeService } from './merge.service';
import { ReadPolicy } from '../common/read-policy/read-policy';
import { fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';

/** Who cleans the register: coordinators and admins. */
const CLEANERS = ['coordinator', 'admin'] as const;

@ApiTags('duplicates')
@ApiBearerAuth()
@Controller()
export class DuplicatesController {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merges: MergeService,
    private readonly readPolicy: ReadPolicy,
  ) {}

  /** Likely duplicates of one organisation, with a score (0-1) and the reasons. */
  @Get('organisations/:id/duplicates')
  ofOrganisation(@Param('id', ParseUUIDPipe) id: string) {
    return this.duplicates.ofOrganisation(id);
  }

  /** The candidates' e-mail and phone as the read policy lets the caller read them. */
  @Get('contacts/:id/duplicates')
  async ofContact(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser) {
    const matches = await this.duplicates.ofContact(id);
    const records = await this.readPolicy.project(
      'contacts',
      user,
      matches.map((match) => match.record),
    );
    // Where the e-mail or phone is not read, the reason says "same e-mail" without showing it.
    const hides = (record: object, field: string) => !(field in record);
    return matches.map((match, i) => ({
      ...match,
      record: records[i],
      reasons: match.reasons.map((reason) =>
        (reason.code === 'same_email' && hides(records[i], 'email')) ||
        (reason.code === 'same_phone' && hides(records[i], 'phone'))
          ? { code: reason.code }
          : reason,
      ),
    }));
  }

  /** The likely pairs across the register, best first, without those marked "not a duplicate". */
  @Get('duplicates')
  @Roles(...CLEANERS)
  @ApiQuery({ name: 'kind', required: false, enum: ['organisation', 'contact'] })
  pairs(@Query('kind') kind: string | undefined) {
    const chosen = (kind ?? 'organisation') as DuplicateKind;
    if (!['organisation', 'contact'].includes(chosen))
      throw new ValidationFailed({ kind: fieldError('validation.one_of', { allowed: ['organisation', 'contact'] }) });
    return this.duplicates.pairs(chosen);
  }

  @Post('duplicates/dismissals')
  @Roles(...CLEANERS)
  dismiss(@Body() dto: DismissDuplicateDto, @CurrentUser() user: SignedInUser) {
    return this.duplicates.dismiss(dto.kind, [dto.firstId, dto.secondId], user);
  }

  /** Merges `sourceId` into this organisation; 409 when both have an open case or their numbers differ. */
  @Post('organisations/:id/merge')
  @HttpCode(200)
  @Roles(...CLEANERS)
  mergeOrganisations(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeDto, @CurrentUser() user: SignedInUser) {
    return this.merges.mergeOrganisations(id, dto, user);
  }

  @Post('contacts/:id/merge')
  @HttpCode(200)
  @Roles(...CLEANERS)
  mergeContacts(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeDto, @CurrentUser() user: SignedInUser) {
    return this.merges.mergeContacts(id, dto, user);
  }
}
