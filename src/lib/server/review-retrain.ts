/**
 * Retraining an area's theme model from reviewers' confirmed labels, in the background.
 *
 * Every saved review calls `noteReview`: after `every` reviews, or once reviewing has paused for
 * `debounceMs`, the area's model is retrained from all its agreed labels. "Retrain now" calls
 * `retrainNow`. Requests never wait for it. One retrain runs per area at a time; a request that
 * comes in meanwhile runs once more afterwards.
 *
 * It is a background job, so it reads the labels and stores the model through the privileged
 * path: a youth board member's reviews count, though they may not write the model themselves, and
 * nothing a person sends reaches the model except through reviews the database has accepted.
 * Timers live in this process; with several app instances each retrains on its own reviews, and
 * a retrain that finds nothing new does nothing.
 */
import type { Db } from './db/types';
import { asOwner } from './db/privileged';
import * as analysis from './services/analysis';
import * as areas from './services/areas';
import * as review from './services/review';

export const RETRAIN = {
	/** Retrain after this many reviews in this process. */
	every: 20,
	/** Or this long after the last review. */
	debounceMs: 60_000,
	/** Not from fewer labelled items than this. */
	minExamples: 5
};

export interface RetrainOutcome {
	trained: boolean;
	examples: number;
	reason?: 'too_few' | 'nothing_new' | 'failed';
}

interface AreaJob {
	pending: number;
	by: string | null;
	timer?: ReturnType<typeof setTimeout>;
	running?: Promise<RetrainOutcome>;
	again: boolean;
	force: boolean;
}

const jobs = new Map<string, AreaJob>();
const job = (areaId: string): AreaJob => {
	let j = jobs.get(areaId);
	if (!j) {
		j = { pending: 0, by: null, again: false, force: false };
		jobs.set(areaId, j);
	}
	return j;
};

/** Retrains the area's model now from every agreed label (unless nothing changed since, or `force`). */
export async function retrainArea(db: Db, areaId: string, by: string | null, force = false): Promise<RetrainOutcome> {
	const { data, withdrawn } = await asOwner(db, async (tx) => ({
		data: await review.trainingExamples(tx, areaId),
		withdrawn: await analysis.lastWithdrawal(tx, areaId)
	}));
	const examples = data.examples.length;
	// A withdrawal since the last training counts as news: the model must forget those words.
	const newest = [data.newest, withdrawn].reduce<Date | null>((m, d) => (d && (!m || d > m) ? d : m), null);
	if (!force && data.trainedAt && newest && newest <= data.trainedAt)
		return { trained: false, examples, reason: 'nothing_new' };
	if (examples < RETRAIN.minExamples) {
		// Too few left to train on: a model holding withdrawn words is dropped rather than kept.
		if (withdrawn && data.trainedAt && withdrawn > data.trainedAt)
			await asOwner(db, (tx) => analysis.dropModel(tx, areaId));
		return { trained: false, examples, reason: 'too_few' };
	}
	await asOwner(db, (tx) => analysis.retrain(tx, areaId, data.examples, by));
	return { trained: true, examples };
}

function start(db: Db, areaId: string): Promise<RetrainOutcome> {
	const j = job(areaId);
	if (j.timer) clearTimeout(j.timer);
	j.timer = undefined;
	if (j.running) {
		j.again = true;
		return j.running;
	}
	const force = j.force;
	j.pending = 0;
	j.force = false;
	j.running = retrainArea(db, areaId, j.by, force)
		.catch((err: unknown): RetrainOutcome => {
			console.error(`[review] retraining the model for area ${areaId} failed:`, err);
			return { trained: false, examples: 0, reason: 'failed' };
		})
		.finally(() => {
			j.running = undefined;
			if (j.again) {
				j.again = false;
				void start(db, areaId);
			}
		});
	return j.running;
}

/** A review was saved: retrain after a batch, or when reviewing pauses. */
export function noteReview(db: Db, areaId: string, by: string): void {
	const j = job(areaId);
	j.pending++;
	j.by = by;
	if (j.pending >= RETRAIN.every) {
		void start(db, areaId);
		return;
	}
	if (j.timer) clearTimeout(j.timer);
	j.timer = setTimeout(() => void start(db, areaId), RETRAIN.debounceMs);
	// Never keep the process alive just to retrain.
	j.timer.unref?.();
}

/** Someone withdrew their words: retrain at once so the model forgets them. */
export async function noteWithdrawal(db: Db, areaSlug: string): Promise<RetrainOutcome | null> {
	const area = await asOwner(db, (tx) => areas.bySlug(tx, areaSlug));
	return area ? start(db, area.id) : null;
}

/** "Retrain now": starts at once, even if no review changed (e.g. after merging themes). */
export function retrainNow(db: Db, areaId: string, by: string): Promise<RetrainOutcome> {
	const j = job(areaId);
	j.by = by;
	j.force = true;
	return start(db, areaId);
}

/** Whether this process is retraining the area's model right now, or will soon. */
export function retrainState(areaId: string): 'running' | 'waiting' | 'idle' {
	const j = jobs.get(areaId);
	return j?.running ? 'running' : j?.timer ? 'waiting' : 'idle';
}

/** For tests: waits until the area's retrain (if any) has finished. */
export async function settled(areaId: string): Promise<void> {
	while (jobs.get(areaId)?.running) await jobs.get(areaId)!.running;
}
