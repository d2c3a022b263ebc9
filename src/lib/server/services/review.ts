/**
 * Reviewing feedback: the queue, reviews, the double-check sample, how often suggestions were
 * right and how well reviewers agree; re-exported from review-themes.ts, the theme decisions
 * (new, rename, merge, split, ratify) with their log, and from review-model.ts, the model.
 * Row-level security decides what each person sees and changes; every function runs inside the
 * caller's transaction (asStaff), except `trainingExamples`, which the background retrain job
 * runs through the privileged path.
 */
import type { Tx } from '../db/types';
import type { AreaRole } from '../auth/sessions';
import type { QueueFilters } from '../../schemas/review';
import { suggestionAccuracy, type Accuracy } from '../../review/accuracy';
import {
	agreementByTheme,
	overallAgreement,
	type CodedPair,
	type OverallAgreement,
	type ThemeAgreement
} from '../../review/agreement';
import { themes } from './review-themes';
import { inputsFor } from './analysis';
import { BATCH_SIZE, pickBatch } from '../../review/batch';
import { rolesFor } from '../../permissions';
import type { Consent } from '../../vocabulary';
export * from './review-themes';
export * from './review-model';

/** Who reviews feedback. */
export const REVIEWERS: AreaRole[] = rolesFor('review');
/** Who manages the sample, the theme list and the model. */
export const OFFICERS: AreaRole[] = rolesFor('run_review', 'manage_themes');
/** Who ratifies a theme list. */
export const RATIFIERS: AreaRole[] = rolesFor('ratify_themes');

/** Surveys and events with feedback this person can read, for the queue's filter. */
export async function engagements(tx: Tx, areaId: string): Promise<{ id: string; title: string; items: number }[]> {
	const { rows } = await tx.query<{ id: string; title: string; items: number }>(
		`select e.id, e.title, count(f.id)::int as items
		 from public.engagements e join public.feedback_items f on f.engagement_id = e.id
		 where e.area_id = $1 group by e.id, e.title order by e.title`,
		[areaId]
	);
	return rows;
}

/** Surveys and events of the area (for naming the round a theme list is for). */
export async function allEngagements(tx: Tx, areaId: string): Promise<{ id: string; title: string }[]> {
	const { rows } = await tx.query<{ id: string; title: string }>(
		`select id, title from public.engagements where area_id = $1 and kind <> 'reported' order by created_at desc limit 200`,
		[areaId]
	);
	return rows;
}

// The queue -----------------------------------------------------------------------------------

/**
 * "Still needs this person's review": they have not reviewed it, and it has fewer reviews than it
 * needs (1, or 2 in the double-check sample). Reviews the person cannot see (another person's, on a
 * double-check item) are not counted, which is right: such an item still needs a second person.
 */
const NEEDS_ME = `not exists (select 1 from public.feedback_reviews m where m.feedback_item_id = f.id and m.reviewer_id = auth.uid())
	and (select count(*) from public.feedback_reviews c where c.feedback_item_id = f.id)
		< case when exists (select 1 from public.review_samples s where s.feedback_item_id = f.id) then 2 else 1 end`;

/** Reviewed enough: once, or twice in the double-check sample. */
const DONE = `(select count(*) from public.feedback_reviews c where c.feedback_item_id = f.id)
	>= case when exists (select 1 from public.review_samples s where s.feedback_item_id = f.id) then 2 else 1 end`;

/** WHERE for the filters on feedback_items f (not `show`); params continue from `params`. */
function filterWhere(areaId: string, f: QueueFilters, params: unknown[]): string {
	params.push(areaId);
	const parts = [`f.area_id = $${params.length}`];
	const add = (sql: (n: string) => string, value: unknown) => {
		params.push(value);
		parts.push(sql(`$${params.length}`));
	};
	if (f.engagement) add((n) => `f.engagement_id = ${n}`, f.engagement);
	if (f.theme)
		add(
			(n) => `(${n} = any (f.suggested_theme_ids) or exists (
				select 1 from public.feedback_reviews t where t.feedback_item_id = f.id and ${n} = any (t.theme_ids)))`,
			f.theme
		);
	if (f.role) add((n) => `f.respondent_role = ${n}`, f.role);
	if (f.age_band) add((n) => `f.age_band = ${n}`, f.age_band);
	if (f.from) add((n) => `f.created_at >= (${n}::date::timestamp at time zone 'Europe/London')`, f.from);
	if (f.to) add((n) => `f.created_at < ((${n}::date + 1)::timestamp at time zone 'Europe/London')`, f.to);
	return parts.join(' and ');
}

export interface Progress {
	/** Items in the filter. */
	total: number;
	/** Of those, reviewed enough (once, or twice in the double-check sample). */
	reviewed: number;
	/** Of those, still needing this person's review. */
	forMe: number;
	/** Reviewed by this person. */
	mine: number;
}

export async function progress(tx: Tx, areaId: string, filters: QueueFilters): Promise<Progress> {
	const params: unknown[] = [];
	const where = filterWhere(areaId, filters, params);
	const { rows } = await tx.query<Progress>(
		`select count(*)::int as total,
			count(*) filter (where ${DONE})::int as reviewed,
			count(*) filter (where ${NEEDS_ME})::int as "forMe",
			count(*) filter (where exists (select 1 from public.feedback_reviews m where m.feedback_item_id = f.id and m.reviewer_id = auth.uid()))::int as mine
		 from public.feedback_items f where ${where}`,
		params
	);
	return rows[0] ?? { total: 0, reviewed: 0, forMe: 0, mine: 0 };
}

export interface ReviewChoice {
	theme_ids: string[];
	rejected_theme_ids: string[];
	candidate_quote: boolean;
	redaction_checked: boolean;
	updated_at: Date;
}

export interface QueueItem {
	id: string;
	redacted_text: string;
	/** The words as typed: only for engagement officers and area admins (row-level security). */
	original_text: string | null;
	created_at: Date;
	respondent_role: string | null;
	age_band: string | null;
	locality: string | null;
	consent: Consent;
	safeguarding: boolean;
	engagement_title: string | null;
	/** Suggested themes, best first, with the analyser's score (0..1). */
	suggested: { id: string; score: number }[];
	sampled: boolean;
	mine: ReviewChoice | null;
	/** Other people's reviews this person may see (none on a double-check item until allowed). */
	others: ReviewChoice[];
}

type ItemRow = Omit<QueueItem, 'suggested' | 'mine' | 'others'> & {
	suggested_theme_ids: string[];
	suggested_themes: Record<string, number>;
	reviews: (ReviewChoice & { reviewer_id: string })[] | null;
	me: string | null;
};

const ITEM_SELECT = `select f.id, f.redacted_text, o.original_text, f.created_at, f.respondent_role, f.age_band, f.locality,
		f.consent, f.safeguarding, e.title as engagement_title, f.suggested_theme_ids, f.suggested_themes,
		exists (select 1 from public.review_samples s where s.feedback_item_id = f.id) as sampled,
		auth.uid()::text as me,
		(select jsonb_agg(jsonb_build_object('reviewer_id', r.reviewer_id, 'theme_ids', r.theme_ids,
			'rejected_theme_ids', r.rejected_theme_ids, 'candidate_quote', r.candidate_quote,
			'redaction_checked', r.redaction_checked, 'updated_at', r.updated_at) order by r.created_at)
		 from public.feedback_reviews r where r.feedback_item_id = f.id) as reviews
	from public.feedback_items f
	left join public.feedback_originals o on o.feedback_item_id = f.id
	left join public.engagements e on e.id = f.engagement_id`;

function toItem(row: ItemRow): QueueItem {
	const { suggested_theme_ids, suggested_themes, reviews, me, ...rest } = row;
	const all = reviews ?? [];
	const strip = ({ reviewer_id: _r, ...r }: ReviewChoice & { reviewer_id: string }): ReviewChoice => ({
		...r,
		updated_at: new Date(r.updated_at)
	});
	const mine = all.find((r) => r.reviewer_id === me);
	return {
		...rest,
		suggested: suggested_theme_ids
			.map((id) => ({ id, score: suggested_themes[id] ?? 0 }))
			.sort((a, b) => b.score - a.score),
		mine: mine ? strip(mine) : null,
		others: all.filter((r) => r.reviewer_id !== me).map(strip)
	};
}

export async function item(tx: Tx, areaId: string, id: string): Promise<QueueItem | null> {
	const { rows } = await tx.query<ItemRow>(`${ITEM_SELECT} where f.area_id = $1 and f.id = $2`, [areaId, id]);
	return rows[0] ? toItem(rows[0]) : null;
}

export interface Queue {
	item: QueueItem | null;
	/** The item before and after this one in the list, for "previous" and "next". */
	previousId: string | null;
	nextId: string | null;
	/** Where this item is in the list (1-based) and how long the list is. */
	position: number;
	count: number;
}

/**
 * The list's current item: `currentId` when given (and visible), else the first in the list. The
 * list is oldest first, filtered, and with show='todo' only items that still need this person.
 */
export async function queue(tx: Tx, areaId: string, filters: QueueFilters, currentId?: string): Promise<Queue> {
	const params: unknown[] = [];
	let where = filterWhere(areaId, filters, params);
	if (filters.show === 'todo') where += ` and ${NEEDS_ME}`;
	const count =
		(await tx.query<{ n: number }>(`select count(*)::int as n from public.feedback_items f where ${where}`, params))
			.rows[0]?.n ?? 0;
	let current: QueueItem | null = currentId ? await item(tx, areaId, currentId) : null;
	if (!current) {
		const first = await tx.query<{ id: string }>(
			`select f.id from public.feedback_items f where ${where} order by f.created_at, f.id limit 1`,
			params
		);
		current = first.rows[0] ? await item(tx, areaId, first.rows[0].id) : null;
	}
	if (!current) return { item: null, previousId: null, nextId: null, position: 0, count };
	// Compared in SQL: created_at has microseconds, which a JavaScript Date would lose.
	const id = `$${params.length + 1}::uuid`;
	const key = `((select x.created_at from public.feedback_items x where x.id = ${id}), ${id})`;
	const around = [...params, current.id];
	const next = await tx.query<{ id: string }>(
		`select f.id from public.feedback_items f where ${where} and (f.created_at, f.id) > ${key}
		 order by f.created_at, f.id limit 1`,
		around
	);
	const prev = await tx.query<{ id: string }>(
		`select f.id from public.feedback_items f where ${where} and (f.created_at, f.id) < ${key}
		 order by f.created_at desc, f.id desc limit 1`,
		around
	);
	const before = await tx.query<{ n: number }>(
		`select count(*)::int as n from public.feedback_items f where ${where} and (f.created_at, f.id) < ${key}`,
		around
	);
	// An item asked for by id may not be in the filtered list (e.g. just reviewed): position 0.
	const inList =
		(await tx.query(`select 1 from public.feedback_items f where ${where} and f.id = ${id}`, around)).rows.length > 0;
	return {
		item: current,
		previousId: prev.rows[0]?.id ?? null,
		nextId: next.rows[0]?.id ?? null,
		position: inList ? (before.rows[0]?.n ?? 0) + 1 : 0,
		count
	};
}

// Batches --------------------------------------------------------------------------------------

/** How many waiting items a new batch is chosen from (the oldest), so a big survey stays quick. */
const BATCH_POOL = 5000;

/**
 * A new batch: up to `size` items that still need this person's review (within the filters), the
 * least certain first by the area's own model and cut-offs (uncertainty sampling).
 */
export async function startBatch(
	tx: Tx,
	areaId: string,
	filters: QueueFilters,
	size: number = BATCH_SIZE
): Promise<string[]> {
	const params: unknown[] = [];
	const where = `${filterWhere(areaId, filters, params)} and ${NEEDS_ME}`;
	params.push(BATCH_POOL);
	const { rows } = await tx.query<{ id: string; scores: Record<string, number> }>(
		`select f.id, f.suggested_themes as scores from public.feedback_items f where ${where}
		 order by f.created_at, f.id limit $${params.length}`,
		params
	);
	if (!rows.length) return [];
	const { themes: active, model } = await inputsFor(tx, areaId);
	return pickBatch(
		rows,
		active.map((t) => t.id),
		model,
		size
	).map((p) => p.id);
}

/** Of a batch's items: those this person can still see, and those they have reviewed. */
export async function batchStatus(
	tx: Tx,
	areaId: string,
	ids: readonly string[]
): Promise<{ visible: Set<string>; reviewed: Set<string> }> {
	const { rows } = await tx.query<{ id: string; mine: boolean }>(
		`select f.id, exists (select 1 from public.feedback_reviews m where m.feedback_item_id = f.id and m.reviewer_id = auth.uid()) as mine
		 from public.feedback_items f where f.area_id = $1 and f.id = any ($2::uuid[])`,
		[areaId, ids]
	);
	return { visible: new Set(rows.map((r) => r.id)), reviewed: new Set(rows.filter((r) => r.mine).map((r) => r.id)) };
}

export interface ReviewInput {
	itemId: string;
	/** For each suggested theme: 'yes' (confirmed) or 'no' (rejected). */
	decisions: Record<string, 'yes' | 'no'>;
	/** Themes added that were not suggested. */
	added: string[];
	redactionChecked: boolean;
	candidateQuote: boolean;
}

export type SaveResult = { ok: true; themeIds: string[] } | { ok: false; errors: Record<string, string> };

/**
 * Saves (or replaces) this person's review of an item. Every suggested theme needs a yes or no; a
 * possible quote needs the author's consent and the redaction checked. The database checks the
 * same again (policy, trigger and constraint).
 */
export async function saveReview(
	tx: Tx,
	areaId: string,
	reviewerId: string,
	input: ReviewInput,
	nameOf: (id: string) => string
): Promise<SaveResult> {
	const it = await item(tx, areaId, input.itemId);
	if (!it) return { ok: false, errors: { form: 'We could not find that feedback. It may have been withdrawn.' } };
	const errors: Record<string, string> = {};
	for (const s of it.suggested) if (!input.decisions[s.id]) errors[`s_${s.id}`] = `Say yes or no to "${nameOf(s.id)}"`;
	const active = new Set((await themes(tx, areaId)).filter((t) => t.active).map((t) => t.id));
	const suggested = new Set(it.suggested.map((s) => s.id));
	const added = input.added.filter((id) => !suggested.has(id));
	if (added.some((id) => !active.has(id))) errors.add = 'Choose themes from the list';
	if (input.candidateQuote && it.consent !== 'quote')
		errors.candidate_quote = 'The person who wrote this did not agree to be quoted, so it cannot be a quote';
	else if (input.candidateQuote && !input.redactionChecked)
		errors.redaction_checked = 'Tick to say you checked that no names or other details are left in the words';
	if (Object.keys(errors).length) return { ok: false, errors };
	const confirmed = [...it.suggested.filter((s) => input.decisions[s.id] === 'yes').map((s) => s.id), ...added];
	const rejected = it.suggested.filter((s) => input.decisions[s.id] === 'no').map((s) => s.id);
	await tx.query(
		`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids, rejected_theme_ids, candidate_quote, redaction_checked)
		 values ($1, $2, $3, $4, $5, $6, $7)
		 on conflict (feedback_item_id, reviewer_id) do update set theme_ids = excluded.theme_ids,
			rejected_theme_ids = excluded.rejected_theme_ids, candidate_quote = excluded.candidate_quote,
			redaction_checked = excluded.redaction_checked, updated_at = now()`,
		[areaId, it.id, reviewerId, confirmed, rejected, input.candidateQuote, input.redactionChecked]
	);
	return { ok: true, themeIds: confirmed };
}

// The agreed labels ---------------------------------------------------------------------------

export interface Label {
	feedback_item_id: string;
	/** The confirmed themes: from the most recent review of the item. */
	theme_ids: string[];
	suggested_theme_ids: string[];
	/** Marked as a possible quote by anyone, and the author still agrees to be quoted. */
	candidate_quote: boolean;
	reviewed_at: Date;
}

/**
 * Each reviewed item's agreed labels, as far as this person can see: the most recent review wins.
 * (Double-check items count once two people have reviewed them, or once this person has.)
 */
export async function labels(tx: Tx, areaId: string): Promise<Label[]> {
	const { rows } = await tx.query<Label>(
		`select distinct on (r.feedback_item_id) r.feedback_item_id, r.theme_ids, f.suggested_theme_ids,
			(f.consent = 'quote' and exists (select 1 from public.feedback_reviews q
				where q.feedback_item_id = f.id and q.candidate_quote and q.redaction_checked)) as candidate_quote,
			r.updated_at as reviewed_at
		 from public.feedback_reviews r join public.feedback_items f on f.id = r.feedback_item_id
		 where r.area_id = $1
		 order by r.feedback_item_id, r.updated_at desc`,
		[areaId]
	);
	return rows;
}

/** How often the analyser's suggestions matched what reviewers confirmed, per active theme used. */
export async function accuracy(tx: Tx, areaId: string): Promise<Accuracy> {
	const all = await labels(tx, areaId);
	const result = suggestionAccuracy(all.map((l) => ({ suggested: l.suggested_theme_ids, confirmed: l.theme_ids })));
	return { ...result, rows: result.rows.filter((r) => r.suggested + r.confirmed > 0) };
}

/** Feedback marked as a possible quote, whose author agreed to be quoted (newest first). */
export async function candidateQuotes(tx: Tx, areaId: string): Promise<{ id: string; redacted_text: string }[]> {
	const { rows } = await tx.query<{ id: string; redacted_text: string }>(
		`select f.id, f.redacted_text from public.feedback_items f
		 where f.area_id = $1 and f.consent = 'quote'
			and exists (select 1 from public.feedback_reviews q where q.feedback_item_id = f.id and q.candidate_quote and q.redaction_checked)
		 order by f.created_at desc`,
		[areaId]
	);
	return rows;
}

// The double-check sample and agreement --------------------------------------------------------

/**
 * Adds up to `size` items from the filtered list that nobody has reviewed yet, picked at random,
 * to the double-check sample. Returns how many were added.
 */
export async function addSample(tx: Tx, areaId: string, filters: QueueFilters, size: number): Promise<number> {
	const params: unknown[] = [];
	const where = filterWhere(areaId, filters, params);
	params.push(size);
	const { rows } = await tx.query(
		`insert into public.review_samples (area_id, feedback_item_id)
		 select f.area_id, f.id from public.feedback_items f
		 where ${where}
			and not exists (select 1 from public.review_samples s where s.feedback_item_id = f.id)
			and not exists (select 1 from public.feedback_reviews r where r.feedback_item_id = f.id)
		 order by random() limit $${params.length}
		 returning 1`,
		params
	);
	return rows.length;
}

/** Puts one item into the double-check sample, or takes it out. */
export async function setSampled(tx: Tx, areaId: string, itemId: string, sampled: boolean): Promise<boolean> {
	const { rows } = sampled
		? await tx.query(
				`insert into public.review_samples (area_id, feedback_item_id)
				 select area_id, id from public.feedback_items where area_id = $1 and id = $2
				 on conflict (feedback_item_id) do nothing returning 1`,
				[areaId, itemId]
			)
		: await tx.query(`delete from public.review_samples where area_id = $1 and feedback_item_id = $2 returning 1`, [
				areaId,
				itemId
			]);
	return rows.length > 0;
}

export interface Agreement {
	/** Items in the sample, and of those, coded by two people. */
	sampled: number;
	pairs: number;
	overall: OverallAgreement;
	/** Per theme either reviewer used. */
	themes: ThemeAgreement[];
}

/**
 * Agreement on the double-check sample: for each item two people have coded, the first two
 * reviews. (Row-level security shows both only once two people have coded the item.)
 */
export async function agreement(tx: Tx, areaId: string): Promise<Agreement> {
	const sampled =
		(await tx.query<{ n: number }>(`select count(*)::int as n from public.review_samples where area_id = $1`, [areaId]))
			.rows[0]?.n ?? 0;
	const { rows } = await tx.query<{ codes: string[][] }>(
		`select jsonb_agg(to_jsonb(r.theme_ids) order by r.created_at, r.id) as codes
		 from public.review_samples s join public.feedback_reviews r on r.feedback_item_id = s.feedback_item_id
		 where s.area_id = $1
		 group by s.feedback_item_id having count(*) >= 2`,
		[areaId]
	);
	const pairs: CodedPair[] = rows.map(({ codes: [a, b] }) => ({ a: a ?? [], b: b ?? [] }));
	const used = [...new Set(pairs.flatMap((p) => [...p.a, ...p.b]))].sort();
	return { sampled, pairs: pairs.length, overall: overallAgreement(pairs), themes: agreementByTheme(pairs, used) };
}
