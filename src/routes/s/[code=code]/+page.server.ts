import { error, fail, redirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import * as surveys from '$lib/server/services/surveys';
import * as responses from '$lib/server/services/responses';
import { asPublic } from '$lib/server/public';
import { answersSchema, formToRecord, toParsed } from '$lib/survey/answers';
import { fieldErrors } from '$lib/forms';
import * as feedback from '$lib/server/services/feedback';
import { logError } from '$lib/server/log';
import { refusedAs } from '$lib/server/services/refusal';
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
const refusedByPolicy = (err: unknown) => refusedAs(err, 'not-allowed');

/** The free-text answers as typed, valid or not, each named for its alert. */
function typedTexts(survey: surveys.PublicSurvey, record: Record<string, unknown>, idempotencyKey: string) {
	return survey.definition.questions.flatMap((q) => {
		const text = record[`answer-${q.key}`];
		return q.kind === 'text' && typeof text === 'string' && text.trim() !== ''
			? [{ text, key: responses.alertKey(survey.id, idempotencyKey, q.key) }]
			: [];
	});
}

/** Raises alerts for words not stored; a failure here is logged (never the words) and help still shows. */
async function raiseUnstored(
	event: Parameters<typeof asPublic>[0],
	survey: surveys.PublicSurvey,
	texts: { text: string; key: string }[]
) {
	try {
		await feedback.raiseUnstored((fn) => asPublic(event, fn), {
			areaId: survey.area_id,
			engagementId: survey.engagement_id,
			texts
		});
	} catch (err) {
		logError(`/s/${survey.code}: raising an alert for words not stored failed`, err);
	}
}

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

		const record = formToRecord(survey.definition, data);
		const parsed = rulesFor(survey).safeParse(record);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			// Help first: worrying words reach help and a person even when another answer is missing.
			// The alert is raised now; what they typed stays in the form so they can finish later.
			const texts = typedTexts(survey, record, key.data);
			if (!feedback.worrying(texts.map((t) => t.text))) return fail(400, { values, errors, idempotencyKey: key.data });
			await raiseUnstored(event, survey, texts);
			return fail(400, { values, errors, idempotencyKey: key.data, help: true });
		}

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
			if (refusedByPolicy(err)) {
				surveys.forgetPublic(survey.code);
				if ((await surveys.publicByCode(event.locals.db, survey.code))?.status !== 'open') return 'closed' as const;
			}
			// Storing failed: the alert is still raised on its own and the person still sees help.
			const errorId = logError(`POST /s/${survey.code}: storing a response failed`, err);
			const texts = typedTexts(survey, record, key.data);
			if (feedback.worrying(texts.map((t) => t.text))) {
				await raiseUnstored(event, survey, texts);
				return { failed: errorId, worrying: true } as const;
			}
			return { failed: errorId, worrying: false } as const;
		});
		if (result === 'closed') return fail(409, { values, errors: { form: CLOSED } });
		if ('failed' in result) {
			if (result.worrying) redirect(303, `/s/${survey.code}/help?unsaved=1`);
			return fail(500, {
				values,
				errors: {
					form: `Sorry, something went wrong and we could not save your answers (error ${result.failed}). Your answers are still here: please try sending them again.`
				},
				idempotencyKey: key.data
			});
		}
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
