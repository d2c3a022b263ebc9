import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as surveys from '$lib/server/services/surveys';
import { qrSvg } from '$lib/server/share';
import { BUILDERS, fileName, publicLink } from '../../builder';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { area } = requireArea(event, event.params.area, BUILDERS);
	const survey = await asStaff(event, (tx) => surveys.get(tx, area.id, event.params.id));
	if (!survey) error(404, 'That survey was not found in this area');
	const svg = await qrSvg(publicLink(event.url.origin, survey.code));
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName(survey.title, 'svg')}"`,
			'cache-control': 'private, no-cache',
			'x-content-type-options': 'nosniff'
		}
	});
};
