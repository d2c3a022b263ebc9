/**
 * Kill the server between enqueue and send (here: while the SMTP server has the message but has
 * not accepted it): after a restart the contact gets exactly one email. Real child processes,
 * killed with SIGKILL, on PostgreSQL (a server shared by processes, as in production).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/types';
import { startSmtp } from '../support/alert-servers';
import { engines, TEST_DATABASE_URL } from './engines';
import { makeArea, makeEngagement, makeMember, migrated, owner } from './fixtures';

const postgres = engines.find((e) => e.name === 'postgres');

function child(env: Record<string, string>): Promise<ChildProcess> {
	const p = spawn(process.execPath, ['--import', 'tsx', 'tests/support/alert-worker-child.ts'], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		p.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(p));
		p.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
	});
}

const until = async (check: () => boolean | Promise<boolean>, ms = 30_000) => {
	const end = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 100));
	}
};

describe.skipIf(!postgres)('a restart mid-delivery on postgres', () => {
	let db: Db;
	afterAll(() => postgres?.cleanup());

	it('sends once: not never, not twice', async () => {
		db = await migrated(await postgres!.create());
		const smtp = await startSmtp();
		const alertId = await owner(db, async (tx) => {
			const area = await makeArea(tx, 'restart-test');
			await makeMember(tx, area, 'contact@restart.test', 'engagement_officer', {
				name: 'Contact',
				safeguardingContact: true
			});
			const engagement = await makeEngagement(tx, area, 'A survey');
			const item = (
				await tx.query<{ id: string }>(
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, safeguarding)
					 values (gen_random_uuid(), $1, $2, 'words', true) returning id`,
					[area, engagement]
				)
			).rows[0]!.id;
			return (
				await tx.query<{ id: string }>(
					`insert into public.safeguarding_alerts (area_id, feedback_item_id, severity) values ($1, $2, 'concern') returning id`,
					[area, item]
				)
			).rows[0]!.id;
		});
		const url = new URL(TEST_DATABASE_URL);
		url.pathname = `/${(await owner(db, (tx) => tx.query<{ d: string }>('select current_database() as d'))).rows[0]!.d}`;
		const env = { DATABASE_URL: url.toString(), SMTP_URL: smtp.url, LEASE_MS: '3000' };
		const status = async () =>
			(
				await owner(db, (tx) =>
					tx.query<{ status: string; attempts: number }>(
						`select status, attempts from public.alert_deliveries where alert_id = $1`,
						[alertId]
					)
				)
			).rows[0];

		// The first server takes the job and is killed while the SMTP server holds the message.
		smtp.hang(1);
		const first = await child(env);
		await until(() => smtp.held() === 1);
		first.kill('SIGKILL');
		await new Promise((r) => first.once('exit', r));
		expect(smtp.mails).toHaveLength(0);
		expect(await status()).toMatchObject({ status: 'sending', attempts: 1 });

		// Restarted, it waits for the lease to run out, then sends exactly once.
		const second = await child(env);
		try {
			await until(() => smtp.mails.length >= 1);
			await until(async () => (await status())?.status === 'sent');
			await new Promise((r) => setTimeout(r, 3000));
			expect(smtp.mails.map((m) => m.to)).toEqual([['contact@restart.test']]);
			expect(await status()).toMatchObject({ status: 'sent', attempts: 2 });
		} finally {
			second.kill('SIGTERM');
			await new Promise((r) => second.once('exit', r));
			await smtp.close();
		}
	}, 120_000);
});
