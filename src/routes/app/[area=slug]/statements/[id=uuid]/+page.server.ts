import { error, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as statements from '$lib/server/services/statements';
import * as plans from '$lib/server/services/plans';
import { pickSchema, publishSchema, statementSchema } from '$lib/schemas/statements';
import { check, failure, formInput, type Values } from '$lib/forms';
import { attempt } from '$lib/server/forms';
import type { Tx } from '$lib/server/db';
import { AGREERS, LINKERS, PUBLISHERS, WRITERS, holds, refused } from '../access';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'That statement was not found in this area';
const uuid = z.string().uuid();

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const wanted = event.url.searchParams.get('theme');
	const found = await asStaff(event, async (tx) => {
		const statement = await statements.get(tx, area.id, event.params.id);
		if (!statement) return null;
		const themeIds = statement.themes.map((t) => t.id);
		const filter = wanted && themeIds.includes(wanted) ? [wanted] : themeIds;
		const linked = new Set(statement.priorities.map((p) => p.id));
		return {
			statement,
			themes: statement.can_edit ? await statements.themeChoices(tx, area.id) : [],
			candidates: statement.can_edit ? await statements.candidateQuotes(tx, area.id, statement.id, themeIds) : [],
			choices: statement.can_edit
				? await statements.feedbackChoices(tx, area.id, statement.id, filter)
				: { items: [], total: 0 },
			priorities: statement.can_link ? (await plans.priorityChoices(tx, area.id)).filter((p) => !linked.has(p.id)) : []
		};
	});
	if (!found) error(404, NOT_FOUND);
	return {
		...found,
		theme: wanted && found.statement.themes.some((t) => t.id === wanted) ? wanted : '',
		priorities: found.priorities.map((p) => ({
			id: p.id,
			label: `${p.plan_title} (${p.plan_period}): priority ${p.number}, ${p.title}`
		})),
		isBoard: holds(roles, AGREERS),
		saved: event.url.searchParams.get('saved')
	};
}) satisfies PageServerLoad;

type Event = RequestEvent<{ area: string; id: string }>;

const MOVED_ON =
	'This statement has moved on since you opened it, or your role does not allow this. Refresh the page to see it as it is now.';

/** Runs a change as the signed-in person (see `attempt`); `denied` says why nothing matched. */
const change = (
	event: Event,
	form: string,
	values: Values,
	fn: (tx: Tx) => Promise<boolean | void>,
	denied = MOVED_ON
) => attempt(form, values, () => asStaff(event, fn), { denied, refused });

const read = async (event: Event, lists: string[] = []) => formInput(await event.request.formData(), { lists });

export const actions = {
	details: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const p = check('details', statementSchema, await read(event, ['theme_ids']));
		if (!p.ok) return p.failure;
		return change(event, 'details', p.values, async (tx) => {
			const known = new Set((await statements.themeChoices(tx, area.id)).map((t) => t.id));
			if (!p.data.theme_ids.every((t) => known.has(t))) return false;
			return statements.update(tx, area.id, event.params.id, p.data);
		});
	},

	agree: async (event) => {
		const { area } = requireArea(event, event.params.area, AGREERS);
		const values = await read(event);
		return change(event, 'agree', values, (tx) => statements.agree(tx, area.id, event.params.id));
	},

	draft: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const values = await read(event);
		return change(event, 'draft', values, (tx) => statements.backToDraft(tx, area.id, event.params.id));
	},

	publish: async (event) => {
		const { area } = requireArea(event, event.params.area, PUBLISHERS);
		const values = await read(event);
		const p = check('publish', publishSchema, values);
		if (!p.ok) return p.failure;
		return change(
			event,
			'publish',
			values,
			(tx) => statements.publish(tx, area.id, event.params.id),
			'Only a statement the youth board agreed can be published. Refresh the page to see it as it is now.'
		);
	},

	archive: async (event) => {
		const { area } = requireArea(event, event.params.area, PUBLISHERS);
		const values = await read(event);
		return change(event, 'archive', values, (tx) => statements.archive(tx, area.id, event.params.id));
	},

	addQuote: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const values = await read(event);
		const item = uuid.safeParse(values.item_id);
		if (!item.success) return failure(400, 'addQuote', { item_id: 'Choose a quote' }, values);
		return change(
			event,
			'addQuote',
			values,
			async (tx) => {
				const s = await statements.get(tx, area.id, event.params.id);
				if (!s?.can_edit) return false;
				const candidates = await statements.candidateQuotes(tx, area.id, s.id);
				if (!candidates.some((c) => c.id === item.data)) return false;
				await statements.addQuote(tx, area.id, s.id, item.data);
			},
			'That quote can no longer be used (its author may have withdrawn it), or this statement has moved on. Refresh the page.'
		);
	},

	removeQuote: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const values = await read(event);
		const quote = uuid.safeParse(values.quote_id);
		if (!quote.success) error(400, 'That quote was not found');
		return change(event, 'removeQuote', values, (tx) =>
			statements.removeQuote(tx, area.id, event.params.id, quote.data)
		);
	},

	addFeedback: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const values = await read(event, ['item_ids']);
		const p = check('addFeedback', pickSchema, values, { prefix: 'pick-' });
		if (!p.ok) return p.failure;
		return change(
			event,
			'addFeedback',
			values,
			async (tx) => (await statements.addFeedback(tx, area.id, event.params.id, p.data.item_ids)) > 0,
			'None of that feedback could be added: it may no longer share a theme with the statement. Refresh the page.'
		);
	},

	removeFeedback: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const values = await read(event);
		const item = uuid.safeParse(values.item_id);
		if (!item.success) error(400, 'That feedback was not found');
		return change(event, 'removeFeedback', values, (tx) =>
			statements.removeFeedback(tx, area.id, event.params.id, item.data)
		);
	},

	link: async (event) => {
		const { area } = requireArea(event, event.params.area, LINKERS);
		const values = await read(event);
		const priority = uuid.safeParse(values.priority_id);
		if (!priority.success) return failure(400, 'link', { priority_id: 'Choose a plan priority' }, values);
		return change(event, 'link', values, async (tx) => {
			if (!(await plans.priorityChoices(tx, area.id)).some((p) => p.id === priority.data)) return false;
			await statements.linkPriority(tx, area.id, event.params.id, priority.data);
		});
	},

	unlink: async (event) => {
		const { area } = requireArea(event, event.params.area, LINKERS);
		const values = await read(event);
		const priority = uuid.safeParse(values.priority_id);
		if (!priority.success) error(400, 'That priority was not found');
		return change(event, 'unlink', values, (tx) =>
			statements.unlinkPriority(tx, area.id, event.params.id, priority.data)
		);
	}
} satisfies Actions;
