import type { AREA_ROLES } from './schemas/auth';

/** Roles that can read and act on a safeguarding alert: only they may be named its contacts. */
export const CONTACT_ROLES: readonly (typeof AREA_ROLES)[number][] = ['area_admin', 'engagement_officer'];
