import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/public.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { UserRecord } from '../users/users.dto';
import { UsersService } from '../users/users.service';
import { ChallengeCodeDto, ChallengeDto, ChangePasswordDto, LoginDto } from './auth.dto';
import { AuthService, SignIn, SignInChallenge } from './auth.service';
import type { EnrolmentOffer } from './second-factor.service';
import { clientOf } from './client-info';
import { ProviderSignIn } from './oidc/provider-sign-in.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

type TokenAnswer = Omit<SignIn, 'session'>;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly provider: ProviderSignIn,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenAnswer | SignInChallenge> {
    const outcome = await this.auth.login(dto.email, dto.password, clientOf(req));
    if ('challenge' in outcome) {
      res.setHeader('Cache-Control', 'no-store');
      return outcome;
    }
    return answer(req, res, outcome);
  }

  /** The second step of a local sign-in: a code from the app, or a recovery code. */
  @Public()
  @Post('login/second-factor')
  @HttpCode(200)
  async loginWithCode(@Body() dto: ChallengeCodeDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenAnswer> {
    return answer(req, res, await this.auth.loginWithCode(dto.challenge, dto.code, clientOf(req)));
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
  async confirmEnrolment(@Body() dto: ChallengeCodeDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenAnswer> {
    return answer(req, res, await this.auth.confirmEnrolment(dto.challenge, dto.code, clientOf(req)));
  }

  /** Trades the httpOnly session cookie for a fresh access token (and a rotated cookie). */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenAnswer> {
    return answer(req, res, await this.auth.refresh(readRefreshCookie(req)));
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ endSessionUrl: string } | void> {
    const idToken = await this.auth.logout(readRefreshCookie(req));
    clearRefreshCookie(req, res);
    // A session that began at the organisation's provider: offer to sign out there too (RP-initiated logout).
    const endSessionUrl = idToken && this.provider.settings ? await this.provider.endSessionUrl(idToken, `${req.protocol}://${req.get('host')}/`) : undefined;
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

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  async changePassword(
    @CurrentUser() user: SignedInUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenAnswer> {
    return answer(req, res, await this.auth.changePassword(user, dto.currentPassword, dto.newPassword, clientOf(req)));
  }
}

function answer(req: Request, res: Response, signIn: SignIn): TokenAnswer {
  const { session, ...tokens } = signIn;
  setRefreshCookie(req, res, session.token, session.expiresAt);
  res.setHeader('Cache-Control', 'no-store');
  return tokens;
}
