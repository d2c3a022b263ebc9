import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as events from '$lib/server/services/events';
import * as access from '$lib/server/services/event-access';
import { ENDED } from '$lib/server/event-ended';
import { waitInWords } from '$lib/server/auth/sign-in';
import * as responses from '$lib/server/services/responses';
import { asPublic } from '$lib/server/public';
import { joinSchema, rateSchema, saySchema } from '$lib/schemas/event';
import { fieldErrors, formValues } from '$lib/forms';
import * as feedback from '$lib/server/services/feedback';
import { logError } from '$lib/server/log';
import { refusedAs } from '$lib/server/services/refusal';
import type { Actions, PageServerLoad } from './$types';

/** A whole room may share one network address. */
const MAX_PER_ADDRESS_PER_10_MIN = 3000;
const cookieName = (code: string) => `sd_event_${code}`;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function eventFor(event: RequestEvent<{ code: string }>) {
	const found = await asPublic(event, (tx) => events.byCode(tx, event.params.code));
	if (!found) error(404, 'We could not find that event. Check the code on the screen or poster');
	// A closed event takes nobody and shows nothing: 410, "This event has ended".
	if (found.status === 'closed') error(410, ENDED(found));
	return found;
}

async function whoIsHere(event: RequestEvent<{ code: string }>, eventId: string) {
	const token = event.cookies.get(cookieName(event.params.code));
	return token ? asPublic(event, (tx) => events.participant(tx, eventId, hashToken(token))) : null;
}

export const load = (async (event) => {
	const e = await eventFor(event);
	const who = e.status === 'open' ? await whoIsHere(event, e.id) : null;
	const roomCode = !who && (await asPublic(event, (tx) => access.roomCodeRequired(tx, e.id)));
	return {
		event: {
			code: e.code,
			name: e.name,
			status: e.status,
			starts_at: e.starts_at,
			venue: e.venue,
			area_name: e.area_name,
			area_slug: e.area_slug,
			prompts: e.prompts
		},
		joined: who ? { role: who.respondent_role, age_band: who.age_band } : null,
		// The wall's QR code carries the room code (?room=), so a phone that scans it has it filled in.
		roomCode: roomCode ? { prefill: access.normaliseRoomCode(event.url.searchParams.get('room') ?? '') } : null,
		// One key per form on the page: a double tap or a resend of the same form stores once.
		keys: Object.fromEntries(['join', ...e.prompts.map((p) => p.key)].map((k) => [k, randomUUID()]))
	};
}) satisfies PageServerLoad;

const CLOSED =
	'Sorry, this event is not taking contributions right now, so we could not save that. Thank you for wanting to take part.';

/** Counts this address's contributions; false when it has sent far more than a room would. */
async function withinLimit(event: RequestEvent) {
	const secret = await responses.receiptSecret(event.locals.db);
	const n = await asPublic(event, (tx) => responses.noteAddress(tx, secret, event.getClientAddress()));
	return n <= MAX_PER_ADDRESS_PER_10_MIN;
}

/** Raises the alert for worrying words not stored; a failure is logged (never the words). */
async function raiseUnstored(event: RequestEvent, e: events.PublicEvent, text: string, key: unknown) {
	try {
		await feedback.raiseUnstored((fn) => asPublic(event, fn), {
			areaId: e.area_id,
			engagementId: e.engagement_id,
			texts: [{ text, key: typeof key === 'string' && key ? feedback.itemAlertKey(e.engagement_id, key) : null }]
		});
	} catch (err) {
		logError(`/e/${e.code}: raising an alert for words not stored failed`, err);
	}
}

const isUniqueViolation = (e: unknown) => refusedAs(e, 'already-there');

export const actions = {
	join: async (event) => {
		const e = await eventFor(event);
		const values = formValues(await event.request.formData());
		if (e.status !== 'open') return fail(409, { action: 'join', values, errors: { form: CLOSED } });
		// Joins are throttled per address, as sign-in is: generous for a school behind one
		// address, about one guess a minute at a room code.
		const address = event.getClientAddress();
		const wait = await access.joinWaitSeconds(event.locals.db, e.id, address);
		if (wait > 0)
			return fail(429, {
				action: 'join',
				values,
				errors: {
					form: `A lot of tries have come from this connection. Please wait ${waitInWords(wait)} and press Start again.`
				}
			});
		const required = await asPublic(event, (tx) => access.roomCodeRequired(tx, e.id));
		const typed = String(values.room_code ?? '');
		const parsed = joinSchema.safeParse(values);
		const errors = parsed.success ? {} : fieldErrors(parsed.error);
		if (required && access.normaliseRoomCode(typed) === '')
			return fail(400, {
				action: 'join',
				values,
				errors: { room_code: 'Enter the room code shown on the screen in the room', ...errors }
			});
		if (required && !(await asPublic(event, (tx) => access.roomCodeMatches(tx, e.id, typed)))) {
			await access.recordJoin(event.locals.db, e.id, address, true);
			return fail(400, {
				action: 'join',
				values,
				errors: {
					room_code: 'That is not the room code on the screen. Check it and try again: it has 4 letters or numbers',
					...errors
				}
			});
		}
		if (!parsed.success) return fail(400, { action: 'join', values, errors });
		await access.recordJoin(event.locals.db, e.id, address, false);
		const token = randomBytes(24).toString('base64url');
		try {
			const { duplicate } = await asPublic(event, (tx) =>
				events.join(tx, e, {
					role: parsed.data.role,
					age_band: parsed.data.age_band,
					tokenHash: hashToken(token),
					key: parsed.data.key
				})
			);
			// A second tap of "Start" keeps the first cookie rather than replacing it with one nobody holds.
			if (duplicate) return { action: 'join', joined: true };
		} catch (err) {
			if (isUniqueViolation(err)) return { action: 'join', joined: true };
			throw err;
		}
		event.cookies.set(cookieName(e.code), token, {
			path: `/e/${e.code}`,
			httpOnly: true,
			sameSite: 'lax',
			secure: event.url.protocol === 'https:',
			maxAge: 60 * 60 * 24
		});
		return { action: 'join', joined: true };
	},
	say: async (event) => {
		const e = await eventFor(event);
		const values = formValues(await event.request.formData());
		const prompt = values.prompt ?? '';
		if (e.status !== 'open') return fail(409, { action: 'say', prompt, values, errors: { form: CLOSED } });
		const who = await whoIsHere(event, e.id);
		if (String(values.website ?? '') !== '') return { action: 'say', prompt, sent: true };
		const parsed = saySchema.safeParse(values);
		const known = e.prompts.find((p) => p.key === prompt && p.kind === 'text');
		// Help first: worrying words that cannot be stored as they are (not joined yet, too long)
		// still raise the alert and reach help.
		if ((!who || !parsed.success) && known && typeof values.text === 'string' && feedback.worrying([values.text])) {
			await raiseUnstored(event, e, values.text, values.key);
			redirect(303, `/e/${e.code}/help`);
		}
		if (!who)
			return fail(400, {
				action: 'say',
				prompt,
				values,
				errors: { form: 'Please tell us who you are first, then send this again. Your words are still here.' }
			});
		if (!parsed.success || !known) {
			const errors = parsed.success ? { form: 'That question is not part of this event.' } : fieldErrors(parsed.error);
			return fail(400, { action: 'say', prompt, values, errors });
		}
		if (!(await withinLimit(event)))
			return fail(429, {
				action: 'say',
				prompt,
				values,
				errors: {
					form: 'A lot has been sent from this connection. Please wait a few minutes and send again. Your words are still here.'
				}
			});
		let result: events.ContributionResult;
		try {
			result = await asPublic(event, (tx) => events.say(tx, e, who, parsed.data));
		} catch (err) {
			if (isUniqueViolation(err)) result = { duplicate: true, safeguarding: false };
			else {
				// Storing failed: the alert is still raised on its own and the person still sees help.
				const errorId = logError(`POST /e/${e.code}?/say: storing words failed`, err);
				if (feedback.worrying([parsed.data.text])) {
					await raiseUnstored(event, e, parsed.data.text, parsed.data.key);
					redirect(303, `/e/${e.code}/help`);
				}
				return fail(500, {
					action: 'say',
					prompt,
					values,
					errors: {
						form: `Sorry, something went wrong and we could not save that (error ${errorId}). Your words are still here: please try again.`
					}
				});
			}
		}
		// Someone who may be at risk sees where to get help first, calmly.
		if (result.safeguarding) redirect(303, `/e/${e.code}/help`);
		return { action: 'say', prompt, sent: true };
	},
	rate: async (event) => {
		const e = await eventFor(event);
		const values = formValues(await event.request.formData());
		const prompt = values.prompt ?? '';
		if (e.status !== 'open') return fail(409, { action: 'rate', prompt, values, errors: { form: CLOSED } });
		const who = await whoIsHere(event, e.id);
		if (!who)
			return fail(400, {
				action: 'rate',
				prompt,
				values,
				errors: { form: 'Please tell us who you are first, then send this again.' }
			});
		const parsed = rateSchema.safeParse(values);
		const known = e.prompts.find((p) => p.key === prompt && p.kind === 'rating');
		if (!parsed.success || !known) {
			const errors = parsed.success ? { form: 'That question is not part of this event.' } : fieldErrors(parsed.error);
			return fail(400, { action: 'rate', prompt, values, errors });
		}
		if (!(await withinLimit(event)))
			return fail(429, {
				action: 'rate',
				prompt,
				values,
				errors: { form: 'A lot has been sent from this connection. Please wait a few minutes and send again.' }
			});
		try {
			await asPublic(event, (tx) => events.rate(tx, e, who, parsed.data));
		} catch (err) {
			if (!isUniqueViolation(err)) throw err;
		}
		return { action: 'rate', prompt, sent: true };
	}
} satisfies Actions;
