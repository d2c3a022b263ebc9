import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as surveys from '$lib/server/services/surveys';
import { TEMPLATES, templateById } from '$lib/survey/templates';
import { formValues } from '$lib/forms';
import { BUILDERS, publicLink } from './builder';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const list = await asStaff(event, (tx) => surveys.list(tx, area.id));
	return {
		surveys: list.map((s) => ({
			id: s.id,
			title: s.title,
			status: s.status,
			responses: s.responses ?? 0,
			created_at: s.created_at,
			link: publicLink(event.url.origin, s.code)
		})),
		templates: TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description })),
		canBuild: roles.some((r) => (BUILDERS as string[]).includes(r))
	};
}) satisfies PageServerLoad;

const startSchema = z.object({
	template: z.enum(TEMPLATES.map((t) => t.id) as [string, ...string[]])
});

export const actions = {
	create: async (event) => {
		const { area, session } = requireArea(event, event.params.area, BUILDERS);
		const values = formValues(await event.request.formData());
		const parsed = startSchema.safeParse(values);
		const template = parsed.success ? templateById(parsed.data.template) : undefined;
		if (!template) return fail(400, { values, errors: { template: 'Choose a template to start from' } });
		const survey = await asStaff(event, (tx) =>
			surveys.create(tx, area.id, structuredClone(template.definition), session.person.id)
		);
		redirect(303, `/app/${area.slug}/surveys/${survey.id}`);
	}
} satisfies Actions;
