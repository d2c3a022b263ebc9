import * as areas from '$lib/server/services/areas';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load = (async (event) => ({
	areas: await asPublic(event, (tx) => areas.list(tx))
})) satisfies PageServerLoad;
