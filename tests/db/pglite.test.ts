import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openPglite } from '../../src/lib/server/db/pglite';
import { migrate } from '../../src/lib/server/db/migrate';

const root = mkdtempSync(join(tmpdir(), 'said-done-pglite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the embedded database folder', () => {
	it('is created on first use and keeps its data across restarts', async () => {
		const dir = join(root, 'fresh', 'nested');
		const first = await openPglite(dir);
		await migrate(first);
		await first.transaction((tx) =>
			tx.query(`insert into public.areas (slug, name, short_name) values ('kept', 'Kept area', 'KA')`)
		);
		await first.close();
		expect(existsSync(join(dir, 'said-and-done.lock'))).toBe(false);

		const second = await openPglite(dir);
		const { rows } = await second.transaction((tx) => tx.query<{ slug: string }>('select slug from public.areas'));
		await second.close();
		expect(rows).toEqual([{ slug: 'kept' }]);
	});

	it('refuses, naming the folder, when another live process holds it', async () => {
		const dir = join(root, 'locked');
		mkdirSync(dir, { recursive: true });
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
		try {
			writeFileSync(join(dir, 'said-and-done.lock'), String(holder.pid));
			const error = await openPglite(dir).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(DatabaseOpenError);
			expect((error as Error).message).toContain(dir);
			expect((error as Error).message).toContain(`pid ${holder.pid}`);
		} finally {
			holder.kill();
		}
	});

	it('takes over a lock left behind by a process that has died', async () => {
		const dir = join(root, 'stale');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'said-and-done.lock'), '999999');
		const db = await openPglite(dir);
		expect(readFileSync(join(dir, 'said-and-done.lock'), 'utf8')).toBe(String(process.pid));
		await db.close();
	});

	it('explains what to do when the folder is damaged', async () => {
		const dir = join(root, 'damaged');
		mkdirSync(join(dir, 'base'), { recursive: true });
		writeFileSync(join(dir, 'PG_VERSION'), 'not a version');
		writeFileSync(join(dir, 'global'), 'junk');
		const error = await openPglite(dir).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DatabaseOpenError);
		expect((error as Error).message).toContain(dir);
		expect((error as Error).message).toMatch(/move or delete that folder/);
		expect(existsSync(join(dir, 'said-and-done.lock'))).toBe(false);
	});
});
