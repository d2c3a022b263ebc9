/**
 * The theme list and its decisions (new, rename, merge, split, ratify) with their log, and the
 * possible new themes the analyser suggests. Re-exported by services/review.ts.
 */
import { slugify } from '../../slug';
import type { Tx } from '../db/types';
import type { EmergingCandidate } from '../../nlp';
import * as analysis from './analysis';

export interface Theme {
	id: string;
	name: string;
	description: string;
	keywords: string[];
	active: boolean;
	/** The area's own theme (false: one of the default themes every area shares). */
	own: boolean;
}

/** The area's themes (the defaults and its own), active first, in list order. */
export async function themes(tx: Tx, areaId: string): Promise<Theme[]> {
	const { rows } = await tx.query<Theme>(
		`select id, name, description, keywords, active, area_id is not null as own from public.themes
		 where area_id is null or area_id = $1
		 order by not active, area_id nulls first, position, name`,
		[areaId]
	);
	return rows;
}

export interface Decision {
	id: string;
	kind: 'new' | 'rename' | 'merge' | 'split' | 'ratify';
	origin: 'person' | 'emerging';
	summary: string;
	reason: string;
	theme_ids: string[];
	from_theme_ids: string[];
	round_title: string | null;
	/** The role of the person who made it (not their name: published entries are public). */
	decided_by: string | null;
	decided_at: Date;
	published: boolean;
}

/** The area's decision log, newest first. */
export async function decisions(tx: Tx, areaId: string): Promise<Decision[]> {
	const { rows } = await tx.query<Decision>(
		`select d.id, d.kind, d.origin, d.summary, d.reason, d.theme_ids, d.from_theme_ids, r.title as round_title,
			d.details ->> 'by' as decided_by, d.decided_at, d.published
		 from public.theme_decisions d left join public.review_rounds r on r.id = d.round_id
		 where d.area_id = $1 order by d.decided_at desc, d.id`,
		[areaId]
	);
	return rows;
}

/** The published part of an area's decision log, for the public (anyone may read it). */
export async function publishedDecisions(tx: Tx, areaId: string): Promise<Omit<Decision, 'published'>[]> {
	const { rows } = await tx.query<Omit<Decision, 'published'>>(
		`select d.id, d.kind, d.origin, d.summary, d.reason, d.theme_ids, d.from_theme_ids, null::text as round_title, d.details ->> 'by' as decided_by, d.decided_at
		 from public.theme_decisions d where d.area_id = $1 and d.published order by d.decided_at desc, d.id`,
		[areaId]
	);
	return rows;
}

export interface Round {
	id: string;
	title: string;
	theme_ids: string[];
	notes: string;
	engagement_title: string | null;
	ratified_at: Date;
}

export async function rounds(tx: Tx, areaId: string): Promise<Round[]> {
	const { rows } = await tx.query<Round>(
		`select r.id, r.title, r.theme_ids, r.notes, e.title as engagement_title, r.ratified_at
		 from public.review_rounds r left join public.engagements e on e.id = r.engagement_id
		 where r.area_id = $1 order by r.ratified_at desc`,
		[areaId]
	);
	return rows;
}

/** Who made a decision: their id, and their role in words (the log shows roles, not names). */
export interface Actor {
	id: string;
	role: string;
}

async function log(
	tx: Tx,
	areaId: string,
	by: Actor,
	d: {
		kind: Decision['kind'];
		summary: string;
		reason?: string;
		theme_ids?: string[];
		from_theme_ids?: string[];
		origin?: Decision['origin'];
		round_id?: string;
		details?: Record<string, unknown>;
	}
): Promise<string> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.theme_decisions (area_id, kind, origin, summary, reason, theme_ids, from_theme_ids, round_id, details, decided_by)
		 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
		[
			areaId,
			d.kind,
			d.origin ?? 'person',
			d.summary.slice(0, 1000),
			d.reason ?? '',
			d.theme_ids ?? [],
			d.from_theme_ids ?? [],
			d.round_id ?? null,
			JSON.stringify({ ...d.details, by: by.role }),
			by.id
		]
	);
	return rows[0]!.id;
}

/**
 * Logs a change to the area's theme list and makes it take effect at once: the analyser keeps an
 * area's themes for a while, so they are forgotten when the change commits.
 */
async function changed(
	tx: Tx,
	areaId: string,
	by: Actor,
	d: Parameters<typeof log>[3] & { theme_ids: string[] }
): Promise<DecisionResult> {
	const id = await log(tx, areaId, by, d);
	tx.afterCommit(() => analysis.forgetInputs(areaId));
	return { ok: true, id, themeIds: d.theme_ids };
}

/** A theme id from its name, unique across every area: "{area slug}-{words}". */
async function newThemeId(tx: Tx, areaSlug: string, name: string): Promise<string> {
	const words = slugify(name, 40);
	const base = `${areaSlug}-${words || 'theme'}`.slice(0, 55).replace(/-+$/, '');
	for (let i = 1; i < 100; i++) {
		const id = i === 1 ? base : `${base}-${i}`;
		const { rows } = await tx.query<{ taken: boolean }>(
			`select exists (select 1 from public.themes where id = $1) as taken`,
			[id]
		);
		if (!rows[0]!.taken) return id;
	}
	throw new Error('Could not find a free theme id');
}

async function insertTheme(
	tx: Tx,
	areaId: string,
	areaSlug: string,
	t: { name: string; description?: string; keywords?: string[] }
): Promise<string> {
	const id = await newThemeId(tx, areaSlug, t.name);
	await tx.query(
		`insert into public.themes (id, area_id, name, description, keywords, position)
		 values ($1, $2, $3, $4, $5, coalesce((select max(position) + 1 from public.themes where area_id is null or area_id = $2), 0))`,
		[id, areaId, t.name, t.description ?? '', t.keywords ?? []]
	);
	return id;
}

export type DecisionResult =
	{ ok: true; id: string; themeIds: string[] } | { ok: false; errors: Record<string, string> };

/** A new theme of the area's own; `emerging` names the suggested phrase it came from, if any. */
export async function addTheme(
	tx: Tx,
	area: { id: string; slug: string },
	by: Actor,
	t: { name: string; description: string; keywords: string[]; reason: string; emerging?: string }
): Promise<DecisionResult> {
	const clash = (await themes(tx, area.id)).find((x) => x.active && x.name.toLowerCase() === t.name.toLowerCase());
	if (clash) return { ok: false, errors: { name: `There is already a theme called "${clash.name}"` } };
	const id = await insertTheme(tx, area.id, area.slug, t);
	const summary = t.emerging
		? `Added a new theme, "${t.name}", from words that kept coming up in feedback ("${t.emerging}")`
		: `Added a new theme, "${t.name}"`;
	return changed(tx, area.id, by, {
		kind: 'new',
		origin: t.emerging ? 'emerging' : 'person',
		summary,
		reason: t.reason,
		theme_ids: [id],
		details: t.emerging ? { phrase: t.emerging } : {}
	});
}

async function ownTheme(tx: Tx, areaId: string, id: string): Promise<Theme | undefined> {
	return (await themes(tx, areaId)).find((t) => t.id === id && t.own && t.active);
}

const SHARED =
	'This is one of the shared themes every area uses, so it cannot be changed here. Add a theme of your own instead.';

export async function renameTheme(
	tx: Tx,
	areaId: string,
	by: Actor,
	v: { theme: string; name: string; reason: string }
): Promise<DecisionResult> {
	const t = await ownTheme(tx, areaId, v.theme);
	if (!t) return { ok: false, errors: { theme: SHARED } };
	if (t.name === v.name) return { ok: false, errors: { name: 'Type the new name' } };
	await tx.query(`update public.themes set name = $3 where area_id = $1 and id = $2`, [areaId, t.id, v.name]);
	return changed(tx, areaId, by, {
		kind: 'rename',
		summary: `Renamed "${t.name}" to "${v.name}"`,
		reason: v.reason,
		theme_ids: [t.id],
		from_theme_ids: [t.id],
		details: { from: t.name, to: v.name }
	});
}

/** Merges one of the area's themes into another theme: it is retired and its labels move. */
export async function mergeTheme(
	tx: Tx,
	areaId: string,
	by: Actor,
	v: { from: string; into: string; reason: string }
): Promise<DecisionResult> {
	const list = await themes(tx, areaId);
	const from = list.find((t) => t.id === v.from && t.own && t.active);
	if (!from) return { ok: false, errors: { from: SHARED } };
	const into = list.find((t) => t.id === v.into && t.active);
	if (!into) return { ok: false, errors: { into: 'Choose the theme to merge it into' } };
	await tx.query(`update public.themes set active = false where area_id = $1 and id = $2`, [areaId, from.id]);
	const moved =
		(await tx.query<{ n: number }>(`select app.merge_theme_labels($1, $2, $3) as n`, [areaId, from.id, into.id]))
			.rows[0]?.n ?? 0;
	return changed(tx, areaId, by, {
		kind: 'merge',
		summary: `Merged "${from.name}" into "${into.name}"`,
		reason: v.reason,
		theme_ids: [into.id],
		from_theme_ids: [from.id],
		details: { reviews_moved: moved }
	});
}

/**
 * Splits one of the area's themes into new ones. The old theme is retired; feedback labelled with
 * it keeps the old label until someone reviews it again (the queue's theme filter finds it).
 */
export async function splitTheme(
	tx: Tx,
	area: { id: string; slug: string },
	by: Actor,
	v: { theme: string; names: string[]; reason: string }
): Promise<DecisionResult> {
	const list = await themes(tx, area.id);
	const from = list.find((t) => t.id === v.theme && t.own && t.active);
	if (!from) return { ok: false, errors: { theme: SHARED } };
	const taken = v.names.find((n) =>
		list.some((t) => t.active && t.id !== from.id && t.name.toLowerCase() === n.toLowerCase())
	);
	if (taken) return { ok: false, errors: { names: `There is already a theme called "${taken}"` } };
	if (new Set(v.names.map((n) => n.toLowerCase())).size !== v.names.length)
		return { ok: false, errors: { names: 'Give each new theme a different name' } };
	const ids: string[] = [];
	for (const name of v.names) ids.push(await insertTheme(tx, area.id, area.slug, { name }));
	await tx.query(`update public.themes set active = false where area_id = $1 and id = $2`, [area.id, from.id]);
	const last = v.names.at(-1)!;
	const listed =
		v.names.length === 2
			? `"${v.names[0]}" and "${last}"`
			: `${v.names
					.slice(0, -1)
					.map((n) => `"${n}"`)
					.join(', ')} and "${last}"`;
	return changed(tx, area.id, by, {
		kind: 'split',
		summary: `Split "${from.name}" into ${listed}`,
		reason: v.reason,
		theme_ids: ids,
		from_theme_ids: [from.id]
	});
}

/** The youth board agrees the current theme list for a round; it goes into the log. */
export async function ratify(
	tx: Tx,
	areaId: string,
	by: Actor,
	v: { title: string; engagement: string; notes: string }
): Promise<DecisionResult> {
	const active = (await themes(tx, areaId)).filter((t) => t.active);
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.review_rounds (area_id, title, engagement_id, theme_ids, notes, ratified_by)
		 values ($1, $2, $3, $4, $5, $6) returning id`,
		[areaId, v.title, v.engagement || null, active.map((t) => t.id), v.notes, by.id]
	);
	const round = rows[0]!.id;
	const id = await log(tx, areaId, by, {
		kind: 'ratify',
		summary: `The youth board agreed the list of ${active.length} themes for "${v.title}"`,
		reason: v.notes,
		theme_ids: active.map((t) => t.id),
		round_id: round
	});
	return { ok: true, id, themeIds: active.map((t) => t.id) };
}

export async function setPublished(tx: Tx, areaId: string, id: string, published: boolean): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.theme_decisions set published = $3, published_at = case when $3 then coalesce(published_at, now()) end
		 where area_id = $1 and id = $2 returning 1`,
		[areaId, id, published]
	);
	return rows.length > 0;
}

/**
 * Possible new themes: phrases that keep coming up in feedback that fits no theme well (from the
 * feedback this person can read, redacted). Phrases already suggested as a theme are left out.
 */
export async function emerging(tx: Tx, areaId: string, limit = 5): Promise<EmergingCandidate[]> {
	const { rows } = await tx.query<{ id: string; text: string }>(
		`select id, redacted_text as text from public.feedback_items where area_id = $1 order by created_at desc limit 2000`,
		[areaId]
	);
	if (rows.length < 10) return [];
	const analyser = await analysis.analyserFor(tx, areaId);
	const taken = new Set(
		(
			await tx.query<{ phrase: string }>(
				`select lower(details ->> 'phrase') as phrase from public.theme_decisions where area_id = $1 and origin = 'emerging'`,
				[areaId]
			)
		).rows.map((r) => r.phrase)
	);
	return analyser
		.emergingThemes(rows, { limit: limit + taken.size })
		.filter((c) => !taken.has(c.phrase.toLowerCase()))
		.slice(0, limit);
}

/** Names for theme ids (retired themes included), for display. */
export function namer(list: Theme[]): (id: string) => string {
	const names = new Map(list.map((t) => [t.id, t.name]));
	return (id) => names.get(id) ?? id;
}
