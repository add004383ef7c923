// What other concepts may use of users (auth signs people in through them); plain queries: users.queries.ts.
export { User } from './user.entity';
export type { UserRecord } from './users.dto';
export { userRecord, UsersService } from './users.service';
export { Invitations } from './invitations';
export type { InvitationAccepted } from './invitations';
export { PasswordResets } from './password-resets';
export { ForgotPasswordDto, InvitationAcceptedDto, PasswordResetRequestedDto, SetPasswordDto } from './users.dto';
