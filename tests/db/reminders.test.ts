/**
 * Reminders (issue 18, item 6) on both engines, with a real SMTP server and a controlled clock:
 * partners once a month when an update is due, the youth board when 10 or more pieces of feedback
 * wait (at most weekly), officers' weekly digest from Monday 9am London; each switchable by the
 * person themselves only.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as reminderSettings from '../../src/lib/server/services/reminders';
import { smtpChannel } from '../../src/lib/server/jobs/channels';
import { startWorker, type Worker } from '../../src/lib/server/jobs/worker';
import { startSmtp, type TestSmtp } from '../support/alert-servers';
import { engines } from './engines';
import { makeArea, makeEngagement, makeMember, makePlan, migrated, owner } from './fixtures';

const ORIGIN = 'https://remind.example';

describe.each(engines)('reminders on $name', (engine) => {
	let db: Db;
	let smtp: TestSmtp;
	let worker: Worker;
	let area: string;
	let engagement: string;
	let actionId: string;
	const tag = randomBytes(3).toString('hex');
	const email = (who: string) => `${who}-${tag}@remind.test`;
	const people: Record<string, Claims & { sub: string }> = {};
	// Thursday 3 December 2026, noon in London (GMT).
	let clock = new Date('2026-12-03T12:00:00Z');
	const q = <T extends object>(sql: string, params: unknown[] = []) =>
		owner(db, async (tx) => (await tx.query<T>(sql, params)).rows);
	const mailsTo = (who: string) => smtp.mails.filter((m) => m.to.includes(email(who)));
	const setReminder = (who: string, kind: string, on: boolean, inArea = area) =>
		withClaims(
			db,
			people[who]!,
			async (tx) =>
				(await tx.query<{ ok: boolean }>(`select app.set_reminder($1, $2, $3) as ok`, [inArea, kind, on])).rows[0]!.ok
		);
	async function feedback(n: number, at = clock) {
		for (let i = 0; i < n; i++)
			await q(
				`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, created_at) values (gen_random_uuid(), $1, $2, 'words of a young person', $3)`,
				[area, engagement, at]
			);
	}

	beforeAll(async () => {
		db = await migrated(await engine.create());
		smtp = await startSmtp();
		await owner(db, async (tx) => {
			area = await makeArea(tx, `rm${tag}`);
			({ actionId } = await makePlan(tx, area));
			await tx.query(
				`update public.actions set owner = 'Leicester CAMHS', title = 'Call back everyone waiting', created_at = $2 where id = $1`,
				[actionId, new Date('2026-09-01T12:00:00Z')]
			);
			engagement = await makeEngagement(tx, area, 'Getting help');
			const roles: [string, string, string | null][] = [
				['partner', 'partner', 'Leicester CAMHS'],
				['partner2', 'partner', 'Leicester CAMHS'],
				['otherpartner', 'partner', 'Another Trust'],
				['youth', 'youth_board', null],
				['officer', 'engagement_officer', null]
			];
			for (const [who, role, organisation] of roles)
				people[who] = {
					role: 'authenticated',
					sub: await makeMember(tx, area, email(who), role, { organisation })
				};
		});
		worker = startWorker(db, {
			channels: { email: smtpChannel(smtp.url, 'Said & Done <remind@said-and-done.test>') },
			origin: ORIGIN,
			now: () => clock,
			pollMs: 0,
			listen: false,
			reminders: true
		});
	});

	afterAll(async () => {
		await worker?.stop();
		await smtp?.close();
		await db?.close();
	});

	it('reminds a partner once a month about actions with no update for a month, with links', async () => {
		await setReminder('partner2', 'action_update_due', false);
		await worker.tick();
		await worker.tick();
		const mails = mailsTo('partner');
		expect(mails).toHaveLength(1);
		expect(mails[0]!.raw).toContain('Call back everyone waiting');
		expect(mails[0]!.raw).toContain(`${ORIGIN}/app/rm${tag}/actions/${actionId}`);
		expect(mails[0]!.raw).toContain(`${ORIGIN}/app/account#reminders`);
		// Switched off: none. Another organisation's partner: none.
		expect(mailsTo('partner2')).toHaveLength(0);
		expect(mailsTo('otherpartner')).toHaveLength(0);

		// An update resets the clock: next month nothing is due until a month after it.
		await q(
			`insert into public.action_updates (area_id, action_id, body, created_at) values ($1, $2, 'More staff now', $3)`,
			[area, actionId, new Date('2026-12-20T12:00:00Z')]
		);
		clock = new Date('2027-01-05T12:00:00Z');
		await worker.tick();
		expect(mailsTo('partner')).toHaveLength(1);
		clock = new Date('2027-01-25T12:00:00Z');
		await worker.tick();
		await worker.tick();
		expect(mailsTo('partner')).toHaveLength(2);
		const [row] = await q<{ n: number }>(
			`select count(*)::int as n from app.reminders_sent where person_id = $1 and kind = 'action_update_due'`,
			[people.partner!.sub]
		);
		expect(row!.n).toBe(2);
	});

	it('tells the youth board only when 10 or more pieces of feedback wait, at most once a week', async () => {
		clock = new Date('2027-01-26T12:00:00Z'); // Tuesday
		await feedback(9);
		await worker.tick();
		expect(mailsTo('youth')).toHaveLength(0);
		await feedback(1);
		clock = new Date('2027-01-26T12:01:00Z'); // the worker looks for reminders once a minute
		await worker.tick();
		await worker.tick();
		expect(mailsTo('youth')).toHaveLength(1);
		expect(mailsTo('youth')[0]!.raw).toContain('10 pieces of feedback');
		expect(mailsTo('youth')[0]!.raw).not.toContain('words of a young person');
		await feedback(5);
		clock = new Date('2027-01-29T12:00:00Z'); // the same week
		await worker.tick();
		expect(mailsTo('youth')).toHaveLength(1);
		clock = new Date('2027-02-01T10:00:00Z'); // the next Monday
		await worker.tick();
		expect(mailsTo('youth')).toHaveLength(2);
	});

	it('sends officers a weekly digest on or after Monday 9am London, once a week, with counts only', async () => {
		const before = mailsTo('officer').length; // the digests of the weeks the clock went through
		clock = new Date('2027-02-08T08:59:00Z'); // Monday 8:59 in London (GMT)
		await worker.tick();
		expect(mailsTo('officer')).toHaveLength(before);
		clock = new Date('2027-02-08T09:00:00Z');
		await worker.tick();
		await worker.tick();
		expect(mailsTo('officer')).toHaveLength(before + 1);
		const raw = mailsTo('officer').at(-1)!.raw;
		expect(raw).toMatch(/New feedback: \d+/);
		expect(raw).toMatch(/Safeguarding alerts still open: 0/);
		expect(raw).not.toContain('words of a young person');
		clock = new Date('2027-02-12T18:00:00Z');
		await worker.tick();
		expect(mailsTo('officer')).toHaveLength(before + 1);
		// Summer time: Monday 9am London is 8am UTC.
		clock = new Date('2027-06-07T07:59:00Z');
		const june = mailsTo('officer').length;
		await q(`delete from app.reminders_sent where kind = 'officer_weekly' and period = '2027-06-07'`);
		await worker.tick();
		expect(mailsTo('officer')).toHaveLength(june);
		clock = new Date('2027-06-07T08:00:00Z');
		await worker.tick();
		expect(mailsTo('officer')).toHaveLength(june + 1);
	});

	it('lets a person switch only their own reminders, and only kinds their role receives', async () => {
		expect(await setReminder('officer', 'officer_weekly', false)).toBe(true);
		expect(await setReminder('officer', 'action_update_due', false)).toBe(false);
		expect(await setReminder('youth', 'officer_weekly', false)).toBe(false);
		const mine = await withClaims(
			db,
			people.youth!,
			async (tx) => (await tx.query(`select * from app.my_reminders($1)`, [area])).rows
		);
		expect(mine).toEqual([{ kind: 'review_batch_waiting', enabled: true }]);
		// The tables are out of reach of signed-in people.
		await expect(
			withClaims(db, people.youth!, (tx) =>
				tx.query(`update app.reminder_settings set enabled = false where person_id = $1`, [people.officer!.sub])
			)
		).rejects.toThrow();
		const rows = await q<{ person_id: string; kind: string; enabled: boolean }>(
			`select person_id, kind, enabled from app.reminder_settings where area_id = $1 order by kind`,
			[area]
		);
		expect(rows).toEqual([
			{ person_id: people.partner2!.sub, kind: 'action_update_due', enabled: false },
			{ person_id: people.officer!.sub, kind: 'officer_weekly', enabled: false }
		]);
		// The account page's form: what is ticked is on, the rest of the caller's kinds off.
		await withClaims(db, people.partner2!, (tx) => reminderSettings.save(tx, area, ['action_update_due']));
		expect(await withClaims(db, people.partner2!, (tx) => reminderSettings.mine(tx, area))).toEqual([
			{ kind: 'action_update_due', enabled: true }
		]);
		await withClaims(db, people.partner2!, (tx) => reminderSettings.save(tx, area, []));
		// Switched off: the next week's digest is not sent.
		const before = mailsTo('officer').length;
		clock = new Date('2027-06-14T10:00:00Z');
		await worker.tick();
		expect(mailsTo('officer')).toHaveLength(before);
	});

	it('looks once a minute, and after a failed send waits longer each time instead of trying every tick', async () => {
		await setReminder('officer', 'officer_weekly', true);
		const tries: string[] = [];
		let down = true;
		const flaky = startWorker(db, {
			channels: {
				email: async (out) => {
					tries.push(out.to);
					if (down) throw new Error('connect ECONNREFUSED (test mail server down)');
					return 'sent';
				}
			},
			origin: ORIGIN,
			now: () => clock,
			pollMs: 0,
			listen: false,
			reminders: true
		});
		const officerTries = () => tries.filter((t) => t === email('officer')).length;
		const digest = () =>
			q<{ attempts: number; retry_at: Date | null; last_error: string | null }>(
				`select attempts, retry_at, last_error from app.reminders_sent
				 where person_id = $1 and kind = 'officer_weekly' and period = '2027-06-21'`,
				[people.officer!.sub]
			);
		try {
			clock = new Date('2027-06-21T09:00:00Z'); // Monday 10am London
			await flaky.tick();
			expect(officerTries()).toBe(1);
			let [row] = await digest();
			expect(row).toMatchObject({ attempts: 1, last_error: expect.stringContaining('ECONNREFUSED') });
			expect(row!.retry_at).toEqual(new Date('2027-06-21T09:02:00Z'));
			// Ticks in the same minute do not look again; a minute on, the wait is not over.
			for (let i = 0; i < 5; i++) await flaky.tick();
			clock = new Date('2027-06-21T09:01:00Z');
			await flaky.tick();
			expect(officerTries()).toBe(1);
			// The wait is over: tried again, failed again, and the next wait is twice as long.
			clock = new Date('2027-06-21T09:02:00Z');
			await flaky.tick();
			expect(officerTries()).toBe(2);
			[row] = await digest();
			expect(row).toMatchObject({ attempts: 2 });
			expect(row!.retry_at).toEqual(new Date('2027-06-21T09:06:00Z'));
			// The server is back: the next try sends it, once, and the claim is settled.
			down = false;
			clock = new Date('2027-06-21T09:06:00Z');
			await flaky.tick();
			clock = new Date('2027-06-21T09:30:00Z');
			await flaky.tick();
			expect(officerTries()).toBe(3);
			[row] = await digest();
			expect(row).toMatchObject({ attempts: 3, retry_at: null });
		} finally {
			await flaky.stop();
		}
	});
});
