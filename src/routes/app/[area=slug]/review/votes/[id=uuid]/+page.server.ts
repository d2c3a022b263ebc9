import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as votes from '$lib/server/services/votes';
import { parseBallot } from '$lib/schemas/statements';
import { failure, formValues } from '$lib/forms';
import { refusedFailure } from '$lib/server/forms';
import { VOTERS, holds, refused } from '../../../statements/access';
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
				if (round.status !== 'open') return failure(400, 'vote', 'This vote has closed.', values);
				const ballot = parseBallot(values, round.theme_ids, round.votes_per_person);
				if (!ballot.ok) return failure(400, 'vote', ballot.errors, values);
				await votes.vote(tx, area.id, round.id, session.person.id, ballot.dots);
				return { saved: 'vote' };
			});
		} catch (e) {
			return refusedFailure(e, 'vote', values, refused);
		}
	},

	/** One tap: a dot put on a theme, or taken off (`dot` = "add:{theme}" or "remove:{theme}"). */
	dot: async (event) => {
		const { area, session } = requireArea(event, event.params.area, VOTERS);
		const values = formValues(await event.request.formData());
		const [op, themeId] = String(values.dot ?? '').split(':');
		try {
			return await asStaff(event, async (tx) => {
				const round = await votes.round(tx, area.id, event.params.id);
				if (!round) error(404, NOT_FOUND);
				if (round.status !== 'open') return failure(400, 'dot', 'This vote has closed.');
				if ((op !== 'add' && op !== 'remove') || !themeId || !round.theme_ids.includes(themeId))
					return failure(400, 'dot', 'Choose a theme from the vote.');
				const mine = await votes.myDots(tx, area.id, round.id);
				const used = Object.values(mine).reduce((a, n) => a + n, 0);
				if (op === 'add' && used >= round.votes_per_person)
					return failure(400, 'dot', 'You have no dots left. Take one off a theme to move it.');
				mine[themeId] = Math.max(0, (mine[themeId] ?? 0) + (op === 'add' ? 1 : -1));
				await votes.vote(tx, area.id, round.id, session.person.id, mine);
				return { saved: op === 'add' ? 'dotAdded' : 'dotRemoved', theme: themeId };
			});
		} catch (e) {
			return refusedFailure(e, 'dot', values, refused);
		}
	},

	close: async (event) => {
		const { area } = requireArea(event, event.params.area, VOTERS);
		const ok = await asStaff(event, (tx) => votes.close(tx, area.id, event.params.id));
		return ok ? { saved: 'close' } : failure(403, 'close', 'This vote is already closed. Refresh the page.');
	},

	reopen: async (event) => {
		const { area } = requireArea(event, event.params.area, VOTERS);
		const ok = await asStaff(event, (tx) => votes.reopen(tx, area.id, event.params.id));
		return ok ? { saved: 'reopen' } : failure(403, 'reopen', 'This vote is already open. Refresh the page.');
	}
} satisfies Actions;
