/**
 * Engagement events through the services and row-level security, on both engines: an officer
 * sets one up and opens it, a phone joins and contributes anonymously, a facilitator types up
 * notes and a paper form, and the wall shows only what may be shown.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as events from '../../src/lib/server/services/events';
import type { CaptureEntry } from '../../src/lib/schemas/event';
import { rutlandEvening } from '../support/event-definition';
import { engines } from './engines';
import { areaIdOf, makeMember, owner, seeded } from './fixtures';

const WORRYING = "there's no point being here anymore tbh";

const definition = (name: string) =>
	rutlandEvening(name, [
		{ key: 'p1', kind: 'text', text: 'What helps you feel OK?' },
		{ key: 'p2', kind: 'rating', text: 'How easy is it to get help?' }
	]);

const key = (label: string) => `${label}-${randomUUID()}`.slice(0, 60);
const tokenHash = () => createHash('sha256').update(randomUUID()).digest('hex');

describe.each(engines)('engagement events on $name', (engine) => {
	let db: Db;
	let llr: string;
	let officer: Claims;
	let officerId: string;
	let youth: Claims;
	let stranger: Claims;
	let ev: events.EventRow;

	const as = <T>(claims: Claims, fn: Parameters<typeof withClaims<T>>[2]) => withClaims(db, claims, fn);
	const count = async (sql: string, params: unknown[]) =>
		(await owner(db, (tx) => tx.query<{ n: number }>(sql, params))).rows[0]!.n;

	async function member(
		email: string,
		slug: string,
		role: string,
		safeguardingContact = false
	): Promise<{ claims: Claims; id: string }> {
		const id = await owner(db, async (tx) =>
			makeMember(tx, await areaIdOf(tx, slug), email, role, { name: email, safeguardingContact })
		);
		return { claims: { role: 'authenticated', sub: id }, id };
	}

	/** A phone joins the open event and returns the participant its token stands for. */
	async function phone(role = 'young_person', age = '14_15') {
		const hash = tokenHash();
		await as(ANON, (tx) => events.join(tx, ev, { role, age_band: age, tokenHash: hash, key: key('join') }));
		const who = await as(ANON, (tx) => events.participant(tx, ev.id, hash));
		expect(who).not.toBeNull();
		return who!;
	}

	beforeAll(async () => {
		db = await seeded(await engine.create());
		llr = (await owner(db, (tx) => tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`))).rows[0]!
			.id;
		const o = await member('officer@events.test', 'llr', 'engagement_officer', true);
		officer = o.claims;
		officerId = o.id;
		youth = (await member('youth@events.test', 'llr', 'youth_board')).claims;
		stranger = (await member('officer@ssot.events.test', 'ssot', 'engagement_officer')).claims;
		ev = await as(officer, (tx) => events.create(tx, llr, definition('Youth voice evening'), officerId));
	}, 120_000);
	afterAll(() => engine.cleanup());

	it('lets an officer create an event as a draft with a code, its prompts and a linked engagement', async () => {
		expect(ev).toMatchObject({
			area_id: llr,
			name: 'Youth voice evening',
			status: 'draft',
			starts_local: '2026-12-03T18:30',
			locality: 'Rutland'
		});
		expect(ev.code).toMatch(/^[a-z2-9]{8}$/);
		expect(ev.prompts.map((p) => p.key)).toEqual(['p1', 'p2']);
		expect(
			await count(`select count(*)::int as n from public.engagements where id = $1 and kind = 'event'`, [
				ev.engagement_id
			])
		).toBe(1);
	});

	it('hides a draft from the public: no event by its code and no wall', async () => {
		expect(await as(ANON, (tx) => events.byCode(tx, ev.code))).toBeNull();
		expect(await as(ANON, (tx) => events.wall(tx, ev.id))).toBeNull();
		// Nobody can join a draft.
		await expect(
			as(ANON, (tx) =>
				events.join(tx, ev, { role: 'young_person', age_band: '14_15', tokenHash: tokenHash(), key: key('early') })
			)
		).rejects.toThrow(/row-level security/);
	});

	it('opens, and a phone joins once however often it sends the same key', async () => {
		expect(await as(officer, (tx) => events.setStatus(tx, llr, ev.id, 'open'))).toBe(true);
		ev = (await as(officer, (tx) => events.get(tx, llr, ev.id)))!;
		expect(ev.status).toBe('open');
		expect((await as(ANON, (tx) => events.byCode(tx, ev.code)))?.id).toBe(ev.id);

		const hash = tokenHash();
		const k = key('join');
		const first = await as(ANON, (tx) =>
			events.join(tx, ev, { role: 'parent_carer', age_band: '22_25', tokenHash: hash, key: k })
		);
		const again = await as(ANON, (tx) =>
			events.join(tx, ev, { role: 'parent_carer', age_band: '22_25', tokenHash: hash, key: k })
		);
		expect(first.duplicate).toBe(false);
		expect(again.duplicate).toBe(true);
		expect(
			await count(`select count(*)::int as n from public.event_participants where idempotency_key = $1`, [k])
		).toBe(1);
		expect(await as(ANON, (tx) => events.participant(tx, ev.id, hash))).toMatchObject({
			respondent_role: 'parent_carer',
			age_band: '22_25'
		});
		// A phone cannot read the participant list.
		expect((await as(ANON, (tx) => tx.query('select * from public.event_participants'))).rows).toEqual([]);
	});

	it('stores words and a rating from a phone once per key, and shows quotable words on the wall', async () => {
		const who = await phone();
		const k = key('say');
		const said = {
			prompt: 'p1',
			text: 'Having someone to talk to at school really helps',
			consent: 'quote' as const,
			key: k
		};
		expect(await as(ANON, (tx) => events.say(tx, ev, who, said))).toEqual({ duplicate: false, safeguarding: false });
		expect(await as(ANON, (tx) => events.say(tx, ev, who, said))).toEqual({ duplicate: true, safeguarding: false });
		expect(await count(`select count(*)::int as n from public.feedback_items where idempotency_key = $1`, [k])).toBe(1);

		const rk = key('rate');
		expect(await as(ANON, (tx) => events.rate(tx, ev, who, { prompt: 'p2', rating: 2, key: rk }))).toEqual({
			duplicate: false,
			safeguarding: false
		});
		expect((await as(ANON, (tx) => events.rate(tx, ev, who, { prompt: 'p2', rating: 2, key: rk }))).duplicate).toBe(
			true
		);
		expect(await count(`select count(*)::int as n from public.event_ratings where idempotency_key = $1`, [rk])).toBe(1);

		const wall = (await as(ANON, (tx) => events.wall(tx, ev.id)))!;
		expect(wall.status).toBe('open');
		expect(wall.quotes.map((q) => q.text)).toContain('Having someone to talk to at school really helps');
		expect(wall.ratings.p2).toEqual({ n: 1, average: 2 });
		// The parent who joined in the test before, and this phone.
		expect(wall.people).toBe(2);
		expect(wall.contributions).toBe(2);
	});

	it('raises an alert for worrying words at once and never puts them on the wall', async () => {
		const who = await phone();
		const r = await as(ANON, (tx) =>
			events.say(tx, ev, who, { prompt: 'p1', text: WORRYING, consent: 'quote', key: key('worry') })
		);
		expect(r).toEqual({ duplicate: false, safeguarding: true });
		expect(await as(officer, (tx) => events.openAlerts(tx, ev))).toBe(1);
		const alerts = await as(officer, (tx) =>
			tx.query<{ n: number }>(
				`select count(*)::int as n from public.safeguarding_alerts a join public.feedback_items f on f.id = a.feedback_item_id where f.engagement_id = $1`,
				[ev.engagement_id]
			)
		);
		expect(alerts.rows[0]!.n).toBe(1);
		const wall = (await as(ANON, (tx) => events.wall(tx, ev.id)))!;
		expect(JSON.stringify(wall)).not.toContain('no point being here');
		// The facilitator's feed shows it, marked.
		const feed = await as(officer, (tx) => events.feed(tx, ev));
		expect(feed.find((i) => i.text?.includes('no point being here'))?.safeguarding).toBe(true);
	});

	it('keeps staff-only words and hidden items off the wall, and brings a hidden item back when unhidden', async () => {
		const who = await phone();
		await as(ANON, (tx) =>
			events.say(tx, ev, who, {
				prompt: 'p1',
				text: 'The waiting list for counselling was far too long',
				consent: 'staff_only',
				key: key('private')
			})
		);
		await as(ANON, (tx) =>
			events.say(tx, ev, who, {
				prompt: 'p1',
				text: 'Drop-in sessions at the library are brilliant',
				consent: 'quote',
				key: key('hide')
			})
		);
		let quotes = (await as(ANON, (tx) => events.wall(tx, ev.id)))!.quotes.map((q) => q.text);
		expect(quotes).not.toContain('The waiting list for counselling was far too long');
		expect(quotes).toContain('Drop-in sessions at the library are brilliant');

		const item = (await as(officer, (tx) => events.feed(tx, ev))).find(
			(i) => i.text === 'Drop-in sessions at the library are brilliant'
		)!;
		expect(await as(officer, (tx) => events.setHidden(tx, llr, item.id, true, officerId))).toBe(true);
		quotes = (await as(ANON, (tx) => events.wall(tx, ev.id)))!.quotes.map((q) => q.text);
		expect(quotes).not.toContain('Drop-in sessions at the library are brilliant');
		expect((await as(officer, (tx) => events.feed(tx, ev))).find((i) => i.id === item.id)?.hidden).toBe(true);
		// A youth board member's unhiding changes nothing (row-level security filters the delete).
		await as(youth, (tx) => events.setHidden(tx, llr, item.id, false, null));
		expect((await as(ANON, (tx) => events.wall(tx, ev.id)))!.quotes.map((q) => q.text)).not.toContain(
			'Drop-in sessions at the library are brilliant'
		);

		await as(officer, (tx) => events.setHidden(tx, llr, item.id, false, officerId));
		quotes = (await as(ANON, (tx) => events.wall(tx, ev.id)))!.quotes.map((q) => q.text);
		expect(quotes).toContain('Drop-in sessions at the library are brilliant');
	});

	it('keeps a second, draft event off the wall for everyone', async () => {
		const draft = await as(officer, (tx) => events.create(tx, llr, definition('Planning meeting'), officerId));
		expect(await as(ANON, (tx) => events.wall(tx, draft.id))).toBeNull();
		expect(await as(officer, (tx) => events.wall(tx, draft.id))).toBeNull();
		expect((await as(officer, (tx) => events.list(tx, llr))).map((e) => e.id)).toContain(draft.id);
		expect(await as(ANON, (tx) => events.get(tx, llr, draft.id))).toBeNull();
	});

	it('stores a facilitator’s notes and a paper form: items, a participant and ratings, each once', async () => {
		const before = {
			people: await count(`select count(*)::int as n from public.event_participants where event_id = $1`, [ev.id]),
			ratings: await count(`select count(*)::int as n from public.event_ratings where event_id = $1`, [ev.id])
		};
		const sticky: CaptureEntry = {
			kind: 'note',
			key: key('note'),
			source: 'sticky_note',
			prompt: 'p1',
			text: 'More youth workers in schools please',
			role: 'young_person',
			age_band: '11_13',
			consent: 'quote'
		};
		const aloud: CaptureEntry = {
			...sticky,
			key: key('note'),
			source: 'said_aloud',
			prompt: 'not-a-prompt',
			text: 'Buses to CAMHS are a nightmare',
			role: null,
			age_band: null,
			consent: 'staff_only'
		};
		expect(await as(officer, (tx) => events.capture(tx, ev, sticky))).toEqual({
			duplicate: false,
			safeguarding: false
		});
		expect(await as(officer, (tx) => events.capture(tx, ev, aloud))).toEqual({ duplicate: false, safeguarding: false });
		expect(await as(officer, (tx) => events.capture(tx, ev, sticky))).toEqual({ duplicate: true, safeguarding: false });

		const paper: CaptureEntry = {
			kind: 'paper',
			key: key('paper'),
			role: 'young_person',
			age_band: '16_17',
			consent: 'staff_only',
			texts: { p1: 'Talking to my mates', unknown: 'dropped: not one of the prompts' },
			ratings: { p2: 4 }
		};
		expect(await as(officer, (tx) => events.capture(tx, ev, paper))).toEqual({ duplicate: false, safeguarding: false });
		expect((await as(officer, (tx) => events.capture(tx, ev, paper))).duplicate).toBe(true);

		const items = await owner(db, (tx) =>
			tx.query<{
				source: string;
				question_key: string | null;
				respondent_role: string | null;
				age_band: string | null;
				consent: string;
				participant_id: string | null;
				redacted_text: string;
			}>(
				`select source, question_key, respondent_role, age_band, consent, participant_id, redacted_text from public.feedback_items
				 where engagement_id = $1 and source in ('sticky_note', 'said_aloud', 'paper') order by redacted_text`,
				[ev.engagement_id]
			)
		);
		expect(items.rows).toEqual([
			{
				source: 'said_aloud',
				question_key: null,
				respondent_role: null,
				age_band: null,
				consent: 'staff_only',
				participant_id: null,
				redacted_text: 'Buses to CAMHS are a nightmare'
			},
			{
				source: 'sticky_note',
				question_key: 'p1',
				respondent_role: 'young_person',
				age_band: '11_13',
				consent: 'quote',
				participant_id: null,
				redacted_text: 'More youth workers in schools please'
			},
			{
				source: 'paper',
				question_key: 'p1',
				respondent_role: 'young_person',
				age_band: '16_17',
				consent: 'staff_only',
				participant_id: expect.any(String),
				redacted_text: 'Talking to my mates'
			}
		]);
		const participant = await owner(db, (tx) =>
			tx.query<{ id: string; source: string; age_band: string }>(
				`select id, source, age_band from public.event_participants where idempotency_key = $1`,
				[paper.key]
			)
		);
		expect(participant.rows).toEqual([{ id: items.rows[2]!.participant_id, source: 'paper', age_band: '16_17' }]);
		expect(await count(`select count(*)::int as n from public.event_participants where event_id = $1`, [ev.id])).toBe(
			before.people + 1
		);
		const ratings = await owner(db, (tx) =>
			tx.query<{ prompt_key: string; rating: number; source: string; participant_id: string }>(
				`select prompt_key, rating, source, participant_id from public.event_ratings where event_id = $1 and source = 'paper'`,
				[ev.id]
			)
		);
		expect(ratings.rows).toEqual([
			{ prompt_key: 'p2', rating: 4, source: 'paper', participant_id: items.rows[2]!.participant_id }
		]);
		expect(await count(`select count(*)::int as n from public.event_ratings where event_id = $1`, [ev.id])).toBe(
			before.ratings + 1
		);
		// The words as typed are kept apart for officers.
		expect(
			await count(
				`select count(*)::int as n from public.feedback_originals o join public.feedback_items f on f.id = o.feedback_item_id where f.engagement_id = $1 and f.source <> 'phone'`,
				[ev.engagement_id]
			)
		).toBe(3);
		// The feed shows them with where they came from.
		const feed = await as(officer, (tx) => events.feed(tx, ev));
		expect(feed.find((i) => i.text === 'More youth workers in schools please')).toMatchObject({
			kind: 'words',
			source: 'sticky_note',
			prompt: 'p1'
		});
		expect(feed.find((i) => i.kind === 'rating' && i.source === 'paper')).toMatchObject({
			rating: 4,
			respondent_role: 'young_person',
			age_band: '16_17'
		});
	});

	it('raises an alert for a worrying captured note and says so to the facilitator', async () => {
		const alertsBefore = await as(officer, (tx) => events.openAlerts(tx, ev));
		const r = await as(officer, (tx) =>
			events.capture(tx, ev, {
				kind: 'note',
				key: key('note'),
				source: 'sticky_note',
				prompt: null,
				text: WORRYING,
				role: null,
				age_band: null,
				consent: 'quote'
			})
		);
		expect(r).toEqual({ duplicate: false, safeguarding: true });
		expect(await as(officer, (tx) => events.openAlerts(tx, ev))).toBe(alertsBefore + 1);
		expect(JSON.stringify(await as(ANON, (tx) => events.wall(tx, ev.id)))).not.toContain('no point being here');
	});

	it('stores a key raced by two requests once: the loser sees a duplicate or a unique violation', async () => {
		const entry: CaptureEntry = {
			kind: 'note',
			key: key('race'),
			source: 'sticky_note',
			prompt: null,
			text: 'Same note sent twice at once',
			role: null,
			age_band: null,
			consent: 'staff_only'
		};
		const outcomes = await Promise.allSettled([
			as(officer, (tx) => events.capture(tx, ev, entry)),
			as(officer, (tx) => events.capture(tx, ev, entry))
		]);
		const stored = outcomes.filter((o) => o.status === 'fulfilled' && !o.value.duplicate);
		expect(stored).toHaveLength(1);
		for (const o of outcomes) {
			if (o.status === 'rejected') expect((o.reason as { code?: string }).code).toBe('23505');
		}
		expect(
			await count(`select count(*)::int as n from public.feedback_items where idempotency_key = $1`, [entry.key])
		).toBe(1);
	});

	it('does not let a youth board member capture, or a phone pretend to be a facilitator', async () => {
		const note: CaptureEntry = {
			kind: 'note',
			key: key('youth'),
			source: 'sticky_note',
			prompt: null,
			text: 'Typed by the youth board',
			role: null,
			age_band: null,
			consent: 'quote'
		};
		await expect(as(youth, (tx) => events.capture(tx, ev, note))).rejects.toThrow(/row-level security/);
		await expect(
			as(youth, (tx) =>
				events.capture(tx, ev, {
					kind: 'paper',
					key: key('youth'),
					role: null,
					age_band: null,
					consent: 'quote',
					texts: { p1: 'x' },
					ratings: {}
				})
			)
		).rejects.toThrow(/row-level security/);
		await expect(as(ANON, (tx) => events.capture(tx, ev, { ...note, key: key('anon') }))).rejects.toThrow(
			/row-level security/
		);
		expect(
			await count(
				`select count(*)::int as n from public.feedback_items where redacted_text = 'Typed by the youth board'`,
				[]
			)
		).toBe(0);
	});

	it('does not show the feed, participants or alerts to a member of another area', async () => {
		expect(await as(stranger, (tx) => events.feed(tx, ev))).toEqual([]);
		expect(await as(stranger, (tx) => events.openAlerts(tx, ev))).toBe(0);
		expect(
			(await as(stranger, (tx) => tx.query('select 1 from public.event_participants where event_id = $1', [ev.id])))
				.rows
		).toEqual([]);
		// Nor can they capture into it.
		await expect(
			as(stranger, (tx) =>
				events.capture(tx, ev, {
					kind: 'note',
					key: key('ssot'),
					source: 'sticky_note',
					prompt: null,
					text: 'From another area',
					role: null,
					age_band: null,
					consent: 'quote'
				})
			)
		).rejects.toThrow(/row-level security/);
		// The youth board sees their own area's feed without flagged items.
		const feed = await as(youth, (tx) => events.feed(tx, ev));
		expect(feed.length).toBeGreaterThan(0);
		expect(feed.some((i) => i.safeguarding)).toBe(false);
	});

	it('notifies listeners on event_activity with the event id after a contribution', async () => {
		const heard: string[] = [];
		let resolve!: () => void;
		const got = new Promise<void>((r) => (resolve = r));
		const unlisten = await db.listen('event_activity', (payload) => {
			heard.push(payload);
			if (payload === ev.id) resolve();
		});
		try {
			const who = await phone();
			await as(ANON, (tx) =>
				events.say(tx, ev, who, { prompt: 'p1', text: 'Music groups', consent: 'quote', key: key('listen') })
			);
			await Promise.race([
				got,
				new Promise((_, reject) =>
					setTimeout(() => reject(new Error(`no notification; heard ${JSON.stringify(heard)}`)), 5000)
				)
			]);
			expect(heard).toContain(ev.id);
			// Only the id travels: never words.
			expect(heard.every((p) => /^[0-9a-f-]{36}$/.test(p))).toBe(true);
		} finally {
			await unlisten();
		}
	});
});
