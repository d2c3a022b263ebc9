/**
 * The isolation matrix: for every table, every role and every operation, in the person's own
 * area and in another area, what row-level security allows must match docs/roles.md. The
 * expectations are read from that document, so the table people read is the table we test.
 * Every check runs in its own transaction and is rolled back, so fixtures stay the same.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import { engines } from './engines';
import { migrated, owner } from './fixtures';

const ROLES = ['anon', 'area_admin', 'engagement_officer', 'commissioner', 'youth_board', 'partner'] as const;
type Role = (typeof ROLES)[number];
type Op = 'S' | 'I' | 'U' | 'D' | 'A';
const OPS: Op[] = ['S', 'I', 'U', 'D'];

/** docs/roles.md's table: table -> role -> allowed operations. */
function readRoleTable(): Map<string, Record<Role, Set<Op>>> {
	const lines = readFileSync('docs/roles.md', 'utf8')
		.split('\n')
		.filter((l) => l.startsWith('| '));
	const header = lines[0]!
		.split('|')
		.map((c) => c.trim())
		.filter(Boolean);
	expect(header).toEqual(['table', ...ROLES]);
	const table = new Map<string, Record<Role, Set<Op>>>();
	for (const line of lines.slice(2)) {
		const [name, ...cells] = line
			.split('|')
			.map((c) => c.trim())
			.filter(Boolean);
		const row = {} as Record<Role, Set<Op>>;
		ROLES.forEach((role, i) => (row[role] = new Set((cells[i] ?? '').replace(/[^SIUDA]/g, '').split('') as Op[])));
		table.set(name!, row);
	}
	return table;
}

const rand = () => randomBytes(4).toString('hex');

interface Fixture {
	areaId: string;
	slug: string;
	sourceFile: string;
	people: Record<Exclude<Role, 'anon'>, string>;
	bystander: string;
	bystanderMembership: string;
	invitation: string;
	theme: string;
	// private (unpublished / draft) rows and their public twins
	plan: string;
	priority: string;
	action: string;
	actionUpdate: string;
	milestone: string;
	engagement: string;
	youSaid: string;
	quote: string;
	metric: string;
	metricValue: string;
	pub: {
		plan: string;
		priority: string;
		action: string;
		actionUpdate: string;
		milestone: string;
		engagement: string;
		youSaid: string;
		quote: string;
		metric: string;
		metricValue: string;
	};
	draftSurvey: string;
	openSurvey: string;
	surveyEngagement: string;
	response: string;
	actionFeedback: string;
	feedbackItem: string;
	alert: string;
	delivery: string;
	draftEvent: string;
	openEvent: string;
	eventParticipant: string;
	eventRating: string;
	eventItem: string;
	/** Reviewing (migration 000600): reviews of feedbackItem by each reviewer; `item` is unreviewed and double-checked. */
	review: { item: string; round: string; decision: string; pubDecision: string };
	/** A population figure (migration 000800): public because the fixture area is published. */
	population: string;
	/** Statements and votes (migration 000900): a candidate quote item, and a vote with a dot from each voter. */
	statements: { quoteItem: string; voteRound: string };
}

async function makeFixture(tx: Tx, slug: string): Promise<Fixture> {
	const one = async (sql: string, params: unknown[] = []) => (await tx.query<{ id: string }>(sql, params)).rows[0]!.id;
	const areaId = await one(
		`insert into public.areas (slug, name, short_name, localities, published) values ($1, $2, $3, '{Town}', true) returning id`,
		[slug, `Area ${slug}`, slug.toUpperCase()]
	);
	const sourceFile = `900_${randomBytes(8).toString('hex')}.txt`;
	await tx.query(
		`insert into public.source_documents (area_id, file, title, publisher, published_label) values ($1, $2, 'Doc', 'Pub', '2025')`,
		[areaId, sourceFile]
	);
	const mk = async (published: boolean) => {
		const plan = await one(
			`insert into public.plans (area_id, title, period, published) values ($1, 'Plan', '2025/26', $2) returning id`,
			[areaId, published]
		);
		const priority = await one(
			`insert into public.priorities (area_id, plan_id, number, title) values ($1, $2, 1, 'Priority') returning id`,
			[areaId, plan]
		);
		const action = await one(
			`insert into public.actions (area_id, priority_id, title, owner) values ($1, $2, 'Action', 'Test Org') returning id`,
			[areaId, priority]
		);
		const actionUpdate = await one(
			`insert into public.action_updates (area_id, action_id, body) values ($1, $2, 'Progress') returning id`,
			[areaId, action]
		);
		const milestone = await one(
			`insert into public.action_milestones (area_id, action_id, title, due_on) values ($1, $2, 'Milestone', '2026-03-31') returning id`,
			[areaId, action]
		);
		const engagement = await one(
			`insert into public.engagements (area_id, kind, title, published) values ($1, 'event', 'Event', $2) returning id`,
			[areaId, published]
		);
		const youSaid = await one(
			`insert into public.you_said (area_id, statement, status, published_at) values ($1, 'You told us a thing', $2, case when $2 = 'published' then now() end) returning id`,
			[areaId, published ? 'published' : 'draft']
		);
		const quote = await one(
			`insert into public.you_said_quotes (area_id, you_said_id, position, body, published) values ($1, $2, 0, 'A quote', true) returning id`,
			[areaId, youSaid]
		);
		await tx.query(`insert into public.you_said_priorities values ($1, $2, $3)`, [youSaid, priority, areaId]);
		await tx.query(`insert into public.you_said_actions values ($1, $2, $3)`, [youSaid, action, areaId]);
		await tx.query(`insert into public.you_said_themes values ($1, 'being-heard', $2)`, [youSaid, areaId]);
		// A metric series (published with the public twin) with a value, a priority and a theme.
		const metric = await one(
			`insert into public.metric_series (area_id, title, definition, unit, geography, published) values ($1, 'A metric', 'What it measures, plainly.', 'percent', 'Town', $2) returning id`,
			[areaId, published]
		);
		const metricValue = await one(
			`insert into public.metric_values (area_id, series_id, period_label, period_end, value, target) values ($1, $2, 'Mar-24', '2024-03-31', 70, 95) returning id`,
			[areaId, metric]
		);
		await tx.query(`insert into public.metric_priorities values ($1, $2, $3)`, [metric, priority, areaId]);
		await tx.query(`insert into public.metric_themes values ($1, 'being-heard', $2)`, [metric, areaId]);
		return { plan, priority, action, actionUpdate, milestone, engagement, youSaid, quote, metric, metricValue };
	};
	const priv = await mk(false);
	const pub = await mk(true);
	const theme = `${slug}-own-theme`;
	await tx.query(`insert into public.themes (id, area_id, name) values ($1, $2, 'Area theme')`, [theme, areaId]);
	const person = (role: string) =>
		one(`insert into public.people (email, display_name) values ($1, $2) returning id`, [
			`${role}-${rand()}@${slug}.test`,
			`${role} ${slug}`
		]);
	const people = {} as Fixture['people'];
	for (const role of ROLES.slice(1) as Exclude<Role, 'anon'>[]) {
		people[role] = await person(role);
		await tx.query(`insert into public.memberships (person_id, area_id, role, organisation) values ($1, $2, $3, $4)`, [
			people[role],
			areaId,
			role,
			role === 'partner' ? 'Test Org' : null
		]);
	}
	const bystander = await person('bystander');
	const bystanderMembership = await one(
		`insert into public.memberships (person_id, area_id, role) values ($1, $2, 'commissioner') returning id`,
		[bystander, areaId]
	);
	await tx.query(`insert into public.area_models (area_id, model, examples) values ($1, '{"kind":"test"}', 3)`, [
		areaId
	]);
	const invitation = await one(
		`insert into public.invitations (area_id, role, email, token_hash, invited_by) values ($1, 'commissioner', 'new@x.test', $2, $3) returning id`,
		[areaId, rand() + rand(), people.area_admin]
	);
	const survey = async (status: string) => {
		const engagement = await one(
			`insert into public.engagements (area_id, kind, title) values ($1, 'survey', 'Survey') returning id`,
			[areaId]
		);
		const id = await one(
			`insert into public.surveys (area_id, engagement_id, code, title, audience, definition, status) values ($1, $2, $3, 'Survey', 'young_people', '{}', $4) returning id`,
			[
				areaId,
				engagement,
				randomBytes(8)
					.toString('hex')
					.replace(/[^a-z2-9]/g, 'a')
					.slice(0, 8),
				status
			]
		);
		return { id, engagement };
	};
	const draft = await survey('draft');
	const open = await survey('open');
	const response = await one(
		`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash) values (gen_random_uuid(), $1, $2, $3, $4) returning id`,
		[areaId, open.id, rand() + rand() + rand(), rand() + rand()]
	);
	// "Did this help?" (issue 18): written only through app.answer_action_feedback, by a receipt holder.
	const actionFeedback = await one(
		`insert into public.action_feedback (area_id, action_id, response_id, answer, words) values ($1, $2, $3, 'helped', 'It helped') returning id`,
		[areaId, pub.action, response]
	);
	const feedbackItem = await one(
		// "board": its author let the youth board read it (staff_only is kept from the board, tests/db/consent.test.ts).
		`insert into public.feedback_items (id, area_id, engagement_id, response_id, redacted_text, consent) values (gen_random_uuid(), $1, $2, $3, 'Some feedback', 'board') returning id`,
		[areaId, open.engagement, response]
	);
	await tx.query(`insert into public.feedback_originals values ($1, $2, 'Some feedback as typed')`, [
		feedbackItem,
		areaId
	]);
	const alert = await one(
		`insert into public.safeguarding_alerts (area_id, feedback_item_id, reasons) values ($1, $2, '{test}') returning id`,
		[areaId, feedbackItem]
	);
	await tx.query(
		`insert into public.safeguarding_alert_words (alert_id, area_id, original_text, redacted_text) values ($1, $2, 'Worrying words', 'Worrying words')`,
		[alert, areaId]
	);
	// Written only by the alert worker (as the owner); staff who can act read who was told.
	const delivery = await one(
		`insert into public.alert_deliveries (area_id, alert_id, person_id, channel, address) values ($1, $2, $3, 'email', 'x@test') returning id`,
		[areaId, alert, people.engagement_officer]
	);
	const event = async (status: string, priority: string) => {
		const engagement = await one(
			`insert into public.engagements (area_id, kind, title) values ($1, 'event', 'Event') returning id`,
			[areaId]
		);
		const id = await one(
			`insert into public.events (area_id, engagement_id, code, name, starts_at, audience, prompts, status) values ($1, $2, $3, 'Event', now(), 'mixed', '[]', $4) returning id`,
			[
				areaId,
				engagement,
				randomBytes(8)
					.toString('hex')
					.replace(/[^a-z2-9]/g, 'b')
					.slice(0, 8),
				status
			]
		);
		await tx.query(`insert into public.event_priorities values ($1, $2, $3)`, [id, priority, areaId]);
		return { id, engagement };
	};
	const draftEvent = await event('draft', priv.priority);
	const openEvent = await event('open', pub.priority);
	await tx.query(`insert into public.event_helpers (event_id, person_id, area_id) values ($1, $2, $3)`, [
		draftEvent.id,
		people.youth_board,
		areaId
	]);
	const eventParticipant = await one(
		`insert into public.event_participants (id, area_id, event_id, respondent_role, age_band) values (gen_random_uuid(), $1, $2, 'young_person', '14_15') returning id`,
		[areaId, openEvent.id]
	);
	const eventRating = await one(
		`insert into public.event_ratings (area_id, event_id, participant_id, prompt_key, rating, idempotency_key) values ($1, $2, $3, 'p1', 4, $4) returning id`,
		[areaId, openEvent.id, eventParticipant, rand() + rand() + rand()]
	);
	const eventItem = await one(
		`insert into public.feedback_items (id, area_id, engagement_id, participant_id, source, redacted_text, consent) values (gen_random_uuid(), $1, $2, $3, 'phone', 'Said at the event', 'quote') returning id`,
		[areaId, openEvent.engagement, eventParticipant]
	);
	await tx.query(`insert into public.event_wall_hidden (feedback_item_id, area_id) values ($1, $2)`, [
		eventItem,
		areaId
	]);
	for (const role of ['area_admin', 'engagement_officer', 'youth_board'] as const)
		await tx.query(
			`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids) values ($1, $2, $3, '{being-heard}')`,
			[areaId, feedbackItem, people[role]]
		);
	const reviewItem = await one(
		`insert into public.feedback_items (id, area_id, engagement_id, response_id, redacted_text, consent) values (gen_random_uuid(), $1, $2, $3, 'More feedback', 'board') returning id`,
		[areaId, open.engagement, response]
	);
	await tx.query(`insert into public.review_samples (area_id, feedback_item_id, added_by) values ($1, $2, $3)`, [
		areaId,
		reviewItem,
		people.area_admin
	]);
	const round = await one(
		`insert into public.review_rounds (area_id, title, theme_ids, ratified_by) values ($1, 'Round', '{being-heard}', $2) returning id`,
		[areaId, people.youth_board]
	);
	const decision = async (published: boolean) =>
		one(
			`insert into public.theme_decisions (area_id, kind, summary, theme_ids, round_id, decided_by, published, published_at)
			 values ($1, 'ratify', 'The list was agreed', '{being-heard}', $2, $3, $4, case when $4 then now() end) returning id`,
			[areaId, round, people.youth_board, published]
		);
	const review = { item: reviewItem, round, decision: await decision(false), pubDecision: await decision(true) };
	const quoteItem = await one(
		`insert into public.feedback_items (id, area_id, engagement_id, response_id, redacted_text, consent) values (gen_random_uuid(), $1, $2, $3, 'Quotable words', 'quote') returning id`,
		[areaId, open.engagement, response]
	);
	await tx.query(
		`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids, candidate_quote, redaction_checked) values ($1, $2, $3, '{being-heard}', true, true)`,
		[areaId, quoteItem, people.area_admin]
	);
	await tx.query(`insert into public.you_said_feedback (you_said_id, feedback_item_id, area_id) values ($1, $2, $3)`, [
		priv.youSaid,
		feedbackItem,
		areaId
	]);
	const voteRound = await one(
		`insert into public.vote_rounds (area_id, title, theme_ids) values ($1, 'Vote', '{being-heard,access-waiting}') returning id`,
		[areaId]
	);
	for (const role of ['area_admin', 'engagement_officer', 'youth_board'] as const)
		await tx.query(
			`insert into public.theme_votes (area_id, round_id, voter_id, theme_id, dots) values ($1, $2, $3, 'being-heard', 1)`,
			[areaId, voteRound, people[role]]
		);
	const population = await one(
		`insert into public.area_population (area_id, dimension, group_key, count, population, source_file, quote) values ($1, 'locality', 'Town', 1200, 'residents of all ages', $2, 'Town has 1,200 residents.') returning id`,
		[areaId, sourceFile]
	);
	return {
		areaId,
		slug,
		sourceFile,
		people,
		bystander,
		bystanderMembership,
		invitation,
		theme,
		...priv,
		pub,
		draftSurvey: draft.id,
		openSurvey: open.id,
		surveyEngagement: open.engagement,
		response,
		actionFeedback,
		feedbackItem,
		alert,
		delivery,
		draftEvent: draftEvent.id,
		openEvent: openEvent.id,
		eventParticipant,
		eventRating,
		eventItem,
		review,
		population,
		statements: { quoteItem, voteRound }
	};
}

type Sql = [string, unknown[]];
interface TableSpec {
	/** Answering an open survey: statements run in order in one transaction; the last decides. */
	answer?: (f: Fixture) => Sql[];
	/** The row the checks read, change and delete (private where the table has a published state). */
	select: (f: Fixture) => Sql;
	/** A published row anon may read, where the table has one. */
	publicSelect?: (f: Fixture) => Sql;
	insert: (f: Fixture) => Sql;
	update: (f: Fixture) => Sql;
	delete: (f: Fixture) => Sql;
}

const byId = (
	table: string,
	key: keyof Fixture | ((f: Fixture) => string),
	col = 'title'
): Omit<TableSpec, 'insert'> => {
	const id = (f: Fixture) => (typeof key === 'function' ? key(f) : (f[key] as string));
	return {
		select: (f) => [`select 1 from public.${table} where id = $1`, [id(f)]],
		update: (f) => [`update public.${table} set ${col} = ${col} || '.' where id = $1 returning 1`, [id(f)]],
		delete: (f) => [`delete from public.${table} where id = $1 returning 1`, [id(f)]]
	};
};

const metricLink = (table: string, col: 'priority_id' | 'theme_id'): TableSpec => {
	const other = (f: Fixture, which: 'priv' | 'pub') =>
		col === 'theme_id' ? 'being-heard' : which === 'priv' ? f.priority : f.pub.priority;
	return {
		select: (f) => [`select 1 from public.${table} where series_id = $1 and ${col} = $2`, [f.metric, other(f, 'priv')]],
		publicSelect: (f) => [
			`select 1 from public.${table} where series_id = $1 and ${col} = $2`,
			[f.pub.metric, other(f, 'pub')]
		],
		insert: (f) => [
			`insert into public.${table} values ($1, $2, $3)`,
			[f.metric, col === 'theme_id' ? 'access-waiting' : f.pub.priority, f.areaId]
		],
		update: (f) => [
			`update public.${table} set area_id = area_id where series_id = $1 and ${col} = $2 returning 1`,
			[f.metric, other(f, 'priv')]
		],
		delete: (f) => [
			`delete from public.${table} where series_id = $1 and ${col} = $2 returning 1`,
			[f.metric, other(f, 'priv')]
		]
	};
};

const link = (table: string, other: 'priority' | 'action' | 'theme', col: string): TableSpec => {
	const otherId = (f: Fixture, which: 'priv' | 'pub') =>
		other === 'theme' ? 'being-heard' : which === 'priv' ? f[other] : f.pub[other];
	return {
		select: (f) => [
			`select 1 from public.${table} where you_said_id = $1 and ${col} = $2`,
			[f.youSaid, otherId(f, 'priv')]
		],
		publicSelect: (f) => [
			`select 1 from public.${table} where you_said_id = $1 and ${col} = $2`,
			[f.pub.youSaid, otherId(f, 'pub')]
		],
		insert: (f) =>
			other === 'theme'
				? [`insert into public.${table} values ($1, 'access-waiting', $2)`, [f.youSaid, f.areaId]]
				: [`insert into public.${table} values ($1, $2, $3)`, [f.youSaid, f.pub[other], f.areaId]],
		update: (f) => [
			`update public.${table} set area_id = area_id where you_said_id = $1 and ${col} = $2 returning 1`,
			[f.youSaid, otherId(f, 'priv')]
		],
		delete: (f) => [
			`delete from public.${table} where you_said_id = $1 and ${col} = $2 returning 1`,
			[f.youSaid, otherId(f, 'priv')]
		]
	};
};

const SPECS: Record<string, TableSpec> = {
	areas: {
		...byId('areas', 'areaId', 'summary'),
		insert: () => [`insert into public.areas (slug, name, short_name) values ($1, 'New area', 'NA')`, [`new-${rand()}`]]
	},
	source_documents: {
		select: (f) => [`select 1 from public.source_documents where area_id = $1 and file = $2`, [f.areaId, f.sourceFile]],
		insert: (f) => [
			`insert into public.source_documents (area_id, file, title, publisher, published_label) values ($1, $2, 'T', 'P', '2025')`,
			[f.areaId, `901_${randomBytes(8).toString('hex')}.txt`]
		],
		update: (f) => [
			`update public.source_documents set title = title || '.' where area_id = $1 and file = $2 returning 1`,
			[f.areaId, f.sourceFile]
		],
		delete: (f) => [
			`delete from public.source_documents where area_id = $1 and file = $2 returning 1`,
			[f.areaId, f.sourceFile]
		]
	},
	plans: {
		...byId('plans', 'plan'),
		publicSelect: (f) => [`select 1 from public.plans where id = $1`, [f.pub.plan]],
		insert: (f) => [`insert into public.plans (area_id, title, period) values ($1, 'New plan', '2026/27')`, [f.areaId]]
	},
	priorities: {
		...byId('priorities', 'priority'),
		publicSelect: (f) => [`select 1 from public.priorities where id = $1`, [f.pub.priority]],
		insert: (f) => [
			`insert into public.priorities (area_id, plan_id, number, title) values ($1, $2, 99, 'New priority')`,
			[f.areaId, f.plan]
		]
	},
	actions: {
		...byId('actions', 'action'),
		// Progress, which partners may change on their organisation's actions (the plan text they may not).
		update: (f) => [
			`update public.actions set progress = coalesce(progress, 0) + 1 where id = $1 returning 1`,
			[f.action]
		],
		publicSelect: (f) => [`select 1 from public.actions where id = $1`, [f.pub.action]],
		insert: (f) => [
			`insert into public.actions (area_id, priority_id, title, owner) values ($1, $2, 'New action', 'Test Org')`,
			[f.areaId, f.priority]
		]
	},
	action_updates: {
		...byId('action_updates', 'actionUpdate', 'body'),
		publicSelect: (f) => [`select 1 from public.action_updates where id = $1`, [f.pub.actionUpdate]],
		insert: (f) => [
			`insert into public.action_updates (area_id, action_id, body) values ($1, $2, 'New progress')`,
			[f.areaId, f.action]
		]
	},
	action_milestones: {
		...byId('action_milestones', 'milestone'),
		publicSelect: (f) => [`select 1 from public.action_milestones where id = $1`, [f.pub.milestone]],
		insert: (f) => [
			`insert into public.action_milestones (area_id, action_id, title) values ($1, $2, 'New milestone')`,
			[f.areaId, f.action]
		]
	},
	themes: {
		...byId('themes', 'theme', 'name'),
		insert: (f) => [
			`insert into public.themes (id, area_id, name) values ($1, $2, 'New theme')`,
			[`t-${rand()}`, f.areaId]
		]
	},
	engagements: {
		...byId('engagements', 'engagement'),
		publicSelect: (f) => [`select 1 from public.engagements where id = $1`, [f.pub.engagement]],
		insert: (f) => [
			`insert into public.engagements (area_id, kind, title) values ($1, 'survey', 'New survey')`,
			[f.areaId]
		]
	},
	you_said: {
		...byId('you_said', 'youSaid', 'statement'),
		publicSelect: (f) => [`select 1 from public.you_said where id = $1`, [f.pub.youSaid]],
		insert: (f) => [`insert into public.you_said (area_id, statement) values ($1, 'A new draft statement')`, [f.areaId]]
	},
	you_said_quotes: {
		...byId('you_said_quotes', 'quote', 'body'),
		publicSelect: (f) => [`select 1 from public.you_said_quotes where id = $1`, [f.pub.quote]],
		// People choose quotes only from candidate quotes (migration 000900).
		insert: (f) => [
			`insert into public.you_said_quotes (area_id, you_said_id, position, body, feedback_item_id) values ($1, $2, 9, 'Another quote', $3)`,
			[f.areaId, f.youSaid, f.statements.quoteItem]
		]
	},
	you_said_priorities: link('you_said_priorities', 'priority', 'priority_id'),
	you_said_actions: link('you_said_actions', 'action', 'action_id'),
	you_said_themes: link('you_said_themes', 'theme', 'theme_id'),
	you_said_feedback: {
		select: (f) => [
			`select 1 from public.you_said_feedback where you_said_id = $1 and feedback_item_id = $2`,
			[f.youSaid, f.feedbackItem]
		],
		insert: (f) => [
			`insert into public.you_said_feedback (you_said_id, feedback_item_id, area_id) values ($1, $2, $3)`,
			[f.youSaid, f.statements.quoteItem, f.areaId]
		],
		update: (f) => [
			`update public.you_said_feedback set area_id = area_id where you_said_id = $1 and feedback_item_id = $2 returning 1`,
			[f.youSaid, f.feedbackItem]
		],
		delete: (f) => [
			`delete from public.you_said_feedback where you_said_id = $1 and feedback_item_id = $2 returning 1`,
			[f.youSaid, f.feedbackItem]
		]
	},
	vote_rounds: {
		...byId('vote_rounds', (f) => f.statements.voteRound),
		insert: (f) => [
			`insert into public.vote_rounds (area_id, title, theme_ids) values ($1, 'Another vote', '{being-heard}')`,
			[f.areaId]
		]
	},
	theme_votes: {
		// Each voter reads, moves and takes back only their own dots (the fixture has one per voter).
		select: (f) => [`select 1 from public.theme_votes where round_id = $1`, [f.statements.voteRound]],
		insert: (f) => [
			`insert into public.theme_votes (area_id, round_id, voter_id, theme_id, dots) values ($1, $2, auth.uid(), 'access-waiting', 1)`,
			[f.areaId, f.statements.voteRound]
		],
		update: (f) => [`update public.theme_votes set dots = 2 where round_id = $1 returning 1`, [f.statements.voteRound]],
		delete: (f) => [`delete from public.theme_votes where round_id = $1 returning 1`, [f.statements.voteRound]]
	},
	people: {
		...byId('people', 'bystander', 'display_name'),
		insert: () => [`insert into public.people (email, display_name) values ($1, 'Someone')`, [`p-${rand()}@x.test`]]
	},
	memberships: {
		...byId('memberships', 'bystanderMembership', 'organisation'),
		update: (f) => [
			`update public.memberships set organisation = 'Changed' where id = $1 returning 1`,
			[f.bystanderMembership]
		],
		insert: (f) => [
			`insert into public.memberships (person_id, area_id, role) values ($1, $2, 'partner')`,
			[f.bystander, f.areaId]
		]
	},
	invitations: {
		select: (f) => [`select 1 from public.invitations where id = $1`, [f.invitation]],
		insert: (f) => [
			`insert into public.invitations (area_id, role, email, token_hash, invited_by) values ($1, 'partner', 'p@x.test', $2, auth.uid())`,
			[f.areaId, rand() + rand()]
		],
		update: (f) => [`update public.invitations set revoked_at = now() where id = $1 returning 1`, [f.invitation]],
		delete: (f) => [`delete from public.invitations where id = $1 returning 1`, [f.invitation]]
	},
	area_models: {
		select: (f) => [`select 1 from public.area_models where area_id = $1`, [f.areaId]],
		insert: (f) => [
			`insert into public.area_models (area_id, model) values ($1, '{}') on conflict (area_id) do update set examples = 1`,
			[f.areaId]
		],
		update: (f) => [`update public.area_models set examples = examples + 1 where area_id = $1 returning 1`, [f.areaId]],
		delete: (f) => [`delete from public.area_models where area_id = $1 returning 1`, [f.areaId]]
	},
	surveys: {
		...byId('surveys', 'draftSurvey'),
		publicSelect: (f) => [`select 1 from public.surveys where id = $1`, [f.openSurvey]],
		insert: (f) => [
			`insert into public.surveys (area_id, engagement_id, code, title, audience, definition) values ($1, $2, $3, 'New', 'mixed', '{}')`,
			[f.areaId, f.surveyEngagement, 'newcode' + String.fromCharCode(97 + Math.floor(Math.random() * 26))]
		]
	},
	responses: {
		...byId('responses', 'response', 'locality'),
		update: (f) => [`update public.responses set locality = 'Changed' where id = $1 returning 1`, [f.response]],
		insert: () => ['select 1', []],
		answer: (f) => [
			[
				`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash) values (gen_random_uuid(), $1, $2, $3, $4)`,
				[f.areaId, f.openSurvey, rand() + rand() + rand(), rand() + rand()]
			]
		]
	},
	feedback_items: {
		...byId('feedback_items', 'feedbackItem', 'redacted_text'),
		insert: () => ['select 1', []],
		answer: (f) => [
			[
				`insert into public.feedback_items (id, area_id, engagement_id, redacted_text) values (gen_random_uuid(), $1, $2, 'New words')`,
				[f.areaId, f.surveyEngagement]
			]
		]
	},
	feedback_originals: {
		select: (f) => [`select 1 from public.feedback_originals where feedback_item_id = $1`, [f.feedbackItem]],
		update: (f) => [
			`update public.feedback_originals set original_text = 'x' where feedback_item_id = $1 returning 1`,
			[f.feedbackItem]
		],
		delete: (f) => [`delete from public.feedback_originals where feedback_item_id = $1 returning 1`, [f.feedbackItem]],
		insert: () => ['select 1', []],
		answer: (f) => {
			const id = crypto.randomUUID();
			return [
				[
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text) values ($1, $2, $3, 'New words')`,
					[id, f.areaId, f.surveyEngagement]
				],
				[`insert into public.feedback_originals values ($1, $2, 'New words as typed')`, [id, f.areaId]]
			];
		}
	},
	safeguarding_alerts: {
		...byId('safeguarding_alerts', 'alert', 'action_taken'),
		update: (f) => [
			`update public.safeguarding_alerts set acknowledged_at = now() where id = $1 returning 1`,
			[f.alert]
		],
		insert: () => ['select 1', []],
		answer: (f) => {
			const id = crypto.randomUUID();
			return [
				[
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, safeguarding) values ($1, $2, $3, 'Worrying words', true)`,
					[id, f.areaId, f.surveyEngagement]
				],
				[
					`insert into public.safeguarding_alerts (area_id, feedback_item_id, reasons) values ($1, $2, '{suicidal}')`,
					[f.areaId, id]
				]
			];
		}
	},
	action_feedback: {
		...byId('action_feedback', 'actionFeedback', 'answer'),
		update: (f) => [`update public.action_feedback set answer = 'no' where id = $1 returning 1`, [f.actionFeedback]],
		insert: (f) => [
			`insert into public.action_feedback (area_id, action_id, response_id, answer) values ($1, $2, $3, 'no')`,
			[f.areaId, f.action, f.response]
		]
	},
	alert_deliveries: {
		...byId('alert_deliveries', 'delivery', 'address'),
		insert: (f) => [
			`insert into public.alert_deliveries (area_id, alert_id, person_id, channel, address) values ($1, $2, $3, 'notify_sms', 'x')`,
			[f.areaId, f.alert, f.people.area_admin]
		]
	},
	// Written only through app.raise_alert, with the alert (and never changed after).
	safeguarding_alert_words: {
		select: (f) => [`select 1 from public.safeguarding_alert_words where alert_id = $1`, [f.alert]],
		update: (f) => [
			`update public.safeguarding_alert_words set redacted_text = 'x' where alert_id = $1 returning 1`,
			[f.alert]
		],
		delete: (f) => [`delete from public.safeguarding_alert_words where alert_id = $1 returning 1`, [f.alert]],
		insert: (f) => [
			`insert into public.safeguarding_alert_words (alert_id, area_id, original_text, redacted_text) values ($1, $2, 'x', 'x')`,
			[f.alert, f.areaId]
		],
		answer: (f) => {
			const id = crypto.randomUUID();
			return [
				[
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, safeguarding) values ($1, $2, $3, 'Worrying words', true)`,
					[id, f.areaId, f.surveyEngagement]
				],
				[
					`select 1 from app.raise_alert(gen_random_uuid(), $1, $3, $2, null, '{suicidal}', 'urgent', 'Worrying words', 'Worrying words')`,
					[f.areaId, id, f.surveyEngagement]
				]
			];
		}
	},
	events: {
		...byId('events', 'draftEvent', 'name'),
		publicSelect: (f) => [`select 1 from public.events where id = $1`, [f.openEvent]],
		insert: (f) => [
			`insert into public.events (area_id, engagement_id, code, name, starts_at, audience) values ($1, (select engagement_id from public.surveys where id = $2), $3, 'New event', now(), 'mixed')`,
			[f.areaId, f.draftSurvey, 'newevt' + String.fromCharCode(97 + Math.floor(Math.random() * 26)) + 'a']
		]
	},
	event_priorities: {
		select: (f) => [`select 1 from public.event_priorities where event_id = $1`, [f.draftEvent]],
		publicSelect: (f) => [`select 1 from public.event_priorities where event_id = $1`, [f.openEvent]],
		insert: (f) => [
			`insert into public.event_priorities values ($1, $2, $3)`,
			[f.draftEvent, f.pub.priority, f.areaId]
		],
		update: (f) => [
			`update public.event_priorities set area_id = area_id where event_id = $1 returning 1`,
			[f.draftEvent]
		],
		delete: (f) => [`delete from public.event_priorities where event_id = $1 returning 1`, [f.draftEvent]]
	},
	event_helpers: {
		select: (f) => [`select 1 from public.event_helpers where event_id = $1`, [f.draftEvent]],
		insert: (f) => [
			`insert into public.event_helpers (event_id, person_id, area_id) values ($1, $2, $3)`,
			[f.openEvent, f.people.youth_board, f.areaId]
		],
		update: (f) => [`update public.event_helpers set added_at = now() where event_id = $1 returning 1`, [f.draftEvent]],
		delete: (f) => [`delete from public.event_helpers where event_id = $1 returning 1`, [f.draftEvent]]
	},
	event_participants: {
		...byId('event_participants', 'eventParticipant', 'age_band'),
		update: (f) => [
			`update public.event_participants set age_band = '16_17' where id = $1 returning 1`,
			[f.eventParticipant]
		],
		insert: () => ['select 1', []],
		answer: (f) => [
			[
				`insert into public.event_participants (id, area_id, event_id, respondent_role, age_band, token_hash) values (gen_random_uuid(), $1, $2, 'young_person', '11_13', $3)`,
				[f.areaId, f.openEvent, rand() + rand()]
			]
		]
	},
	event_ratings: {
		...byId('event_ratings', 'eventRating', 'prompt_key'),
		update: (f) => [`update public.event_ratings set rating = 1 where id = $1 returning 1`, [f.eventRating]],
		insert: () => ['select 1', []],
		answer: (f) => [
			[
				`insert into public.event_ratings (area_id, event_id, prompt_key, rating, idempotency_key) values ($1, $2, 'p1', 5, $3)`,
				[f.areaId, f.openEvent, rand() + rand() + rand()]
			]
		]
	},
	event_wall_hidden: {
		select: (f) => [`select 1 from public.event_wall_hidden where feedback_item_id = $1`, [f.eventItem]],
		insert: (f) => [
			`insert into public.event_wall_hidden (feedback_item_id, area_id) values ($1, $2)`,
			[f.feedbackItem, f.areaId]
		],
		update: (f) => [
			`update public.event_wall_hidden set hidden_at = now() where feedback_item_id = $1 returning 1`,
			[f.eventItem]
		],
		delete: (f) => [`delete from public.event_wall_hidden where feedback_item_id = $1 returning 1`, [f.eventItem]]
	},
	feedback_reviews: {
		select: (f) => [`select 1 from public.feedback_reviews where feedback_item_id = $1`, [f.feedbackItem]],
		insert: (f) => [
			`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids) values ($1, $2, auth.uid(), '{being-heard}')`,
			[f.areaId, f.review.item]
		],
		// Each reviewer changes and takes back only their own review (the fixture has one per reviewer).
		update: (f) => [
			`update public.feedback_reviews set candidate_quote = candidate_quote where feedback_item_id = $1 returning 1`,
			[f.feedbackItem]
		],
		delete: (f) => [`delete from public.feedback_reviews where feedback_item_id = $1 returning 1`, [f.feedbackItem]]
	},
	review_samples: {
		select: (f) => [`select 1 from public.review_samples where feedback_item_id = $1`, [f.review.item]],
		insert: (f) => [
			`insert into public.review_samples (area_id, feedback_item_id) values ($1, $2)`,
			[f.areaId, f.feedbackItem]
		],
		update: (f) => [
			`update public.review_samples set added_by = added_by where feedback_item_id = $1 returning 1`,
			[f.review.item]
		],
		delete: (f) => [`delete from public.review_samples where feedback_item_id = $1 returning 1`, [f.review.item]]
	},
	review_rounds: {
		...byId('review_rounds', (f) => f.review.round),
		insert: (f) => [
			`insert into public.review_rounds (area_id, title, ratified_by) values ($1, 'Spring round', auth.uid())`,
			[f.areaId]
		]
	},
	theme_decisions: {
		...byId('theme_decisions', (f) => f.review.decision, 'summary'),
		publicSelect: (f) => [`select 1 from public.theme_decisions where id = $1`, [f.review.pubDecision]],
		insert: (f) => [
			`insert into public.theme_decisions (area_id, kind, summary, round_id, decided_by) values ($1, 'ratify', 'The list was agreed', $2, auth.uid())`,
			[f.areaId, f.review.round]
		],
		update: (f) => [
			`update public.theme_decisions set published = not published, published_at = coalesce(published_at, now()) where id = $1 returning 1`,
			[f.review.decision]
		]
	},
	area_population: {
		...byId('area_population', 'population', 'population'),
		insert: (f) => [
			`insert into public.area_population (area_id, dimension, group_key, share, population) values ($1, 'locality', 'Town', 50, 'residents aged 0-25')`,
			[f.areaId]
		]
	},
	metric_series: {
		...byId('metric_series', 'metric'),
		publicSelect: (f) => [`select 1 from public.metric_series where id = $1`, [f.pub.metric]],
		insert: (f) => [
			`insert into public.metric_series (area_id, title, definition, unit, geography) values ($1, 'New metric', 'What it measures, plainly.', 'count', 'Town')`,
			[f.areaId]
		]
	},
	metric_values: {
		...byId('metric_values', 'metricValue', 'period_label'),
		publicSelect: (f) => [`select 1 from public.metric_values where id = $1`, [f.pub.metricValue]],
		insert: (f) => [
			`insert into public.metric_values (area_id, series_id, period_label, period_end, value) values ($1, $2, 'Mar-25', '2025-03-31', 71)`,
			[f.areaId, f.metric]
		]
	},
	metric_priorities: metricLink('metric_priorities', 'priority_id'),
	metric_themes: metricLink('metric_themes', 'theme_id'),
	audit_log: {
		select: (f) => [`select 1 from public.audit_log where area_id = $1 limit 1`, [f.areaId]],
		insert: (f) => [`insert into public.audit_log (area_id, action) values ($1, 'forged')`, [f.areaId]],
		update: (f) => [`update public.audit_log set action = 'edited' where area_id = $1 returning 1`, [f.areaId]],
		delete: (f) => [`delete from public.audit_log where area_id = $1 returning 1`, [f.areaId]]
	}
};

/** Tables whose fixture row is public by nature (published area's own rows). */
const PUBLIC_FIXTURE = new Set(['areas', 'source_documents', 'themes', 'area_population']);

class Rollback extends Error {
	constructor(readonly result: boolean) {
		super('rollback');
	}
}

/** Did the operation succeed? Always rolled back. */
async function attempt(db: Db, claims: Claims, statements: Sql | Sql[], op: Op): Promise<boolean> {
	const list: Sql[] = typeof statements[0] === 'string' ? [statements as Sql] : (statements as Sql[]);
	try {
		await withClaims(db, claims, async (tx) => {
			let ok = false;
			try {
				for (const [sql, params] of list) {
					const { rows } = await tx.query(sql, params);
					ok = op === 'I' || op === 'A' ? true : rows.length > 0;
				}
			} catch {
				ok = false;
			}
			throw new Rollback(ok);
		});
	} catch (e) {
		if (e instanceof Rollback) return e.result;
		throw e;
	}
	return false;
}

const roleTable = readRoleTable();

describe.each(engines)('isolation matrix on $name', (engine) => {
	let db: Db;
	let A: Fixture;
	let B: Fixture;
	const results: { table: string; role: Role; op: Op; where: 'own' | 'other'; expected: boolean; actual: boolean }[] =
		[];

	beforeAll(async () => {
		db = await migrated(await engine.create());
		await owner(db, async (tx) => {
			await tx.query(
				`insert into public.themes (id, name) values ('being-heard', 'Being heard'), ('access-waiting', 'Access') on conflict do nothing`
			);
		});
		[A, B] = await owner(db, async (tx) => [await makeFixture(tx, 'area-a'), await makeFixture(tx, 'area-b')]);
		const claimsFor = (role: Role): Claims => (role === 'anon' ? ANON : { role: 'authenticated', sub: A.people[role] });

		for (const [table, spec] of Object.entries(SPECS)) {
			const allowed = roleTable.get(table);
			if (!allowed) throw new Error(`docs/roles.md has no row for ${table}`);
			for (const role of ROLES) {
				const claims = claimsFor(role);
				for (const op of OPS) {
					const can = allowed[role].has(op);
					for (const where of ['own', 'other'] as const) {
						const f = where === 'own' ? A : B;
						let expected: boolean;
						let actual: boolean;
						if (op === 'S') {
							// Reading the private fixture: only members with S in their own area.
							expected = PUBLIC_FIXTURE.has(table)
								? allowed.anon.has('S') || (where === 'own' && can)
								: where === 'own' && can && role !== 'anon';
							actual = await attempt(db, claims, spec.select(f), 'S');
							results.push({ table, role, op, where, expected, actual });
							if (spec.publicSelect) {
								// The published twin: everyone who may read the table publicly.
								const pubExpected = allowed.anon.has('S') || (where === 'own' && can && role !== 'anon');
								results.push({
									table: `${table} (published)`,
									role,
									op,
									where,
									expected: pubExpected,
									actual: await attempt(db, claims, spec.publicSelect(f), 'S')
								});
							}
							continue;
						}
						if (op === 'I' && spec.answer) {
							// Answering an open survey is open to everyone, in every area.
							expected = allowed[role].has('A');
							actual = await attempt(db, claims, spec.answer(f), 'A');
							results.push({ table: `${table} (answer)`, role, op: 'A', where, expected, actual });
							continue;
						}
						expected = where === 'own' && can && role !== 'anon';
						actual = await attempt(
							db,
							claims,
							op === 'I' ? spec.insert(f) : op === 'U' ? spec.update(f) : spec.delete(f),
							op
						);
						results.push({ table, role, op, where, expected, actual });
					}
				}
			}
		}
	}, 600_000);
	afterAll(() => engine.cleanup());

	it('covers every table in docs/roles.md and every table in the database', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ t: string }>(`select tablename as t from pg_tables where schemaname = 'public' order by 1`)
		);
		expect(rows.map((r) => r.t).sort()).toEqual([...roleTable.keys()].sort());
		expect(Object.keys(SPECS).sort()).toEqual([...roleTable.keys()].sort());
	});

	it('allows exactly what docs/roles.md says, in the own area and in another area', () => {
		const wrong = results
			.filter((r) => r.expected !== r.actual)
			.map(
				(r) =>
					`${r.role} ${r.op} ${r.table} in ${r.where} area: expected ${r.expected ? 'allowed' : 'denied'}, was ${r.actual ? 'allowed' : 'denied'}`
			);
		console.log(
			`${engine.name}: ${results.length} checks (${Object.keys(SPECS).length} tables x ${ROLES.length} roles x ${OPS.length} operations x own/other area, plus published twins), ${wrong.length} wrong`
		);
		expect(wrong).toEqual([]);
		expect(results.length).toBeGreaterThan(800);
	});

	it("never lets a member of one area read another area's private rows or change anything there", () => {
		const leaks = results.filter(
			(r) =>
				r.where === 'other' &&
				r.actual &&
				r.op !== 'A' &&
				(r.op !== 'S' || !(r.table.endsWith('(published)') || PUBLIC_FIXTURE.has(r.table)))
		);
		expect(leaks).toEqual([]);
	});
});
