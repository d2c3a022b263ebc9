import { error } from '@sveltejs/kit';
import * as areas from '$lib/server/services/areas';
import { asPublic } from '$lib/server/public';
import type { LayoutServerLoad } from './$types';

export const load = (async (event) => {
	const area = await asPublic(event, (tx) => areas.bySlug(tx, event.params.area));
	if (!area) error(404, 'We could not find that area');
	return { area };
}) satisfies LayoutServerLoad;
