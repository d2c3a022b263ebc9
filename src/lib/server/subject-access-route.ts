import { error, type RequestEvent } from '@sveltejs/kit';
import { asPublic } from './public';
import { receiptSecret } from './services/responses';
import { asCsv, asJson, heldData } from './services/subject-access';
import { receiptCode } from '$lib/schemas/receipt';

/** Both downloads: the same data, never cached (a shared computer must not keep it). */
export async function download(event: RequestEvent<{ receipt: string }>, format: 'json' | 'csv'): Promise<Response> {
	const code = event.params.receipt;
	if (!receiptCode.safeParse(code).success) error(404, 'We could not find that receipt. Check the code');
	const secret = await receiptSecret(event.locals.db);
	const held = await asPublic(event, (tx) => heldData(tx, secret, code));
	if (!held) error(404, 'We could not find that receipt. Check the code');
	const name = `said-and-done-${code.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}.${format}`;
	return new Response(format === 'json' ? asJson(held) : asCsv(held), {
		headers: {
			'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
}
