/**
 * For a receipt: what happened to the themes a person raised (re-exported by services/board.ts).
 */
import type { Tx } from '../db/types';
import type { BoardAction } from './board-types';

export interface ThemeFollowUp {
	theme: { id: string; name: string };
	statements: { id: string; statement: string; actions: { title: string; status: BoardAction['status'] }[] }[];
}

/**
 * For a receipt: for each theme a person raised, the area's published "You said" statements on
 * that theme and where their actions have got to, so people see their words travel.
 */
export async function followUp(tx: Tx, areaSlug: string, themeIds: string[]): Promise<ThemeFollowUp[]> {
	if (!themeIds.length) return [];
	const { rows } = await tx.query<{
		theme_id: string;
		theme_name: string;
		id: string | null;
		statement: string | null;
		actions: { title: string; status: BoardAction['status'] }[] | null;
	}>(
		`select t.id as theme_id, t.name as theme_name, y.id, y.statement,
			(select json_agg(json_build_object('title', a.title, 'status', a.status) order by a.position)
			 from public.you_said_actions ya join public.actions a on a.id = ya.action_id where ya.you_said_id = y.id) as actions
		 from public.themes t
		 left join public.you_said_themes yt on yt.theme_id = t.id
			and yt.area_id = (select id from public.areas where slug = $1)
		 left join public.you_said y on y.id = yt.you_said_id and y.status = 'published'
		 where t.id = any ($2::text[])
		 order by t.position, y.position`,
		[areaSlug, themeIds]
	);
	const out = new Map<string, ThemeFollowUp>();
	for (const r of rows) {
		const f = out.get(r.theme_id) ?? { theme: { id: r.theme_id, name: r.theme_name }, statements: [] };
		if (r.id && r.statement) f.statements.push({ id: r.id, statement: r.statement, actions: r.actions ?? [] });
		out.set(r.theme_id, f);
	}
	return [...out.values()];
}
