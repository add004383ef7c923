import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { Referral } from './referral.entity';
import { CreateReferralDto, MoveReferralDto, UndoReferralMoveDto, UpdateReferralDto } from './referrals.dto';
import { referralsList } from './referrals.list';
import { ReferralsService } from './referrals.service';
import { RECORD_WRITERS } from '../domain/roles';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController extends ResourceReads<Referral>(referralsList, ParseUUIDPipe, 'referrals') {
  constructor(private readonly referrals: ReferralsService) {
    super();
  }

  protected get reader() {
    return this.referrals;
  }

  @Post()
  @Roles(...RECORD_WRITERS)
  create(@Body() dto: CreateReferralDto, @CurrentUser() user: SignedInUser): Promise<Referral> {
    return this.referrals.create(dto, user);
  }

  @Put(':id')
  @Roles(...RECORD_WRITERS)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateReferralDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Referral> {
    return this.referrals.update(id, dto, user);
  }

  /** Accept, decline, start, complete or cancel: 422 naming the allowed moves otherwise. */
  @Post(':id/move')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  move(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MoveReferralDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Referral> {
    return this.referrals.move(id, dto, user);
  }

  /**
   * Undoes the caller's last move of this referral (a move, or a PUT that changed its status, with what else it
   * changed), made within the last minutes: 422 `referral.undo_not_possible` otherwise.
   */
  @Post(':id/undo-move')
  @HttpCode(200)
  @Roles(...RECORD_WRITERS)
  undoMove(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UndoReferralMoveDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Referral> {
    return this.referrals.undoMove(id, dto, user);
  }

  @Delete(':id')
  @Roles(...RECORD_WRITERS)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<Referral> {
    return this.referrals.remove(id, user);
  }
}
