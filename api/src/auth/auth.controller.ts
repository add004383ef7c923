import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/public.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { UserRecord } from '../users/users.dto';
import { UsersService } from '../users/users.service';
import { ChangePasswordDto, LoginDto } from './auth.dto';
import { AuthService, SignIn } from './auth.service';
import { clientOf } from './client-info';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

type TokenAnswer = Omit<SignIn, 'session'>;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenAnswer> {
    return answer(req, res, await this.auth.login(dto.email, dto.password, clientOf(req)));
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
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(req));
    clearRefreshCookie(req, res);
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
