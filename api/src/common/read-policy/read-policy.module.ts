import { Global, Module } from '@nestjs/common';
import { ReadPolicy } from './read-policy';

/** Provides the read policy to every concept. */
@Global()
@Module({ providers: [ReadPolicy], exports: [ReadPolicy] })
export class ReadPolicyModule {}
