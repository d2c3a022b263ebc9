import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as surveys from '$lib/server/services/surveys';
import { qrPng } from '$lib/server/share';
import { BUILDERS, fileName, publicLink } from '../../builder';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { area } = requireArea(event, event.params.area, BUILDERS);
	const survey = await asStaff(event, (tx) => surveys.get(tx, area.id, event.params.id));
	if (!survey) error(404, 'That survey was not found in this area');
	const png = await qrPng(publicLink(event.url.origin, survey.code));
	return new Response(new Uint8Array(png), {
		headers: {
			'content-type': 'image/png',
			'content-disposition': `attachment; filename="${fileName(survey.title, 'png')}"`,
			'cache-control': 'private, no-cache',
			'x-content-type-options': 'nosniff'
		}
	});
};
