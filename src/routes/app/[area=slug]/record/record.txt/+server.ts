import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as youth from '$lib/server/services/youth';
import { recordLines } from '$lib/youth-record';
import type { RequestHandler } from './$types';

/** The record as a text file to keep (the page itself prints as a certificate). */
export const GET: RequestHandler = async (event) => {
	const { area, session } = requireArea(event, event.params.area);
	const record = await asStaff(event, (tx) => youth.record(tx, area.id, session.person.id));
	return new Response(`${recordLines(record).join('\r\n')}\r\n`, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="said-and-done-record-${area.slug}.txt"`,
			'cache-control': 'private, no-store'
		}
	});
};
