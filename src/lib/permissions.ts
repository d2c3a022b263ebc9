/**
 * Who may do what in an area: one map from each capability to the staff roles that hold it.
 * Pages use it to decide what to offer and which requests to turn away early; row-level security
 * decides in the end, through one SQL helper per capability (`app.can_<capability>(area)`, in
 * supabase/migrations/20261203009000_baseline.sql) that the policies call. The map, the
 * helpers and the list in docs/roles.md are checked against each other by
 * tests/db/permissions.test.ts, so changing who may do something means changing all three.
 */
import type { StaffRole } from './vocabulary';

export const PERMISSIONS = {
	/** Invite people, grant and revoke their roles, read the area's members and audit log. */
	manage_members: ['area_admin'],
	/** Change the area's own details, how long it keeps data, and its population figures. */
	manage_area: ['area_admin'],
	/** Add and change plans, priorities, actions, their updates and milestones. */
	manage_plans: ['area_admin', 'commissioner'],
	/** Record progress on actions (partners: only those their organisation owns). */
	update_actions: ['area_admin', 'commissioner', 'partner'],
	/** Link statements to plan priorities and actions. */
	link_statements: ['area_admin', 'engagement_officer', 'commissioner'],
	/** Read every piece of the area's feedback (flagged or not), responses and event reports. */
	read_feedback: ['area_admin', 'engagement_officer', 'commissioner'],
	/** Read the words exactly as typed, before redaction. */
	read_original_words: ['area_admin', 'engagement_officer'],
	/** Add and correct metric series and their values. */
	manage_metrics: ['area_admin', 'engagement_officer', 'commissioner'],
	/** Build, open and close surveys, and record where feedback was heard. */
	manage_surveys: ['area_admin', 'engagement_officer'],
	/** Run events: set them up, capture words and ratings in the room, manage the wall. */
	run_events: ['area_admin', 'engagement_officer'],
	/** Add, rename, merge and split the area's themes, and log and publish theme decisions. */
	manage_themes: ['area_admin', 'engagement_officer'],
	/** Pick feedback for the double-check sample, and delete votes. */
	run_review: ['area_admin', 'engagement_officer'],
	/** Read and acknowledge safeguarding alerts (with the area's named safeguarding contacts). */
	see_alerts: ['area_admin', 'engagement_officer'],
	/** Review feedback: themes, sentiment, possible quotes. */
	review: ['area_admin', 'engagement_officer', 'youth_board'],
	/** Read everyone's reviews and which feedback is double-checked. */
	read_reviews: ['area_admin', 'engagement_officer', 'commissioner', 'youth_board'],
	/** Record that the board agreed the theme list for a round. */
	ratify_themes: ['area_admin', 'engagement_officer', 'youth_board'],
	/** Start and close dot-votes on themes, and vote in them. */
	vote: ['area_admin', 'engagement_officer', 'youth_board'],
	/** Draft "You said" statements. */
	write_statements: ['area_admin', 'engagement_officer', 'youth_board'],
	/** Agree statements and theme lists as the youth board (changing statements until published). */
	agree_for_board: ['youth_board'],
	/** Publish, archive and change any statement, and choose its quotes, themes and feedback. */
	publish_statements: ['area_admin', 'engagement_officer'],
	/** Reply by name to a piece of feedback that is not flagged (the person sees it with their receipt). */
	reply_to_feedback: ['area_admin', 'engagement_officer'],
	/** Confirm, as the youth board, that what changed for a done action matches what young people said. */
	confirm_done: ['youth_board']
} as const satisfies Record<string, readonly StaffRole[]>;

export type Capability = keyof typeof PERMISSIONS;
export const CAPABILITIES = Object.keys(PERMISSIONS) as Capability[];

/** The roles that hold a capability (a fresh array, safe to pass on). */
export const rolesFor = (...capabilities: Capability[]): StaffRole[] => [
	...new Set(capabilities.flatMap((c): readonly StaffRole[] => PERMISSIONS[c]))
];

/** Does someone holding `roles` in an area have this capability there? */
export const can = (roles: readonly string[], capability: Capability): boolean =>
	(PERMISSIONS[capability] as readonly string[]).some((r) => roles.includes(r));

/** The SQL helper that mirrors a capability. */
export const sqlHelper = (capability: Capability) => `app.can_${capability}`;
