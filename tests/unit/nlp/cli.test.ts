import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const run = (args: string[], input = '') =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/nlp.ts', ...args], {
		cwd: root,
		input,
		encoding: 'utf8',
		timeout: 60_000
	});
const jsonLines = (s: string) =>
	s
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the nlp command line', () => {
	it('tags JSON Lines in order, one output line per input line, with errors in place', () => {
		const input = [
			JSON.stringify({ id: 'a', text: 'waited 14 months for camhs, my worker Sarah never rang', role: 'young_person' }),
			'this is not json',
			JSON.stringify({ id: 7, text: 'no point being here anymore' }),
			JSON.stringify({ id: 'b', text: 42 }),
			JSON.stringify({ id: 'c', text: 'the crisis team were great', role: 'teacher' }),
			JSON.stringify({ id: 'd', text: 'the crisis team were great' })
		].join('\n');
		const res = run(['tag'], input + '\n');
		expect(res.status).toBe(0);
		const out = jsonLines(res.stdout);
		expect(out).toHaveLength(6);
		expect(Object.keys(out[0] as object)).toEqual([
			'id',
			'themes',
			'scores',
			'sentiment',
			'safeguarding',
			'safeguarding_reasons',
			'severity',
			'redacted'
		]);
		expect(out[0]).toMatchObject({
			id: 'a',
			safeguarding: false,
			redacted: 'waited 14 months for camhs, my worker [name] never rang'
		});
		expect(out[0]?.themes).toContain('access-waiting');
		expect(out[1]).toMatchObject({ line: 2 });
		expect(typeof out[1]?.error).toBe('string');
		expect(out[2]).toMatchObject({ id: 7, safeguarding: true, safeguarding_reasons: ['suicide'], severity: 'high' });
		expect(out[3]).toMatchObject({ line: 4 });
		expect(out[4]).toMatchObject({ line: 5 });
		expect(out[5]).toMatchObject({ id: 'd', themes: ['crisis-support'], safeguarding: false });
	}, 60_000);

	it('prints the taxonomy as JSON', () => {
		const res = run(['themes']);
		expect(res.status).toBe(0);
		const themes = JSON.parse(res.stdout) as Array<{ id: string }>;
		expect(themes).toHaveLength(14);
		expect(themes[0]?.id).toBe('access-waiting');
	}, 60_000);

	it('prints emerging candidate themes from JSON Lines', () => {
		const input = ['knife crime makes me scared', 'knife crime is bad round here', 'the weather']
			.map((text, i) => JSON.stringify({ id: String(i), text }))
			.join('\n');
		const res = run(['emerging'], input);
		expect(res.status).toBe(0);
		const candidates = JSON.parse(res.stdout) as Array<{ phrase: string }>;
		expect(candidates.map((c) => c.phrase)).toContain('knife crime');
	}, 60_000);

	it.each([
		[[]],
		[['bogus']],
		[['tag', '--area']],
		[['tag', '--area', 'Not A Slug']],
		[['tag', '--frobnicate']],
		[['themes', 'extra']]
	])(
		'exits 2 for unusable arguments %j',
		(args) => {
			expect(run(args).status).toBe(2);
		},
		60_000
	);
});
