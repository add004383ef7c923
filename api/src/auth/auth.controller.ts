import { Body, Controller, Get, HttpCode, Inject, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/public.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import {
  ForgotPasswordDto,
  InvitationAccepted,
  InvitationAcceptedDto,
  PasswordResetRequestedDto,
  SetPasswordDto,
  UserRecord,
  UsersService,
} from '../users';
import { ChallengeCodeDto, ChallengeDto, ChangePasswordDto, LanguageDto, LoginDto } from './auth.dto';
import { AuthService, SignIn, SignInChallenge } from './auth.service';
import type { EnrolmentOffer } from './second-factor.service';
import { clientOf } from './client-info';
import { ProviderSignInService } from './oidc/provider-sign-in.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

type TokenAnswer = Omit<SignIn, 'session'>;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly provider: ProviderSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenAnswer | SignInChallenge> {
    const outcome = await this.auth.login(dto.email, dto.password, clientOf(req));
    if ('challenge' in outcome) {
      res.setHeader('Cache-Control', 'no-store');
      return outcome;
    }
    return this.answer(req, res, outcome);
  }

  /** The second step of a local sign-in: a code from the app, or a recovery code. */
  @Public()
  @Post('login/second-factor')
  @HttpCode(200)
  async loginWithCode(
    @Body() dto: ChallengeCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenAnswer> {
    return this.answer(req, res, await this.auth.loginWithCode(dto.challenge, dto.code, clientOf(req)));
  }

  /** Required enrolment right after the password: the secret to scan. */
  @Public()
  @Post('login/enrolment')
  @HttpCode(200)
  async offerEnrolment(@Body() dto: ChallengeDto, @Res({ passthrough: true }) res: Response): Promise<EnrolmentOffer> {
    res.setHeader('Cache-Control', 'no-store');
    return this.auth.offerEnrolment(dto.challenge);
  }

  /** The first code confirms the enrolment and signs in; the answer carries the recovery codes, once. */
  @Public()
  @Post('login/enrolment/confirm')
  @HttpCode(200)
  async confirmEnrolment(
    @Body() dto: ChallengeCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenAnswer> {
    return this.answer(req, res, await this.auth.confirmEnrolment(dto.challenge, dto.code, clientOf(req)));
  }

  /**
   * The link of an invitation mail, or of a "forgot your password" mail: its token sets the password (and ends
   * every session of the account); the console then sends the person to sign in.
   */
  @Public()
  @Post('set-password')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationAcceptedDto })
  async setPassword(
    @Body() dto: SetPasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<InvitationAccepted> {
    res.setHeader('Cache-Control', 'no-store');
    return this.auth.acceptInvitation(dto.token, dto.password, clientOf(req));
  }

  /**
   * "Forgot your password?": always 202 `{ accepted: true }`, whether or not the address names an account that
   * may reset its password; such an account gets a mail with a link to the set-password page (its token then
   * goes to `set-password`, as an invitation's does).
   */
  @Public()
  @Post('forgot-password')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a link to choose a new password',
    description:
      'Always answers 202 with the same body, whatever the address: an unknown, deactivated or provider-only account ' +
      'gets no mail, and the answer does not say so. An active account that signs in with a password (or was ' +
      'invited to choose one) gets, in its language, a link to /#/set-password?token=…&purpose=reset, valid ' +
      'PASSWORD_RESET_MINUTES (60) and once; the token goes to POST /api/auth/set-password, which sets the ' +
      'password and ends every session of the account. At most PASSWORD_RESET_MAX_PER_HOUR (3) mails per account ' +
      'and hour (more requests are answered the same, silently). Requests count in the sign-in throttle: 429 per ' +
      'address, or per e-mail from one address, as failed sign-ins do.',
  })
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto })
  @ApiBadRequestResponse({ description: '`email` is not an e-mail address (`validation.not_an_email` on `email`)' })
  @ApiTooManyRequestsResponse({ description: '`auth.too_many_attempts` or `auth.slow_down`, with `retryAfter`' })
  async forgotPassword(
    @Body() dto: ForgotPasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PasswordResetRequestedDto> {
    res.setHeader('Cache-Control', 'no-store');
    await this.auth.requestPasswordReset(dto.email, clientOf(req));
    return { accepted: true };
  }

  /** Trades the httpOnly session cookie for a fresh access token (and a rotated cookie). */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenAnswer> {
    return this.answer(req, res, await this.auth.refresh(readRefreshCookie(req), clientOf(req)));
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ endSessionUrl: string } | void> {
    const idToken = await this.auth.logout(readRefreshCookie(req));
    clearRefreshCookie(req, res, this.config.cookieSecure);
    // A session that began at the organisation's provider: offer to sign out there too (RP-initiated logout).
    const endSessionUrl =
      idToken && this.provider.settings
        ? await this.provider.endSessionUrl(idToken, `${req.protocol}://${req.get('host')}/`)
        : undefined;
    if (endSessionUrl) {
      res.status(200);
      return { endSessionUrl };
    }
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: SignedInUser): Promise<UserRecord> {
    return this.users.get(user.id);
  }

  /** The language chosen in the console's app bar, kept on the user record (tasks, mails and exports follow it). */
  @ApiBearerAuth()
  @Put('me/language')
  setLanguage(@CurrentUser() user: SignedInUser, @Body() dto: LanguageDto): Promise<UserRecord> {
    return this.users.setLanguage(user.id, dto.language);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  async changePassword(
    @CurrentUser() user: SignedInUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenAnswer> {
    return this.answer(
      req,
      res,
      await this.auth.changePassword(user, dto.currentPassword, dto.newPassword, clientOf(req)),
    );
  }

  private answer(req: Request, res: Response, signIn: SignIn): TokenAnswer {
    const { session, ...tokens } = signIn;
    setRefreshCookie(req, res, session.token, session.expiresAt, this.config.cookieSecure);
    res.setHeader('Cache-Control', 'no-store');
    return tokens;
  }
}
