import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as actionService from '$lib/server/services/actions';
import * as plans from '$lib/server/services/plans';
import { detailsSchema, milestoneSchema, progressSchema, updateSchema } from '$lib/schemas/actions';
import { fieldErrors, formValues } from '$lib/schemas/form';
import type { Tx } from '$lib/server/db';
import { londonToday } from '$lib/dates';
import { EDITORS, LINKERS, MANAGERS, canLink, canManage } from '../access';
import { prefixed, refusal } from '../refusal';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'That action was not found in this area';
const id = z.string().uuid();

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const found = await asStaff(event, async (tx) => {
		const action = await actionService.get(tx, area.id, event.params.id);
		if (!action) return null;
		return {
			action,
			priorities: canManage(roles) ? await plans.priorityChoices(tx, area.id) : [],
			choices: canLink(roles) ? await actionService.statementChoices(tx, area.id) : []
		};
	});
	if (!found) error(404, NOT_FOUND);
	const linked = new Set(found.action.statements.map((s) => s.id));
	return {
		action: found.action,
		priorities: found.priorities.map((p) => ({
			id: p.id,
			label: `${p.plan_title} (${p.plan_period}): priority ${p.number}, ${p.title}`
		})),
		choices: found.choices.filter((s) => !linked.has(s.id)),
		canLink: canLink(roles),
		today: londonToday()
	};
}) satisfies PageServerLoad;

type Event = RequestEvent<{ area: string; id: string }>;

/**
 * Runs a change as the signed-in person. False when nothing matched (not theirs to change); a
 * refusal from the database becomes a message instead of an error page.
 */
async function change(
	event: Event,
	form: string,
	values: Record<string, string>,
	fn: (tx: Tx) => Promise<boolean | void>
) {
	try {
		const ok = await asStaff(event, fn);
		if (ok === false)
			return fail(403, {
				form,
				values,
				errors: {
					form: 'You cannot change this action. Only its owner’s partners, commissioners and area admins can.'
				} as Record<string, string>
			});
		return { saved: form };
	} catch (e) {
		const r = refusal(e);
		if (!r) throw e;
		return fail(r.field ? 400 : 403, {
			form,
			values,
			errors: { [r.field ?? 'form']: r.message } as Record<string, string>
		});
	}
}

async function read(event: Event) {
	const data = await event.request.formData();
	return formValues(data);
}

export const actions = {
	progress: async (event) => {
		const { area } = requireArea(event, event.params.area, EDITORS);
		const values = await read(event);
		const parsed = progressSchema.safeParse(values);
		if (!parsed.success) return fail(400, { form: 'progress', values, errors: fieldErrors(parsed.error) });
		return change(event, 'progress', values, (tx) =>
			actionService.updateProgress(tx, area.id, event.params.id, parsed.data)
		);
	},

	details: async (event) => {
		const { area } = requireArea(event, event.params.area, MANAGERS);
		const values = await read(event);
		const parsed = detailsSchema.safeParse(values);
		if (!parsed.success) return fail(400, { form: 'details', values, errors: fieldErrors(parsed.error) });
		return change(event, 'details', values, async (tx) => {
			const allowed = (await plans.priorityChoices(tx, area.id)).some((p) => p.id === parsed.data.priority_id);
			if (!allowed) return false;
			return actionService.updateDetails(tx, area.id, event.params.id, parsed.data);
		});
	},

	addMilestone: async (event) => {
		const { area } = requireArea(event, event.params.area, EDITORS);
		const values = await read(event);
		const parsed = milestoneSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { form: 'addMilestone', values, errors: prefixed(fieldErrors(parsed.error), 'm-') });
		return change(event, 'addMilestone', values, async (tx) => {
			await actionService.addMilestone(tx, area.id, event.params.id, parsed.data);
		});
	},

	milestone: async (event) => {
		const { area } = requireArea(event, event.params.area, EDITORS);
		const values = await read(event);
		const milestoneId = id.safeParse(values.milestone);
		if (!milestoneId.success) error(400, 'That milestone was not found');
		const parsed = milestoneSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, {
				form: `milestone-${milestoneId.data}`,
				values,
				errors: prefixed(fieldErrors(parsed.error), `ms-${milestoneId.data}-`)
			});
		return change(event, `milestone-${milestoneId.data}`, values, (tx) =>
			actionService.updateMilestone(tx, area.id, event.params.id, milestoneId.data, parsed.data)
		);
	},

	removeMilestone: async (event) => {
		const { area } = requireArea(event, event.params.area, MANAGERS);
		const values = await read(event);
		const milestoneId = id.safeParse(values.milestone);
		if (!milestoneId.success) error(400, 'That milestone was not found');
		return change(event, 'removeMilestone', values, (tx) =>
			actionService.deleteMilestone(tx, area.id, event.params.id, milestoneId.data)
		);
	},

	update: async (event) => {
		const { area } = requireArea(event, event.params.area, EDITORS);
		const values = await read(event);
		const parsed = updateSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { form: 'update', values, errors: prefixed(fieldErrors(parsed.error), 'u-') });
		return change(event, 'update', values, async (tx) => {
			await actionService.addUpdate(tx, area.id, event.params.id, parsed.data);
		});
	},

	link: async (event) => {
		const { area } = requireArea(event, event.params.area, LINKERS);
		const values = await read(event);
		const statement = id.safeParse(values.you_said_id);
		if (!statement.success)
			return fail(400, {
				form: 'link',
				values,
				errors: { you_said_id: 'Choose a “You said” statement' } as Record<string, string>
			});
		return change(event, 'link', values, async (tx) => {
			const choices = await actionService.statementChoices(tx, area.id);
			if (!choices.some((s) => s.id === statement.data)) return false;
			await actionService.link(tx, area.id, event.params.id, statement.data);
		});
	},

	unlink: async (event) => {
		const { area } = requireArea(event, event.params.area, LINKERS);
		const values = await read(event);
		const statement = id.safeParse(values.you_said_id);
		if (!statement.success) error(400, 'That statement was not found');
		return change(event, 'unlink', values, (tx) => actionService.unlink(tx, area.id, event.params.id, statement.data));
	}
} satisfies Actions;
