import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import { UsersService } from '../users';
import { CodeDto, PasswordAndCodeDto } from './auth.dto';
import { clientOf } from './client-info';
import { LoginThrottleService } from './login-throttle.service';
import { passwordMatches } from './password';
import { EnrolmentOffer, SecondFactorService, SecondFactorStatus } from './second-factor.service';

/** My second factor, from the profile: set it up, switch it off, new recovery codes. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/second-factor')
export class MySecondFactorController {
  constructor(
    private readonly secondFactor: SecondFactorService,
    private readonly users: UsersService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
  ) {}

  @Get()
  status(@CurrentUser() me: SignedInUser): Promise<SecondFactorStatus> {
    return this.secondFactor.status(me.id, me.role);
  }

  /** A new secret to scan (PNG QR code and otpauth:// address); nothing changes until a code confirms it. */
  @Post('enrolment')
  @HttpCode(200)
  enrol(@CurrentUser() me: SignedInUser, @Res({ passthrough: true }) res: Response): Promise<EnrolmentOffer> {
    res.setHeader('Cache-Control', 'no-store');
    return this.secondFactor.beginEnrolment(me.id, me.email);
  }

  @Post('enrolment/confirm')
  @HttpCode(200)
  async confirm(
    @CurrentUser() me: SignedInUser,
    @Body() dto: CodeDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ recoveryCodes: string[] }> {
    const recoveryCodes = await this.secondFactor.confirmEnrolment(me.id, dto.code);
    if (!recoveryCodes) throw new ValidationFailed({ code: fieldError('auth.wrong_code') });
    res.setHeader('Cache-Control', 'no-store');
    return { recoveryCodes };
  }

  @Post('disable')
  @HttpCode(204)
  async disable(@CurrentUser() me: SignedInUser, @Body() dto: PasswordAndCodeDto, @Req() req: Request): Promise<void> {
    await this.proveItIsMe(me, dto, req);
    await this.secondFactor.disable(me.id, me.role);
  }

  /** Ten new recovery codes; the old ones stop working. */
  @Post('recovery-codes')
  @HttpCode(200)
  async recoveryCodes(
    @CurrentUser() me: SignedInUser,
    @Body() dto: PasswordAndCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ recoveryCodes: string[] }> {
    await this.proveItIsMe(me, dto, req);
    res.setHeader('Cache-Control', 'no-store');
    return { recoveryCodes: await this.secondFactor.regenerateRecoveryCodes(me.id) };
  }

  /** The password and a code, counted like sign-in failures (a stolen session cannot guess them). */
  private async proveItIsMe(me: SignedInUser, dto: PasswordAndCodeDto, req: Request): Promise<void> {
    const account = me.email.toLowerCase();
    const { address } = clientOf(req);
    await this.throttle.assertAllowed(account, address);
    const user = await this.users.findWithSecrets({ id: me.id });
    if (!user?.passwordHash || !(await passwordMatches(user.passwordHash, dto.password))) {
      await this.throttle.recordFailure(account, address);
      throw new ValidationFailed({ password: fieldError('auth.wrong_current_password') });
    }
    if (!(await this.secondFactor.isEnabled(me.id))) return;
    if (!(await this.secondFactor.verify(me.id, dto.code))) {
      await this.throttle.recordFailure(account, address);
      throw new ValidationFailed({ code: fieldError('auth.wrong_code') });
    }
  }
}

/** An admin resets a person's second factor (a lost phone); they enrol again. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users/:id/second-factor')
@Roles('admin')
export class UserSecondFactorController {
  constructor(
    private readonly secondFactor: SecondFactorService,
    private readonly users: UsersService,
  ) {}

  @Get()
  async status(@Param('id', ParseUUIDPipe) id: string): Promise<SecondFactorStatus> {
    const user = await this.users.get(id);
    return this.secondFactor.status(id, user.role);
  }

  @Delete()
  @HttpCode(204)
  async reset(@CurrentUser() me: SignedInUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.users.get(id);
    await this.secondFactor.reset(id, me.id);
  }
}
