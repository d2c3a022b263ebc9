/** Counts for an area's console home page, as the signed-in member sees them. */
import type { Tx } from '../db/types';
import type { ActionStatus } from '../../vocabulary';

export interface AreaHome {
	plans: number;
	priorities: number;
	actions: Record<ActionStatus, number>;
	statements: Record<'draft' | 'published' | 'archived', number>;
	members: number | null;
	pendingInvitations: number | null;
}

export async function summary(tx: Tx, areaId: string): Promise<AreaHome> {
	const { rows } = await tx.query<{
		plans: number;
		priorities: number;
		actions: Record<string, number> | null;
		statements: Record<string, number> | null;
		members: number;
		invitations: number;
	}>(
		`select
			(select count(*)::int from public.plans where area_id = $1) as plans,
			(select count(*)::int from public.priorities where area_id = $1) as priorities,
			(select jsonb_object_agg(status, n) from (select status, count(*)::int n from public.actions where area_id = $1 group by status) s) as actions,
			(select jsonb_object_agg(status, n) from (select status, count(*)::int n from public.you_said where area_id = $1 group by status) s) as statements,
			(select count(distinct person_id)::int from public.memberships where area_id = $1 and revoked_at is null) as members,
			(select count(*)::int from public.invitations where area_id = $1 and accepted_at is null and revoked_at is null and expires_at > now()) as invitations`,
		[areaId]
	);
	const r = rows[0]!;
	const a = r.actions ?? {};
	const s = r.statements ?? {};
	return {
		plans: r.plans,
		priorities: r.priorities,
		actions: {
			planned: a.planned ?? 0,
			in_progress: a.in_progress ?? 0,
			done: a.done ?? 0,
			not_doing: a.not_doing ?? 0
		},
		statements: { draft: s.draft ?? 0, published: s.published ?? 0, archived: s.archived ?? 0 },
		// Row-level security shows members and invitations to area admins only; others see just themselves.
		members: r.members,
		pendingInvitations: r.invitations
	};
}
