import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as audit from '$lib/server/services/audit';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, 'manage_members');
	const page = Math.max(1, Math.min(10_000, Number(event.url.searchParams.get('page')) || 1));
	const { entries, total } = await asStaff(event, (tx) => audit.list(tx, area.id, page));
	return { entries, total, page, pages: Math.max(1, Math.ceil(total / audit.PAGE_SIZE)) };
}) satisfies PageServerLoad;
