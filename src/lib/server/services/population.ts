/**
 * "Who we heard from": the population figures an area holds (seeded from its plans) and how many
 * people it heard from in each group, for `reach/representation.ts` to compare.
 *
 * Runs as the caller: anyone may read a published area's population figures; the counts come
 * from survey responses and event participants, which only the area's area admins, engagement
 * officers and commissioners can read (anyone else gets zeros). The counts are raw: a page must
 * pass them through `representation` (small-number suppression) before showing them.
 */
import type { Tx } from '../db/types';
import type { PopulationDimension } from '../../schemas/population';
import { AGE_BANDS } from '../../schemas/survey';
import { EQUALITY_QUESTIONS, PREFER_NOT } from '../../survey/answers';
import { UNKNOWN, type GroupCount } from '../../reach/representation';

export interface PopulationRow {
	id: string;
	dimension: PopulationDimension;
	group: string | null;
	locality: string | null;
	age_range: string | null;
	count: number | null;
	share: number | null;
	qualifier: string | null;
	population: string;
	year: string | null;
	source_file: string | null;
	quote: string | null;
}

/** The area's population figures, by dimension, then group, then place. */
export async function population(tx: Tx, areaId: string): Promise<PopulationRow[]> {
	const { rows } = await tx.query<PopulationRow>(
		`select id, dimension, group_key as "group", locality, age_range, count, share, qualifier, population, year, source_file, quote
		 from public.area_population where area_id = $1
		 order by array_position(array['total', 'age_band', 'locality', 'ethnic_group', 'gender', 'send', 'care_experienced', 'young_carer'], dimension),
			group_key nulls first, locality nulls first, age_range nulls first, seed_key nulls last, created_at`,
		[areaId]
	);
	return rows.map((r) => ({
		...r,
		count: r.count === null ? null : Number(r.count),
		share: r.share === null ? null : Number(r.share)
	}));
}

export type EqualityKey = (typeof EQUALITY_QUESTIONS)[number]['key'];
export type CountDimension = 'age_band' | 'locality' | EqualityKey;

export interface RespondentCountOptions {
	/** First and last day (YYYY-MM-DD, UK time) people were heard from; either may be left open. */
	from?: string | null;
	to?: string | null;
	/** Only these respondent roles (e.g. ['young_person']); people whose role is not known are kept. */
	roles?: string[] | null;
}

export interface RespondentCounts {
	/** Everyone heard from: survey responses (not withdrawn) and event participants. */
	total: number;
	responses: number;
	participants: number;
	/**
	 * Per dimension, every group the app offers (age bands, the area's places, the question's
	 * options) in its order, with zeros, then any other value found, then PREFER_NOT (equality
	 * questions only: age and place store "prefer not to say" as not known) and UNKNOWN.
	 * Event participants give an age band but no equality answers, and count in the place the
	 * event was held.
	 */
	groups: Record<CountDimension, GroupCount[]>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function respondentCounts(
	tx: Tx,
	areaId: string,
	options: RespondentCountOptions = {}
): Promise<RespondentCounts> {
	const from = options.from ?? null;
	const to = options.to ?? null;
	for (const d of [from, to]) if (d !== null && !DATE.test(d)) throw new RangeError(`Dates are YYYY-MM-DD, not "${d}"`);
	const roles = options.roles ?? null;
	const equalityKeys = EQUALITY_QUESTIONS.map((q) => q.key);
	const heard = (alias: string) =>
		`${alias}.area_id = $1
		 and ($2::date is null or (${alias}.created_at at time zone 'Europe/London')::date >= $2::date)
		 and ($3::date is null or (${alias}.created_at at time zone 'Europe/London')::date <= $3::date)
		 and ($4::text[] is null or ${alias}.respondent_role is null or ${alias}.respondent_role = any ($4::text[]))`;
	const { rows } = await tx.query<{ dim: string; grp: string | null; n: number }>(
		`with people as (
			select 'responses' as kind, r.age_band, r.locality, r.equality
			from public.responses r where r.withdrawn_at is null and ${heard('r')}
			union all
			select 'participants', p.age_band, e.locality, null
			from public.event_participants p join public.events e on e.id = p.event_id where ${heard('p')}
		)
		select d.dim, d.grp, count(*)::int as n
		from people cross join lateral (
			select 'kind' as dim, people.kind as grp
			union all select 'age_band', people.age_band
			union all select 'locality', people.locality
			union all select k, people.equality ->> k from unnest($5::text[]) as k
		) d
		group by 1, 2`,
		[areaId, from, to, roles, equalityKeys]
	);
	const area = await tx.query<{ localities: string[] }>('select localities from public.areas where id = $1', [areaId]);
	const localities = area.rows[0]?.localities ?? [];

	const found = (dim: string) => {
		const m = new Map<string, number>();
		for (const r of rows) if (r.dim === dim) m.set(r.grp ?? UNKNOWN, (m.get(r.grp ?? UNKNOWN) ?? 0) + Number(r.n));
		return m;
	};
	const ordered = (dim: string, offered: readonly string[], preferNot: boolean): GroupCount[] => {
		const m = found(dim);
		const tail = [...(preferNot ? [PREFER_NOT] : []), UNKNOWN];
		const others = [...m.keys()].filter((g) => !offered.includes(g) && !tail.includes(g)).sort();
		return [...offered, ...others, ...tail].map((group) => ({ group, count: m.get(group) ?? 0 }));
	};

	const kinds = found('kind');
	const responses = kinds.get('responses') ?? 0;
	const participants = kinds.get('participants') ?? 0;
	const groups = {
		age_band: ordered('age_band', AGE_BANDS, false),
		locality: ordered('locality', localities, false)
	} as RespondentCounts['groups'];
	for (const q of EQUALITY_QUESTIONS) groups[q.key] = ordered(q.key, q.options, true);
	return { total: responses + participants, responses, participants, groups };
}
