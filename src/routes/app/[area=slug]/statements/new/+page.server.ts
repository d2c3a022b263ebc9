import { fail, redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as statements from '$lib/server/services/statements';
import { newStatementSchema } from '$lib/schemas/statements';
import { fieldErrors, formValues } from '$lib/forms';
import { WRITERS, refusal } from '../access';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, WRITERS);
	const { themes, candidates } = await asStaff(event, async (tx) => ({
		themes: await statements.themeChoices(tx, area.id),
		candidates: await statements.candidateQuotes(tx, area.id, null)
	}));
	const chosen = candidates.find((c) => c.id === event.url.searchParams.get('quote')) ?? null;
	return { themes, candidates, chosen };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { area } = requireArea(event, event.params.area, WRITERS);
		const data = await event.request.formData();
		const values = formValues(data);
		const themeIds = data.getAll('theme_ids').filter((v): v is string => typeof v === 'string');
		const parsed = newStatementSchema.safeParse({
			...values,
			quote_item_id: values.quote_item_id ?? '',
			theme_ids: themeIds
		});
		if (!parsed.success) return fail(400, { values, themeIds, errors: fieldErrors(parsed.error) });
		let id: string | Record<string, string>;
		try {
			id = await asStaff(event, async (tx): Promise<string | Record<string, string>> => {
				const known = new Set((await statements.themeChoices(tx, area.id)).map((t) => t.id));
				if (!parsed.data.theme_ids.every((t) => known.has(t))) return { theme_ids: 'Choose themes from the list' };
				if (
					parsed.data.quote_item_id &&
					!(await statements.candidateQuotes(tx, area.id, null)).some((c) => c.id === parsed.data.quote_item_id)
				)
					return { form: 'That quote can no longer be used: its author may have withdrawn it. Choose another.' };
				return statements.create(tx, area.id, parsed.data);
			});
		} catch (e) {
			const message = refusal(e);
			if (!message) throw e;
			return fail(403, { values, themeIds, errors: { form: message } as Record<string, string> });
		}
		if (typeof id !== 'string') return fail(400, { values, themeIds, errors: id });
		redirect(303, `/app/${area.slug}/statements/${id}?saved=created`);
	}
} satisfies Actions;
