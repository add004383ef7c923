import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/public.decorator';
import { clientOf } from '../client-info';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app.config';
import { readCookie, secureCookie, setRefreshCookie } from '../refresh-cookie';
import { ProviderRefused, ProviderSignInService } from './provider-sign-in.service';

const FLOW_COOKIE = 'traject_oidc';
const FLOW_PATH = '/api/auth/oidc';

/** What the sign-in page offers. */
export interface SignInOptions {
  /** Whether the e-mail and password form is for everyone (false: only the break-glass admin's). */
  local: boolean;
  oidc: { label: string; loginUrl: string } | null;
}

@ApiTags('auth')
@Controller('auth')
export class ProviderSignInController {
  constructor(
    private readonly provider: ProviderSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('sign-in-options')
  options(): SignInOptions {
    const settings = this.provider.settings;
    return {
      local: this.provider.localLoginForEveryone,
      oidc: settings ? { label: settings.label, loginUrl: `${FLOW_PATH}/login` } : null,
    };
  }

  /** Sends the browser to the organisation's provider (authorization code flow, PKCE, state, nonce). */
  @Public()
  @Get('oidc/login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.provider.settings)
      throw new NotFoundException({
        message: 'Sign-in through an organisation account is not configured',
        code: 'oidc.not_configured',
        params: {},
      });
    try {
      const { url, flow } = await this.provider.start(this.redirectUri(req));
      res.cookie(FLOW_COOKIE, flow, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookie(req, this.config.cookieSecure),
        path: FLOW_PATH,
        maxAge: 600_000,
      });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, url);
    } catch (error) {
      this.refused(res, error);
    }
  }

  /** The provider sends the browser back here; on success Traject's own session cookie, then the console. */
  @Public()
  @Get('oidc/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(FLOW_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie(req, this.config.cookieSecure),
      path: FLOW_PATH,
    });
    res.setHeader('Cache-Control', 'no-store');
    try {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
      const signIn = await this.provider.finish(query, readCookie(req, FLOW_COOKIE), clientOf(req));
      setRefreshCookie(req, res, signIn.session.token, signIn.session.expiresAt, this.config.cookieSecure);
      res.redirect(302, '/#/');
    } catch (error) {
      this.refused(res, error);
    }
  }

  private redirectUri(req: Request): string {
    return this.provider.settings!.redirectUri ?? `${req.protocol}://${req.get('host')}${FLOW_PATH}/callback`;
  }

  /** Back to the sign-in page, which says why in the person's language. */
  private refused(res: Response, error: unknown): void {
    if (!(error instanceof ProviderRefused)) throw error;
    res.redirect(302, `/#/login?signInError=${error.reason}`);
  }
}
