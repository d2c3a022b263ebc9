/**
 * Youth board members who helped at an event (issue 16, item 6): officers tick them on the staff
 * event page; each member's record of contribution counts the events they helped at.
 */
import type { Tx } from '../db/types';

export interface Helper {
	id: string;
	name: string;
	helped: boolean;
}

/**
 * The area's youth board members (only for someone who runs its events), each marked when they
 * are recorded as helping at this event.
 */
export async function possible(tx: Tx, areaId: string, eventId: string): Promise<Helper[]> {
	const { rows } = await tx.query<Helper>(
		`select c.id, c.name, exists (select 1 from public.event_helpers h where h.event_id = $2 and h.person_id = c.id) as helped
		 from app.event_helper_candidates($1) c order by c.name, c.id`,
		[areaId, eventId]
	);
	return rows;
}

/**
 * Replaces the helpers of an event with these people. Only current youth board members of the
 * area can be added; someone already recorded stays if still ticked. False when the event is not
 * in this area or a person is not one of the area's youth board members.
 */
export async function set(
	tx: Tx,
	areaId: string,
	eventId: string,
	personIds: string[],
	addedBy: string
): Promise<boolean> {
	const event = await tx.query('select 1 from public.events where id = $1 and area_id = $2', [eventId, areaId]);
	if (event.rowCount === 0) return false;
	const ids = [...new Set(personIds)];
	const current = await tx.query<{ person_id: string }>(
		'select person_id from public.event_helpers where event_id = $1 and area_id = $2',
		[eventId, areaId]
	);
	const kept = new Set(current.rows.map((r) => r.person_id));
	const added = ids.filter((id) => !kept.has(id));
	if (added.length > 0) {
		const members = await tx.query<{ id: string }>(
			'select c.id from app.event_helper_candidates($1) c where c.id = any($2::uuid[])',
			[areaId, added]
		);
		if (members.rows.length !== added.length) return false;
	}
	await tx.query(
		'delete from public.event_helpers where event_id = $1 and area_id = $2 and not (person_id = any($3::uuid[]))',
		[eventId, areaId, ids]
	);
	for (const id of added)
		await tx.query(
			`insert into public.event_helpers (event_id, person_id, area_id, added_by) values ($1, $2, $3, $4)
			 on conflict do nothing`,
			[eventId, id, areaId, addedBy]
		);
	return true;
}
