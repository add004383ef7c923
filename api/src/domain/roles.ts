/** The four roles of hub.brussels staff (DOMAIN.md): what each may do is checked by the API. */
export const ROLES = ['advisor', 'coordinator', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who writes the register and the journey's records: everyone but managers, who read and report. */
export const RECORD_WRITERS = ['advisor', 'coordinator', 'admin'] as const satisfies readonly Role[];
