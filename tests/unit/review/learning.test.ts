import { describe, expect, it } from 'vitest';
import { defaultThemes } from '../../../src/lib/nlp';
import { learntFromReviews, MIN_REVIEWS_FOR_FIGURE } from '../../../src/lib/review/learning';

// A board that codes "the bus" and "the youth club" talk as places-spaces, which the starting
// suggestions barely know: learning from the older reviews should help on the newest.
const places = (i: number) => ({
	text: `The youth club bus ${i % 2 ? 'never comes' : 'was cancelled again'} so we could not get to the drop-in on ${['Monday', 'Tuesday', 'Friday'][i % 3]}`,
	themes: ['places-spaces']
});

describe("how much the suggestions learnt from a board's reviews", () => {
	it('gives no figure from too few reviews', () => {
		expect(learntFromReviews([places(1), places(2)], defaultThemes)).toBeNull();
	});

	it('holds out the newest quarter and scores both models on it', () => {
		const examples = Array.from({ length: 40 }, (_, i) => places(i));
		const learnt = learntFromReviews(examples, defaultThemes)!;
		expect(learnt.trainedOn + learnt.testedOn).toBe(40);
		expect(learnt.testedOn).toBe(10);
		expect(examples.length).toBeGreaterThanOrEqual(MIN_REVIEWS_FOR_FIGURE);
		for (const v of [learnt.before, learnt.after]) {
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThanOrEqual(1);
		}
		expect(learnt.after).toBeGreaterThanOrEqual(learnt.before);
	});
});
