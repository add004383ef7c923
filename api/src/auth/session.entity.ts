import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SIGN_IN_METHODS = ['password', 'oidc'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** A signed-in browser: holds the hash of its refresh token, never the token itself. */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id' }) userId: string;
  @Column({ name: 'token_hash' }) tokenHash: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz' }) lastUsedAt: Date;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent: string | null;
  @Column({ type: 'text' }) method: SignInMethod;
  @Column({ name: 'ended_by', type: 'uuid', nullable: true }) endedBy: string | null;
  /** The provider's ID token, for signing out there too (RP-initiated logout). */
  @Column({ name: 'id_token', type: 'text', nullable: true, select: false }) idToken: string | null;
}
