import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as trace from '$lib/server/services/trace';
import * as hearBack from '$lib/server/services/hear-back';
import { can } from '$lib/permissions';
import { replyForm } from '$lib/schemas/hear-back';
import { failure, parseForm } from '$lib/forms';
import { ROLE_LABEL } from '$lib/schemas/auth';
import { READERS } from '../../access';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles, session } = requireArea(event, event.params.area, READERS);
	const canReply = can(roles, 'reply_to_feedback');
	const found = await asStaff(event, async (tx) => {
		const item = await trace.feedback(tx, area.id, event.params.id);
		return item && { item, replies: canReply ? await hearBack.repliesFor(tx, item.id) : [] };
	});
	// Withdrawn words and another area's are not found: row-level security hides them.
	if (!found)
		error(404, 'That feedback was not found in this area. It may have been taken back by the person who gave it.');
	const role = roles.includes('engagement_officer') ? 'engagement_officer' : roles[0];
	return {
		...found,
		canReply: canReply && !found.item.safeguarding && found.item.source === 'survey',
		signedAs: `${session.person.display_name}, ${role ? ROLE_LABEL[role].toLowerCase() : 'staff'} at ${area.name}`
	};
}) satisfies PageServerLoad;

export const actions = {
	reply: async (event) => {
		const { area } = requireArea(event, event.params.area, 'reply_to_feedback');
		const p = await parseForm(event.request, 'reply', replyForm);
		if (!p.ok) return p.failure;
		const outcome = await asStaff(event, (tx) => hearBack.reply(tx, event.params.id, p.data.signed_as, p.data.body));
		if (!outcome.ok)
			return failure(
				outcome.reason === 'not_allowed' ? 403 : 400,
				'reply',
				{
					body:
						outcome.reason === 'not_allowed'
							? `Only engagement officers and area admins of ${area.name} can reply`
							: 'You cannot reply to this feedback: it is flagged for safeguarding, taken back, or came without a receipt'
				},
				p.values
			);
		return { form: 'reply', saved: true };
	}
} satisfies Actions;
