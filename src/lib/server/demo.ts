/**
 * Demo accounts for the embedded demo database: one per role in each area, and a platform admin.
 * Created automatically only on a new embedded database; on any other database only when the
 * operator runs `npm run db:seed -- --demo`. The site shows a banner while they exist.
 */
import type { Db } from './db/types';
import { asOwner } from './db/privileged';
import { hashPassword } from './auth/password';
import type { AreaRole } from './auth/sessions';
import { withClaims } from './db/claims';
import { ANON } from './db/types';
import * as surveys from './services/surveys';
import * as responses from './services/responses';
import { TEMPLATES } from '../survey/templates';
import { AGE_BANDS } from '../schemas/survey';
import type { ParsedAnswers } from '../survey/answers';

export const DEMO_PASSWORD = 'said-and-done-demo';
export const DEMO_ROLES: { role: AreaRole; local: string; name: string }[] = [
	{ role: 'area_admin', local: 'admin', name: 'Area admin' },
	{ role: 'engagement_officer', local: 'officer', name: 'Engagement officer' },
	{ role: 'commissioner', local: 'commissioner', name: 'Commissioner' },
	{ role: 'youth_board', local: 'youth', name: 'Youth board member' },
	{ role: 'partner', local: 'partner', name: 'Partner' }
];
export const PLATFORM_ADMIN_EMAIL = 'platform@said-and-done.example';

export async function seedDemoAccounts(db: Db): Promise<number> {
	const hash = await hashPassword(DEMO_PASSWORD);
	return asOwner(db, async (tx) => {
		let created = 0;
		const person = async (email: string, name: string, platform = false) => {
			const { rows } = await tx.query<{ id: string; inserted: boolean }>(
				`insert into public.people (email, display_name, is_platform_admin, is_demo) values ($1, $2, $3, true)
				 on conflict (email) do update set is_demo = true
				 returning id, (xmax = 0) as inserted`,
				[email, name, platform]
			);
			const row = rows[0]!;
			if (row.inserted) created++;
			await tx.query(
				`insert into app.credentials (person_id, password_hash) values ($1, $2) on conflict (person_id) do nothing`,
				[row.id, hash]
			);
			return row.id;
		};
		await person(PLATFORM_ADMIN_EMAIL, 'Platform admin (demo)', true);
		const areas = await tx.query<{ id: string; slug: string; short_name: string; owner: string | null }>(
			`select a.id, a.slug, a.short_name,
				(select owner from public.actions where area_id = a.id and owner is not null
				 group by owner order by count(*) desc, owner limit 1) as owner
			 from public.areas a order by a.slug`
		);
		for (const area of areas.rows) {
			for (const d of DEMO_ROLES) {
				const id = await person(`${d.local}@${area.slug}.example`, `${d.name}, ${area.short_name} (demo)`);
				await tx.query(
					`insert into public.memberships (person_id, area_id, role, organisation, safeguarding_contact)
					 select $1, $2, $3, $4, $5
					 where not exists (select 1 from public.memberships where person_id = $1 and area_id = $2 and role = $3 and revoked_at is null)`,
					[id, area.id, d.role, d.role === 'partner' ? area.owner : null, d.role === 'engagement_officer']
				);
			}
		}
		return created;
	});
}

let cache: { at: number; value: boolean } | undefined;

/** Whether demo accounts exist, cached briefly: it only drives a banner. */
export async function demoAccountsExist(db: Db): Promise<boolean> {
	if (cache && Date.now() - cache.at < 30_000) return cache.value;
	const value = await asOwner(db, async (tx) => (await tx.query<{ v: boolean }>('select app.demo_accounts_exist() as v')).rows[0]?.v ?? false);
	cache = { at: Date.now(), value };
	return value;
}


export interface DemoAnswers {
	comments: { text: string; role: string }[];
	worrying: { text: string; role: string }[];
}

/** A small deterministic generator, so every demo database looks the same. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/**
 * One open "Getting help" survey per area with `perArea` demo responses, submitted through the
 * same service real respondents use (so they are analysed, redacted and, once, flagged), then
 * spread over the last six weeks.
 */
export async function seedDemoSurveys(db: Db, answers: DemoAnswers, perArea = 120): Promise<number> {
	const template = TEMPLATES.find((t) => t.id === 'getting-help')!.definition;
	const key = await responses.receiptSecret(db);
	const areas = await asOwner(db, async (tx) =>
		(await tx.query<{ id: string; slug: string; localities: string[]; has: boolean }>(
			`select a.id, a.slug, a.localities, exists (select 1 from public.surveys s where s.area_id = a.id) as has
			 from public.areas a order by a.slug`
		)).rows
	);
	let made = 0;
	for (const [n, area] of areas.entries()) {
		if (area.has) continue;
		const survey = await asOwner(db, async (tx) => {
			const s = await surveys.create(tx, area.id, template, null);
			await surveys.setStatus(tx, area.id, s.id, 'open');
			return s;
		});
		const rnd = random(1000 + n);
		const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
		for (let i = 0; i < perArea; i++) {
			const comment = i === 7 ? pick(answers.worrying) : rnd() < 0.7 ? pick(answers.comments) : null;
			const q2 = template.questions[1];
			const q5 = template.questions[4];
			const parsed: ParsedAnswers = {
				answers: {
					q1: 1 + Math.min(4, Math.floor(rnd() * rnd() * 6)),
					...(q2 && q2.kind === 'single' && rnd() < 0.85 ? { q2: pick(q2.options) } : {}),
					q3: rnd() < 0.6 ? 'yes' : 'no',
					...(q5 && q5.kind === 'multiple' ? { q5: q5.options.filter(() => rnd() < 0.35) } : {})
				},
				texts: comment ? [{ key: 'q4', text: comment.text, consent: rnd() < 0.6 ? 'quote' : 'staff_only' }] : [],
				about: {
					role: comment?.role ?? pick(['young_person', 'young_person', 'young_person', 'parent_carer']),
					age_band: rnd() < 0.9 ? pick(AGE_BANDS.slice(1, 5)) : null,
					locality: rnd() < 0.85 ? pick(area.localities) : null
				},
				equality: {},
				easyRead: rnd() < 0.1
			};
			await withClaims(db, ANON, (tx) =>
				responses.submit(tx, key, { survey, idempotencyKey: `demo-response-${area.slug}-${String(i).padStart(6, "0")}`, parsed })
			);
			made++;
		}
		// Spread the demo answers over six weeks so the results show change over time.
		await asOwner(db, async (tx) => {
			await tx.query(
				`update public.responses set created_at = now() - (random() * interval '42 days') where survey_id = $1`,
				[survey.id]
			);
			await tx.query(
				`update public.feedback_items f set created_at = r.created_at from public.responses r where r.id = f.response_id and r.survey_id = $1`,
				[survey.id]
			);
		});
	}
	return made;
}
