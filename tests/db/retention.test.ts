/**
 * Keeping only what is needed (issue 13): each area's schedule, set by its admin only; the daily
 * run deletes words as typed past the area's months, audit entries past its years, and sign-in
 * attempts and expired sessions older than a day, once a day, and logs what it did; withdrawing
 * everything deletes the demographics at once. On PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as retention from '../../src/lib/server/services/retention';
import { engines } from './engines';
import { makeArea, makeEngagement, makeMember, makeSurvey, owner, seeded } from './fixtures';

const DAY = 86_400_000;

describe.each(engines)('retention on $name', (engine) => {
	let db: Db;
	let area: string;
	let admin: Claims;
	let officer: Claims;
	const now = new Date('2026-12-02T03:00:00Z');
	const ago = (days: number) => new Date(now.getTime() - days * DAY);

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await owner(db, async (tx) => {
			area = await makeArea(tx, 'keepers');
			const person = async (email: string, role: string) => ({
				role: 'authenticated' as const,
				sub: await makeMember(tx, area, email, role)
			});
			admin = await person('admin@keepers.test', 'area_admin');
			officer = await person('officer@keepers.test', 'engagement_officer');
		});
	}, 120_000);
	afterAll(() => engine.cleanup());

	it('lets only the area admin set the schedule, within NHS limits', async () => {
		expect(await withClaims(db, admin, (tx) => retention.schedule(tx, area))).toEqual({
			keep_originals_months: 12,
			keep_audit_years: 6
		});
		expect(
			await withClaims(db, officer, (tx) =>
				retention.setSchedule(tx, area, { keep_originals_months: 1, keep_audit_years: 6 })
			)
		).toBe(false);
		await expect(
			withClaims(db, admin, (tx) => retention.setSchedule(tx, area, { keep_originals_months: 6, keep_audit_years: 2 }))
		).rejects.toThrow(/check constraint/);
		expect(
			await withClaims(db, admin, (tx) =>
				retention.setSchedule(tx, area, { keep_originals_months: 6, keep_audit_years: 7 })
			)
		).toBe(true);
		expect(await withClaims(db, officer, (tx) => retention.schedule(tx, area))).toEqual({
			keep_originals_months: 6,
			keep_audit_years: 7
		});
	});

	it('deletes what is past its time once a day, and logs the run', async () => {
		const ids = await owner(db, async (tx) => {
			const engagement = await makeEngagement(tx, area, 'Old words', 'import');
			const item = async (created: Date) => {
				const id = crypto.randomUUID();
				await tx.query(
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, created_at) values ($1, $2, $3, 'words', $4)`,
					[id, area, engagement, created]
				);
				await tx.query(
					`insert into public.feedback_originals (feedback_item_id, area_id, original_text) values ($1, $2, 'words as typed')`,
					[id, area]
				);
				return id;
			};
			const old = await item(ago(200)); // over 6 months
			const recent = await item(ago(150));
			await tx.query(`insert into public.audit_log (area_id, action, at) values ($1, 'old', $2), ($1, 'kept', $3)`, [
				area,
				ago(365 * 7 + 10),
				ago(365 * 6)
			]);
			const person = (await tx.query<{ id: string }>(`select id from public.people limit 1`)).rows[0]!.id;
			await tx.query(
				`insert into app.sessions (token_hash, person_id, expires_at) values ('gone-hash', $1, $2), ('live-hash', $1, $3)`,
				[person, ago(2), new Date(now.getTime() + DAY)]
			);
			await tx.query(
				`insert into app.sign_in_attempts (account, ip, succeeded, at) values ('a@b.test', 'x', false, $1), ('a@b.test', 'x', false, $2)`,
				[ago(2), ago(0.1)]
			);
			return { old, recent };
		});

		expect(await retention.runIfDue(db, now)).toBe(true);
		expect(await retention.runIfDue(db, new Date(now.getTime() + 3_600_000))).toBe(false); // same day: once

		const left = await owner(db, async (tx) => ({
			originals: (
				await tx.query<{ id: string }>(`select feedback_item_id as id from public.feedback_originals`)
			).rows.map((r) => r.id),
			audit: (
				await tx.query<{ action: string }>(
					`select action from public.audit_log where area_id = $1 and action in ('old', 'kept')`,
					[area]
				)
			).rows.map((r) => r.action),
			sessions: (
				await tx.query<{ token_hash: string }>(`select token_hash from app.sessions where token_hash like '%-hash'`)
			).rows.map((r) => r.token_hash),
			attempts: (await tx.query(`select 1 from app.sign_in_attempts where account = 'a@b.test'`)).rows.length
		}));
		expect(left.originals).toContain(ids.recent);
		expect(left.originals).not.toContain(ids.old);
		expect(left.audit).toEqual(['kept']);
		expect(left.sessions).toEqual(['live-hash']);
		expect(left.attempts).toBe(1);

		const runs = await withClaims(db, admin, (tx) => retention.recentRuns(tx));
		expect(runs[0]).toMatchObject({ day: '2026-12-02', sessions_deleted: 1, sign_in_attempts_deleted: 1 });
		expect(runs[0]!.originals_deleted).toBeGreaterThanOrEqual(1);
		expect(runs[0]!.audit_deleted).toBeGreaterThanOrEqual(1);
		// The next day runs again.
		expect(await retention.runIfDue(db, new Date(now.getTime() + DAY))).toBe(true);
	});

	it('deletes the demographics of a response at once when everything is withdrawn', async () => {
		const row = await owner(db, async (tx) => {
			const llr = area;
			const survey = await makeSurvey(tx, llr, 'keepsrvz', 'Keepers survey');
			const id = crypto.randomUUID();
			await tx.query(
				`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, respondent_role, age_band, locality, equality)
				 values ($1, $2, $3, 'idem-retention-000001', 'retention-hash', 'young_person', '14_15', 'Rutland', '{"sex":"female"}')`,
				[id, llr, survey.id]
			);
			await tx.query(
				`insert into public.feedback_items (id, area_id, engagement_id, response_id, redacted_text, respondent_role, age_band, locality)
				 values (gen_random_uuid(), $1, $2, $3, 'some words', 'young_person', '14_15', 'Rutland')`,
				[llr, survey.engagementId, id]
			);
			await tx.query(`select app.withdraw('retention-hash', true)`);
			return (
				await tx.query(
					`select r.respondent_role, r.age_band, r.locality, r.equality, f.respondent_role as f_role, f.age_band as f_age, f.locality as f_locality
					 from public.responses r join public.feedback_items f on f.response_id = r.id where r.id = $1`,
					[id]
				)
			).rows[0];
		});
		expect(row).toEqual({
			respondent_role: null,
			age_band: null,
			locality: null,
			equality: {},
			f_role: null,
			f_age: null,
			f_locality: null
		});
	});
});
