import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as surveys from '$lib/server/services/surveys';
import * as results from '$lib/server/services/results';
import { csvDownload, fileNamePart } from '$lib/server/csv';
import type { RequestHandler } from './$types';

/** Every response as spreadsheet-safe CSV: no network addresses, no bot trap, nothing withdrawn. */
export const GET: RequestHandler = async (event) => {
	const { area } = requireArea(event, event.params.area, 'read_feedback');
	const out = await asStaff(event, async (tx) => {
		const survey = await surveys.get(tx, area.id, event.params.id);
		if (!survey) return null;
		return { survey, ...(await results.exportRows(tx, survey.id, survey.definition)) };
	});
	if (!out) error(404, 'We could not find that survey');
	return csvDownload(out, `${fileNamePart(out.survey.title, 'survey')}-responses.csv`);
};
