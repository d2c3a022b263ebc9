import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as actionService from '$lib/server/services/actions';
import { ACTION_STATUSES } from '$lib/schemas/actions';
import { canManage, partnerOnly } from './access';
import type { PageServerLoad } from './$types';

const filtersSchema = z.object({
	status: z.enum(ACTION_STATUSES).nullable().catch(null),
	owner: z
		.string()
		.trim()
		.max(300)
		.nullable()
		.catch(null)
		.transform((v) => v || null)
});

export const load = (async (event) => {
	const { area, roles, session } = requireArea(event, event.params.area);
	const q = event.url.searchParams;
	const filters = filtersSchema.parse({ status: q.get('status'), owner: q.get('owner') });
	// Partners see only the actions their organisation owns: the ones they can update.
	const editable = partnerOnly(roles);
	const { list, owners } = await asStaff(event, async (tx) => ({
		list: await actionService.list(tx, area.id, { ...filters, editable }),
		owners: await actionService.owners(tx, area.id, editable)
	}));
	return {
		actions: list,
		owners,
		filters,
		partnerOnly: editable,
		organisation: session.memberships.find((m) => m.area_id === area.id && m.role === 'partner')?.organisation ?? null,
		canManage: canManage(roles),
		canUpdate: canManage(roles) || roles.includes('partner')
	};
}) satisfies PageServerLoad;
