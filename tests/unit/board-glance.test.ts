/**
 * Issue 15, item 3: the board at a glance. Late actions say so ("Due 31 March 2024, overdue, no
 * update since …"), "last changed" is the content's own latest date (never the day the seeds were
 * loaded), short forms are found for the glossary, and documents are named by title.
 */
import { describe, expect, it } from 'vitest';
import { glanceOf, lastChanged, periodEnd } from '../../src/lib/server/services/board-glance';
import type { BoardAction } from '../../src/lib/server/services/board-types';
import { isLate, lateWords } from '../../src/lib/late';
import { GLOSSARY, splitTerms, termsIn } from '../../src/lib/glossary';
import { sourceTitle } from '../../src/lib/sources';

const action = (over: Partial<BoardAction>): BoardAction => ({
	id: 'a',
	title: 'An action',
	status: 'planned',
	owner: null,
	owner_role: null,
	progress: null,
	due_on: null,
	outcome: null,
	evidence_url: null,
	status_changed_at: null,
	done_confirmed: false,
	did_it_help: null,
	updated_at: new Date('2026-12-01T10:00:00Z'),
	priority_id: 'p1',
	priority_number: 1,
	latest_update: null,
	milestones: [],
	...over
});

describe('late actions', () => {
	it('are planned or in progress after their due date, and say when the last news was', () => {
		expect(isLate({ status: 'planned', due_on: '2024-03-31' }, '2026-12-03')).toBe(true);
		expect(isLate({ status: 'in_progress', due_on: '2026-12-03' }, '2026-12-03')).toBe(false);
		expect(isLate({ status: 'done', due_on: '2024-03-31' }, '2026-12-03')).toBe(false);
		expect(isLate({ status: 'not_doing', due_on: '2024-03-31' }, '2026-12-03')).toBe(false);
		expect(isLate({ status: 'planned', due_on: null }, '2026-12-03')).toBe(false);
		expect(lateWords(action({ due_on: '2024-03-31' }), '2026-12-03')).toBe('Due 31 March 2024, overdue, no update yet');
		const withNews = action({
			due_on: '2024-03-31',
			status: 'in_progress',
			latest_update: { happened_on: '2024-01-15', period: null, body: 'x', evidence_url: null, created_at: new Date() }
		});
		expect(lateWords(withNews, '2026-12-03')).toBe('Due 31 March 2024, overdue, no update since 15 January 2024');
		const periodNews = action({
			due_on: '2024-03-31',
			latest_update: { happened_on: null, period: '2023/24', body: 'x', evidence_url: null, created_at: new Date() }
		});
		expect(lateWords(periodNews, '2026-12-03')).toBe('Due 31 March 2024, overdue, no update since 2023/24');
		expect(lateWords(action({ due_on: '2027-03-31' }), '2026-12-03')).toBeNull();
	});
});

describe('glanceOf', () => {
	it('names the themes heard most, what is done (newest first) and what is late (longest overdue first)', () => {
		const t1 = { id: 't1', name: 'Waiting times' };
		const t2 = { id: 't2', name: 'Schools' };
		const done1 = action({ id: 'd1', status: 'done', status_changed_at: new Date('2025-01-01') });
		const done2 = action({ id: 'd2', status: 'done', status_changed_at: new Date('2026-01-01') });
		const late1 = action({ id: 'l1', due_on: '2025-03-31' });
		const late2 = action({ id: 'l2', due_on: '2024-03-31' });
		const g = glanceOf(
			[
				{ themes: [t1, t2], actions: [done1, late1] },
				{ themes: [t1], actions: [done2, late2, late1] }
			],
			'2026-12-03'
		);
		expect(g.heard_most).toEqual([
			{ theme: t1, statements: 2 },
			{ theme: t2, statements: 1 }
		]);
		expect(g.done.count).toBe(2);
		expect(g.done.actions.map((a) => a.id)).toEqual(['d2', 'd1']);
		expect(g.late.count).toBe(2);
		expect(g.late.actions.map((a) => [a.id, a.due_on])).toEqual([
			['l2', '2024-03-31'],
			['l1', '2025-03-31']
		]);
	});
});

describe('last changed', () => {
	it('reads the end of the periods plans give', () => {
		expect(periodEnd('2023/24')).toBe('2024-03-31');
		expect(periodEnd('2023-24')).toBe('2024-03-31');
		expect(periodEnd('Summer 2023')).toBe('2023-08-31');
		expect(periodEnd('October 2024')).toBe('2024-10-31');
		expect(periodEnd('February 2024')).toBe('2024-02-29');
		expect(periodEnd('2023')).toBe('2023-12-31');
		expect(periodEnd('Next year')).toBeNull();
		expect(periodEnd(null)).toBeNull();
	});

	const now = new Date('2026-12-03T09:00:00Z');
	const seededToday = new Date('2026-12-03T08:00:00Z');
	it("is the content's newest date, not when the seeds were loaded", () => {
		const changed = lastChanged(
			{
				statements: [
					{
						own: false,
						published_at: seededToday,
						updated_at: seededToday,
						heard_on: '2023-06-01',
						heard_period: null
					},
					{ own: false, published_at: seededToday, updated_at: seededToday, heard_on: null, heard_period: '2023/24' }
				],
				actions: [{ own: false, updated_at: seededToday, status_changed_at: null }],
				updates: [{ own: false, created_at: seededToday, happened_on: null, period: 'Summer 2023' }],
				milestones: [{ done_on: null }]
			},
			[],
			now
		);
		expect(changed).toEqual({ at: new Date('2024-03-31T12:00:00Z'), precise: false });
	});

	it('counts what people changed on this site: a status change, a new update, a published decision', () => {
		const rows = {
			statements: [
				{ own: false, published_at: seededToday, updated_at: seededToday, heard_on: null, heard_period: '2023/24' }
			],
			actions: [{ own: false, updated_at: seededToday, status_changed_at: new Date('2026-11-20T10:00:00Z') }],
			updates: [],
			milestones: []
		};
		expect(lastChanged(rows, [], now)).toEqual({ at: new Date('2026-11-20T10:00:00Z'), precise: true });
		const decided = new Date('2026-11-25T10:00:00Z');
		expect(lastChanged(rows, [{ decided_at: decided }], now)).toEqual({ at: decided, precise: true });
		// Nothing published: nothing to say.
		expect(lastChanged({ statements: [], actions: [], updates: [], milestones: [] }, [], now)).toBeNull();
	});
});

describe('glossary', () => {
	it('finds the short forms in text, with plurals, and not inside other words', () => {
		expect(termsIn(['CAMHS and MHSTs with the ICB', 'VCSE partners', 'EDUCATION', 'SENDING', 'C&YP'])).toEqual([
			{ term: 'C&YP', meaning: GLOSSARY['C&YP'] },
			{ term: 'CAMHS', meaning: GLOSSARY.CAMHS },
			{ term: 'ICB', meaning: GLOSSARY.ICB },
			{ term: 'MHST', meaning: GLOSSARY.MHST },
			{ term: 'VCSE', meaning: GLOSSARY.VCSE }
		]);
		expect(splitTerms('More MHSTs in schools')).toEqual([
			{ text: 'More ' },
			{ text: 'MHSTs', term: 'MHST' },
			{ text: ' in schools' }
		]);
		for (const term of ['CAMHS', 'MHST', 'ICB', 'VCSE', 'LTP', 'THRIVE', 'ED', 'SEND'])
			expect(GLOSSARY[term]).toBeTruthy();
	});
});

describe('source titles', () => {
	it('names a document by its title, never its file name', () => {
		const sources = [{ file: '001_x.txt', title: 'Local Transformation Plan Refresh 2023', published_label: '2023' }];
		expect(sourceTitle(sources, '001_x.txt')).toBe('Local Transformation Plan Refresh 2023');
		expect(sourceTitle([{ file: 'a.txt', title: 'A plan', published_label: 'October 2024' }], 'a.txt')).toBe(
			'A plan (October 2024)'
		);
		expect(sourceTitle(sources, '009_other.txt')).toBe('the plan document');
		expect(sourceTitle(sources, null)).toBeNull();
	});
});
