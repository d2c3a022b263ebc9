/**
 * Hearing back (issue 18): contacts kept apart and encrypted, double opt-in, changes queued by the
 * database itself (an action changed by SQL is heard), grouping "as it happens" and weekly
 * digests, named replies, stopping, withdrawal and the 12-month limit, on both engines, with a
 * real SMTP server and the local stand-in for Notify. The worker's clock is controlled.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as responses from '../../src/lib/server/services/responses';
import * as hearBack from '../../src/lib/server/services/hear-back';
import * as actions from '../../src/lib/server/services/actions';
import { runIfDue } from '../../src/lib/server/services/retention';
import { decrypt, encrypt, linkToken, readToken } from '../../src/lib/server/hear-back/crypto';
import { notifyHearBackSms, smtpChannel } from '../../src/lib/server/jobs/channels';
import { startWorker, type Worker } from '../../src/lib/server/jobs/worker';
import { startNotify, startSmtp, type TestNotify, type TestSmtp } from '../support/alert-servers';
import { engines } from './engines';
import { makeArea, makePlan, migrated, owner } from './fixtures';

const KEY = randomBytes(32);
const ORIGIN = 'https://hear.example';
const SMS_TEMPLATE = '33333333-3333-4333-8333-333333333333';
const WORDS = 'the waiting list at camhs took nine months and nobody called me back';

describe.each(engines)('hearing back on $name', (engine) => {
	let db: Db;
	let smtp: TestSmtp;
	let notify: TestNotify;
	let worker: Worker;
	let secret: string;
	let area: string;
	let slug: string;
	let engagement: string;
	let survey: string;
	let actionId: string;
	let statementId: string;
	const theme = `hb-${randomBytes(3).toString('hex')}`;
	const staff: Record<string, Claims> = {};
	let clock = new Date();
	const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
	const q = <T extends object>(sql: string, params: unknown[] = []) =>
		owner(db, async (tx) => (await tx.query<T>(sql, params)).rows);

	/** A response with one written answer on the theme, as a survey would store it; returns its receipt code. */
	async function respond(opts: { flagged?: boolean } = {}): Promise<{ code: string; item: string; response: string }> {
		const response = randomUUID();
		const item = randomUUID();
		const code = responses.receiptCode(secret, survey, randomBytes(12).toString('hex'));
		await owner(db, async (tx) => {
			await tx.query(
				`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash) values ($1, $2, $3, $4, $5)`,
				[response, area, survey, randomBytes(12).toString('hex'), responses.receiptHash(secret, code)]
			);
			await tx.query(
				`insert into public.feedback_items (id, area_id, engagement_id, response_id, redacted_text, suggested_theme_ids, safeguarding)
				 values ($1, $2, $3, $4, $5, $6, $7)`,
				[item, area, engagement, response, WORDS, [theme], opts.flagged ?? false]
			);
		});
		return { code, item, response };
	}

	const subscribe = (code: string, channel: 'email' | 'sms', contact: string, frequency: 'as_it_happens' | 'weekly') =>
		withClaims(db, ANON, (tx) =>
			hearBack.subscribe(tx, secret, code, { channel, sealed: encrypt(KEY, contact), frequency })
		);
	const confirmLinkIn = (raw: string) => /\/hear-back\/confirm\/(\S+)/.exec(raw)?.[1];
	const mailsTo = (to: string, from = 0) => smtp.mails.slice(from).filter((m) => m.to.includes(to));

	beforeAll(async () => {
		db = await migrated(await engine.create());
		smtp = await startSmtp();
		notify = await startNotify();
		secret = await responses.receiptSecret(db);
		slug = `hb${randomBytes(3).toString('hex')}`;
		await owner(db, async (tx) => {
			area = await makeArea(tx, slug);
			({ actionId } = await makePlan(tx, area));
			await tx.query(
				`update public.actions set owner = 'Leicester CAMHS', title = 'Call back everyone waiting' where id = $1`,
				[actionId]
			);
			await tx.query(`insert into public.themes (id, area_id, name) values ($1, $2, 'Waiting for help')`, [
				theme,
				area
			]);
			engagement = (
				await tx.query<{ id: string }>(
					`insert into public.engagements (area_id, kind, title, published) values ($1, 'survey', 'Getting help', true) returning id`,
					[area]
				)
			).rows[0]!.id;
			survey = (
				await tx.query<{ id: string }>(
					`insert into public.surveys (area_id, engagement_id, code, title, audience, definition, status)
					 values ($1, $2, 'hbsurvey', 'Getting help', 'young_people', '{}', 'open') returning id`,
					[area, engagement]
				)
			).rows[0]!.id;
			statementId = (
				await tx.query<{ id: string }>(
					`insert into public.you_said (area_id, statement, status, published_at) values ($1, 'Waiting is too long', 'published', now()) returning id`,
					[area]
				)
			).rows[0]!.id;
			await tx.query(`insert into public.you_said_themes (you_said_id, theme_id, area_id) values ($1, $2, $3)`, [
				statementId,
				theme,
				area
			]);
			await tx.query(`insert into public.you_said_actions (you_said_id, action_id, area_id) values ($1, $2, $3)`, [
				statementId,
				actionId,
				area
			]);
			for (const role of ['engagement_officer', 'youth_board', 'area_admin']) {
				const id = (
					await tx.query<{ id: string }>(
						`insert into public.people (email, display_name) values ($1, $2) returning id`,
						[`${role}-${slug}@hear.test`, role]
					)
				).rows[0]!.id;
				await tx.query(`insert into public.memberships (person_id, area_id, role) values ($1, $2, $3)`, [
					id,
					area,
					role
				]);
				staff[role] = { role: 'authenticated', sub: id };
			}
		});
		clock = new Date(Date.now() + 1000);
		worker = startWorker(db, {
			channels: {},
			origin: ORIGIN,
			now: () => clock,
			pollMs: 0,
			listen: false,
			hearBack: {
				key: async () => KEY,
				senders: {
					email: smtpChannel(smtp.url, 'Said & Done <hear@said-and-done.test>'),
					sms: notifyHearBackSms({ apiKey: notify.apiKey, baseUrl: notify.baseUrl, templateId: SMS_TEMPLATE })
				}
			}
		});
	}, 120_000);

	afterAll(async () => {
		await worker?.stop();
		await smtp?.close();
		await notify?.close();
		await engine.cleanup();
	});

	it('encrypts contacts and checks link tokens', () => {
		const sealed = encrypt(KEY, 'sam@example.org');
		expect(sealed).not.toContain('sam');
		expect(decrypt(KEY, sealed)).toBe('sam@example.org');
		expect(() => decrypt(randomBytes(32), sealed)).toThrow();
		const id = randomUUID();
		expect(readToken(KEY, 'stop', linkToken(KEY, 'stop', id))).toBe(id);
		expect(readToken(KEY, 'confirm', linkToken(KEY, 'stop', id))).toBeNull();
		expect(readToken(randomBytes(32), 'stop', linkToken(KEY, 'stop', id))).toBeNull();
	});

	it('keeps contacts from every signed-in role, encrypted, and sends nothing but the confirmation until it is followed', async () => {
		const { code } = await respond();
		const to = `young-${slug}@example.org`;
		const id = await subscribe(code, 'email', to, 'as_it_happens');
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		// A second request straight away is refused (no flooding someone's inbox).
		expect(await subscribe(code, 'email', to, 'as_it_happens')).toBeNull();
		const [row] = await q<{ contact: string }>(`select contact from app.hear_back_contacts where id = $1`, [id]);
		expect(row!.contact).not.toContain('young');
		expect(decrypt(KEY, row!.contact)).toBe(to);
		for (const claims of [ANON, ...Object.values(staff)]) {
			const seen = await withClaims(db, claims, async (tx) => {
				try {
					await tx.query('savepoint s');
					return (await tx.query(`select * from app.hear_back_contacts`)).rows.length;
				} catch {
					await tx.query('rollback to savepoint s');
					return 0;
				}
			});
			expect(seen).toBe(0);
		}
		const status = await withClaims(db, ANON, (tx) => hearBack.status(tx, secret, code));
		expect(status.map((s) => [s.channel, s.confirmed])).toEqual([['email', false]]);

		const before = smtp.mails.length;
		await worker.tick();
		const mails = mailsTo(to, before);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.raw).toMatch(/Confirm you want to hear back/);
		expect(mails[0]!.raw).toMatch(/^List-Unsubscribe:\s+<https:\/\/hear\.example\/hear-back\/stop\/\S+>/im);
		expect(mails[0]!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
		expect(mails[0]!.raw).toContain('85258');

		// Not confirmed: an action changing queues nothing for them.
		await q(`update public.actions set status = 'in_progress', progress = 10 where id = $1`, [actionId]);
		expect(await q(`select 1 from app.hear_back_outbox where contact_id = $1`, [id])).toHaveLength(0);

		const token = confirmLinkIn(mails[0]!.raw)!;
		expect(readToken(KEY, 'confirm', token)).toBe(id);
		expect(await withClaims(db, ANON, (tx) => hearBack.confirm(tx, id!))).toBe(true);
	});

	it("groups changes made by SQL within a minute into one message, sent within two minutes, with nobody else's words", async () => {
		const { code } = await respond();
		const to = `grouped-${slug}@example.org`;
		const id = (await subscribe(code, 'email', to, 'as_it_happens'))!;
		await withClaims(db, ANON, (tx) => hearBack.confirm(tx, id));
		clock = new Date(Date.now() + 1000);
		await worker.tick(); // the confirmation
		const before = smtp.mails.length;
		// An analyst changes the action in SQL, twice, and adds an update.
		await q(`update public.actions set status = 'in_progress', progress = 40 where id = $1`, [actionId]);
		await q(`update public.actions set progress = 60 where id = $1`, [actionId]);
		await q(`insert into public.action_updates (area_id, action_id, body) values ($1, $2, 'We hired two more staff')`, [
			area,
			actionId
		]);
		expect(
			await q(`select 1 from app.hear_back_outbox where contact_id = $1 and message_id is null`, [id])
		).toHaveLength(3);
		later(30_000);
		await worker.tick();
		expect(mailsTo(to, before)).toHaveLength(0); // still gathering
		later(35_000);
		await worker.tick();
		const mails = mailsTo(to, before);
		expect(mails).toHaveLength(1);
		const raw = mails[0]!.raw;
		expect(raw).toContain('"Call back everyone waiting" is now: In progress (60% of the way)');
		expect(raw).not.toContain('40%');
		expect(raw).toContain('has a new update from Leicester CAMHS');
		expect(raw).not.toContain(WORDS);
		expect(raw).not.toContain('hired two more');
		expect(raw).toContain('85258');
		expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
		expect(raw).not.toContain(code);
		const [m] = await q<{ status: string }>(
			`select status from app.hear_back_messages where contact_id = $1 and kind = 'update'`,
			[id]
		);
		expect(m!.status).toBe('sent');
	});

	it('tells them of a named reply, shown on their receipt, and refuses replies to flagged words or from the youth board', async () => {
		const { code, item } = await respond();
		const to = `reply-${slug}@example.org`;
		const id = (await subscribe(code, 'email', to, 'as_it_happens'))!;
		await withClaims(db, ANON, (tx) => hearBack.confirm(tx, id));
		await worker.tick();
		const before = smtp.mails.length;
		const sam = 'Sam, engagement officer at LLR ICB';
		const ok = await withClaims(db, staff.engagement_officer!, (tx) =>
			hearBack.reply(tx, item, sam, 'Thank you. We have shared this with the CAMHS team.')
		);
		expect(ok.ok).toBe(true);
		expect(
			await withClaims(db, staff.youth_board!, (tx) => hearBack.reply(tx, item, 'Alex, youth board', 'Thanks'))
		).toEqual({ ok: false, reason: 'not_allowed' });
		const flagged = await respond({ flagged: true });
		expect(
			await withClaims(db, staff.engagement_officer!, (tx) => hearBack.reply(tx, flagged.item, sam, 'Thank you'))
		).toEqual({ ok: false, reason: 'not_repliable' });
		const replies = await withClaims(db, ANON, (tx) => hearBack.receiptReplies(tx, secret, code));
		expect(replies.map((r) => r.signed_as)).toEqual([sam]);
		later(95_000);
		await worker.tick();
		const mails = mailsTo(to, before);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.raw).toContain(`${sam} replied to what you said`);
		expect(mails[0]!.raw).not.toContain('shared this with');
	});

	it('sends weekly digests on Monday at 9am London time, grouping several changes into one message', async () => {
		const { code } = await respond();
		const to = `weekly-${slug}@example.org`;
		const id = (await subscribe(code, 'email', to, 'weekly'))!;
		await withClaims(db, ANON, (tx) => hearBack.confirm(tx, id));
		await worker.tick();
		const [{ next_digest_at: due }] = (await q<{ next_digest_at: Date }>(
			`select next_digest_at from app.hear_back_contacts where id = $1`,
			[id]
		)) as [{ next_digest_at: Date }];
		const london = new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/London',
			weekday: 'long',
			hour: 'numeric'
		}).format(new Date(due));
		expect(london.replace(',', '')).toBe('Monday 09');
		const before = smtp.mails.length;
		await q(
			`update public.actions set status = 'done', progress = 100, outcome = 'Everyone waiting was called' where id = $1`,
			[actionId]
		);
		const second = (
			await q<{ id: string }>(
				`insert into public.you_said (area_id, statement, status, published_at) values ($1, 'Nobody calls back', 'draft', null) returning id`,
				[area]
			)
		)[0]!.id;
		await q(`insert into public.you_said_themes (you_said_id, theme_id, area_id) values ($1, $2, $3)`, [
			second,
			theme,
			area
		]);
		await q(`update public.you_said set status = 'published', published_at = now() where id = $1`, [second]);
		clock = new Date(Date.now() + 5 * 60_000);
		await worker.tick();
		expect(mailsTo(to, before)).toHaveLength(0); // not Monday 9am yet
		clock = new Date(new Date(due).getTime() + 1000);
		await worker.tick();
		const mails = mailsTo(to, before);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.raw).toMatch(/This week in .*: 2 changes/);
		expect(mails[0]!.raw).toContain('is now: Done');
		expect(mails[0]!.raw).toContain('A new "You said" statement is on the board about Waiting for help');
		const [c] = await q<{ next_digest_at: Date }>(`select next_digest_at from app.hear_back_contacts where id = $1`, [
			id
		]);
		expect(new Date(c!.next_digest_at).getTime() - new Date(due).getTime()).toBe(7 * 24 * 3600_000);
	});

	it('texts through Notify where it is set up', async () => {
		const { code } = await respond();
		const before = notify.requests.length;
		const id = (await subscribe(code, 'sms', '07700900982', 'as_it_happens'))!;
		await worker.tick();
		const sent = notify.requests.slice(before);
		expect(sent).toHaveLength(1);
		expect(sent[0]!.path).toBe('/v2/notifications/sms');
		expect(sent[0]!.body.phone_number).toBe('07700900982');
		expect(sent[0]!.body.template_id).toBe(SMS_TEMPLATE);
		expect(sent[0]!.body.personalisation?.body).toContain(`/hear-back/confirm/${linkToken(KEY, 'confirm', id)}`);
		expect(sent[0]!.body.personalisation?.body).toContain('85258');
	});

	it('stops at once: the contact and everything queued for it are deleted, and later changes send nothing', async () => {
		const { code } = await respond();
		const to = `stop-${slug}@example.org`;
		const id = (await subscribe(code, 'email', to, 'as_it_happens'))!;
		await withClaims(db, ANON, (tx) => hearBack.confirm(tx, id));
		await q(`update public.actions set progress = 99 where id = $1`, [actionId]);
		expect(await withClaims(db, ANON, (tx) => hearBack.stop(tx, id))).toBe(true);
		for (const t of ['hear_back_contacts', 'hear_back_messages', 'hear_back_outbox'])
			expect(
				await q(`select 1 from app.${t} where ${t === 'hear_back_contacts' ? 'id' : 'contact_id'} = $1`, [id])
			).toHaveLength(0);
		const before = smtp.mails.length;
		await q(`update public.actions set progress = 98 where id = $1`, [actionId]);
		later(120_000);
		await worker.tick();
		expect(mailsTo(to, before)).toHaveLength(0);
		expect(await withClaims(db, ANON, (tx) => hearBack.status(tx, secret, code))).toEqual([]);
	});

	it('deletes the contact when they take everything back, and 12 months after it was given at the latest', async () => {
		const a = await respond();
		await subscribe(a.code, 'email', `withdraw-${slug}@example.org`, 'as_it_happens');
		await withClaims(db, ANON, (tx) => responses.withdraw(tx, secret, a.code, true));
		expect(await q(`select 1 from app.hear_back_contacts c where c.response_id = $1`, [a.response])).toHaveLength(0);

		const b = await respond();
		const id = (await subscribe(b.code, 'email', `old-${slug}@example.org`, 'as_it_happens'))!;
		const [c] = await q<{ expires_at: Date; created_at: Date }>(
			`select expires_at, created_at from app.hear_back_contacts where id = $1`,
			[id]
		);
		const months = (new Date(c!.expires_at).getTime() - new Date(c!.created_at).getTime()) / (24 * 3600_000);
		expect(months).toBeGreaterThanOrEqual(365);
		expect(months).toBeLessThanOrEqual(366);
		// The daily retention run, on a day a year and a bit from now.
		expect(await runIfDue(db, new Date(Date.now() + 367 * 24 * 3600_000))).toBe(true);
		expect(await q(`select 1 from app.hear_back_contacts where id = $1`, [id])).toHaveLength(0);
	});

	it('shows "done" as confirmed by young people only after the youth board confirms, and a rewrite takes it away', async () => {
		const { actionId: other } = await owner(db, (tx) => makePlan(tx, area));
		await q(`update public.actions set owner = 'Leicester CAMHS' where id = $1`, [other]);
		const confirmedAt = async () =>
			(await q<{ at: Date | null }>(`select done_confirmed_at as at from public.actions where id = $1`, [other]))[0]!
				.at;
		// Not done yet: nothing to confirm.
		expect(await withClaims(db, staff.youth_board!, (tx) => actions.confirmDone(tx, other))).toBe(false);
		await q(
			`update public.actions set status = 'done', outcome = 'Everyone on the list was called back' where id = $1`,
			[other]
		);
		// Only the youth board holds the second key; nobody writes the column directly.
		await expect(withClaims(db, staff.engagement_officer!, (tx) => actions.confirmDone(tx, other))).rejects.toThrow(
			/youth board/
		);
		await expect(
			withClaims(db, staff.area_admin!, (tx) =>
				tx.query(`update public.actions set done_confirmed_at = now() where id = $1`, [other])
			)
		).rejects.toThrow(/youth board/);
		expect(await confirmedAt()).toBeNull();
		expect(await withClaims(db, staff.youth_board!, (tx) => actions.confirmDone(tx, other))).toBe(true);
		expect(await confirmedAt()).not.toBeNull();
		const detail = await withClaims(db, staff.youth_board!, (tx) => actions.get(tx, area, other));
		expect(detail!.done_confirmed_at).not.toBeNull();
		// The owner rewrites what changed: the young people must look again.
		await q(`update public.actions set outcome = 'Most people on the list were called back' where id = $1`, [other]);
		expect(await confirmedAt()).toBeNull();
	});
});
