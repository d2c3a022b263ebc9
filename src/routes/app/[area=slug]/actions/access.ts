/** Who may do what with actions, as the pages offer it (row-level security decides in the end). */
import type { AreaRole } from '$lib/server/auth/sessions';
import { can, rolesFor } from '$lib/permissions';

/** Create actions and change what they are and who owns them. */
export const MANAGERS = rolesFor('manage_plans');
/** Report progress: managers on every action, partners on their organisation's. */
export const EDITORS = rolesFor('update_actions');
/** Link "You said" statements to actions (docs/roles.md, you_said_actions). */
export const LINKERS = rolesFor('link_statements');

export const canManage = (roles: AreaRole[]) => can(roles, 'manage_plans');
export const canLink = (roles: AreaRole[]) => can(roles, 'link_statements');
/** A partner and nothing more: sees and exports only their organisation's actions. */
export const partnerOnly = (roles: AreaRole[]) => roles.includes('partner') && !canManage(roles);
