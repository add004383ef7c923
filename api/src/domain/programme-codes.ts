export const PROGRAMME_STAGES = ['idea', 'launch', 'consolidation', 'pooling', 'innovation', 'network'] as const;
export type ProgrammeStage = (typeof PROGRAMME_STAGES)[number];
