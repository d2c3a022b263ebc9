import { fail, redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as votes from '$lib/server/services/votes';
import * as statements from '$lib/server/services/statements';
import { voteRoundSchema } from '$lib/schemas/statements';
import { fieldErrors, formValues } from '$lib/forms';
import { VOTERS, holds, refusal } from '../../statements/access';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const canVote = holds(roles, VOTERS);
	const found = await asStaff(event, async (tx) => ({
		rounds: await votes.rounds(tx, area.id),
		themes: canVote ? await statements.themeChoices(tx, area.id) : [],
		ratified: canVote ? await votes.latestRatified(tx, area.id) : null
	}));
	const names = new Map(found.themes.map((t) => [t.id, t.name]));
	return { ...found, canVote, ratifiedNames: found.ratified?.theme_ids.map((id) => names.get(id) ?? id) ?? [] };
}) satisfies PageServerLoad;

export const actions = {
	start: async (event) => {
		const { area } = requireArea(event, event.params.area, VOTERS);
		const data = await event.request.formData();
		const values = formValues(data);
		const themeIds = data.getAll('theme_ids').filter((v): v is string => typeof v === 'string');
		const parsed = voteRoundSchema.safeParse({ ...values, theme_ids: themeIds });
		if (!parsed.success) return fail(400, { values, themeIds, errors: fieldErrors(parsed.error) });
		let id: string | null;
		try {
			id = await asStaff(event, async (tx) => {
				const known = new Set((await statements.themeChoices(tx, area.id)).map((t) => t.id));
				if (!parsed.data.theme_ids.every((t) => known.has(t))) return null;
				const ratified = await votes.latestRatified(tx, area.id);
				// A vote on exactly the list the board ratified is recorded against that round.
				const same =
					ratified &&
					ratified.theme_ids.length === parsed.data.theme_ids.length &&
					ratified.theme_ids.every((t) => parsed.data.theme_ids.includes(t));
				return votes.start(tx, area.id, parsed.data, same ? ratified.id : null);
			});
		} catch (e) {
			const message = refusal(e);
			if (!message) throw e;
			return fail(403, { values, themeIds, errors: { form: message } as Record<string, string> });
		}
		if (!id)
			return fail(400, {
				values,
				themeIds,
				errors: { theme_ids: 'Choose themes from the list' } as Record<string, string>
			});
		redirect(303, `/app/${area.slug}/review/votes/${id}`);
	}
} satisfies Actions;
