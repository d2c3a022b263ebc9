import { describe, expect, it } from 'vitest';
import {
	BATCH_MAX,
	BATCH_SIZE,
	batchParam,
	batchState,
	nextInBatch,
	parseBatch,
	pickBatch
} from '../../../src/lib/review/batch';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const THEMES = ['access', 'school', 'crisis'];
const MODEL = { threshold: 0.5 };

describe('picking a batch, least certain first', () => {
	it('puts the item whose score is nearest a cut-off first', () => {
		const picked = pickBatch(
			[
				{ id: id(1), scores: { access: 0.95 } }, // sure: far above, the rest far below
				{ id: id(2), scores: { school: 0.52 } }, // a coin toss
				{ id: id(3), scores: { crisis: 0.7, access: 0.4 } } // fairly unsure
			],
			THEMES,
			MODEL
		);
		expect(picked.map((p) => p.id)).toEqual([id(2), id(3), id(1)]);
		expect(picked[0]!.uncertainty).toBeGreaterThan(picked[1]!.uncertainty);
		expect(picked[1]!.uncertainty).toBeGreaterThan(picked[2]!.uncertainty);
	});

	it('keeps the given order (oldest first) between equally certain items', () => {
		const picked = pickBatch(
			[1, 2, 3].map((n) => ({ id: id(n), scores: {} })),
			THEMES,
			MODEL
		);
		expect(picked.map((p) => p.id)).toEqual([id(1), id(2), id(3)]);
	});

	it('uses per-theme cut-offs when the model has them', () => {
		const picked = pickBatch(
			[
				{ id: id(1), scores: { access: 0.52 } },
				{ id: id(2), scores: { school: 0.31 } }
			],
			THEMES,
			{ threshold: 0.5, thresholds: { access: 0.9, school: 0.3 } }
		);
		expect(picked.map((p) => p.id)).toEqual([id(2), id(1)]);
	});

	it('offers 15 by default and never more than 20', () => {
		const many = Array.from({ length: 40 }, (_, i) => ({ id: id(i + 1), scores: { access: i / 40 } }));
		expect(pickBatch(many, THEMES, MODEL)).toHaveLength(BATCH_SIZE);
		expect(pickBatch(many, THEMES, MODEL, 100)).toHaveLength(BATCH_MAX);
		expect(pickBatch(many.slice(0, 4), THEMES, MODEL)).toHaveLength(4);
	});
});

describe('the batch in the address', () => {
	it('reads ids, new, or nothing', () => {
		expect(parseBatch(null)).toBeNull();
		expect(parseBatch('')).toBeNull();
		expect(parseBatch('new')).toBe('new');
		expect(parseBatch(batchParam([id(1), id(2)]))).toEqual([id(1), id(2)]);
		expect(parseBatch(`${id(1)},nonsense,${id(1)}`)).toEqual([id(1)]);
		expect(parseBatch('nonsense')).toBeNull();
		expect(parseBatch(Array.from({ length: 30 }, (_, i) => id(i)).join(','))).toHaveLength(BATCH_MAX);
	});
});

describe('where a person is in a batch', () => {
	const ids = [id(1), id(2), id(3), id(4)];
	const all = new Set(ids);

	it('counts what is done and shows the first not done', () => {
		const s = batchState(ids, new Set([id(1), id(3)]), all);
		expect(s).toMatchObject({ done: 2, total: 4, currentId: id(2), finished: false });
	});

	it('shows the item asked for when it is in the batch', () => {
		expect(batchState(ids, new Set(), all, id(3)).currentId).toBe(id(3));
		expect(batchState(ids, new Set(), all, id(9)).currentId).toBe(id(1));
	});

	it('drops feedback that can no longer be seen (withdrawn)', () => {
		const s = batchState(ids, new Set([id(1)]), new Set([id(1), id(2)]));
		expect(s).toMatchObject({ ids: [id(1), id(2)], done: 1, total: 2, currentId: id(2) });
	});

	it('has a clear end', () => {
		const s = batchState(ids, all, all);
		expect(s).toMatchObject({ done: 4, total: 4, currentId: null, finished: true });
	});

	it('moves on to the next not done, then back to any skipped', () => {
		expect(nextInBatch(ids, new Set([id(2)]), id(2))).toBe(id(3));
		expect(nextInBatch(ids, new Set([id(3), id(4)]), id(4))).toBe(id(1));
		expect(nextInBatch(ids, all, id(4))).toBeNull();
	});
});
