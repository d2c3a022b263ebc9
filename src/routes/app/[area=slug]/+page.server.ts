import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as areaHome from '$lib/server/services/area-home';
import * as youth from '$lib/server/services/youth';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles, session } = requireArea(event, event.params.area);
	// A youth board member (and nothing else here) gets their own home: what needs them now and
	// what their work changed, with nothing shaped for officers.
	if (roles.length > 0 && roles.every((r) => r === 'youth_board'))
		return {
			summary: null,
			youth: await asStaff(event, (tx) => youth.home(tx, area.id, session.person.id))
		};
	return { summary: await asStaff(event, (tx) => areaHome.summary(tx, area.id)), youth: null };
}) satisfies PageServerLoad;
