import { demoAccountsExist } from '$lib/server/demo';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => ({
	demo: await demoAccountsExist(locals.db),
	signedIn: Boolean(locals.session)
})) satisfies LayoutServerLoad;
