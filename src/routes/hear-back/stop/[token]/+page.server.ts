import { error } from '@sveltejs/kit';
import { asPublic } from '$lib/server/public';
import { hearBackKey, readToken } from '$lib/server/hear-back/crypto';
import * as hearBack from '$lib/server/services/hear-back';
import type { Actions, PageServerLoad } from './$types';

const BAD = 'This stop link is not right. Check you copied all of it from the message.';

export const load = (async (event) => {
	if (!readToken(await hearBackKey(event.locals.db), 'stop', event.params.token)) error(404, BAD);
	return {};
}) satisfies PageServerLoad;

/**
 * One click from the message's page, or from a mail client's "Unsubscribe" (RFC 8058: a POST
 * with `List-Unsubscribe=One-Click`, sent from another origin; hooks.server.ts lets this path
 * through the CSRF check, since the token in the link is what proves the right to stop).
 * Stopping twice is not an error: the details are gone either way.
 */
export const actions = {
	default: async (event) => {
		const id = readToken(await hearBackKey(event.locals.db), 'stop', event.params.token);
		if (!id) error(404, BAD);
		await asPublic(event, (tx) => hearBack.stop(tx, id));
		return { stopped: true };
	}
} satisfies Actions;
