import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IndicatorAnswer, Pillar, PillarResult, Verdict } from '../domain/emes';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One EMES assessment of an organisation; redone over time, frozen once final. */
@Entity('assessments')
export class Assessment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ name: 'assessor_id', type: 'uuid' }) assessorId: string;
  @Column({ name: 'assessed_on', type: 'date' }) assessedOn: string;
  @Column({ type: 'text' }) status: 'draft' | 'final';
  @Column({ type: 'jsonb' }) indicators: IndicatorAnswer[];
  @Column({ name: 'lowest_wage', type: 'numeric', nullable: true, transformer: decimal }) lowestWage: number | null;
  @Column({ name: 'highest_wage', type: 'numeric', nullable: true, transformer: decimal }) highestWage: number | null;
  @Column({ name: 'wage_ratio', type: 'numeric', nullable: true, transformer: decimal }) wageRatio: number | null;
  @Column({ name: 'profit_distribution_pct', type: 'numeric', nullable: true, transformer: decimal })
  profitDistributionPct: number | null;
  @Column({ type: 'jsonb' }) pillars: Record<Pillar, PillarResult>;
  @Column({ type: 'text' }) verdict: Verdict;
  /** The version of the EMES rules it was scored with (emes.ts EMES_RULES_VERSION); a final one keeps its verdict. */
  @Column({ name: 'rules_version', type: 'integer' }) rulesVersion: number;
  @Column({ name: 'finalised_at', type: 'timestamptz', nullable: true }) finalisedAt: Date | null;
  @Column({ name: 'finalised_by_id', type: 'uuid', nullable: true }) finalisedById: string | null;
  @Column({ name: 'review_status', type: 'text', nullable: true }) reviewStatus: 'agreed' | 'returned' | null;
  @Column({ name: 'review_comment', type: 'text', nullable: true }) reviewComment: string | null;
  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true }) reviewedById: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  /** The assessment this one started from (copy-forward, or the one a review returned). */
  @Column({ name: 'previous_id', type: 'uuid', nullable: true }) previousId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
