import { redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as statements from '$lib/server/services/statements';
import { newStatementSchema } from '$lib/schemas/statements';
import { check, failure, formInput, type FieldErrors } from '$lib/forms';
import { refusedFailure } from '$lib/server/forms';
import { WRITERS, refused } from '../access';
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
		const values = formInput(await event.request.formData(), { lists: ['theme_ids'] });
		const p = check('create', newStatementSchema, { ...values, quote_item_id: values.quote_item_id ?? '' });
		if (!p.ok) return p.failure;
		let id: string | FieldErrors;
		try {
			id = await asStaff(event, async (tx): Promise<string | FieldErrors> => {
				const known = new Set((await statements.themeChoices(tx, area.id)).map((t) => t.id));
				if (!p.data.theme_ids.every((t) => known.has(t))) return { theme_ids: 'Choose themes from the list' };
				if (
					p.data.quote_item_id &&
					!(await statements.candidateQuotes(tx, area.id, null)).some((c) => c.id === p.data.quote_item_id)
				)
					return { form: 'That quote can no longer be used: its author may have withdrawn it. Choose another.' };
				return statements.create(tx, area.id, p.data);
			});
		} catch (e) {
			return refusedFailure(e, 'create', values, refused);
		}
		if (typeof id !== 'string') return failure(400, 'create', id, values);
		redirect(303, `/app/${area.slug}/statements/${id}?saved=created`);
	}
} satisfies Actions;
