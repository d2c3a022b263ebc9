/**
 * Engagement the plan reports (issue 15, item 7): the surveys, events and reviews a plan document
 * describes, with the figures it gives (SSOT's youth survey: 157 responses), behind the
 * statements traced to a priority. The trace shows them beside the feedback captured on this
 * site, so a priority whose voice came from the plan's own engagement never reads as "0 people".
 */
import type { Tx } from '../db/types';

export interface ReportedEngagement {
	id: string;
	title: string;
	/** When and where, as the plan gives them. */
	held_label: string | null;
	location: string | null;
	figures: { label: string; value: number }[];
	/** The area's source document it comes from (file name; pages show its title). */
	source_file: string | null;
	/** How many of the traced statements came from it. */
	statements: number;
}

/** The reported engagements behind some statements, in the area's order. */
export async function reportedBehind(tx: Tx, areaId: string, statementIds: string[]): Promise<ReportedEngagement[]> {
	if (!statementIds.length) return [];
	const { rows } = await tx.query<ReportedEngagement>(
		`select e.id, e.title, e.held_label, e.location, e.figures, e.source_file, count(y.id)::int as statements
		 from public.engagements e join public.you_said y on y.engagement_id = e.id and y.area_id = e.area_id
		 where e.area_id = $1 and e.kind = 'reported' and y.id = any ($2::uuid[])
		 group by e.id order by e.seed_key nulls last, e.title`,
		[areaId, statementIds]
	);
	return rows;
}
