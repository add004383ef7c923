import { Session } from '../auth/session.entity';
import { User } from '../users/user.entity';

export const entities = [User, Session];
