import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { SessionsService } from './sessions.service';
import { coded } from '../common/errors/coded-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccessTokenClaims {
  sub: string;
  role: string;
  /** The user's token version: a password change or deactivation bumps it and old tokens die. */
  tv: number;
  /** The session (refresh cookie) the token was issued for. */
  sid: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, not the string: given a string, jsonwebtoken first tries it as a public key and catches the
      // failure on every request (8.6% of the API's CPU under the board's load, profile of 2 December).
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret!)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      jsonWebTokenOptions: { maxAge: `${config.accessTokenMinutes}m` },
    });
  }

  /** Looked up on every request so that deactivation, password changes and ended sessions take effect at once. */
  async validate(claims: AccessTokenClaims): Promise<SignedInUser> {
    const ended = () => new UnauthorizedException(coded('auth.session_ended'));
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || typeof claims.sid !== 'string') throw ended();
    const { user, live } = await this.sessions.userForToken(claims.sid, claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.tv || !live) throw ended();
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      language: user.language,
      sessionId: claims.sid,
    };
  }
}
