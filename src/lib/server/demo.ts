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
import * as events from './services/events';
import { randomBytes } from 'node:crypto';
import { TEMPLATES } from '../survey/templates';
import { AGE_BANDS } from '../schemas/survey';
import type { ParsedAnswers } from '../survey/answers';
import { londonDay } from '../dates';
import { lruCache } from './cache';
import type { Consent } from '../vocabulary';

/** A demo answer's consent from one random draw: quotable below `quote`, then mostly board, some staff only. */
const level = (r: number, quote: number): Consent =>
	r < quote ? 'quote' : r < quote + (1 - quote) * 0.6 ? 'board' : 'staff_only';

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

const demoCache = lruCache<'accounts', { value: boolean }>({ max: 1, ttl: 30_000 });

/** Whether demo accounts exist, cached briefly: it only drives a banner. */
export async function demoAccountsExist(db: Db): Promise<boolean> {
	const hit = demoCache.get('accounts');
	if (hit) return hit.value;
	const value = await asOwner(
		db,
		async (tx) => (await tx.query<{ v: boolean }>('select app.demo_accounts_exist() as v')).rows[0]?.v ?? false
	);
	demoCache.set('accounts', { value });
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
	const areas = await asOwner(
		db,
		async (tx) =>
			(
				await tx.query<{ id: string; slug: string; localities: string[]; has: boolean }>(
					`select a.id, a.slug, a.localities, exists (select 1 from public.surveys s where s.area_id = a.id) as has
			 from public.areas a order by a.slug`
				)
			).rows
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
				texts: comment ? [{ key: 'q4', text: comment.text, consent: level(rnd(), 0.6) }] : [],
				about: {
					role: comment?.role ?? pick(['young_person', 'young_person', 'young_person', 'parent_carer']),
					age_band: rnd() < 0.9 ? pick(AGE_BANDS.slice(1, 5)) : null,
					locality: rnd() < 0.85 ? pick(area.localities) : null
				},
				equality: {},
				easyRead: rnd() < 0.1
			};
			await withClaims(db, ANON, (tx) =>
				responses.submit(tx, key, {
					survey,
					idempotencyKey: `demo-response-${area.slug}-${String(i).padStart(6, '0')}`,
					parsed
				})
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

export const DEMO_PAST_EVENT = 'Youth club listening session';
export const DEMO_UPCOMING_EVENT = 'Parents and carers drop-in';

/**
 * Per area, one past event (closed, two weeks ago, linked to the area's first priority) with
 * phones joining, words, ratings, sticky notes, something said aloud and a paper form, all
 * through services/events.ts so every word is analysed and redacted as in a real room; and one
 * event listed for about three weeks ahead. One transaction per area keeps this quick.
 */
export async function seedDemoEvents(db: Db, answers: DemoAnswers, participantsPerEvent = 25): Promise<number> {
	const areas = await asOwner(
		db,
		async (tx) =>
			(
				await tx.query<{ id: string; slug: string; localities: string[]; priority_id: string | null; has: boolean }>(
					`select a.id, a.slug, a.localities,
					(select p.id from public.priorities p join public.plans pl on pl.id = p.plan_id
					 where p.area_id = a.id order by pl.published desc, pl.created_at, pl.seed_key, p.number limit 1) as priority_id,
					exists (select 1 from public.events e where e.area_id = a.id) as has
				 from public.areas a order by a.slug`
				)
			).rows
	);
	let made = 0;
	for (const [n, area] of areas.entries()) {
		if (area.has) continue;
		const rnd = random(5000 + n);
		const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
		const place = area.localities[0] ?? null;
		const key = (what: string, i: number) => `demo-event-${area.slug}-${what}-${String(i).padStart(4, '0')}`;
		made += await asOwner(db, async (tx) => {
			const past = await events.create(
				tx,
				area.id,
				{
					name: DEMO_PAST_EVENT,
					starts_at: `${londonDay(-14)}T18:30`,
					ends_at: `${londonDay(-14)}T20:00`,
					venue: place ? `${place} youth club` : 'The youth club',
					locality: place,
					audience: 'young_people',
					partner_organisation: 'Local youth service',
					priority_ids: area.priority_id ? [area.priority_id] : [],
					prompts: [
						{ key: 'p1', kind: 'text', text: 'What makes it hard to get help when you are struggling?' },
						{ key: 'p2', kind: 'text', text: 'What one thing would make services better for young people?' },
						{ key: 'p3', kind: 'rating', text: 'How easy is it to get mental health support round here?' }
					]
				},
				null
			);
			await events.setStatus(tx, area.id, past.id, 'open');
			const people: events.Participant[] = [];
			for (let i = 0; i < participantsPerEvent; i++) {
				const role = rnd() < 0.84 ? 'young_person' : pick(['parent_carer', 'vcse_partner']);
				const age_band =
					role === 'young_person' ? pick(['11_13', '14_15', '14_15', '16_17', '16_17', '18_21']) : '22_25';
				const tokenHash = randomBytes(16).toString('hex');
				await events.join(tx, past, { role, age_band, tokenHash, key: key('join', i) });
				people.push((await events.participant(tx, past.id, tokenHash))!);
			}
			let count = 0;
			const comments = answers.comments;
			for (let i = 0; i < 40; i++) {
				const who = people[i % people.length]!;
				const c = comments[(n * 37 + i * 7) % comments.length]!;
				await events.say(tx, past, who, {
					prompt: i % 3 === 2 ? 'p2' : 'p1',
					text: c.text,
					consent: level(rnd(), 0.65),
					key: key('say', i)
				});
				count++;
			}
			for (const [i, who] of people.entries()) {
				if (rnd() < 0.15) continue;
				await events.rate(tx, past, who, {
					prompt: 'p3',
					rating: 1 + Math.min(4, Math.floor(rnd() * rnd() * 6)),
					key: key('rate', i)
				});
				count++;
			}
			const notes: { source: 'sticky_note' | 'said_aloud'; text: string; consent: Consent }[] = [
				{ source: 'sticky_note', text: 'more drop in sessions after school please', consent: 'quote' },
				{ source: 'sticky_note', text: 'the waiting list is way too long, people give up', consent: 'quote' },
				{ source: 'sticky_note', text: 'someone to talk to who gets it', consent: 'staff_only' },
				{ source: 'sticky_note', text: 'let us text instead of phoning', consent: 'quote' },
				{
					source: 'said_aloud',
					text: 'A group said school counsellors are booked up for weeks and they did not know where else to go.',
					consent: 'staff_only'
				}
			];
			for (const [i, note] of notes.entries()) {
				await events.capture(tx, past, {
					kind: 'note',
					key: key('note', i),
					prompt: i === 1 ? 'p1' : 'p2',
					role: null,
					age_band: null,
					...note
				});
				count++;
			}
			await events.capture(tx, past, {
				kind: 'paper',
				key: key('paper', 0),
				role: 'young_person',
				age_band: '14_15',
				consent: 'quote',
				texts: {
					p1: 'I did not want my parents to find out so I never asked anyone',
					p2: 'a website that tells you what happens when you get referred'
				},
				ratings: { p3: 2 }
			});
			count += 3; // two pieces of words and a rating
			await events.setHeadCount(tx, area.id, past.id, participantsPerEvent + 5);
			await events.setStatus(tx, area.id, past.id, 'closed');
			// Spread everything over the evening itself, not the moment the seed ran.
			await tx.query(
				`update public.event_participants set created_at = e.starts_at + (random() * interval '15 minutes')
				 from public.events e where e.id = event_participants.event_id and e.id = $1`,
				[past.id]
			);
			await tx.query(
				`update public.feedback_items f set created_at = e.starts_at + interval '10 minutes' + (random() * interval '75 minutes')
				 from public.events e where e.engagement_id = f.engagement_id and e.id = $1`,
				[past.id]
			);
			await tx.query(
				`update public.event_ratings r set created_at = e.starts_at + interval '20 minutes' + (random() * interval '60 minutes')
				 from public.events e where e.id = r.event_id and e.id = $1`,
				[past.id]
			);

			const upcoming = await events.create(
				tx,
				area.id,
				{
					name: DEMO_UPCOMING_EVENT,
					starts_at: `${londonDay(21)}T17:00`,
					ends_at: `${londonDay(21)}T19:00`,
					venue: place ? `${place} family hub` : 'The family hub',
					locality: place,
					audience: 'parents_carers',
					partner_organisation: null,
					priority_ids: area.priority_id ? [area.priority_id] : [],
					prompts: [
						{ key: 'p1', kind: 'text', text: 'What helped your child most while they waited for support?' },
						{ key: 'p2', kind: 'rating', text: 'How well were you kept informed?' }
					]
				},
				null
			);
			await events.setStatus(tx, area.id, upcoming.id, 'scheduled');
			return count;
		});
	}
	return made;
}
