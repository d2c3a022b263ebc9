import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as statements from '$lib/server/services/statements';
import { STATEMENT_STATUSES } from '$lib/schemas/statements';
import { PUBLISHERS, VOTERS, WRITERS, holds } from './access';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const all = await asStaff(event, (tx) => statements.list(tx, area.id));
	// Officers look first at what the board agreed; the board at its drafts.
	const order = holds(roles, PUBLISHERS) ? (['agreed', 'draft', 'published', 'archived'] as const) : STATEMENT_STATUSES;
	return {
		groups: order.map((status) => ({ status, statements: all.filter((s) => s.status === status) })),
		canWrite: holds(roles, WRITERS),
		canVote: holds(roles, VOTERS)
	};
}) satisfies PageServerLoad;
