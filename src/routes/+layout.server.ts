import { demoAccountsExist } from '$lib/server/demo';
import { demoMode } from '$lib/server/demo-mode';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => ({
	// The banner shows only while demo accounts can actually sign in; `public` says it loudly.
	demo: demoMode() !== 'off' && (await demoAccountsExist(locals.db)) ? demoMode() : null,
	signedIn: Boolean(locals.session)
})) satisfies LayoutServerLoad;
