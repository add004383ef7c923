import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../domain/languages';
import type { Role } from '../domain/roles';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ name: 'full_name' }) fullName: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ type: 'text' }) language: Language;
  @Column() active: boolean;
  @Column({ name: 'password_hash', type: 'text', select: false, nullable: true }) passwordHash: string | null;
  @Column({ name: 'oidc_issuer', type: 'text', select: false, nullable: true }) oidcIssuer: string | null;
  @Column({ name: 'oidc_subject', type: 'text', select: false, nullable: true }) oidcSubject: string | null;
  @Column({ name: 'token_version', select: false }) tokenVersion: number;
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true }) lastLoginAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
