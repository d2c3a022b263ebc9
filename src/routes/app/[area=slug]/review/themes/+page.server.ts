import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as review from '$lib/server/services/review';
import { ROLE_LABEL } from '$lib/schemas/auth';
import {
	mergeSchema,
	newThemeSchema,
	publishSchema,
	ratifySchema,
	renameSchema,
	splitSchema
} from '$lib/schemas/review';
import { failure, formValues, parseForm, prefixed } from '$lib/forms';
import type { AreaRole } from '$lib/server/auth/sessions';
import { rolesFor } from '$lib/permissions';
import type { Actions, PageServerLoad } from './$types';

/** Everyone who reviews may read this page; commissioners too (they read the decision log). */
const READERS = rolesFor('read_reviews');

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area, READERS);
	const data = await asStaff(event, async (tx) => ({
		themes: await review.themes(tx, area.id),
		decisions: await review.decisions(tx, area.id),
		rounds: await review.rounds(tx, area.id),
		engagements: await review.allEngagements(tx, area.id),
		emerging: await review.emerging(tx, area.id)
	}));
	return {
		...data,
		canManage: roles.some((r) => review.OFFICERS.includes(r)),
		canRatify: roles.some((r) => review.RATIFIERS.includes(r))
	};
}) satisfies PageServerLoad;

/** The person's role in words, for the log (which shows roles, not names). */
function actor(event: RequestEvent, roles: AreaRole[]): review.Actor {
	const role = rolesFor('review').find((r) => roles.includes(r)) ?? roles[0]!;
	return { id: event.locals.session!.person.id, role: ROLE_LABEL[role] };
}

async function run<S extends z.ZodType>(
	event: RequestEvent,
	form: string,
	roles: AreaRole[],
	schema: S,
	fn: (ctx: {
		area: { id: string; slug: string };
		by: review.Actor;
		value: z.infer<S>;
	}) => Promise<review.DecisionResult>
) {
	const access = requireArea(event, event.params.area!, roles);
	// Field errors are named after the form's fields ("add-name"), since the page has several forms.
	const p = await parseForm(event.request, form, schema, { prefix: `${form}-` });
	if (!p.ok) return p.failure;
	const result = await fn({ area: access.area, by: actor(event, access.roles), value: p.data });
	if (!result.ok) return failure(400, form, prefixed(result.errors, `${form}-`), p.values);
	return { form, done: true };
}

export const actions = {
	add: (event) =>
		run(event, 'add', review.OFFICERS, newThemeSchema, ({ area, by, value }) =>
			asStaff(event, (tx) =>
				review.addTheme(tx, area, by, {
					name: value.name,
					description: value.description,
					keywords: value.keywords
						.split(/[,\n]/)
						.map((k) => k.trim().toLowerCase())
						.filter(Boolean)
						.slice(0, 20),
					reason: value.reason,
					emerging: value.emerging || undefined
				})
			)
		),
	rename: (event) =>
		run(event, 'rename', review.OFFICERS, renameSchema, ({ area, by, value }) =>
			asStaff(event, (tx) => review.renameTheme(tx, area.id, by, value))
		),
	merge: (event) =>
		run(event, 'merge', review.OFFICERS, mergeSchema, ({ area, by, value }) =>
			asStaff(event, (tx) => review.mergeTheme(tx, area.id, by, value))
		),
	split: (event) =>
		run(event, 'split', review.OFFICERS, splitSchema, ({ area, by, value }) =>
			asStaff(event, (tx) => review.splitTheme(tx, area, by, value))
		),
	ratify: (event) =>
		run(event, 'ratify', review.RATIFIERS, ratifySchema, ({ area, by, value }) =>
			asStaff(event, (tx) => review.ratify(tx, area.id, by, value))
		),
	publish: async (event) => {
		const { area } = requireArea(event, event.params.area, review.OFFICERS);
		const parsed = publishSchema.safeParse(formValues(await event.request.formData()));
		if (!parsed.success) return failure(400, 'publish', 'We could not tell which decision this was.');
		const ok = await asStaff(event, (tx) =>
			review.setPublished(tx, area.id, parsed.data.id, parsed.data.published === 'yes')
		);
		if (!ok) return failure(400, 'publish', 'We could not find that decision.');
		return { form: 'publish', done: true, published: parsed.data.published };
	}
} satisfies Actions;
