import { error, fail } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as votes from '$lib/server/services/votes';
import { parseBallot } from '$lib/schemas/statements';
import { formValues } from '$lib/forms';
import { VOTERS, holds, refusal } from '../../../statements/access';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'That vote was not found in this area';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const canVote = holds(roles, VOTERS);
	const found = await asStaff(event, async (tx) => {
		const round = await votes.round(tx, area.id, event.params.id);
		if (!round) return null;
		return {
			round,
			results: await votes.results(tx, area.id, round.id),
			mine: canVote ? await votes.myDots(tx, area.id, round.id) : {}
		};
	});
	if (!found) error(404, NOT_FOUND);
	const names = new Map(found.results.rows.map((r) => [r.theme_id, r.name]));
	return { ...found, ballot: found.round.theme_ids.map((id) => ({ id, name: names.get(id) ?? id })), canVote };
}) satisfies PageServerLoad;

export const actions = {
	vote: async (event) => {
		const { area, session } = requireArea(event, event.params.area, VOTERS);
		const values = formValues(await event.request.formData());
		try {
			return await asStaff(event, async (tx) => {
				const round = await votes.round(tx, area.id, event.params.id);
				if (!round) error(404, NOT_FOUND);
				if (round.status !== 'open')
					return fail(400, {
						form: 'vote',
						values,
						errors: { form: 'This vote has closed.' } as Record<string, string>
					});
				const ballot = parseBallot(values, round.theme_ids, round.votes_per_person);
				if (!ballot.ok) return fail(400, { form: 'vote', values, errors: ballot.errors });
				await votes.vote(tx, area.id, round.id, session.person.id, ballot.dots);
				return { saved: 'vote' };
			});
		} catch (e) {
			const message = refusal(e);
			if (!message) throw e;
			return fail(403, { form: 'vote', values, errors: { form: message } as Record<string, string> });
		}
	},

	close: async (event) => {
		const { area } = requireArea(event, event.params.area, VOTERS);
		const ok = await asStaff(event, (tx) => votes.close(tx, area.id, event.params.id));
		return ok
			? { saved: 'close' }
			: fail(403, {
					form: 'close',
					errors: { form: 'This vote is already closed. Refresh the page.' } as Record<string, string>
				});
	},

	reopen: async (event) => {
		const { area } = requireArea(event, event.params.area, VOTERS);
		const ok = await asStaff(event, (tx) => votes.reopen(tx, area.id, event.params.id));
		return ok
			? { saved: 'reopen' }
			: fail(403, {
					form: 'reopen',
					errors: { form: 'This vote is already open. Refresh the page.' } as Record<string, string>
				});
	}
} satisfies Actions;
