import { error, fail, redirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import * as surveys from '$lib/server/services/surveys';
import * as responses from '$lib/server/services/responses';
import { asPublic } from '$lib/server/public';
import { answersSchema, formToRecord, toParsed } from '$lib/survey/answers';
import { fieldErrors } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

/** Generous: a whole school may answer from one network address. */
const MAX_PER_ADDRESS_PER_10_MIN = 1500;
const idempotencyKey = z.string().regex(/^[0-9a-f-]{36}$/);

/** The rules for a survey's answers, built once per copy of the survey rather than per submission. */
const schemas = new WeakMap<surveys.PublicSurvey, ReturnType<typeof answersSchema>>();
function rulesFor(survey: surveys.PublicSurvey) {
	let schema = schemas.get(survey);
	if (!schema) schemas.set(survey, (schema = answersSchema(survey.definition, survey.localities)));
	return schema;
}

/** Row-level security refused a write (PostgreSQL's insufficient_privilege). */
const refusedByPolicy = (err: unknown) => (err as { code?: unknown } | null)?.code === '42501';

const CLOSED = 'Sorry, this survey has closed, so we could not save your answers. Thank you for wanting to help.';

// The survey is read as an anonymous visitor and shared for a few seconds (surveys.publicByCode).
export const load = (async (event) => {
	const survey = await surveys.publicByCode(event.locals.db, event.params.code);
	if (!survey) error(404, 'We could not find that survey. Check the link or the code on the poster');
	return {
		survey: {
			code: survey.code,
			title: survey.title,
			introduction: survey.introduction,
			status: survey.status,
			definition: survey.definition,
			area_name: survey.area_name,
			area_slug: survey.area_slug,
			localities: survey.localities
		},
		easyRead: event.url.searchParams.get('easy') === '1',
		idempotencyKey: randomUUID()
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const survey = await surveys.publicByCode(event.locals.db, event.params.code);
		if (!survey) error(404, 'We could not find that survey');
		const values: Record<string, string | string[]> = {};
		for (const [k, v] of data.entries())
			if (typeof v === 'string') values[k] = k in values ? [...([] as string[]).concat(values[k]!), v] : v;
		const key = idempotencyKey.safeParse(data.get('idempotency_key'));
		if (survey.status !== 'open') return fail(409, { values, errors: { form: CLOSED } });
		if (!key.success)
			return fail(400, {
				values,
				errors: { form: 'Something went wrong with the form. Please reload the page and try again.' }
			});
		// A bot fills every box, including the one people never see; we save nothing from it.
		if (String(data.get('website') ?? '') !== '') redirect(303, `/s/${survey.code}/help?bot=1`);

		const parsed = rulesFor(survey).safeParse(formToRecord(survey.definition, data));
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error), idempotencyKey: key.data });

		const secret = await responses.receiptSecret(event.locals.db);
		const result = await asPublic(event, (tx) =>
			responses.submit(tx, secret, {
				survey,
				idempotencyKey: key.data,
				parsed: toParsed(survey.definition, parsed.data as Record<string, unknown>),
				limit: { address: event.getClientAddress(), max: MAX_PER_ADDRESS_PER_10_MIN }
			})
		).catch(async (err: unknown) => {
			// Refused because the survey closed after this server last read it? Then say so kindly.
			if (!refusedByPolicy(err)) throw err;
			surveys.forgetPublic(survey.code);
			if ((await surveys.publicByCode(event.locals.db, survey.code))?.status === 'open') throw err;
			return 'closed' as const;
		});
		if (result === 'closed') return fail(409, { values, errors: { form: CLOSED } });
		if (result.limited)
			return fail(429, {
				values,
				errors: {
					form: 'A lot of answers have come from this connection in the last few minutes. Please wait 10 minutes and send again. Your answers are still here.'
				},
				idempotencyKey: key.data
			});
		const receipt = encodeURIComponent(result.receipt);
		// Someone who may be at risk sees where to get help first, calmly, before anything else.
		if (result.safeguarding) redirect(303, `/s/${survey.code}/help?r=${receipt}`);
		redirect(303, `/r/${receipt}?new=1`);
	}
} satisfies Actions;
