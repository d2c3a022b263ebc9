import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as actionService from '$lib/server/services/actions';
import { csvDownload } from '$lib/server/csv';
import { partnerOnly } from '../actions/access';
import type { RequestHandler } from './$types';

/** Every action the caller can see (partners: their organisation's), in the columns an import reads. */
export const GET: RequestHandler = async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const csv = await asStaff(event, (tx) => actionService.exportRows(tx, area.id, partnerOnly(roles)));
	return csvDownload(csv, `${area.slug}-actions.csv`);
};
