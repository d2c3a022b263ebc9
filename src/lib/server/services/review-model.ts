/**
 * The area's theme model: how fresh it is, and what a retrain learns from. Re-exported by
 * services/review.ts.
 */
import { RESPONDENT_ROLES } from '../../vocabulary';
import type { Tx } from '../db/types';
import type { TrainingExample, Role } from '../../nlp';
import { lruCache } from '../cache';
import { learntFromReviews, type Learnt } from '../../review/learning';
import { inputsFor } from './analysis';

export interface ModelStatus {
	trained_at: Date | null;
	examples: number;
	/** Reviews saved since the model was last trained (all of them, if never). */
	newReviews: number;
	/** Items with agreed labels: what a retrain would learn from. */
	labelled: number;
}

export async function modelStatus(tx: Tx, areaId: string): Promise<ModelStatus> {
	const { rows } = await tx.query<ModelStatus>(
		`select m.trained_at, coalesce(m.examples, 0) as examples,
			(select count(*)::int from public.feedback_reviews r where r.area_id = $1
				and (m.trained_at is null or r.updated_at > m.trained_at)) as "newReviews",
			(select count(distinct r.feedback_item_id)::int from public.feedback_reviews r where r.area_id = $1) as labelled
		 from (select 1) one left join public.area_models m on m.area_id = $1`,
		[areaId]
	);
	return rows[0]!;
}

/**
 * The agreed labels as training examples (redacted text, confirmed active themes, who wrote it).
 * Run by the retrain job through the privileged path, so every review counts; withdrawn feedback
 * never does.
 */
export async function trainingExamples(
	tx: Tx,
	areaId: string
): Promise<{ examples: TrainingExample[]; newest: Date | null; trainedAt: Date | null }> {
	const { rows } = await tx.query<{ text: string; themes: string[]; role: string | null; at: Date }>(
		`select distinct on (r.feedback_item_id) f.redacted_text as text,
			array(select t from unnest(r.theme_ids) t where exists (
				select 1 from public.themes th where th.id = t and th.active and (th.area_id is null or th.area_id = $1))) as themes,
			f.respondent_role as role, r.updated_at as at
		 from public.feedback_reviews r join public.feedback_items f on f.id = r.feedback_item_id
		 where r.area_id = $1 and f.withdrawn_at is null
		 order by r.feedback_item_id, r.updated_at desc`,
		[areaId]
	);
	const model = await tx.query<{ trained_at: Date }>(`select trained_at from public.area_models where area_id = $1`, [
		areaId
	]);
	const roles = new Set<string>(RESPONDENT_ROLES);
	return {
		examples: rows.map((r) => ({
			text: r.text,
			themes: r.themes,
			...(r.role && roles.has(r.role) ? { role: r.role as Role } : {})
		})),
		newest: rows.reduce<Date | null>((m, r) => (!m || r.at > m ? r.at : m), null),
		trainedAt: model.rows[0]?.trained_at ?? null
	};
}

const learntCache = lruCache<string, { value: Learnt | null }>({ max: 100, ttl: 10 * 60_000 });

/**
 * How much the suggestions improved from the area's reviews, on its newest reviews held out (see
 * review/learning.ts), as far as the caller can see the reviews. Kept per area until a review
 * changes, as it trains a model.
 */
export async function learntFromBoard(tx: Tx, areaId: string): Promise<Learnt | null> {
	const { rows } = await tx.query<{ text: string; themes: string[]; role: string | null; at: Date }>(
		`select * from (select distinct on (r.feedback_item_id) f.redacted_text as text, r.theme_ids as themes,
				f.respondent_role as role, r.updated_at as at
			from public.feedback_reviews r join public.feedback_items f on f.id = r.feedback_item_id
			where r.area_id = $1 and f.withdrawn_at is null
			order by r.feedback_item_id, r.updated_at desc) x
		 order by x.at, x.text`,
		[areaId]
	);
	const newest = rows.at(-1)?.at;
	const key = `${areaId}:${rows.length}:${newest ? new Date(newest).toISOString() : ''}`;
	const hit = learntCache.get(key);
	if (hit) return hit.value;
	const { themes } = await inputsFor(tx, areaId);
	const active = new Set(themes.map((t) => t.id));
	const roles = new Set<string>(RESPONDENT_ROLES);
	const value = learntFromReviews(
		rows.map((r) => ({
			text: r.text,
			themes: r.themes.filter((t) => active.has(t)),
			...(r.role && roles.has(r.role) ? { role: r.role as Role } : {})
		})),
		themes
	);
	learntCache.set(key, { value });
	return value;
}
