/**
 * Text analysis for an area, on arrival of feedback: themes (the area's taxonomy and trained
 * model), sentiment, safeguarding and redaction. Surveys, events and imports call `analyse`
 * inside the request's transaction. Analysers are cached per area and model version, since
 * building one takes milliseconds and a request should take less; the inputs they are built from
 * are kept for 30 s per area (`cachedInputsFor`), since reading them cost a round trip per answer.
 */
import type { Tx } from '../db/types';
import { lruCache } from '../cache';
import {
	builtInModel,
	createAnalyser,
	loadModel,
	train,
	type Analyser,
	type Analysis,
	type Role,
	type ThemeDef,
	type ThemeModel,
	type TrainingExample
} from '../../nlp';

export interface AreaAnalysisInputs {
	themes: ThemeDef[];
	model: ThemeModel;
	/** Identifies this version of the themes and model, for caching. */
	version: string;
}

/** The area's active themes (shared ones first), its stored model, and whether the area is published. */
const INPUTS_SQL = `select
	(select a.published from public.areas a where a.id = $1) as published,
	coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name, 'description', t.description, 'keywords', t.keywords)
			order by t.area_id nulls first, t.position, t.id)
		from public.themes t where t.active and (t.area_id is null or t.area_id = $1)), '[]'::json) as themes,
	m.model, m.trained_at
 from (values (1)) as one (x) left join app.area_model($1) as m on true`;

async function readInputs(tx: Tx, areaId: string): Promise<{ inputs: AreaAnalysisInputs; published: boolean }> {
	const { rows } = await tx.query<{
		published: boolean | null;
		themes: { id: string; name: string; description: string; keywords: string[] }[];
		model: unknown;
		trained_at: Date | string | null;
	}>(INPUTS_SQL, [areaId]);
	const r = rows[0]!;
	const themes = r.themes.map((t) => ({ id: t.id, name: t.name, description: t.description, keywords: t.keywords }));
	const trained = r.trained_at === null ? null : new Date(r.trained_at);
	return {
		inputs: {
			themes,
			model: trained ? loadModel(r.model) : builtInModel,
			version: `${areaId}:${trained ? trained.toISOString() : 'built-in'}:${themes.map((t) => `${t.id}/${t.keywords.join(',')}`).join('|')}`
		},
		published: r.published === true
	};
}

/**
 * The area's themes and model as they are now, as this transaction's caller may see them (one
 * query). For retraining and the command line, which must not work from a stale theme list.
 */
export async function inputsFor(tx: Tx, areaId: string): Promise<AreaAnalysisInputs> {
	return (await readInputs(tx, areaId)).inputs;
}

/**
 * How long this server keeps an area's analysis inputs for feedback arriving: every free-text
 * answer would otherwise cost a query (it cost two). Staleness, on purpose:
 * - a retrain through `retrain` on this server is used as soon as it commits (`forgetInputs`);
 * - a retrain on another instance, a theme added, renamed, merged or split (services/review.ts
 *   does not forget the copy) or anything changed straight in SQL is used within this time.
 *   Until then new feedback gets the previous model's or theme list's suggestions, which are
 *   only suggestions: reviewers confirm or correct them.
 */
export const AREA_INPUTS_TTL_MS = 30_000;
const sharedInputs = lruCache<string, { at: number; inputs: AreaAnalysisInputs }>({
	max: 200,
	ttl: AREA_INPUTS_TTL_MS
});
/** Bumped by `forgetInputs`: a read that started before cannot be kept after it. */
const forgotten = new Map<string, number>();
/** Within one transaction the inputs are read once, however many answers it analyses. */
const perTransaction = new WeakMap<Tx, Map<string, AreaAnalysisInputs>>();

/**
 * `inputsFor`, kept for `AREA_INPUTS_TTL_MS` and shared by every caller, keyed by the area's id
 * (the version string starts with it, so analysers never mix areas either).
 *
 * Sharing is only right when every caller would read the same thing. The model comes from
 * `app.area_model()` (security definer: the same for anyone), but themes go through row-level
 * security: anyone reads the shared themes and those of a published area, while an unpublished
 * area's own themes are visible only to its officers. So only a published area's inputs are
 * shared; an unpublished one's are read afresh by each transaction. A read is kept only once its
 * transaction commits (so nothing a rolled-back transaction saw is kept), and not if
 * `forgetInputs` was called for the area after the read began.
 */
export async function cachedInputsFor(tx: Tx, areaId: string): Promise<AreaAnalysisInputs> {
	const hit = sharedInputs.get(areaId);
	if (hit) return hit.inputs;
	let mine = perTransaction.get(tx);
	const known = mine?.get(areaId);
	if (known) return known;
	const at = Date.now();
	const generation = forgotten.get(areaId) ?? 0;
	const { inputs, published } = await readInputs(tx, areaId);
	if (!mine) perTransaction.set(tx, (mine = new Map()));
	mine.set(areaId, inputs);
	if (published)
		tx.afterCommit(() => {
			if ((forgotten.get(areaId) ?? 0) !== generation) return;
			const kept = sharedInputs.get(areaId);
			if (kept && kept.at > at) return;
			// Its age counts from when the read began, not from the commit.
			sharedInputs.set(areaId, { at, inputs }, { start: at });
		});
	return inputs;
}

/** Forgets this server's copy of the area's analysis inputs (after a retrain commits). */
export function forgetInputs(areaId: string): void {
	sharedInputs.delete(areaId);
	forgotten.set(areaId, (forgotten.get(areaId) ?? 0) + 1);
}

const cache = lruCache<string, Analyser>({ max: 50 });

/** The area's analyser, built once per version of its inputs (kept as `cachedInputsFor` says). */
export async function analyserFor(tx: Tx, areaId: string): Promise<Analyser> {
	const inputs = await cachedInputsFor(tx, areaId);
	let analyser = cache.get(inputs.version);
	if (!analyser) {
		analyser = createAnalyser({ themes: inputs.themes, model: inputs.model });
		cache.set(inputs.version, analyser);
	}
	return analyser;
}

/** Analyses one piece of feedback with the area's themes and model. */
export async function analyse(tx: Tx, areaId: string, text: string, role?: Role): Promise<Analysis> {
	return (await analyserFor(tx, areaId)).analyse(text, { role });
}

/**
 * Retrains the area's model from reviewers' confirmed labels and stores it (officers and area
 * admins; row-level security checks). Returns how many examples it learnt from.
 */
export async function retrain(tx: Tx, areaId: string, examples: TrainingExample[], by: string | null): Promise<number> {
	const { themes } = await inputsFor(tx, areaId);
	const model = train(examples, { themes });
	await tx.query(
		`insert into public.area_models (area_id, model, examples, trained_at, trained_by) values ($1, $2, $3, now(), $4)
		 on conflict (area_id) do update set model = excluded.model, examples = excluded.examples,
			trained_at = excluded.trained_at, trained_by = excluded.trained_by`,
		[areaId, JSON.stringify(model), examples.length, by]
	);
	// This server analyses with the new model as soon as it is stored; others within AREA_INPUTS_TTL_MS.
	tx.afterCommit(() => forgetInputs(areaId));
	return examples.length;
}

/**
 * When reviewed feedback in the area was last withdrawn: a model trained before then still holds
 * the withdrawn words, so it must be retrained (privileged path: withdrawn items are hidden).
 */
export async function lastWithdrawal(tx: Tx, areaId: string): Promise<Date | null> {
	const { rows } = await tx.query<{ at: Date | null }>(
		`select max(f.withdrawn_at) as at from public.feedback_items f
		 where f.area_id = $1 and f.withdrawn_at is not null
			and exists (select 1 from public.feedback_reviews r where r.feedback_item_id = f.id)`,
		[areaId]
	);
	return rows[0]?.at ?? null;
}

/** Deletes the area's trained model (it falls back to the shared one). */
export async function dropModel(tx: Tx, areaId: string): Promise<void> {
	await tx.query(`delete from public.area_models where area_id = $1`, [areaId]);
	tx.afterCommit(() => forgetInputs(areaId));
}
