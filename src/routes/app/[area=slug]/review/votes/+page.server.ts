import { redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as votes from '$lib/server/services/votes';
import * as statements from '$lib/server/services/statements';
import { voteRoundSchema } from '$lib/schemas/statements';
import { failure, parseForm } from '$lib/forms';
import { refusedFailure } from '$lib/server/forms';
import { VOTERS, holds, refused } from '../../statements/access';
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
		const parsed = await parseForm(event.request, 'start', voteRoundSchema, { lists: ['theme_ids'] });
		if (!parsed.ok) return parsed.failure;
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
			return refusedFailure(e, 'start', parsed.values, refused);
		}
		if (!id) return failure(400, 'start', { theme_ids: 'Choose themes from the list' }, parsed.values);
		redirect(303, `/app/${area.slug}/review/votes/${id}`);
	}
} satisfies Actions;
