import { error } from '@sveltejs/kit';
import * as events from '$lib/server/services/events';
import { asPublic } from '$lib/server/public';
import { qrSvg } from '$lib/server/share';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const found = await asPublic(event, async (tx) => {
		const e = await events.byCode(tx, event.params.code);
		return e && { e, wall: await events.wallView(tx, e) };
	});
	if (!found?.wall) error(404, 'We could not find that event. Check the code');
	const link = `${event.url.origin}/e/${found.e.code}`;
	return { wall: found.wall, link, qr: await qrSvg(link), area_name: found.e.area_name };
}) satisfies PageServerLoad;
