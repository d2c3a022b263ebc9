import type { Tx } from '../db';

export interface AreaSummary {
	id: string;
	slug: string;
	name: string;
	short_name: string;
	summary: string;
	localities: string[];
	priorities: number;
	statements: number;
}

export interface Area extends AreaSummary {
	sources: { file: string; title: string; publisher: string; published_label: string }[];
}

const AREA_COLUMNS = `a.id, a.slug, a.name, a.short_name, a.summary, a.localities,
	(select count(*)::int from public.priorities p where p.area_id = a.id) as priorities,
	(select count(*)::int from public.you_said y where y.area_id = a.id) as statements`;

/** The areas the caller may see, by name. */
export async function list(tx: Tx): Promise<AreaSummary[]> {
	const { rows } = await tx.query<AreaSummary>(`select ${AREA_COLUMNS} from public.areas a order by a.name`);
	return rows;
}

export async function bySlug(tx: Tx, slug: string): Promise<Area | null> {
	const { rows } = await tx.query<AreaSummary>(`select ${AREA_COLUMNS} from public.areas a where a.slug = $1`, [slug]);
	const area = rows[0];
	if (!area) return null;
	const sources = await tx.query<Area['sources'][number]>(
		`select file, title, publisher, published_label from public.source_documents where area_id = $1 order by file`,
		[area.id]
	);
	return { ...area, sources: sources.rows };
}
