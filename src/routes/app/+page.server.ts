import { requireSession, asStaff } from '$lib/server/auth/guard';
import * as invitations from '$lib/server/auth/invitations';
import * as areasAdmin from '$lib/server/services/areas-admin';
import { createAreaSchema } from '$lib/schemas/auth';
import { failure, parseForm } from '$lib/forms';
import { sendInvitation } from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const session = requireSession(event);
	return { isPlatformAdmin: session.person.is_platform_admin };
}) satisfies PageServerLoad;

export const actions = {
	/** A platform admin creates an area and invites its first area admin. */
	createArea: async (event) => {
		const session = requireSession(event);
		const parsed = await parseForm(event.request, 'createArea', createAreaSchema);
		if (!session.person.is_platform_admin)
			return failure(403, 'createArea', 'Only platform admins can create areas.', parsed.values);
		if (!parsed.ok) return parsed.failure;
		const result = await asStaff(event, async (tx) => {
			const areaId = await areasAdmin.create(tx, parsed.data);
			if (!areaId) return null;
			const inv = await invitations.create(tx, {
				areaId,
				role: 'area_admin',
				email: parsed.data.admin_email,
				organisation: null,
				invitedBy: session.person.id
			});
			return { areaId, token: inv.token };
		});
		if (!result)
			return failure(
				400,
				'createArea',
				{ slug: 'An area with this short web name already exists. Choose another.' },
				parsed.values
			);
		const link = `${event.url.origin}/app/join/${result.token}`;
		const emailed = await sendInvitation({
			to: parsed.data.admin_email,
			areaName: parsed.data.name,
			role: 'area_admin',
			link
		});
		return { created: { name: parsed.data.name, slug: parsed.data.slug, link: emailed ? null : link, emailed } };
	}
} satisfies Actions;
