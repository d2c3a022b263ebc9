/** Who may do what with actions, as the pages offer it (row-level security decides in the end). */
import type { AreaRole } from '$lib/server/auth/sessions';

/** Create actions and change what they are and who owns them. */
export const MANAGERS: AreaRole[] = ['area_admin', 'commissioner'];
/** Report progress: managers on every action, partners on their organisation's. */
export const EDITORS: AreaRole[] = ['area_admin', 'commissioner', 'partner'];
/** Link "You said" statements to actions (docs/roles.md, you_said_actions). */
export const LINKERS: AreaRole[] = ['area_admin', 'engagement_officer', 'commissioner'];

export const canManage = (roles: AreaRole[]) => roles.some((r) => MANAGERS.includes(r));
export const canLink = (roles: AreaRole[]) => roles.some((r) => LINKERS.includes(r));
/** A partner and nothing more: sees and exports only their organisation's actions. */
export const partnerOnly = (roles: AreaRole[]) => roles.includes('partner') && !canManage(roles);
