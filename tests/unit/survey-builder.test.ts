/**
 * The survey builder's form reading: question order and moves, links to plan priorities, and how
 * their problems are named for the fields.
 */
import { describe, expect, it } from 'vitest';
import { surveyDefinition, type SurveyDefinition } from '../../src/lib/schemas/survey';
import {
	PRIORITY_NOT_IN_AREA,
	definitionErrors,
	moveItem,
	parseMove,
	priorityErrors,
	readEdit
} from '../../src/routes/app/[area=slug]/surveys/builder';

const P1 = '5d0f7a43-7a8e-4a51-9d0e-1f4f6f2b8a01';
const P2 = '9b3c1e2d-4f5a-4b6c-8d7e-0a1b2c3d4e5f';
const OTHER = 'c2a4e6f8-1b3d-4e5f-a7b9-c1d3e5f7a9b1';

const stored: SurveyDefinition = surveyDefinition.parse({
	title: 'Getting help',
	introduction: '',
	audience: 'young_people',
	about_you: { role: true, age_band: true, locality: true, equality: false },
	questions: [
		{ key: 'q1', kind: 'rating', prompt: 'How easy was it?', priority_ids: [P1] },
		{ key: 'q2', kind: 'yes_no', prompt: 'Did you know where to go?' },
		{ key: 'q3', kind: 'text', prompt: 'What would help?', priority_ids: [P2] }
	]
});

/** The builder form as the page sends it, with any fields changed or added. */
function form(extra: [string, string][] = [], { priorities = true } = {}): FormData {
	const data = new FormData();
	data.append('title', 'Getting help');
	data.append('audience', 'young_people');
	if (priorities) data.append('priorities', 'shown');
	for (const q of stored.questions) {
		data.append('order', q.key);
		data.append(`${q.key}-kind`, q.kind);
		data.append(`${q.key}-prompt`, q.prompt);
	}
	for (const [k, v] of extra) data.append(k, v);
	return data;
}

const keys = (candidate: Record<string, unknown>) => (candidate.questions as { key: string }[]).map((q) => q.key);
const links = (candidate: Record<string, unknown>) =>
	(candidate.questions as { priority_ids: string[] }[]).map((q) => q.priority_ids);

describe('moving questions', () => {
	it('reads only well-formed move values', () => {
		expect(parseMove('q2:up')).toEqual({ key: 'q2', direction: 'up' });
		expect(parseMove('q10:down')).toEqual({ key: 'q10', direction: 'down' });
		for (const bad of ['q2:left', 'x2:up', 'q2', '', 'q2:up:down', null, 3]) expect(parseMove(bad)).toBeNull();
	});

	it('swaps with the neighbour and leaves the ends alone', () => {
		expect(moveItem(['a', 'b', 'c'], 1, 'up')).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 1, 'down')).toEqual(['a', 'c', 'b']);
		const list = ['a', 'b'];
		expect(moveItem(list, 0, 'up')).toBe(list);
		expect(moveItem(list, 1, 'down')).toBe(list);
		expect(moveItem(list, -1, 'down')).toBe(list);
	});

	it('moves a question within the form and keeps every edit typed with it', () => {
		const data = form([['move', 'q3:up']]);
		data.set('q3-prompt', 'What would help most?');
		const { candidate, rows, included, moved } = readEdit(data, stored);
		expect(rows.map((r) => r.key)).toEqual(['q1', 'q3', 'q2']);
		expect(included).toEqual(['q1', 'q3', 'q2']);
		expect(keys(candidate)).toEqual(['q1', 'q3', 'q2']);
		expect((candidate.questions as { prompt: string }[])[1]?.prompt).toBe('What would help most?');
		expect(moved).toEqual({ key: 'q3', direction: 'up', index: 1 });
		expect(surveyDefinition.safeParse(candidate).success).toBe(true);
	});

	it('ignores a move past either end or of a question not in the form', () => {
		for (const move of ['q1:up', 'q3:down', 'q9:up', 'nonsense']) {
			const { rows, moved } = readEdit(form([['move', move]]), stored);
			expect(rows.map((r) => r.key)).toEqual(['q1', 'q2', 'q3']);
			expect(moved).toBeNull();
		}
	});

	it('keeps a question marked for deletion in the rows, in its moved place, but not in the survey', () => {
		const { rows, included } = readEdit(
			form([
				['q2-remove', 'on'],
				['move', 'q1:down']
			]),
			stored
		);
		expect(rows.map((r) => r.key)).toEqual(['q2', 'q1', 'q3']);
		expect(included).toEqual(['q1', 'q3']);
	});
});

describe('linking questions to plan priorities', () => {
	it('takes the ticked priorities from the form, once each, and none when nothing is ticked', () => {
		const { candidate, links: shown } = readEdit(
			form([
				['q2-priority_ids', P2],
				['q2-priority_ids', P1],
				['q2-priority_ids', P2]
			]),
			stored
		);
		expect(links(candidate)).toEqual([[], [P2, P1], []]);
		expect(shown).toEqual({ q1: [], q2: [P2, P1], q3: [] });
	});

	it('keeps the stored links when the form did not show the checkboxes', () => {
		const { candidate } = readEdit(form([], { priorities: false }), stored);
		expect(links(candidate)).toEqual([[P1], [], [P2]]);
	});

	it('refuses a priority from outside the area, next to that question', () => {
		const { candidate, included } = readEdit(
			form([
				['q1-priority_ids', P1],
				['q3-priority_ids', OTHER]
			]),
			stored
		);
		const allowed = new Set([P1, P2]);
		expect(priorityErrors(candidate.questions as { priority_ids: string[] }[], included, allowed)).toEqual({
			'q3-priority_ids': PRIORITY_NOT_IN_AREA
		});
		expect(priorityErrors(candidate.questions as { priority_ids: string[] }[], included, new Set([P1, OTHER]))).toEqual(
			{}
		);
	});

	it('names a malformed id as a problem with that question’s priorities', () => {
		const { candidate, included } = readEdit(form([['q2-priority_ids', 'not-a-uuid']]), stored);
		const parsed = surveyDefinition.safeParse(candidate);
		expect(parsed.success).toBe(false);
		if (parsed.success) return;
		expect(definitionErrors(parsed.error, (i) => included[i])).toEqual({ 'q2-priority_ids': PRIORITY_NOT_IN_AREA });
	});
});
