/**
 * The survey results page's data (issue 13, item 8): no count from 1 to 9 and none that can be
 * worked out from the others (secondary suppression), and filters that cannot narrow the view to
 * a small group. Before, the page received every raw count and hid small ones in the browser.
 */
import { describe, expect, it } from 'vitest';
import { shownResults } from '../../src/lib/server/services/results-shown';
import type { SurveyResults } from '../../src/lib/server/services/results';
import type { Question } from '../../src/lib/schemas/survey';

const question = { key: 'q1', kind: 'yes_no', prompt: 'Did it help?', required: false } as unknown as Question;

function raw(over: Partial<SurveyResults> = {}): SurveyResults {
	return {
		total: 40,
		byDay: [
			{ day: '2026-11-01', count: 30 },
			{ day: '2026-11-02', count: 7 },
			{ day: '2026-11-03', count: 3 }
		],
		questions: [
			{
				question,
				counts: [
					{ value: 'yes', count: 36 },
					{ value: 'no', count: 4 }
				],
				answered: 40
			}
		],
		who: {
			respondent_role: [
				{ value: 'parent_carer', count: 2 },
				{ value: 'young_person', count: 38 }
			],
			age_band: [
				{ value: '14_15', count: 25 },
				{ value: '16_17', count: 15 }
			],
			locality: [
				{ value: 'Northtown', count: 31 },
				{ value: 'Southtown', count: 9 }
			]
		},
		texts: [],
		...over
	};
}

/** Every number anywhere in the result, as the page would receive it. */
function numbers(x: unknown): number[] {
	if (typeof x === 'number') return [x];
	if (Array.isArray(x)) return x.flatMap(numbers);
	if (x && typeof x === 'object') return Object.values(x).flatMap(numbers);
	return [];
}

describe('survey results as shown', () => {
	it('carries no count from 1 to 9, and hides a second row so the total cannot give one away', () => {
		const s = shownResults(raw(), {}, {}, ['Northtown', 'Southtown']);
		expect(numbers(s).filter((n) => n > 0 && n < 10)).toEqual([]);
		expect(s.total).toEqual({ value: 40, label: '40' });
		// 40 - 36 would give the 4 "no" answers away: 36 is not shown either.
		expect(s.questions[0]!.rows.map((r) => r.text)).toEqual(['not shown', 'fewer than 10']);
		expect(s.who.respondent_role.map((r) => r.text)).toEqual(['fewer than 10', 'not shown']);
		expect(s.who.age_band.map((r) => r.text)).toEqual(['25', '15']);
		expect(s.who.locality.map((r) => r.text)).toEqual(['not shown', 'fewer than 10']);
		// Two small days hide each other; the big one stays.
		expect(s.byDay.map((r) => r.text)).toEqual(['30', 'fewer than 10', 'fewer than 10']);
	});

	it('shows nothing about a filtered group of fewer than 10 people', () => {
		const filtered = raw({
			total: 9,
			byDay: [{ day: '2026-11-01', count: 9 }],
			questions: [
				{
					question,
					counts: [
						{ value: 'yes', count: 9 },
						{ value: 'no', count: 0 }
					],
					answered: 9
				}
			],
			who: {
				respondent_role: [{ value: 'young_person', count: 9 }],
				age_band: [{ value: '16_17', count: 9 }],
				locality: [{ value: 'Southtown', count: 9 }]
			},
			texts: [{ id: 'x' } as never]
		});
		const s = shownResults(filtered, { locality: 'Southtown' }, { locality: raw().who }, ['Northtown', 'Southtown']);
		expect(s.tooFew).toBe(true);
		expect(s.total).toEqual({ value: null, label: 'fewer than 10' });
		expect(s.questions).toEqual([]);
		expect(s.byDay).toEqual([]);
		expect(s.texts).toEqual([]);
		expect(numbers(s)).toEqual([]);
		expect(s.localities).toEqual(['Northtown', 'Southtown']); // the filter still offers every place
	});

	it('refuses a filter on a group hidden without it, even when the group is 10 or more', () => {
		// 38 young people are "not shown" in the whole survey (40 - 38 would give the 2 parents away);
		// filtering to them would show 38, and 40 - 38 again.
		const young = raw({ total: 38 });
		const s = shownResults(young, { role: 'young_person' }, { role: raw().who }, []);
		expect(s.tooFew).toBe(true);
		expect(numbers(s)).toEqual([]);
		// A group shown in the wider view may be chosen.
		const older = raw({
			total: 15,
			byDay: [{ day: '2026-11-01', count: 15 }],
			who: { ...raw().who, age_band: [{ value: '16_17', count: 15 }] }
		});
		const t = shownResults(older, { age_band: '16_17' }, { age_band: raw().who }, []);
		expect(t.tooFew).toBe(false);
		expect(t.total).toEqual({ value: 15, label: '15' });
	});

	it('shows an unfiltered small survey as fewer than 10, without refusing the page', () => {
		const small = raw({
			total: 4,
			byDay: [{ day: '2026-11-01', count: 4 }],
			who: {
				respondent_role: [{ value: 'young_person', count: 4 }],
				age_band: [{ value: '14_15', count: 4 }],
				locality: [{ value: 'not_given', count: 4 }]
			}
		});
		const s = shownResults(small, {}, {}, []);
		expect(s.tooFew).toBe(false);
		expect(s.total.label).toBe('fewer than 10');
		expect(numbers(s).filter((n) => n > 0 && n < 10)).toEqual([]);
	});
});
