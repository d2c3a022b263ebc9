import { error, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as actionService from '$lib/server/services/actions';
import * as plans from '$lib/server/services/plans';
import * as helped from '$lib/server/services/action-feedback';
import { detailsSchema, milestoneSchema, progressSchema, updateSchema } from '$lib/schemas/actions';
import { check, failure, formValues, type Values } from '$lib/forms';
import { attempt } from '$lib/server/forms';
import type { Tx } from '$lib/server/db';
import { londonToday } from '$lib/dates';
import { EDITORS, LINKERS, MANAGERS, canLink, canManage } from '../access';
import { refused } from '../refusal';
import { can } from '$lib/permissions';
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
			choices: canLink(roles) ? await actionService.statementChoices(tx, area.id) : [],
			// "Did this help?" answers (issue 18): staff who read feedback, done actions only.
			helped:
				action.status === 'done' && can(roles, 'read_feedback') ? await helped.forAction(tx, event.params.id) : null
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
		canConfirmDone: can(roles, 'confirm_done'),
		helped: found.helped,
		today: londonToday()
	};
}) satisfies PageServerLoad;

type Event = RequestEvent<{ area: string; id: string }>;

/** Runs a change as the signed-in person (see `attempt`). */
const change = (event: Event, form: string, values: Values, fn: (tx: Tx) => Promise<boolean | void>) =>
	attempt(form, values, () => asStaff(event, fn), {
		denied: 'You cannot change this action. Only its owner’s partners, commissioners and area admins can.',
		refused
	});

const read = async (event: Event) => formValues(await event.request.formData());

export const actions = {
	confirmDone: async (event) => {
		requireArea(event, event.params.area, 'confirm_done');
		return attempt('confirmDone', {}, () => asStaff(event, (tx) => actionService.confirmDone(tx, event.params.id)), {
			denied: 'Only a done action that says what changed can be confirmed. Ask its owner to write what changed.',
			refused
		});
	},
	progress: async (event) => {
		const { area } = requireArea(event, event.params.area, EDITORS);
		const p = check('progress', progressSchema, await read(event));
		if (!p.ok) return p.failure;
		return change(event, 'progress', p.values, (tx) =>
			actionService.updateProgress(tx, area.id, event.params.id, p.data)
		);
	},

	details: async (event) => {
		const { area } = requireArea(event, event.params.area, MANAGERS);
		const p = check('details', detailsSchema, await read(event));
		if (!p.ok) return p.failure;
		return change(event, 'details', p.values, async (tx) => {
			const allowed = (await plans.priorityChoices(tx, area.id)).some((c) => c.id === p.data.priority_id);
			if (!allowed) return false;
			return actionService.updateDetails(tx, area.id, event.params.id, p.data);
		});
	},

	addMilestone: async (event) => {
		const { area } = requireArea(event, event.params.area, EDITORS);
		const p = check('addMilestone', milestoneSchema, await read(event), { prefix: 'm-' });
		if (!p.ok) return p.failure;
		return change(event, 'addMilestone', p.values, async (tx) => {
			await actionService.addMilestone(tx, area.id, event.params.id, p.data);
		});
	},

	milestone: async (event) => {
		const { area } = requireArea(event, event.params.area, EDITORS);
		const values = await read(event);
		const milestoneId = id.safeParse(values.milestone);
		if (!milestoneId.success) error(400, 'That milestone was not found');
		const form = `milestone-${milestoneId.data}`;
		const p = check(form, milestoneSchema, values, { prefix: `ms-${milestoneId.data}-` });
		if (!p.ok) return p.failure;
		return change(event, form, values, (tx) =>
			actionService.updateMilestone(tx, area.id, event.params.id, milestoneId.data, p.data)
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
		const p = check('update', updateSchema, await read(event), { prefix: 'u-' });
		if (!p.ok) return p.failure;
		return change(event, 'update', p.values, async (tx) => {
			await actionService.addUpdate(tx, area.id, event.params.id, p.data);
		});
	},

	link: async (event) => {
		const { area } = requireArea(event, event.params.area, LINKERS);
		const values = await read(event);
		const statement = id.safeParse(values.you_said_id);
		if (!statement.success) return failure(400, 'link', { you_said_id: 'Choose a “You said” statement' }, values);
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
