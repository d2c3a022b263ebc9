import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as surveys from '$lib/server/services/surveys';
import { shownForSurvey } from '$lib/server/services/results-shown';
import type { PageServerLoad } from './$types';

const filter = z
	.string()
	.max(80)
	.regex(/^[\w ,&'()-]*$/)
	.optional();

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, 'read_feedback');
	const q = event.url.searchParams;
	const filters = z
		.object({ role: filter, age_band: filter, locality: filter })
		.catch({})
		.parse({
			role: q.get('role') || undefined,
			age_band: q.get('age_band') || undefined,
			locality: q.get('locality') || undefined
		});
	const data = await asStaff(event, async (tx) => {
		const survey = await surveys.get(tx, area.id, event.params.id);
		if (!survey) return null;
		// Suppressed here, so the page's data carries no small count (issue 13, item 8).
		return { survey, results: await shownForSurvey(tx, survey.id, survey.definition, filters) };
	});
	if (!data) error(404, 'We could not find that survey');
	return { ...data, filters };
}) satisfies PageServerLoad;
