/** The audit log, written by database triggers; readable by area admins (row-level security). */
import type { Tx } from '../db/types';

export interface AuditEntry {
	id: number;
	at: Date;
	actor: string | null;
	action: string;
	table_name: string | null;
	row_id: string | null;
	changes: Record<string, unknown>;
}

export const PAGE_SIZE = 50;

export async function list(tx: Tx, areaId: string, page = 1): Promise<{ entries: AuditEntry[]; total: number }> {
	const { rows } = await tx.query<AuditEntry & { total: number }>(
		`select l.id::int as id, l.at, p.display_name as actor, l.action, l.table_name, l.row_id, l.changes,
			count(*) over ()::int as total
		 from public.audit_log l left join public.people p on p.id = l.actor_id
		 where l.area_id = $1
		 order by l.at desc, l.id desc
		 limit $2 offset $3`,
		[areaId, PAGE_SIZE, (page - 1) * PAGE_SIZE]
	);
	return { entries: rows.map(({ total: _, ...e }) => e), total: rows[0]?.total ?? 0 };
}
