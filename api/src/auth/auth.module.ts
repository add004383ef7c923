import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { MySessionsController, UserSessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { SignInCache } from './sign-in-cache';
import { ForgetSignInsAfterWrites } from './forget-sign-ins.interceptor';
import { MySecondFactorController, UserSecondFactorController } from './second-factor.controller';
import { SecondFactorService } from './second-factor.service';
import { SignInChallenges } from './sign-in-challenge';
import { ProviderSignInController } from './oidc/provider-sign-in.controller';
import { ProviderSignInService } from './oidc/provider-sign-in.service';

@Module({
  imports: [
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [
    AuthController,
    MySessionsController,
    UserSessionsController,
    MySecondFactorController,
    UserSecondFactorController,
    ProviderSignInController,
  ],
  providers: [
    AuthService,
    JwtStrategy,
    LoginThrottleService,
    SessionsService,
    SignInCache,
    { provide: APP_INTERCEPTOR, useClass: ForgetSignInsAfterWrites },
    SecondFactorService,
    SignInChallenges,
    ProviderSignInService,
  ],
})
export class AuthModule {}
