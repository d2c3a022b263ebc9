import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { check, failed, formInput, kept, keptList } from '../../src/lib/forms';
import { refusal } from '../../src/lib/server/services/refusal';

const schema = z.object({ title: z.string().min(1, 'Enter a title'), tags: z.array(z.string()).min(1, 'Tick one') });

describe('forms', () => {
	it('reads lists, checks with zod and returns one failure shape, errors keyed by prefix', () => {
		const data = new FormData();
		data.set('title', '');
		const values = formInput(data, { lists: ['tags'] });
		expect(values).toEqual({ title: '', tags: [] });
		const r = check('add', schema, values, { prefix: 'm-' });
		expect(r.ok).toBe(false);
		expect(r.failure?.status).toBe(400);
		expect(r.failure?.data).toEqual({
			form: 'add',
			errors: { 'm-title': 'Enter a title', 'm-tags': 'Tick one' },
			values: { title: '', tags: [] }
		});
	});

	it('gives the page only the failure of the form that was sent, and keeps typed values over saved ones', () => {
		const result = { form: 'add', errors: { title: 'Enter a title' }, values: { title: 'typed', tags: ['a'] } };
		expect(failed(result, 'other')).toBeNull();
		expect(failed({ saved: 'add' })).toBeNull();
		const f = failed(result, 'add');
		expect(kept(f, 'title', 'saved')).toBe('typed');
		expect(kept(null, 'title', 'saved')).toBe('saved');
		expect(keptList(f, 'tags', ['b'])).toEqual(['a']);
	});

	it('turns database error codes into typed refusals', () => {
		expect(refusal({ code: '42501' })).toEqual({ kind: 'not-allowed' });
		expect(refusal({ code: '23514', constraint: 'c', message: 'Say why' })).toEqual({
			kind: 'rule',
			constraint: 'c',
			message: 'Say why'
		});
		expect(refusal({ code: '23505' })).toEqual({ kind: 'already-there', constraint: null });
		expect(refusal(new Error('other'))).toBeNull();
	});
});
