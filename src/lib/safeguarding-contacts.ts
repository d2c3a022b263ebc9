import { PERMISSIONS } from './permissions';
import type { StaffRole } from './vocabulary';

/** Roles that can read and act on a safeguarding alert: only they may be named its contacts. */
export const CONTACT_ROLES: readonly StaffRole[] = PERMISSIONS.see_alerts;
