import { error } from '@sveltejs/kit';
import { asPublic } from '$lib/server/public';
import { hearBackKey, readToken } from '$lib/server/hear-back/crypto';
import * as hearBack from '$lib/server/services/hear-back';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'This link does not work any more. You may have stopped, or it is more than 12 months old.';

// Confirming takes a button press, not just opening the link: mail scanners open links too.
export const load = (async (event) => {
	if (!readToken(await hearBackKey(event.locals.db), 'confirm', event.params.token)) error(404, NOT_FOUND);
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const id = readToken(await hearBackKey(event.locals.db), 'confirm', event.params.token);
		if (!id || !(await asPublic(event, (tx) => hearBack.confirm(tx, id)))) error(404, NOT_FOUND);
		return { confirmed: true };
	}
} satisfies Actions;
