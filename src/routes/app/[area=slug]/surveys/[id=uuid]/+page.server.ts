import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as surveys from '$lib/server/services/surveys';
import * as plans from '$lib/server/services/plans';
import { QUESTION_KINDS, surveyDefinition } from '$lib/schemas/survey';
import { formValues } from '$lib/forms';
import {
	BUILDERS,
	definitionErrors,
	nextKey,
	priorityErrors,
	publicLink,
	readEdit,
	readQuestion,
	type Kind,
	type Status
} from '../builder';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'That survey was not found in this area';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const found = await asStaff(event, async (tx) => {
		const survey = await surveys.get(tx, area.id, event.params.id);
		return survey && { survey, priorities: await plans.priorityChoices(tx, area.id) };
	});
	if (!found) error(404, NOT_FOUND);
	const { survey, priorities } = found;
	return {
		survey: {
			id: survey.id,
			code: survey.code,
			status: survey.status,
			definition: survey.definition,
			created_at: survey.created_at,
			opened_at: survey.opened_at,
			closed_at: survey.closed_at
		},
		priorities: priorities.map((p) => ({
			id: p.id,
			number: p.number,
			title: p.title,
			plan: p.plan_title,
			period: p.plan_period
		})),
		link: publicLink(event.url.origin, survey.code),
		canBuild: roles.some((r) => (BUILDERS as string[]).includes(r))
	};
}) satisfies PageServerLoad;

type Event = RequestEvent<{ area: string; id: string }>;

/** Moves the survey between draft, open and closed, from the statuses where that makes sense. */
async function move(event: Event, from: Status[], to: Status) {
	const { area } = requireArea(event, event.params.area, BUILDERS);
	const moved = await asStaff(event, async (tx) => {
		const survey = await surveys.get(tx, area.id, event.params.id);
		if (!survey) return null;
		if (!from.includes(survey.status)) return false;
		return surveys.setStatus(tx, area.id, survey.id, to);
	});
	if (moved === null) error(404, NOT_FOUND);
	if (!moved)
		return fail(409, {
			errors: { form: `This survey is already ${to === 'open' ? 'open' : to}. Refresh the page to see its status.` }
		});
	return { moved: to };
}

export const actions = {
	open: (event) => move(event, ['draft'], 'open'),
	close: (event) => move(event, ['open'], 'closed'),
	reopen: (event) => move(event, ['closed'], 'open'),

	duplicate: async (event) => {
		const { area, session } = requireArea(event, event.params.area, BUILDERS);
		const copy = await asStaff(event, (tx) => surveys.duplicate(tx, area.id, event.params.id, session.person.id));
		if (!copy) error(404, NOT_FOUND);
		redirect(303, `/app/${area.slug}/surveys/${copy.id}`);
	},

	save: async (event) => {
		const { area } = requireArea(event, event.params.area, BUILDERS);
		const data = await event.request.formData();
		return asStaff(event, async (tx) => {
			const survey = await surveys.get(tx, area.id, event.params.id);
			if (!survey) error(404, NOT_FOUND);
			if (survey.status !== 'draft')
				return fail(409, { errors: { form: 'Only a draft can be changed. Duplicate it to make a new version.' } });
			const { candidate, rows, included, links, moved } = readEdit(data, survey.definition);
			const values = formValues(data);
			const allowed = new Set((await plans.priorityChoices(tx, area.id)).map((p) => p.id));
			const parsed = surveyDefinition.safeParse(candidate);
			const errors = {
				...(parsed.success ? {} : definitionErrors(parsed.error, (i) => included[i])),
				...priorityErrors(candidate.questions as { priority_ids?: unknown }[], included, allowed)
			};
			if (!parsed.success || Object.keys(errors).length) {
				return fail(400, { edit: true, values, rows, links, about: data.getAll('about_you').map(String), errors });
			}
			await surveys.updateDefinition(tx, area.id, survey.id, parsed.data);
			if (moved) return { saved: true, reordered: { direction: moved.direction, position: moved.index + 1 } };
			return { saved: true };
		});
	},

	addQuestion: async (event) => {
		const { area } = requireArea(event, event.params.area, BUILDERS);
		const data = await event.request.formData();
		const values = formValues(data);
		const kind = values['new-kind'] ?? '';
		if (!(QUESTION_KINDS as readonly string[]).includes(kind)) {
			return fail(400, { add: true, values, errors: { 'new-kind': 'Choose what kind of question to add' } });
		}
		return asStaff(event, async (tx) => {
			const survey = await surveys.get(tx, area.id, event.params.id);
			if (!survey) error(404, NOT_FOUND);
			if (survey.status !== 'draft')
				return fail(409, { errors: { form: 'Only a draft can be changed. Duplicate it to make a new version.' } });
			const def = survey.definition;
			const key = nextKey(def.questions.map((q) => q.key));
			const candidate = { ...def, questions: [...def.questions, readQuestion(data, 'new', key, kind as Kind, [])] };
			const last = def.questions.length;
			const parsed = surveyDefinition.safeParse(candidate);
			if (!parsed.success) {
				return fail(400, {
					add: true,
					values,
					errors: definitionErrors(parsed.error, (i) => (i === last ? 'new' : undefined))
				});
			}
			await surveys.updateDefinition(tx, area.id, survey.id, parsed.data);
			return { added: key };
		});
	}
} satisfies Actions;
