/**
 * "You said" statements in the console (issue 7, item 4): the youth board writes them in young
 * people's own words, chooses their themes, the feedback behind them and quotes (only candidate
 * quotes a reviewer marked, shown as their redacted text), links plan priorities and marks them
 * agreed; engagement officers and area admins publish them. Row-level security and the triggers
 * in supabase/migrations/20261203009000_baseline.sql decide in the end; `can_*` ask the same
 * database helpers so pages only offer what will be allowed. Counts of people are small-number
 * suppressed here, before they leave the server.
 */
import type { Tx } from '../db/types';
import {
	VOICE_ROLE_LABEL,
	type NewStatementInput,
	type StatementInput,
	type StatementStatus
} from '../../schemas/statements';
import { suppress, suppressBreakdown, type Suppressed, type SuppressedBreakdown } from '../../privacy/small-numbers';
import { AGE_LABEL, AGE_ORDER, RESPONDENT_ROLE_ORDER } from '../../vocabulary';

// The capabilities in src/lib/permissions.ts, as the database checks them.
const OFFICER = `app.can_publish_statements(y.area_id)`;
const BOARD = `app.can_agree_for_board(y.area_id)`;
const CAN_EDIT = `(${OFFICER} or (y.status in ('draft', 'agreed') and ${BOARD}))`;
const CAN_LINK = `(${CAN_EDIT} or app.can_link_statements(y.area_id))`;
const THEMES = `coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) order by t.position, t.name)
	from public.you_said_themes yt join public.themes t on t.id = yt.theme_id where yt.you_said_id = y.id), '[]'::jsonb)`;
/** The themes of an item's most recent review the caller can read (its agreed labels). */
const LATEST_THEMES = `(select r.theme_ids from public.feedback_reviews r where r.feedback_item_id = f.id order by r.updated_at desc limit 1)`;

const ROLE_ORDER = RESPONDENT_ROLE_ORDER;

export interface ThemeRef {
	id: string;
	name: string;
}

export interface StatementSummary {
	id: string;
	statement: string;
	status: StatementStatus;
	themes: ThemeRef[];
	quotes: number;
	feedback: number;
	updated_at: Date;
	agreed_at: Date | null;
	published_at: Date | null;
	/** How many people the feedback behind it came from, suppressed. */
	voices: Suppressed;
}

/** The area's statements, newest change first within each status. */
export async function list(tx: Tx, areaId: string): Promise<StatementSummary[]> {
	const { rows } = await tx.query<Omit<StatementSummary, 'voices'>>(
		`select y.id, y.statement, y.status, y.updated_at, y.agreed_at, y.published_at, ${THEMES} as themes,
			(select count(*)::int from public.you_said_quotes q where q.you_said_id = y.id) as quotes,
			(select count(*)::int from public.you_said_feedback yf where yf.you_said_id = y.id) as feedback
		 from public.you_said y where y.area_id = $1
		 order by y.updated_at desc, y.position`,
		[areaId]
	);
	const v = await voices(
		tx,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({ ...r, voices: v.get(r.id)?.total ?? suppress(0) }));
}

export interface Voices {
	total: Suppressed;
	roles: SuppressedBreakdown;
	ages: SuppressedBreakdown;
}

interface VoiceRow {
	you_said_id: string;
	respondent_role: string | null;
	age_band: string | null;
	n: number;
}

function breakdown(
	rows: VoiceRow[],
	key: 'respondent_role' | 'age_band',
	order: string[],
	labels: Record<string, string>
): SuppressedBreakdown {
	const counts = new Map<string, number>();
	for (const r of rows) {
		const k = r[key] && order.includes(r[key]) ? r[key] : 'not_given';
		counts.set(k, (counts.get(k) ?? 0) + r.n);
	}
	return suppressBreakdown(
		order.filter((k) => counts.has(k)).map((k) => ({ label: labels[k] ?? k, count: counts.get(k)! }))
	);
}

/**
 * How many people stand behind each statement and who they are (role, age band), from the
 * feedback behind it and its quotes (`app.statement_voices`), suppressed: 1 to 9 is "fewer than 10".
 */
export async function voices(tx: Tx, ids: string[]): Promise<Map<string, Voices>> {
	const out = new Map<string, Voices>();
	if (!ids.length) return out;
	const { rows } = await tx.query<VoiceRow>(
		`select you_said_id, respondent_role, age_band, n from app.statement_voices($1::uuid[])`,
		[ids]
	);
	const by = new Map<string, VoiceRow[]>();
	for (const r of rows) by.set(r.you_said_id, [...(by.get(r.you_said_id) ?? []), r]);
	for (const [id, list] of by)
		out.set(id, {
			total: suppress(list.reduce((sum, r) => sum + r.n, 0)),
			roles: breakdown(list, 'respondent_role', ROLE_ORDER, VOICE_ROLE_LABEL),
			ages: breakdown(list, 'age_band', AGE_ORDER, AGE_LABEL)
		});
	return out;
}

export interface Quote {
	id: string;
	body: string;
	feedback_item_id: string | null;
	published: boolean;
	/** Still a candidate quote (a quote taken from a plan document always is). */
	available: boolean;
}

export interface FeedbackItem {
	id: string;
	text: string;
	respondent_role: string | null;
	age_band: string | null;
	engagement_title: string;
	theme_ids: string[];
}

export interface StatementDetail extends StatementSummary {
	heard_period: string | null;
	how_heard: string | null;
	where_heard: string | null;
	source_file: string | null;
	quotes_list: Quote[];
	feedback_list: FeedbackItem[];
	priorities: { id: string; number: number; title: string; plan_title: string }[];
	actions: { id: string; title: string; status: string }[];
	voices_detail: Voices | null;
	/** Change the words, themes, quotes and feedback behind it. */
	can_edit: boolean;
	/** Link plan priorities. */
	can_link: boolean;
	/** Publish, archive, or take back to draft (engagement officers and area admins). */
	can_publish: boolean;
	/** Mark agreed (youth board members, while it is a draft). */
	can_agree: boolean;
}

/** One statement of the area with everything its page shows, or null when there is none to read. */
export async function get(tx: Tx, areaId: string, id: string): Promise<StatementDetail | null> {
	const { rows } = await tx.query<
		Omit<StatementDetail, 'voices' | 'voices_detail' | 'quotes_list' | 'feedback_list' | 'priorities' | 'actions'>
	>(
		`select y.id, y.statement, y.status, y.updated_at, y.agreed_at, y.published_at, y.heard_period, y.how_heard,
			y.where_heard, y.source_file, ${THEMES} as themes,
			(select count(*)::int from public.you_said_quotes q where q.you_said_id = y.id) as quotes,
			(select count(*)::int from public.you_said_feedback yf where yf.you_said_id = y.id) as feedback,
			${CAN_EDIT} as can_edit, ${CAN_LINK} as can_link, ${OFFICER} as can_publish,
			(y.status = 'draft' and ${BOARD}) as can_agree
		 from public.you_said y where y.area_id = $1 and y.id = $2`,
		[areaId, id]
	);
	const s = rows[0];
	if (!s) return null;
	const quotes = await tx.query<Quote>(
		`select q.id, q.body, q.feedback_item_id, q.published,
			(q.feedback_item_id is null or app.is_candidate_quote(q.feedback_item_id)) as available
		 from public.you_said_quotes q where q.area_id = $1 and q.you_said_id = $2 order by q.position`,
		[areaId, id]
	);
	const feedback = await tx.query<FeedbackItem>(
		`select f.id, f.redacted_text as text, f.respondent_role, f.age_band, e.title as engagement_title,
			coalesce(${LATEST_THEMES}, '{}') as theme_ids
		 from public.you_said_feedback yf
		 join public.feedback_items f on f.id = yf.feedback_item_id
		 join public.engagements e on e.id = f.engagement_id
		 where yf.area_id = $1 and yf.you_said_id = $2 order by yf.created_at, f.created_at`,
		[areaId, id]
	);
	const priorities = await tx.query<StatementDetail['priorities'][number]>(
		`select p.id, p.number, p.title, pl.title as plan_title
		 from public.you_said_priorities yp join public.priorities p on p.id = yp.priority_id
		 join public.plans pl on pl.id = p.plan_id
		 where yp.area_id = $1 and yp.you_said_id = $2 order by pl.period desc, p.number`,
		[areaId, id]
	);
	const actions = await tx.query<StatementDetail['actions'][number]>(
		`select a.id, a.title, a.status from public.you_said_actions ya join public.actions a on a.id = ya.action_id
		 where ya.area_id = $1 and ya.you_said_id = $2 order by a.title`,
		[areaId, id]
	);
	const v = (await voices(tx, [id])).get(id) ?? null;
	return {
		...s,
		voices: v?.total ?? suppress(0),
		voices_detail: v,
		quotes_list: quotes.rows,
		feedback_list: feedback.rows,
		priorities: priorities.rows,
		actions: actions.rows
	};
}

export interface Candidate extends FeedbackItem {
	/** Its labels share a theme with the statement. */
	matches: boolean;
}

/**
 * Candidate quotes the statement could use: feedback a reviewer marked as a possible quote after
 * checking the redaction, whose author agreed to be quoted, not withdrawn or flagged, and not
 * already quoted. Those sharing a theme with `themeIds` come first.
 */
export async function candidateQuotes(
	tx: Tx,
	areaId: string,
	statementId: string | null,
	themeIds: string[] = []
): Promise<Candidate[]> {
	const { rows } = await tx.query<Candidate>(
		`select f.id, f.redacted_text as text, f.respondent_role, f.age_band, e.title as engagement_title,
			coalesce(l.theme_ids, '{}') as theme_ids, coalesce(l.theme_ids && $3::text[], false) as matches
		 from public.feedback_items f
		 join public.engagements e on e.id = f.engagement_id
		 left join lateral (select r.theme_ids from public.feedback_reviews r where r.feedback_item_id = f.id
			order by r.updated_at desc limit 1) l on true
		 where f.area_id = $1 and f.consent = 'quote' and not f.safeguarding and app.is_candidate_quote(f.id)
			and ($2::uuid is null or not exists (select 1 from public.you_said_quotes q where q.you_said_id = $2 and q.feedback_item_id = f.id))
		 order by matches desc, f.created_at desc
		 limit 100`,
		[areaId, statementId, themeIds]
	);
	return rows;
}

/**
 * Reviewed feedback the statement could stand on: items whose agreed labels share one of
 * `themeIds`, not flagged, not already behind it; newest first, at most `limit`, with how many
 * there are in all.
 */
export async function feedbackChoices(
	tx: Tx,
	areaId: string,
	statementId: string,
	themeIds: string[],
	limit = 50
): Promise<{ items: FeedbackItem[]; total: number }> {
	if (!themeIds.length) return { items: [], total: 0 };
	const { rows } = await tx.query<FeedbackItem & { total: number }>(
		`select f.id, f.redacted_text as text, f.respondent_role, f.age_band, e.title as engagement_title,
			l.theme_ids, count(*) over ()::int as total
		 from public.feedback_items f
		 join public.engagements e on e.id = f.engagement_id
		 join lateral (select r.theme_ids from public.feedback_reviews r where r.feedback_item_id = f.id
			order by r.updated_at desc limit 1) l on true
		 where f.area_id = $1 and not f.safeguarding and l.theme_ids && $3::text[]
			and not exists (select 1 from public.you_said_feedback yf where yf.you_said_id = $2 and yf.feedback_item_id = f.id)
		 order by f.created_at desc
		 limit $4`,
		[areaId, statementId, themeIds, limit]
	);
	return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
}

async function setThemes(tx: Tx, areaId: string, id: string, themeIds: string[]): Promise<void> {
	await tx.query(
		`delete from public.you_said_themes where you_said_id = $1 and area_id = $2 and not (theme_id = any ($3::text[]))`,
		[id, areaId, themeIds]
	);
	await tx.query(
		`insert into public.you_said_themes (you_said_id, theme_id, area_id)
		 select $1, t, $2 from unnest($3::text[]) t
		 where not exists (select 1 from public.you_said_themes yt where yt.you_said_id = $1 and yt.theme_id = t)`,
		[id, areaId, themeIds]
	);
}

/** The themes a statement may use: the area's active themes (defaults and its own). */
export async function themeChoices(tx: Tx, areaId: string): Promise<ThemeRef[]> {
	const { rows } = await tx.query<ThemeRef>(
		`select id, name from public.themes where (area_id is null or area_id = $1) and active
		 order by area_id nulls first, position, name`,
		[areaId]
	);
	return rows;
}

/** A new draft; its id. Starting from a candidate quote attaches it (and counts it as feedback behind the statement). */
export async function create(tx: Tx, areaId: string, input: NewStatementInput): Promise<string> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.you_said (area_id, statement, status, position)
		 values ($1, $2, 'draft', coalesce((select max(position) + 1 from public.you_said where area_id = $1), 0))
		 returning id`,
		[areaId, input.statement]
	);
	const id = rows[0]!.id;
	await setThemes(tx, areaId, id, input.theme_ids);
	if (input.quote_item_id) await addQuote(tx, areaId, id, input.quote_item_id);
	return id;
}

/** New words and themes. False when the caller may not change it (e.g. the board, once published). */
export async function update(tx: Tx, areaId: string, id: string, input: StatementInput): Promise<boolean> {
	const r = await tx.query(`update public.you_said set statement = $3 where area_id = $1 and id = $2`, [
		areaId,
		id,
		input.statement
	]);
	if (r.rowCount === 0) return false;
	await setThemes(tx, areaId, id, input.theme_ids);
	return true;
}

/**
 * Quotes an item. The database copies its redacted text and refuses anything that is not a
 * candidate quote; the item is also counted among the feedback behind the statement.
 */
export async function addQuote(tx: Tx, areaId: string, id: string, itemId: string): Promise<void> {
	await tx.query(
		`insert into public.you_said_quotes (area_id, you_said_id, position, body, feedback_item_id, published)
		 select $1, $2, coalesce((select max(position) + 1 from public.you_said_quotes where you_said_id = $2), 0),
			'(redacted text)', $3, y.status = 'published'
		 from public.you_said y where y.id = $2 and y.area_id = $1`,
		[areaId, id, itemId]
	);
	await tx.query(
		`insert into public.you_said_feedback (you_said_id, feedback_item_id, area_id)
		 select $2, $3, $1 where not exists (select 1 from public.you_said_feedback where you_said_id = $2 and feedback_item_id = $3)`,
		[areaId, id, itemId]
	);
}

export async function removeQuote(tx: Tx, areaId: string, id: string, quoteId: string): Promise<boolean> {
	const r = await tx.query(`delete from public.you_said_quotes where area_id = $1 and you_said_id = $2 and id = $3`, [
		areaId,
		id,
		quoteId
	]);
	return r.rowCount > 0;
}

/**
 * Adds reviewed feedback sharing one of the statement's themes; others among `itemIds` are left
 * out. Returns how many were added.
 */
export async function addFeedback(tx: Tx, areaId: string, id: string, itemIds: string[]): Promise<number> {
	const r = await tx.query(
		`insert into public.you_said_feedback (you_said_id, feedback_item_id, area_id)
		 select $2, f.id, $1 from public.feedback_items f
		 where f.area_id = $1 and f.id = any ($3::uuid[]) and not f.safeguarding
			and ${LATEST_THEMES} && array(select yt.theme_id from public.you_said_themes yt where yt.you_said_id = $2)
			and not exists (select 1 from public.you_said_feedback yf where yf.you_said_id = $2 and yf.feedback_item_id = f.id)`,
		[areaId, id, itemIds]
	);
	return r.rowCount;
}

export async function removeFeedback(tx: Tx, areaId: string, id: string, itemId: string): Promise<boolean> {
	const r = await tx.query(
		`delete from public.you_said_feedback where area_id = $1 and you_said_id = $2 and feedback_item_id = $3`,
		[areaId, id, itemId]
	);
	return r.rowCount > 0;
}

export async function linkPriority(tx: Tx, areaId: string, id: string, priorityId: string): Promise<void> {
	await tx.query(
		`insert into public.you_said_priorities (you_said_id, priority_id, area_id)
		 select $2, $3, $1 where not exists (select 1 from public.you_said_priorities where you_said_id = $2 and priority_id = $3)`,
		[areaId, id, priorityId]
	);
}

export async function unlinkPriority(tx: Tx, areaId: string, id: string, priorityId: string): Promise<boolean> {
	const r = await tx.query(
		`delete from public.you_said_priorities where area_id = $1 and you_said_id = $2 and priority_id = $3`,
		[areaId, id, priorityId]
	);
	return r.rowCount > 0;
}

/** Moves a statement along: only from the status named, so two people acting at once cannot skip a step. */
async function move(
	tx: Tx,
	areaId: string,
	id: string,
	from: StatementStatus[],
	to: StatementStatus
): Promise<boolean> {
	const r = await tx.query(
		`update public.you_said set status = $4 where area_id = $1 and id = $2 and status = any ($3::text[])`,
		[areaId, id, from, to]
	);
	return r.rowCount > 0;
}

/** The board agrees the statement (the database records who and when). */
export const agree = (tx: Tx, areaId: string, id: string) => move(tx, areaId, id, ['draft'], 'agreed');
/** Back to the board: a draft again. Officers may also take back a published or archived one. */
export const backToDraft = (tx: Tx, areaId: string, id: string) =>
	move(tx, areaId, id, ['agreed', 'published', 'archived'], 'draft');
/** Published, with its quotes: only a statement the board agreed, only by an officer or area admin. */
export async function publish(tx: Tx, areaId: string, id: string): Promise<boolean> {
	const r = await tx.query(
		`update public.you_said y set status = 'published' where y.area_id = $1 and y.id = $2 and y.status = 'agreed' and ${OFFICER}`,
		[areaId, id]
	);
	return r.rowCount > 0;
}
/** Off the public board, kept for the record. */
export const archive = (tx: Tx, areaId: string, id: string) =>
	move(tx, areaId, id, ['published', 'agreed', 'draft'], 'archived');
