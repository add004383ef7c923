import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'traject:public';
/** A route anyone may call without signing in (sign-in, health, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
