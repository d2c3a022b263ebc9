/** The statement and dot-voting forms (src/lib/schemas/statements.ts): messages next to fields. */
import { describe, expect, it } from 'vitest';
import {
	newStatementSchema,
	parseBallot,
	publishSchema,
	statementSchema,
	voteRoundSchema
} from '../../src/lib/schemas/statements';

describe('statement forms', () => {
	it('needs words of a useful length and at least one theme', () => {
		const r = statementSchema.safeParse({ statement: ' Hi ', theme_ids: [] });
		expect(r.success).toBe(false);
		const paths = r.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(['statement', 'theme_ids']);
		expect(
			statementSchema.parse({ statement: '  We waited too long  ', theme_ids: ['access-waiting'] }).statement
		).toBe('We waited too long');
	});

	it('starts from a quote only by its id, or from none', () => {
		expect(
			newStatementSchema.parse({ statement: 'We waited too long', theme_ids: ['access-waiting'], quote_item_id: '' })
				.quote_item_id
		).toBeNull();
		expect(
			newStatementSchema.safeParse({
				statement: 'We waited too long',
				theme_ids: ['access-waiting'],
				quote_item_id: 'nope'
			}).success
		).toBe(false);
	});

	it('publishes only with the confirmation ticked', () => {
		expect(publishSchema.safeParse({}).success).toBe(false);
		expect(publishSchema.safeParse({ confirm: 'yes' }).success).toBe(true);
	});
});

describe('dot-voting forms', () => {
	it('starts a vote with 1 to 20 dots each and at least two themes', () => {
		expect(
			voteRoundSchema.parse({ title: 'Spring', votes_per_person: '5', theme_ids: ['a-b', 'c-d'] }).votes_per_person
		).toBe(5);
		const r = voteRoundSchema.safeParse({ title: 'Sp', votes_per_person: '21', theme_ids: ['a-b'] });
		expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['title', 'votes_per_person', 'theme_ids']);
	});

	it('reads a ballot, empty boxes as none, and refuses more dots than each person has', () => {
		expect(parseBallot({ 'dots-a': '2', 'dots-b': '', 'dots-c': '0' }, ['a', 'b', 'c'], 3)).toEqual({
			ok: true,
			dots: { a: 2 }
		});
		expect(parseBallot({ 'dots-a': 'two' }, ['a', 'b'], 3)).toEqual({
			ok: false,
			errors: { 'dots-a': 'Enter a whole number of dots, like 0, 1 or 2' }
		});
		expect(parseBallot({ 'dots-a': '4' }, ['a'], 3)).toEqual({
			ok: false,
			errors: { 'dots-a': 'You have 3 dots in all' }
		});
		expect(parseBallot({ 'dots-a': '2', 'dots-b': '2' }, ['a', 'b'], 3)).toEqual({
			ok: false,
			errors: { 'dots-a': 'You placed 4 dots but have 3: take 1 off' }
		});
		// Fields for themes not on the ballot are ignored.
		expect(parseBallot({ 'dots-z': '9' }, ['a'], 3)).toEqual({ ok: true, dots: {} });
	});
});
