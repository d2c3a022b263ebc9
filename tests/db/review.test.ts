/**
 * Reviewing feedback (migration 000600, services/review.ts): the queue and its progress, reviews
 * and their checks, candidate quotes, the blind double-check sample and agreement, background
 * retraining, and the theme decision log. On PGlite and PostgreSQL, as the people who use it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import * as review from '../../src/lib/server/services/review';
import { RETRAIN, noteReview, retrainArea, retrainNow, settled } from '../../src/lib/server/review-retrain';
import type { QueueFilters } from '../../src/lib/schemas/review';
import type { Accuracy } from '../../src/lib/review/accuracy';
import { engines } from './engines';
import { CAST, areaIdOf, makeEngagement, makeMembers, owner, seeded } from './fixtures';

const ALL: QueueFilters = { show: 'all' };
const TODO: QueueFilters = { show: 'todo' };

describe.each(engines)('reviewing feedback on $name', (engine) => {
	let db: Db;
	let llr: string;
	let engagement: string;
	const people = {} as Record<'officer' | 'youth' | 'youth2' | 'commissioner' | 'partner', string>;
	const as =
		(who: keyof typeof people) =>
		<T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
			withClaims(db, { role: 'authenticated', sub: people[who] } as Claims, fn);
	const item: Record<string, string> = {};
	let names: (id: string) => string;

	const save = (who: keyof typeof people, id: string, input: Partial<review.ReviewInput>) =>
		withClaims(db, { role: 'authenticated', sub: people[who] }, (tx) =>
			review.saveReview(
				tx,
				llr,
				people[who],
				{ itemId: id, decisions: {}, added: [], redactionChecked: false, candidateQuote: false, ...input },
				names
			)
		);

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await owner(db, async (tx) => {
			llr = await areaIdOf(tx, 'llr');
			Object.assign(people, await makeMembers(tx, llr, CAST, 'review.test'));
			engagement = await makeEngagement(tx, llr, 'Winter survey');
			const add = async (
				key: string,
				day: string,
				text: string,
				suggested: string[],
				extra: Record<string, unknown> = {}
			) => {
				const id = crypto.randomUUID();
				const cols = {
					id,
					area_id: llr,
					engagement_id: engagement,
					redacted_text: text,
					suggested_theme_ids: suggested,
					created_at: `${day}T12:00:00Z`,
					respondent_role: 'young_person',
					age_band: '14_15',
					// The author let the youth board read it (staff-only words are kept from the board).
					consent: 'board',
					...extra
				};
				const keys = Object.keys(cols);
				await tx.query(
					`insert into public.feedback_items (${keys.join(', ')}) values (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
					Object.values(cols)
				);
				item[key] = id;
			};
			await add('quote', '2026-01-10', 'I waited eight months to be seen by anyone', ['access-waiting'], {
				consent: 'quote',
				suggested_themes: { 'access-waiting': 0.82 }
			});
			await add('parent', '2026-01-20', 'The school did not listen to my son', ['schools-education', 'being-heard'], {
				respondent_role: 'parent_carer',
				age_band: '11_13'
			});
			await add('flagged', '2026-01-21', 'I do not want to be here any more', ['crisis-support'], {
				safeguarding: true
			});
			await add('none', '2026-02-01', 'The bus to the clinic only comes twice a day', [], { consent: 'quote' });
			for (let i = 0; i < 8; i++)
				await add(
					`w${i}`,
					`2026-02-${String(10 + i).padStart(2, '0')}`,
					`Waiting list number ${i} was far too long for me`,
					['access-waiting']
				);
			await add('gone', '2026-02-20', '[withdrawn]', ['access-waiting'], { withdrawn_at: new Date().toISOString() });
		});
		names = review.namer(await owner(db, (tx) => review.themes(tx, llr)));
	}, 180_000);
	afterAll(() => engine.cleanup());

	it('shows the youth board what still needs reviewing, never flagged or withdrawn feedback, oldest first', async () => {
		const youth = (await as('youth')((tx) => review.progress(tx, llr, ALL))) as review.Progress;
		expect(youth).toEqual({ total: 11, reviewed: 0, forMe: 11, mine: 0 });
		const officer = (await as('officer')((tx) => review.progress(tx, llr, ALL))) as review.Progress;
		expect(officer.total).toBe(12);

		const q = (await as('youth')((tx) => review.queue(tx, llr, TODO))) as review.Queue;
		expect(q.item?.id).toBe(item.quote);
		expect(q.item?.suggested).toEqual([{ id: 'access-waiting', score: 0.82 }]);
		expect(q).toMatchObject({ position: 1, count: 11, previousId: null, nextId: item.parent });
		// Walking the list never reaches the flagged item.
		const seen: string[] = [];
		let id: string | null = q.item!.id;
		while (id) {
			seen.push(id);
			id = ((await as('youth')((tx) => review.queue(tx, llr, TODO, id!))) as review.Queue).nextId;
		}
		expect(seen).toHaveLength(11);
		expect(seen).not.toContain(item.flagged);
		expect(seen).not.toContain(item.gone);
		expect(await as('youth')((tx) => review.item(tx, llr, item.flagged!))).toBeNull();
		await expect(
			as('youth')((tx) =>
				tx.query(`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id) values ($1, $2, $3)`, [
					llr,
					item.flagged,
					people.youth
				])
			)
		).rejects.toThrow(/row-level security/);
		// Officers see and may review it.
		expect(((await as('officer')((tx) => review.item(tx, llr, item.flagged!))) as review.QueueItem).safeguarding).toBe(
			true
		);
	});

	it('needs a yes or no for each suggested theme, and stores confirmed, rejected and added themes', async () => {
		const missing = await save('youth', item.parent!, { decisions: { 'schools-education': 'yes' } });
		expect(missing).toEqual({
			ok: false,
			errors: { 's_being-heard': 'Say yes or no to "Being listened to and involved"' }
		});
		const saved = await save('youth', item.parent!, {
			decisions: { 'schools-education': 'yes', 'being-heard': 'no' },
			added: ['parents-carers']
		});
		expect(saved).toEqual({ ok: true, themeIds: ['schools-education', 'parents-carers'] });
		const row = await owner(db, (tx) =>
			tx.query(`select theme_ids, rejected_theme_ids from public.feedback_reviews where feedback_item_id = $1`, [
				item.parent
			])
		);
		expect(row.rows).toEqual([
			{ theme_ids: ['schools-education', 'parents-carers'], rejected_theme_ids: ['being-heard'] }
		]);
		const p = (await as('youth')((tx) => review.progress(tx, llr, ALL))) as review.Progress;
		expect(p).toMatchObject({ total: 11, reviewed: 1, mine: 1, forMe: 10 });
		// Another youth board member sees it as done, with the first person's themes.
		const other = (await as('youth2')((tx) => review.item(tx, llr, item.parent!))) as review.QueueItem;
		expect(other.mine).toBeNull();
		expect(other.others.map((o) => o.theme_ids)).toEqual([['schools-education', 'parents-carers']]);
		expect(((await as('youth2')((tx) => review.progress(tx, llr, ALL))) as review.Progress).forMe).toBe(10);
		// Unknown themes are refused by the database as well as the service.
		await expect(
			as('youth')((tx) =>
				tx.query(`update public.feedback_reviews set theme_ids = '{made-up}' where feedback_item_id = $1`, [
					item.parent
				])
			)
		).rejects.toThrow(/Unknown themes/);
	});

	it('offers a quote only when the author agreed and a person checked the redaction', async () => {
		const noConsent = await save('youth', item.parent!, {
			decisions: { 'schools-education': 'yes', 'being-heard': 'no' },
			redactionChecked: true,
			candidateQuote: true
		});
		expect(noConsent.ok).toBe(false);
		expect(noConsent.ok === false && noConsent.errors.candidate_quote).toMatch(/did not agree to be quoted/);
		await expect(
			as('youth')((tx) =>
				tx.query(
					`update public.feedback_reviews set redaction_checked = true, candidate_quote = true where feedback_item_id = $1`,
					[item.parent]
				)
			)
		).rejects.toThrow(/did not agree to be quoted/);

		const unchecked = await save('youth', item.quote!, {
			decisions: { 'access-waiting': 'yes' },
			candidateQuote: true
		});
		expect(unchecked.ok === false && unchecked.errors.redaction_checked).toMatch(/checked/);
		await expect(
			as('youth')((tx) =>
				tx.query(
					`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, candidate_quote) values ($1, $2, $3, true)`,
					[llr, item.quote, people.youth]
				)
			)
		).rejects.toThrow(/check constraint/);

		expect(
			(
				await save('youth', item.quote!, {
					decisions: { 'access-waiting': 'yes' },
					candidateQuote: true,
					redactionChecked: true
				})
			).ok
		).toBe(true);
		const quotes = (await as('officer')((tx) => review.candidateQuotes(tx, llr))) as { id: string }[];
		expect(quotes.map((q) => q.id)).toEqual([item.quote]);
		// When the author takes back their consent, it stops being a possible quote.
		await owner(db, (tx) =>
			tx.query(`update public.feedback_items set consent = 'staff_only' where id = $1`, [item.quote])
		);
		expect(await as('officer')((tx) => review.candidateQuotes(tx, llr))).toEqual([]);
		expect(
			(await as('officer')((tx) => review.labels(tx, llr))).find((l) => l.feedback_item_id === item.quote)
				?.candidate_quote
		).toBe(false);
		// The review can still be relabelled (a merge does this) without being refused.
		await as('youth')((tx) =>
			tx.query(`update public.feedback_reviews set theme_ids = theme_ids where feedback_item_id = $1`, [item.quote])
		);
		await owner(db, (tx) => tx.query(`update public.feedback_items set consent = 'quote' where id = $1`, [item.quote]));
	});

	it('filters by survey, theme, who wrote it, age and dates', async () => {
		const total = async (f: Partial<QueueFilters>) =>
			((await as('officer')((tx) => review.progress(tx, llr, { ...ALL, ...f }))) as review.Progress).total;
		expect(await total({ engagement })).toBe(12);
		expect(await total({ role: 'parent_carer' })).toBe(1);
		expect(await total({ age_band: '11_13' })).toBe(1);
		// Suggested or confirmed: parents-carers was only added by a reviewer.
		expect(await total({ theme: 'parents-carers' })).toBe(1);
		expect(await total({ theme: 'access-waiting' })).toBe(9);
		expect(await total({ from: '2026-01-20', to: '2026-02-01' })).toBe(3);
		expect(await total({ to: '2026-01-10' })).toBe(1);
	});

	it('codes double-check items blind, then shows how well the two reviewers agreed', async () => {
		const [a, b] = [item.w0!, item.w1!];
		expect(await as('officer')((tx) => review.setSampled(tx, llr, a, true))).toBe(true);
		expect(await as('officer')((tx) => review.setSampled(tx, llr, b, true))).toBe(true);
		await expect(as('youth')((tx) => review.setSampled(tx, llr, item.w2!, true))).rejects.toThrow(/row-level security/);

		expect((await save('youth', a, { decisions: { 'access-waiting': 'yes' } })).ok).toBe(true);
		expect((await save('youth', b, { decisions: { 'access-waiting': 'yes' }, added: ['being-heard'] })).ok).toBe(true);
		// The officer cannot see the youth board member's choices, and the items still wait for a second person.
		const blind = (await as('officer')((tx) => review.item(tx, llr, a))) as review.QueueItem;
		expect(blind.sampled).toBe(true);
		expect(blind.others).toEqual([]);
		expect(
			(
				await as('officer')((tx) =>
					tx.query(`select 1 from public.feedback_reviews where feedback_item_id = any ($1)`, [[a, b]])
				)
			).rows
		).toHaveLength(0);
		const forOfficer = (await as('officer')((tx) => review.progress(tx, llr, ALL))) as review.Progress;
		const youthDone = (await as('youth')((tx) => review.progress(tx, llr, ALL))) as review.Progress;
		expect(youthDone.reviewed).toBe(2); // parent and quote; a and b need a second person
		expect(forOfficer.forMe).toBe(12 - 2);
		expect(((await as('officer')((tx) => review.agreement(tx, llr))) as review.Agreement).pairs).toBe(0);

		expect((await save('officer', a, { decisions: { 'access-waiting': 'yes' } })).ok).toBe(true);
		expect((await save('officer', b, { decisions: { 'access-waiting': 'no' }, added: ['being-heard'] })).ok).toBe(true);
		// Once two people have coded an item, everyone who may read reviews sees both.
		for (const who of ['officer', 'youth', 'youth2', 'commissioner'] as const)
			expect(
				((await as(who)((tx) => review.item(tx, llr, a))) as review.QueueItem).others.length +
					(who === 'officer' || who === 'youth' ? 1 : 0)
			).toBe(2);
		const agreement = (await as('youth2')((tx) => review.agreement(tx, llr))) as review.Agreement;
		expect(agreement).toMatchObject({ sampled: 2, pairs: 2 });
		// access-waiting: both on a, only the youth board member on b. being-heard: both on b.
		const byTheme = Object.fromEntries(agreement.themes.map((t) => [t.themeId, t]));
		expect(byTheme['access-waiting']).toMatchObject({ both: 1, onlyA: 1, onlyB: 0, neither: 0, agreement: 0.5 });
		expect(byTheme['being-heard']).toMatchObject({ both: 1, neither: 1, agreement: 1, kappa: 1 });
		expect(agreement.overall.exactMatch).toBe(0.5);
		// Partners read no reviews at all; commissioners cannot write one.
		expect((await as('partner')((tx) => tx.query(`select 1 from public.feedback_reviews`))).rows).toHaveLength(0);
		await expect(
			as('commissioner')((tx) =>
				tx.query(`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id) values ($1, $2, $3)`, [
					llr,
					item.w3,
					people.commissioner
				])
			)
		).rejects.toThrow(/row-level security/);
	});

	it('picks a random double-check sample from unreviewed feedback', async () => {
		const added = (await as('officer')((tx) =>
			review.addSample(tx, llr, { ...ALL, theme: 'access-waiting' }, 3)
		)) as number;
		expect(added).toBe(3);
		const sampled = await owner(db, (tx) =>
			tx.query<{ n: number }>(
				`select count(*)::int as n from public.review_samples s where s.area_id = $1
				 and not exists (select 1 from public.feedback_reviews r where r.feedback_item_id = s.feedback_item_id)`,
				[llr]
			)
		);
		expect(sampled.rows[0]!.n).toBe(3);
	});

	it('says how often suggestions were right', async () => {
		const acc = (await as('youth')((tx) => review.accuracy(tx, llr))) as Accuracy;
		// Reviewed so far: parent (suggested schools + being-heard; kept schools, added parents-carers),
		// quote (access kept), w0 (access kept by both), w1 (latest review: the officer's, access rejected, being-heard added).
		const row = Object.fromEntries(acc.rows.map((r) => [r.themeId, r]));
		expect(acc.items).toBe(4);
		expect(row['access-waiting']).toMatchObject({ suggested: 3, confirmed: 2, both: 2 });
		expect(row['being-heard']).toMatchObject({ suggested: 1, confirmed: 1, both: 0, precision: 0, recall: 0 });
	});

	it('retrains the area model from confirmed labels in the background, not again when nothing changed', async () => {
		const before = await owner(db, (tx) => tx.query(`select 1 from public.area_models where area_id = $1`, [llr]));
		expect(before.rows).toHaveLength(0);
		expect(await retrainArea(db, llr, people.youth)).toEqual({ trained: false, examples: 4, reason: 'too_few' });
		for (const k of ['w2', 'w3', 'w4'])
			expect((await save('youth', item[k]!, { decisions: { 'access-waiting': 'yes' } })).ok).toBe(true);
		expect(await retrainArea(db, llr, people.youth)).toEqual({ trained: true, examples: 7 });
		const stored = await owner(db, (tx) =>
			tx.query<{ examples: number; trained_by: string }>(
				`select examples, trained_by from public.area_models where area_id = $1`,
				[llr]
			)
		);
		expect(stored.rows[0]).toEqual({ examples: 7, trained_by: people.youth });
		expect(await retrainArea(db, llr, people.youth)).toMatchObject({ trained: false, reason: 'nothing_new' });
		const status = (await as('youth')((tx) => review.modelStatus(tx, llr))) as review.ModelStatus;
		expect(status).toMatchObject({ examples: 7, newReviews: 0, labelled: 7 });

		// After a batch of reviews, it starts by itself.
		const saved = { ...RETRAIN };
		Object.assign(RETRAIN, { every: 2, debounceMs: 60_000 });
		try {
			for (const k of ['w5', 'w6']) {
				expect((await save('youth', item[k]!, { decisions: { 'access-waiting': 'no' } })).ok).toBe(true);
				noteReview(db, llr, people.youth);
			}
			await settled(llr);
			const after = await owner(db, (tx) =>
				tx.query<{ examples: number }>(`select examples from public.area_models where area_id = $1`, [llr])
			);
			expect(after.rows[0]!.examples).toBe(9);
			// And "Retrain now" runs even with nothing new.
			expect(await retrainNow(db, llr, people.officer)).toEqual({ trained: true, examples: 9 });
		} finally {
			Object.assign(RETRAIN, saved);
		}
	});

	it('retrains at once when reviewed words are withdrawn, so the model forgets them', async () => {
		const model = () =>
			owner(db, (tx) =>
				tx.query<{ model: string; examples: number }>(
					`select model::text as model, examples from public.area_models where area_id = $1`,
					[llr]
				)
			).then((r) => r.rows[0]!);
		// Words found nowhere else: a made-up clinic name, in two answers (a word must be in two to be learnt).
		const ids = [crypto.randomUUID(), crypto.randomUUID()];
		for (const [i, id] of ids.entries()) {
			await owner(db, (tx) =>
				tx.query(
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, suggested_theme_ids, consent)
					 values ($1, $2, $3, $4, '{access-waiting}', 'board')`,
					[id, llr, engagement, `The Zorblax clinic kept me waiting far too long, ${i ? 'months' : 'weeks'} in fact`]
				)
			);
			expect((await save('youth', id, { decisions: { 'access-waiting': 'yes' } })).ok).toBe(true);
		}
		expect(await retrainArea(db, llr, null)).toEqual({ trained: true, examples: 11 });
		expect((await model()).model).toMatch(/zorblax/i);
		await owner(db, (tx) =>
			tx.query(`update public.feedback_items set withdrawn_at = now(), redacted_text = '[withdrawn]' where id = $1`, [
				ids[0]
			])
		);
		// Not "nothing new": the withdrawal is news.
		expect(await retrainArea(db, llr, null)).toEqual({ trained: true, examples: 10 });
		const after = await model();
		expect(after.examples).toBe(10);
		expect(after.model).not.toMatch(/zorblax/i);
	});

	it('logs every theme decision: officers change the list, the youth board ratifies it, and the log cannot be rewritten', async () => {
		const area = { id: llr, slug: 'llr' };
		const officer = { id: people.officer, role: 'Engagement officer' };
		const youth = { id: people.youth, role: 'Youth board member' };
		const added = (await as('officer')((tx) =>
			review.addTheme(tx, area, officer, {
				name: 'Buses and travel',
				description: '',
				keywords: ['bus'],
				reason: 'Kept coming up',
				emerging: 'bus'
			})
		)) as review.DecisionResult;
		expect(added).toMatchObject({ ok: true, themeIds: ['llr-buses-and-travel'] });
		const dup = (await as('officer')((tx) =>
			review.addTheme(tx, area, officer, { name: 'buses and travel', description: '', keywords: [], reason: '' })
		)) as review.DecisionResult;
		expect(dup).toEqual({ ok: false, errors: { name: 'There is already a theme called "Buses and travel"' } });
		await expect(
			as('youth')((tx) =>
				review.addTheme(tx, area, youth, { name: 'Youth idea', description: '', keywords: [], reason: '' })
			)
		).rejects.toThrow(/row-level security/);

		// A youth board member uses the new theme, including on a double-check item the officer cannot see.
		names = review.namer(await owner(db, (tx) => review.themes(tx, llr)));
		expect((await save('youth', item.none!, { added: ['llr-buses-and-travel'] })).ok).toBe(true);
		const hiddenItem = item.w7!;
		await as('officer')((tx) => review.setSampled(tx, llr, hiddenItem, true));
		expect(
			(await save('youth', hiddenItem, { decisions: { 'access-waiting': 'no' }, added: ['llr-buses-and-travel'] })).ok
		).toBe(true);

		expect(
			await as('officer')((tx) =>
				review.renameTheme(tx, llr, officer, { theme: 'llr-buses-and-travel', name: 'Getting there', reason: '' })
			)
		).toMatchObject({ ok: true });
		expect(
			await as('officer')((tx) =>
				review.renameTheme(tx, llr, officer, { theme: 'access-waiting', name: 'Waiting', reason: '' })
			)
		).toMatchObject({ ok: false });
		expect(
			await as('officer')((tx) =>
				review.mergeTheme(tx, llr, officer, {
					from: 'llr-buses-and-travel',
					into: 'places-spaces',
					reason: 'Same thing'
				})
			)
		).toMatchObject({ ok: true });
		const relabelled = await owner(db, (tx) =>
			tx.query<{ theme_ids: string[] }>(
				`select theme_ids from public.feedback_reviews where feedback_item_id = any ($1) order by feedback_item_id`,
				[[item.none, hiddenItem]]
			)
		);
		expect(relabelled.rows.map((r) => r.theme_ids)).toEqual([['places-spaces'], ['places-spaces']]);

		const t2 = (await as('officer')((tx) =>
			review.addTheme(tx, area, officer, { name: 'Money worries', description: '', keywords: [], reason: '' })
		)) as review.DecisionResult;
		const split = (await as('officer')((tx) =>
			review.splitTheme(tx, area, officer, {
				theme: t2.ok ? t2.themeIds[0]! : '',
				names: ['Cost of travel', 'Cost of food'],
				reason: ''
			})
		)) as review.DecisionResult;
		expect(split).toMatchObject({ ok: true, themeIds: ['llr-cost-of-travel', 'llr-cost-of-food'] });

		// The youth board ratifies the list; it may add nothing else to the log.
		const ratified = (await as('youth')((tx) =>
			review.ratify(tx, llr, youth, { title: 'Winter 2026 round', engagement, notes: 'Agreed at the January meeting' })
		)) as review.DecisionResult;
		expect(ratified.ok).toBe(true);
		await expect(
			as('youth')((tx) =>
				tx.query(
					`insert into public.theme_decisions (area_id, kind, summary, decided_by) values ($1, 'new', 'Sneaky theme', $2)`,
					[llr, people.youth]
				)
			)
		).rejects.toThrow(/row-level security/);

		const log = (await as('youth2')((tx) => review.decisions(tx, llr))) as review.Decision[];
		expect(log.map((d) => d.kind).sort()).toEqual(['merge', 'new', 'new', 'ratify', 'rename', 'split']);
		const ratify = log.find((d) => d.kind === 'ratify')!;
		expect(ratify.summary).toMatch(/^The youth board agreed the list of \d+ themes for "Winter 2026 round"$/);
		expect(ratify.theme_ids).toContain('llr-cost-of-food');
		expect(ratify.theme_ids).not.toContain('llr-buses-and-travel');
		expect(ratify.decided_by).toBe('Youth board member');
		expect(log.find((d) => d.kind === 'new' && d.origin === 'emerging')?.summary).toMatch(/Buses and travel/);

		// Only publishing changes an entry; anyone then reads it, and nothing else.
		await expect(
			as('officer')((tx) =>
				tx.query(`update public.theme_decisions set summary = 'Rewritten' where id = $1`, [ratify.id])
			)
		).rejects.toThrow(/cannot be changed/);
		await expect(as('youth')((tx) => review.setPublished(tx, llr, ratify.id, true))).resolves.toBe(false);
		expect(await as('officer')((tx) => review.setPublished(tx, llr, ratify.id, true))).toBe(true);
		const publicLog = await withClaims(db, ANON, (tx) => review.publishedDecisions(tx, llr));
		expect(publicLog.map((d) => d.id)).toEqual([ratify.id]);
		expect((await withClaims(db, ANON, (tx) => tx.query(`select 1 from public.theme_decisions`))).rows).toHaveLength(1);
		expect((await withClaims(db, ANON, (tx) => tx.query(`select 1 from public.review_rounds`))).rows).toHaveLength(0);

		const audited = await owner(db, (tx) =>
			tx.query<{ n: number }>(
				`select count(*)::int as n from public.audit_log where area_id = $1 and table_name = 'theme_decisions'`,
				[llr]
			)
		);
		expect(audited.rows[0]!.n).toBe(7); // six entries and one publication
	});

	it('suggests emerging themes from feedback that fits no theme', async () => {
		const list = (await as('youth')((tx) => review.emerging(tx, llr))) as unknown[];
		expect(Array.isArray(list)).toBe(true);
	});
});
