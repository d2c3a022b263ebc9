import type { PageServerLoad } from './$types';

export const load = (({ url }) => ({
	receipt: url.searchParams.get('r')?.slice(0, 20) ?? null,
	bot: url.searchParams.has('bot'),
	/** Storing the answers failed; the worrying words still reached a person (an alert). */
	unsaved: url.searchParams.has('unsaved')
})) satisfies PageServerLoad;
