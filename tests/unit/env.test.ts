import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../src/lib/server/env';

describe('environment settings', () => {
	it('default to the embedded database on port 3000', () => {
		const env = parseEnv({});
		expect(env).toMatchObject({ PORT: 3000, PGLITE_DIR: '.data/pglite', AUTO_SEED: 'auto' });
		expect(env.DATABASE_URL).toBeUndefined();
	});

	it('treat an empty DATABASE_URL as unset', () => {
		expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
	});

	it('accept a PostgreSQL or Supabase connection string', () => {
		const url = 'postgresql://postgres:secret@db.example.supabase.co:5432/postgres';
		expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
	});

	it('stop with the setting name when a value is malformed', () => {
		expect(() => parseEnv({ PORT: 'eighty' })).toThrow(EnvError);
		expect(() => parseEnv({ DATABASE_URL: 'mysql://nope' })).toThrow(/DATABASE_URL: must be a postgres/);
	});
});
