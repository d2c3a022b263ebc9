import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as statements from '$lib/server/services/statements';
import * as plans from '$lib/server/services/plans';
import { pickSchema, publishSchema, statementSchema } from '$lib/schemas/statements';
import { fieldErrors, formValues } from '$lib/forms';
import type { Tx } from '$lib/server/db';
import { AGREERS, LINKERS, PUBLISHERS, WRITERS, holds, prefixed, refusal } from '../access';
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
type Values = Record<string, string>;

/**
 * Runs a change as the signed-in person. False when nothing matched (not theirs to change, or
 * the statement moved on); a refusal from the database becomes a message instead of an error page.
 */
async function change(
	event: Event,
	form: string,
	values: Values,
	fn: (tx: Tx) => Promise<boolean | void>,
	denied: string
) {
	try {
		const ok = await asStaff(event, fn);
		if (ok === false) return fail(403, { form, values, errors: { form: denied } as Record<string, string> });
		return { saved: form };
	} catch (e) {
		const message = refusal(e);
		if (!message) throw e;
		return fail(403, { form, values, errors: { form: message } as Record<string, string> });
	}
}

const MOVED_ON =
	'This statement has moved on since you opened it, or your role does not allow this. Refresh the page to see it as it is now.';

async function read(event: Event) {
	const data = await event.request.formData();
	return { data, values: formValues(data) };
}

const ids = (data: FormData, name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');

export const actions = {
	details: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const { data, values } = await read(event);
		const themeIds = ids(data, 'theme_ids');
		const parsed = statementSchema.safeParse({ ...values, theme_ids: themeIds });
		if (!parsed.success) return fail(400, { form: 'details', values, themeIds, errors: fieldErrors(parsed.error) });
		return change(
			event,
			'details',
			values,
			async (tx) => {
				const known = new Set((await statements.themeChoices(tx, area.id)).map((t) => t.id));
				if (!parsed.data.theme_ids.every((t) => known.has(t))) return false;
				return statements.update(tx, area.id, event.params.id, parsed.data);
			},
			MOVED_ON
		);
	},

	agree: async (event) => {
		const { area } = requireArea(event, event.params.area, AGREERS);
		const { values } = await read(event);
		return change(event, 'agree', values, (tx) => statements.agree(tx, area.id, event.params.id), MOVED_ON);
	},

	draft: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const { values } = await read(event);
		return change(event, 'draft', values, (tx) => statements.backToDraft(tx, area.id, event.params.id), MOVED_ON);
	},

	publish: async (event) => {
		const { area } = requireArea(event, event.params.area, PUBLISHERS);
		const { values } = await read(event);
		const parsed = publishSchema.safeParse(values);
		if (!parsed.success) return fail(400, { form: 'publish', values, errors: fieldErrors(parsed.error) });
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
		const { values } = await read(event);
		return change(event, 'archive', values, (tx) => statements.archive(tx, area.id, event.params.id), MOVED_ON);
	},

	addQuote: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const { values } = await read(event);
		const item = uuid.safeParse(values.item_id);
		if (!item.success)
			return fail(400, { form: 'addQuote', values, errors: { item_id: 'Choose a quote' } as Record<string, string> });
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
		const { values } = await read(event);
		const quote = uuid.safeParse(values.quote_id);
		if (!quote.success) error(400, 'That quote was not found');
		return change(
			event,
			'removeQuote',
			values,
			(tx) => statements.removeQuote(tx, area.id, event.params.id, quote.data),
			MOVED_ON
		);
	},

	addFeedback: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const { data, values } = await read(event);
		const parsed = pickSchema.safeParse({ item_ids: ids(data, 'item_ids') });
		if (!parsed.success)
			return fail(400, { form: 'addFeedback', values, errors: prefixed(fieldErrors(parsed.error), 'pick-') });
		return change(
			event,
			'addFeedback',
			values,
			async (tx) => (await statements.addFeedback(tx, area.id, event.params.id, parsed.data.item_ids)) > 0,
			'None of that feedback could be added: it may no longer share a theme with the statement. Refresh the page.'
		);
	},

	removeFeedback: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const { values } = await read(event);
		const item = uuid.safeParse(values.item_id);
		if (!item.success) error(400, 'That feedback was not found');
		return change(
			event,
			'removeFeedback',
			values,
			(tx) => statements.removeFeedback(tx, area.id, event.params.id, item.data),
			MOVED_ON
		);
	},

	link: async (event) => {
		const { area } = requireArea(event, event.params.area, LINKERS);
		const { values } = await read(event);
		const priority = uuid.safeParse(values.priority_id);
		if (!priority.success)
			return fail(400, {
				form: 'link',
				values,
				errors: { priority_id: 'Choose a plan priority' } as Record<string, string>
			});
		return change(
			event,
			'link',
			values,
			async (tx) => {
				if (!(await plans.priorityChoices(tx, area.id)).some((p) => p.id === priority.data)) return false;
				await statements.linkPriority(tx, area.id, event.params.id, priority.data);
			},
			MOVED_ON
		);
	},

	unlink: async (event) => {
		const { area } = requireArea(event, event.params.area, LINKERS);
		const { values } = await read(event);
		const priority = uuid.safeParse(values.priority_id);
		if (!priority.success) error(400, 'That priority was not found');
		return change(
			event,
			'unlink',
			values,
			(tx) => statements.unlinkPriority(tx, area.id, event.params.id, priority.data),
			MOVED_ON
		);
	}
} satisfies Actions;
