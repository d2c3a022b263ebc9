import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as invitations from '$lib/server/auth/invitations';
import * as members from '$lib/server/services/members';
import { inviteSchema } from '$lib/schemas/auth';
import { failure, formValues, parseForm } from '$lib/forms';
import { sendInvitation } from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

const id = z.string().uuid();

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, 'manage_members');
	return asStaff(event, async (tx) => ({
		members: await members.list(tx, area.id),
		invitations: await invitations.listPending(tx, area.id)
	}));
}) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const { area, session } = requireArea(event, event.params.area, 'manage_members');
		const parsed = await parseForm(event.request, 'invite', inviteSchema);
		if (!parsed.ok) return parsed.failure;
		const { token } = await asStaff(event, (tx) =>
			invitations.create(tx, { areaId: area.id, ...parsed.data, invitedBy: session.person.id })
		);
		const link = `${event.url.origin}/app/join/${token}`;
		const emailed = await sendInvitation({ to: parsed.data.email, areaName: area.name, role: parsed.data.role, link });
		return { invited: { role: parsed.data.role, email: parsed.data.email, link: emailed ? null : link, emailed } };
	},
	revokeInvitation: async (event) => {
		const { area } = requireArea(event, event.params.area, 'manage_members');
		const parsed = id.safeParse((await event.request.formData()).get('id'));
		if (!parsed.success) error(400, 'That invitation was not found');
		const done = await asStaff(event, (tx) => invitations.revoke(tx, area.id, parsed.data));
		return { revokedInvitation: done };
	},
	revokeMembership: async (event) => {
		const { area, session } = requireArea(event, event.params.area, 'manage_members');
		const parsed = id.safeParse((await event.request.formData()).get('id'));
		if (!parsed.success) error(400, 'That membership was not found');
		try {
			const done = await asStaff(event, (tx) => members.revoke(tx, area.id, parsed.data, session.person.id));
			return { revokedMembership: done };
		} catch (err) {
			if (!members.isLastAdminRefusal(err)) throw err;
			return failure(
				409,
				'revokeMembership',
				'You cannot remove the last admin of this area. Give someone else the admin role first.',
				{ id: parsed.data }
			);
		}
	},
	safeguarding: async (event) => {
		const { area } = requireArea(event, event.params.area, 'manage_members');
		const data = await event.request.formData();
		const parsed = z.object({ id, on: z.enum(['true', 'false']) }).safeParse(formValues(data));
		if (!parsed.success) error(400, 'That membership was not found');
		const result = await asStaff(event, (tx) =>
			members.setSafeguardingContact(tx, area.id, parsed.data.id, parsed.data.on === 'true')
		);
		if (result === 'cannot_act')
			return failure(
				400,
				'safeguarding',
				'Only an area admin or an engagement officer can be a safeguarding contact: other roles cannot open alerts. Give them one of those roles first.'
			);
		if (result === 'not_found') error(400, 'That membership was not found');
		return { safeguardingChanged: true };
	}
} satisfies Actions;
