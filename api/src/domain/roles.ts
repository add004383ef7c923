/** The four roles of hub.brussels staff (DOMAIN.md): what each may do is checked by the API. */
export const ROLES = ['advisor', 'coordinator', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
