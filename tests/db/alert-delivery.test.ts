/**
 * Alerts that reach a person: the outbox trigger, the worker, retries with backoff, leases,
 * escalation and who may be a contact, on both engines, with a real SMTP server and a local
 * stand-in for GOV.UK Notify reached through the real client. The worker's clock is controlled.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as surveys from '../../src/lib/server/services/surveys';
import * as feedback from '../../src/lib/server/services/feedback';
import * as members from '../../src/lib/server/services/members';
import * as alerts from '../../src/lib/server/services/alerts';
import { TEMPLATES } from '../../src/lib/survey/templates';
import { notifyChannels, smtpChannel } from '../../src/lib/server/jobs/channels';
import { startWorker, type Worker } from '../../src/lib/server/jobs/worker';
import { claimDeliveries, finishDelivery } from '../../src/lib/server/jobs/outbox';
import { startNotify, startSmtp, type TestNotify, type TestSmtp } from '../support/alert-servers';
import { engines } from './engines';
import { owner, seeded } from './fixtures';

const template = TEMPLATES.find((t) => t.id === 'getting-help')!.definition;
const WORDS = 'I am going to kill myself tonight, I have the pills ready';
const ORIGIN = 'https://alerts.example';
const EMAIL_TEMPLATE = '11111111-1111-4111-8111-111111111111';
const SMS_TEMPLATE = '22222222-2222-4222-8222-222222222222';

describe.each(engines)('alert delivery on $name', (engine) => {
	let db: Db;
	let smtp: TestSmtp;
	let notify: TestNotify;
	let area: string;
	let engagement: string;
	let surveyTitle: string;
	const people: Record<string, { id: string; membership: string; claims: Claims }> = {};
	let clock = new Date();
	let worker: Worker;

	const count = async (sql: string, params: unknown[] = []) =>
		(await owner(db, (tx) => tx.query<{ n: number }>(sql, params))).rows[0]!.n;
	const deliveries = (alertId: string) =>
		owner(
			db,
			async (tx) =>
				(
					await tx.query<{
						person_id: string;
						channel: string;
						status: string;
						attempts: number;
						round: number;
						next_attempt_at: Date;
					}>(
						`select person_id, channel, status, attempts, round, next_attempt_at from public.alert_deliveries where alert_id = $1 order by round, channel`,
						[alertId]
					)
				).rows
		);
	const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

	/** An alert inserted straight into the table, as any path (import, SQL, another service) would. */
	async function rawAlert(severity: 'urgent' | 'high' | 'concern'): Promise<string> {
		return owner(db, async (tx) => {
			const item = (
				await tx.query<{ id: string }>(
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, safeguarding) values (gen_random_uuid(), $1, $2, $3, true) returning id`,
					[area, engagement, WORDS]
				)
			).rows[0]!.id;
			return (
				await tx.query<{ id: string }>(
					`insert into public.safeguarding_alerts (area_id, feedback_item_id, severity) values ($1, $2, $3) returning id`,
					[area, item, severity]
				)
			).rows[0]!.id;
		});
	}

	beforeAll(async () => {
		db = await seeded(await engine.create());
		smtp = await startSmtp();
		notify = await startNotify();
		await owner(db, async (tx) => {
			area = (await tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`)).rows[0]!.id;
			const add = async (key: string, role: string, contact: boolean, mobile: string | null = null) => {
				const id = (
					await tx.query<{ id: string }>(
						`insert into public.people (email, display_name, mobile) values ($1, $2, $3) returning id`,
						[`${key}@alerts.test`, key, mobile]
					)
				).rows[0]!.id;
				const membership = (
					await tx.query<{ id: string }>(
						`insert into public.memberships (person_id, area_id, role, safeguarding_contact) values ($1, $2, $3, $4) returning id`,
						[id, area, role, contact]
					)
				).rows[0]!.id;
				people[key] = { id, membership, claims: { role: 'authenticated', sub: id } };
			};
			await add('contact', 'engagement_officer', true, '07700 900123');
			await add('admin', 'area_admin', false);
			await add('partner', 'partner', false);
			await add('commissioner', 'commissioner', false);
		});
		const survey = await withClaims(db, people.contact!.claims, (tx) =>
			surveys.create(tx, area, template, people.contact!.id)
		);
		await withClaims(db, people.contact!.claims, (tx) => surveys.setStatus(tx, area, survey.id, 'open'));
		engagement = survey.engagement_id;
		surveyTitle = survey.title;
	}, 120_000);

	beforeEach(async () => {
		clock = new Date(Date.now() + 1000);
		await worker?.stop();
		worker = startWorker(db, {
			channels: {
				email: smtpChannel(smtp.url, 'Said & Done <alerts@said-and-done.test>'),
				...notifyChannels({
					apiKey: notify.apiKey,
					baseUrl: notify.baseUrl,
					emailTemplateId: EMAIL_TEMPLATE,
					smsTemplateId: SMS_TEMPLATE
				})
			},
			origin: ORIGIN,
			now: () => clock,
			leaseMs: 60_000,
			pollMs: 0,
			listen: false
		});
	});

	afterAll(async () => {
		await worker?.stop();
		await smtp.close();
		await notify.close();
		await engine.cleanup();
	});

	it("queues delivery in the respondent's own transaction, and a rolled-back answer queues nothing", async () => {
		const before = await count(`select count(*)::int as n from app.jobs`);
		await expect(
			withClaims(db, ANON, async (tx) => {
				await feedback.add(tx, {
					areaId: area,
					engagementId: engagement,
					text: WORDS,
					consent: 'staff_only',
					source: 'survey'
				});
				throw new Error('the request failed after the answer');
			})
		).rejects.toThrow('the request failed');
		expect(await count(`select count(*)::int as n from app.jobs`)).toBe(before);

		const added = await withClaims(db, ANON, (tx) =>
			feedback.add(tx, { areaId: area, engagementId: engagement, text: WORDS, consent: 'staff_only', source: 'survey' })
		);
		expect(added.safeguarding).toBe(true);
		expect(
			await count(
				`select count(*)::int as n from app.jobs j join public.safeguarding_alerts a on a.id = j.alert_id
				 where a.feedback_item_id = $1 and j.kind = 'alert' and j.status = 'queued'`,
				[added.id]
			)
		).toBe(1);
		// Respondents (and staff) cannot see the outbox at all.
		await expect(withClaims(db, ANON, (tx) => tx.query('select * from app.jobs'))).rejects.toThrow();
	});

	it("emails the area's contact through SMTP, and emails and texts through Notify, with none of the young person's words", async () => {
		const mailsBefore = smtp.mails.length;
		const notifyBefore = notify.requests.length;
		const id = await rawAlert('urgent');
		await worker.tick();

		const rows = await deliveries(id);
		expect(rows.map((r) => [r.channel, r.status, r.person_id])).toEqual([
			['email', 'sent', people.contact!.id],
			['notify_email', 'sent', people.contact!.id],
			['notify_sms', 'sent', people.contact!.id]
		]);

		const mail = smtp.mails.slice(mailsBefore).filter((m) => m.raw.includes(id));
		expect(mail).toHaveLength(1);
		expect(mail[0]!.to).toEqual(['contact@alerts.test']);
		expect(mail[0]!.raw).toContain('Urgent safeguarding alert in');
		expect(mail[0]!.raw).toContain(`${ORIGIN}/app/llr/alerts#alert-${id}`);
		expect(mail[0]!.raw).toContain(surveyTitle);
		expect(mail[0]!.raw).not.toMatch(/kill|pills/i);
		expect(mail[0]!.messageId).toMatch(/^<alert-[0-9a-f-]{36}@said-and-done>$/);

		const sent = notify.requests.slice(notifyBefore).filter((r) => r.body.personalisation?.link?.includes(id));
		expect(sent.map((r) => r.path).sort()).toEqual(['/v2/notifications/email', '/v2/notifications/sms']);
		const sms = sent.find((r) => r.path.endsWith('sms'))!;
		expect(sms.body.phone_number).toBe('07700 900123');
		expect(sms.body.template_id).toBe(SMS_TEMPLATE);
		expect(sms.authorization).toMatch(/^Bearer \S+\.\S+\.\S+$/);
		expect(sms.body.personalisation?.severity).toBe('Urgent');
		expect(JSON.stringify(sent)).not.toMatch(/kill|pills/i);
		// The reference is the delivery's id: a repeat could be matched up in Notify.
		expect(new Set(sent.map((r) => r.body.reference)).size).toBe(2);

		// A second run finds nothing more to do: each is sent once.
		const [mails, requests] = [smtp.mails.length, notify.requests.length];
		await worker.tick();
		expect([smtp.mails.length, notify.requests.length]).toEqual([mails, requests]);
	});

	it('tells the contact about an alert raised without a stored answer (the last-resort path), naming where it came from', async () => {
		const before = smtp.mails.length;
		const raised = await feedback.raiseUnstored((fn) => withClaims(db, ANON, fn), {
			areaId: area,
			engagementId: engagement,
			texts: [{ text: WORDS, key: `unstored-${Date.now()}` }]
		});
		expect(raised).toBe(true);
		const id = (
			await owner(db, (tx) =>
				tx.query<{ id: string }>(
					`select id from public.safeguarding_alerts where area_id = $1 and feedback_item_id is null order by created_at desc limit 1`,
					[area]
				)
			)
		).rows[0]!.id;
		await worker.tick();
		expect((await deliveries(id)).find((r) => r.channel === 'email')?.status).toBe('sent');
		const mail = smtp.mails.slice(before).filter((m) => m.raw.includes(id));
		expect(mail).toHaveLength(1);
		expect(mail[0]!.raw).toContain(surveyTitle);
		expect(mail[0]!.raw).not.toMatch(/kill|pills/i);
	});

	it('retries a failed send with backoff and records each attempt', async () => {
		const id = await rawAlert('concern');
		notify.failNext(2);
		await worker.tick();
		let rows = await deliveries(id);
		const failed = rows.filter((r) => r.status === 'failed');
		expect(failed.map((r) => r.channel).sort()).toEqual(['notify_email', 'notify_sms']);
		expect(failed.every((r) => r.attempts === 1)).toBe(true);
		// First retry 10 s later.
		expect(new Date(failed[0]!.next_attempt_at).getTime()).toBe(clock.getTime() + 10_000);

		later(5_000);
		await worker.tick();
		expect((await deliveries(id)).filter((r) => r.status === 'failed')).toHaveLength(2);

		later(5_000);
		await worker.tick();
		rows = await deliveries(id);
		expect(rows.every((r) => r.status === 'sent')).toBe(true);
		expect(rows.find((r) => r.channel === 'notify_sms')!.attempts).toBe(2);
	});

	it('leaves a claimed delivery to its worker until the lease ends, then another takes it over once', async () => {
		const id = await rawAlert('concern');
		// Fan out without sending: run only the job.
		const { runOneJob } = await import('../../src/lib/server/jobs/outbox');
		while (await runOneJob(db, clock, ['email'])) {
			/* drain */
		}
		const first = await claimDeliveries(db, clock, 30_000);
		const mine = first.filter((d) => d.alert_id === id);
		expect(mine).toHaveLength(1);
		// The first worker "dies" here. Another sees nothing to do until the lease runs out.
		later(29_000);
		expect((await claimDeliveries(db, clock, 30_000)).filter((d) => d.alert_id === id)).toHaveLength(0);
		later(1_000);
		const mailsBefore = smtp.mails.length;
		await worker.tick();
		expect(smtp.mails.length - mailsBefore).toBe(1);
		const [row] = (await deliveries(id)).filter((r) => r.channel === 'email');
		expect(row).toMatchObject({ status: 'sent', attempts: 2 });
		// The first worker's late result cannot overwrite the record.
		await finishDelivery(db, mine[0]!, clock, { error: 'late' });
		expect((await deliveries(id)).find((r) => r.channel === 'email')).toMatchObject({ status: 'sent' });
	});

	it("escalates an unacknowledged urgent alert to the area admins after the area's time, and repeats until acknowledged", async () => {
		await owner(db, (tx) => tx.query(`update public.areas set alert_ack_minutes = 10 where id = $1`, [area]));
		const id = await rawAlert('urgent');
		await worker.tick();
		const toAdmin = () => smtp.mails.filter((m) => m.to.includes('admin@alerts.test') && m.raw.includes(id));

		later(9 * 60_000);
		await worker.tick();
		expect(toAdmin()).toHaveLength(0);

		later(60_000 + 1000);
		await worker.tick();
		expect(toAdmin()).toHaveLength(1);
		expect(toAdmin()[0]!.raw).toContain('Nobody has acknowledged');

		later(10 * 60_000);
		await worker.tick();
		expect(toAdmin()).toHaveLength(2);
		const toAdmins = (await deliveries(id)).filter((r) => r.person_id === people.admin!.id);
		expect(toAdmins.map((r) => `${r.round} ${r.channel} ${r.status}`)).toEqual([
			'1 email sent',
			'1 notify_email sent',
			'2 email sent',
			'2 notify_email sent'
		]);

		// Acknowledged (not closed): no more rounds.
		expect(
			await withClaims(db, people.contact!.claims, (tx) => alerts.acknowledge(tx, area, id, people.contact!.id))
		).toBe(true);
		later(30 * 60_000);
		await worker.tick();
		expect(toAdmin()).toHaveLength(2);
		await owner(db, (tx) => tx.query(`update public.areas set alert_ack_minutes = 30 where id = $1`, [area]));
	});

	it('never escalates a concern', async () => {
		const id = await rawAlert('concern');
		await worker.tick();
		expect(await count(`select count(*)::int as n from app.jobs where alert_id = $1 and kind = 'escalate'`, [id])).toBe(
			0
		);
	});

	it('lets only officers and admins read the delivery records', async () => {
		const id = await rawAlert('concern');
		await worker.tick();
		const read = (who: string) =>
			withClaims(
				db,
				people[who]!.claims,
				async (tx) => (await tx.query(`select 1 from public.alert_deliveries where alert_id = $1`, [id])).rows.length
			);
		expect(await read('contact')).toBe(3);
		expect(await read('admin')).toBe(3);
		expect(await read('partner')).toBe(0);
		expect(await read('commissioner')).toBe(0);
	});

	it('refuses to name a partner as safeguarding contact, in the service and in the database', async () => {
		const admin = people.admin!.claims;
		expect(
			await withClaims(db, admin, (tx) => members.setSafeguardingContact(tx, area, people.partner!.membership, true))
		).toBe('cannot_act');
		await expect(
			owner(db, (tx) =>
				tx.query(`update public.memberships set safeguarding_contact = true where id = $1`, [
					people.partner!.membership
				])
			)
		).rejects.toThrow(/memberships_safeguarding_contact_can_act/);
		expect(
			await withClaims(db, admin, (tx) => members.setSafeguardingContact(tx, area, people.admin!.membership, true))
		).toBe('ok');
		// Whoever is named sees the alerts (and their count).
		expect((await withClaims(db, admin, (tx) => alerts.list(tx, area))).length).toBeGreaterThan(0);
		expect(await withClaims(db, admin, (tx) => alerts.openCount(tx, area))).toBeGreaterThan(0);
		await withClaims(db, admin, (tx) => members.setSafeguardingContact(tx, area, people.admin!.membership, false));
	});
});
