import type { PageServerLoad } from './$types';

export const load = (({ url }) => ({
	receipt: url.searchParams.get('r')?.slice(0, 20) ?? null,
	bot: url.searchParams.has('bot')
})) satisfies PageServerLoad;
