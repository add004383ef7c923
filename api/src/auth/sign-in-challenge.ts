import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';

/** What remains between a correct password and a session. */
export type SignInStep = 'second_factor' | 'enrol_second_factor';

interface ChallengeClaims {
  sub: string;
  tv: number;
  step: SignInStep;
}

const MINUTES = 5;

/**
 * The proof that the password was right, carried to the second step: a 5-minute token signed with a key
 * of its own (derived from JWT_SECRET), so it can never pass for an access token, nor the reverse.
 */
@Injectable()
export class SignInChallenges {
  private readonly secret: string;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = createHmac('sha256', config.jwtSecret!).update('traject sign-in challenge').digest('base64url');
  }

  issue(
    userId: string,
    tokenVersion: number,
    step: SignInStep,
  ): { step: SignInStep; challenge: string; expiresIn: number } {
    const claims: ChallengeClaims = { sub: userId, tv: tokenVersion, step };
    const challenge = this.jwt.sign(claims, { secret: this.secret, algorithm: 'HS256', expiresIn: MINUTES * 60 });
    return { step, challenge, expiresIn: MINUTES * 60 };
  }

  /** The claims of a live challenge for this step; 401 `auth.challenge_expired` otherwise. */
  read(challenge: string, step: SignInStep): ChallengeClaims {
    try {
      const claims = this.jwt.verify<ChallengeClaims>(challenge, { secret: this.secret, algorithms: ['HS256'] });
      if (claims.step === step && typeof claims.sub === 'string') return claims;
    } catch {
      // expired, forged or malformed: all the same answer
    }
    throw new UnauthorizedException({
      message: 'This sign-in has expired; enter your e-mail and password again',
      code: 'auth.challenge_expired',
      params: {},
    });
  }
}
