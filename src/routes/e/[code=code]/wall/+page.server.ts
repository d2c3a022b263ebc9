import { error } from '@sveltejs/kit';
import * as events from '$lib/server/services/events';
import * as access from '$lib/server/services/event-access';
import { asPublic } from '$lib/server/public';
import { ENDED } from '$lib/server/event-ended';
import { qrSvg } from '$lib/server/share';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const key = event.url.searchParams.get('key');
	const found = await asPublic(event, async (tx) => {
		const e = await events.byCode(tx, event.params.code);
		if (!e || e.status === 'closed') return e && { e, wall: null, room: null, required: false };
		return {
			e,
			wall: await events.wallView(tx, e),
			// Only a wall opened with the console's link (its key) shows the room code.
			room: await access.wallRoomCode(tx, e.id, key),
			required: await access.roomCodeRequired(tx, e.id)
		};
	});
	// A closed event's wall is gone for everyone; staff keep the report.
	if (found?.e.status === 'closed') error(410, ENDED(found.e));
	if (!found?.wall) error(404, 'We could not find that event. Check the code');
	const link = `${event.url.origin}/e/${found.e.code}`;
	return {
		wall: found.wall,
		link,
		// Scanning the QR code in the room fills the room code in.
		qr: await qrSvg(found.room ? `${link}?room=${found.room}` : link),
		room: found.room,
		roomRequired: found.required,
		area_name: found.e.area_name
	};
}) satisfies PageServerLoad;
