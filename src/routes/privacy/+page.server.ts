import { asPublic } from '$lib/server/public';
import * as retention from '$lib/server/services/retention';
import type { PageServerLoad } from './$types';

export const load = (async (event) => ({
	// Published areas only: that is what anyone can read.
	schedules: await asPublic(event, (tx) => retention.schedules(tx))
})) satisfies PageServerLoad;
