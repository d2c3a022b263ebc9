import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import * as access from '$lib/server/services/event-access';
import * as helpers from '$lib/server/services/event-helpers';
import { qrSvg } from '$lib/server/share';
import { formInput, formValues } from '$lib/forms';
import { ORGANISERS, eventLink } from '../form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area, 'read_feedback');
	const canOrganise = roles.some((r) => (ORGANISERS as readonly string[]).includes(r));
	const found = await asStaff(event, async (tx) => {
		const e = await events.get(tx, area.id, event.params.id);
		if (!e) return null;
		return {
			e,
			feed: await events.feed(tx, e),
			alerts: await events.openAlerts(tx, e),
			wall: await events.wallView(tx, e),
			room: await access.roomCodeForStaff(tx, e.id),
			helpers: canOrganise ? await helpers.possible(tx, area.id, e.id) : []
		};
	});
	if (!found) error(404, 'That event was not found in this area');
	const link = eventLink(event.url.origin, found.e.code);
	return {
		event: found.e,
		link,
		qr: await qrSvg(link),
		feed: found.feed,
		alerts: found.alerts,
		// With a room code, the wall link carries its key so the projector can show the code.
		roomCode: found.room?.code ?? null,
		wallHref: `/e/${found.e.code}/wall${found.room ? `?key=${found.room.wall_key}` : ''}`,
		counts: found.wall ? { people: found.wall.people, contributions: found.wall.contributions } : null,
		helpers: found.helpers,
		canOrganise,
		saved: event.url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

const roomCodeSchema = z.object({ room_code: z.enum(['on', 'off']) });
const statusSchema = z.object({ status: z.enum(['draft', 'scheduled', 'open', 'closed']) });
const hideSchema = z.object({ item: z.string().uuid(), hidden: z.enum(['true', 'false']) });
const helpersSchema = z.object({
	helpers: z.array(z.string().uuid('Choose youth board members from the list')).max(200, 'Choose fewer people')
});
const headCountSchema = z.object({
	head_count: z
		.string()
		.trim()
		.regex(/^\d{0,6}$/, 'Enter a whole number, for example 35')
		.transform((s) => (s === '' ? null : Number(s)))
});

export const actions = {
	status: async (event) => {
		const { area } = requireArea(event, event.params.area, [...ORGANISERS]);
		const parsed = statusSchema.safeParse(formValues(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: { status: 'Choose what to do with the event' } });
		const ok = await asStaff(event, (tx) => events.setStatus(tx, area.id, event.params.id, parsed.data.status));
		if (!ok) error(404, 'That event was not found in this area');
		return { moved: parsed.data.status };
	},
	hide: async (event) => {
		const { area, session } = requireArea(event, event.params.area, [...ORGANISERS]);
		const parsed = hideSchema.safeParse(formValues(await event.request.formData()));
		if (!parsed.success)
			return fail(400, { errors: { form: 'That item could not be found. Reload the page and try again.' } });
		await asStaff(event, (tx) =>
			events.setHidden(tx, area.id, parsed.data.item, parsed.data.hidden === 'true', session.person.id)
		);
		return { hidden: parsed.data.hidden === 'true' };
	},
	roomCode: async (event) => {
		const { area } = requireArea(event, event.params.area, [...ORGANISERS]);
		const parsed = roomCodeSchema.safeParse(formValues(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: { room_code: 'Choose whether to ask for a room code' } });
		const ok = await asStaff(event, async (tx) => {
			const e = await events.get(tx, area.id, event.params.id);
			return e !== null && (await access.setRoomCode(tx, e.id, parsed.data.room_code === 'on'));
		});
		if (!ok) error(404, 'That event was not found in this area');
		return { roomCode: parsed.data.room_code };
	},
	headCount: async (event) => {
		const { area } = requireArea(event, event.params.area, [...ORGANISERS]);
		const values = formValues(await event.request.formData());
		const parsed = headCountSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: { head_count: parsed.error.issues[0]!.message } });
		await asStaff(event, (tx) => events.setHeadCount(tx, area.id, event.params.id, parsed.data.head_count));
		return { counted: true };
	},
	helpers: async (event) => {
		const { area, session } = requireArea(event, event.params.area, [...ORGANISERS]);
		const parsed = helpersSchema.safeParse(formInput(await event.request.formData(), { lists: ['helpers'] }));
		if (!parsed.success) return fail(400, { errors: { helpers: parsed.error.issues[0]!.message } });
		const ok = await asStaff(event, (tx) =>
			helpers.set(tx, area.id, event.params.id, parsed.data.helpers, session.person.id)
		);
		if (!ok)
			return fail(400, {
				errors: { helpers: 'Choose youth board members from the list. Reload the page and try again.' }
			});
		return { helped: parsed.data.helpers.length };
	}
} satisfies Actions;
