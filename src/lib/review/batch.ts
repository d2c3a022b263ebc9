/**
 * Reviewing in batches: a short list of feedback (10 to 20 items), least certain first, so each
 * review teaches the theme model the most, with a clear "done" at the end. Pure functions; the
 * batch travels in the page address (`?batch=id,id,...`), so it works without scripts and
 * survives a reload.
 */
import { z } from 'zod';
import { themeUncertainty } from '../nlp/uncertainty';
import type { ThemeModel } from '../nlp/types';

/** Items in a batch, and the range a batch may have. */
export const BATCH_SIZE = 15;
export const BATCH_MIN = 10;
export const BATCH_MAX = 20;

const uuid = z.string().uuid();

/**
 * The `batch` parameter: 'new' (start one), a list of item ids, or null (not reviewing in a batch).
 * Unknown or repeated ids are dropped; a list longer than BATCH_MAX is cut.
 */
export function parseBatch(raw: string | null | undefined): 'new' | string[] | null {
	const v = raw?.trim();
	if (!v) return null;
	if (v === 'new') return 'new';
	const ids = [...new Set(v.split(',').filter((id) => uuid.safeParse(id).success))].slice(0, BATCH_MAX);
	return ids.length ? ids : null;
}

export const batchParam = (ids: readonly string[]): string => ids.join(',');

export interface Candidate {
	id: string;
	/** The analyser's theme scores (0..1) stored with the item; themes below 0.1 are left out. */
	scores: Record<string, number>;
}

/**
 * The ids of the `size` least certain candidates, least certain first (ties keep the given order,
 * which the caller makes oldest first). `themeIds` are the area's active themes.
 */
export function pickBatch(
	candidates: readonly Candidate[],
	themeIds: readonly string[],
	model: Pick<ThemeModel, 'threshold' | 'thresholds'> | null,
	size: number = BATCH_SIZE
): { id: string; uncertainty: number }[] {
	const n = Math.min(BATCH_MAX, Math.max(1, Math.floor(size)));
	return candidates
		.map((c, i) => ({ id: c.id, uncertainty: themeUncertainty({ scores: c.scores }, themeIds, model), i }))
		.sort((a, b) => b.uncertainty - a.uncertainty || a.i - b.i)
		.slice(0, n)
		.map(({ id, uncertainty }) => ({ id, uncertainty }));
}

export interface BatchState {
	/** The batch's items this person can still see (withdrawn feedback drops out), in order. */
	ids: string[];
	done: number;
	total: number;
	/** The item to show: the one asked for (when in the batch), else the first not yet done. */
	currentId: string | null;
	/** True once every item is done. */
	finished: boolean;
}

/**
 * Where a person is in a batch. `reviewed` holds the batch items they have reviewed, `visible`
 * those they can still see.
 */
export function batchState(
	ids: readonly string[],
	reviewed: ReadonlySet<string>,
	visible: ReadonlySet<string>,
	asked?: string | null
): BatchState {
	const shown = ids.filter((id) => visible.has(id));
	const done = shown.filter((id) => reviewed.has(id)).length;
	const finished = shown.length > 0 && done === shown.length;
	const currentId = asked && shown.includes(asked) ? asked : (shown.find((id) => !reviewed.has(id)) ?? null);
	return { ids: shown, done, total: shown.length, currentId, finished };
}

/**
 * After `savedId` was saved: the next batch item not yet reviewed, looking after it first, then
 * from the start (an item skipped earlier). Null when the batch is done.
 */
export function nextInBatch(ids: readonly string[], reviewed: ReadonlySet<string>, savedId: string): string | null {
	const at = ids.indexOf(savedId);
	const order = at < 0 ? ids : [...ids.slice(at + 1), ...ids.slice(0, at)];
	return order.find((id) => id !== savedId && !reviewed.has(id)) ?? null;
}
