import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as surveys from '$lib/server/services/surveys';
import { BUILDERS, publicLink } from '../../builder';
import type { PageServerLoad } from './$types';

/** A printable page: no JavaScript needed or sent. */
export const csr = false;

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, BUILDERS);
	const survey = await asStaff(event, (tx) => surveys.get(tx, area.id, event.params.id));
	if (!survey) error(404, 'That survey was not found in this area');
	const link = publicLink(event.url.origin, survey.code);
	return {
		survey: { id: survey.id, title: survey.title, introduction: survey.introduction, status: survey.status },
		link,
		shortLink: `${event.url.host}/s/${survey.code}`
	};
}) satisfies PageServerLoad;
