/**
 * SQL pieces the actions service and its CSV import and export share: who may manage or edit an
 * action (the same database helpers row-level security uses), and how an action is shown.
 */
export const MANAGE = `app.can_manage_plans(a.area_id)`;
export const CAN_EDIT = `(${MANAGE} or app.is_partner_for(a.area_id, a.owner))`;
/** The owner as people should read it: the recorded organisation, else the plan's wording. */
export const OWNER = `coalesce(a.owner_organisation, a.owner)`;
export const LATEST_UPDATE = `(select u.body from public.action_updates u where u.action_id = a.id
	order by u.happened_on desc nulls last, u.created_at desc, u.seed_key desc nulls first limit 1)`;
