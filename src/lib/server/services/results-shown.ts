/**
 * What a survey's results page may show (issue 13, item 8): the counts of `results.forSurvey`,
 * small-number suppressed here, on the server, so the page's data never carries a count from 1 to
 * 9, nor one that could be worked out from the others:
 *
 * - every breakdown (answers to each question, who answered, responses per day) goes through
 *   `suppressBreakdown`: 1 to 9 is "fewer than 10", and when exactly one row is hidden another is
 *   too ("not shown"), so the total minus the others gives nothing away;
 * - filters cannot narrow to a small group: when the people matching the filters are 1 to 9, or
 *   when a chosen group is hidden in the figures without that filter (so two views could be
 *   subtracted), nothing about them is shown, only that too few match.
 *
 * The words people wrote are still listed for staff who may read them (with the filters kept
 * wide enough); the CSV download of every response is for the same staff and is not suppressed.
 */
import type { Tx } from '../db/types';
import type { Question, SurveyDefinition } from '../../schemas/survey';
import { suppress, suppressBreakdown, type Suppressed, type SuppressedRow } from '../../privacy/small-numbers';
import { forSurvey, whoFor, type ResultFilters, type SurveyResults, type TextAnswer } from './results';

export const WHO_COLUMNS = ['respondent_role', 'age_band', 'locality'] as const;
export type WhoColumn = (typeof WHO_COLUMNS)[number];
/** Which breakdown each filter narrows by. */
export const FILTER_COLUMN: Record<keyof ResultFilters, WhoColumn> = {
	role: 'respondent_role',
	age_band: 'age_band',
	locality: 'locality'
};

export interface ShownQuestion {
	question: Question;
	/** One row per option, in the survey's order; `label` is the option's value. */
	rows: SuppressedRow[];
	answered: Suppressed;
}

export interface ShownResults {
	total: Suppressed;
	/** The filters pick out too few people to show anything about them. */
	tooFew: boolean;
	/** `label` is the UK day, YYYY-MM-DD. */
	byDay: SuppressedRow[];
	questions: ShownQuestion[];
	/** `label` is the stored value ('not_given' when not given). */
	who: Record<WhoColumn, SuppressedRow[]>;
	/** Every place anyone in the survey named, for the filter (names only, no counts). */
	localities: string[];
	texts: TextAnswer[];
}

const rowsOf = (list: { value: string; count: number }[]) =>
	suppressBreakdown(list.map((r) => ({ label: r.value, count: r.count })));

const active = (filters: ResultFilters) =>
	(Object.keys(FILTER_COLUMN) as (keyof ResultFilters)[]).filter((k) => filters[k]);

/**
 * Pure: the suppressed copy of `raw` (the results with `filters`). `wider[k]` is who answered
 * with every filter but `k`, for each filter in use; a chosen group hidden there makes the view
 * too small. `localities` are the places named in the whole survey.
 */
export function shownResults(
	raw: SurveyResults,
	filters: ResultFilters,
	wider: Partial<Record<keyof ResultFilters, SurveyResults['who']>>,
	localities: string[]
): ShownResults {
	const total = suppress(raw.total);
	const hiddenInWider = active(filters).some((k) => {
		const list = wider[k]?.[FILTER_COLUMN[k]] ?? [];
		const row = rowsOf(list).rows.find((r) => r.label === filters[k]);
		return row !== undefined && row.value === null;
	});
	const tooFew = active(filters).length > 0 && (total.value === null || hiddenInWider);
	const empty = { respondent_role: [], age_band: [], locality: [] };
	if (tooFew)
		return {
			total: suppress(Math.min(raw.total, 1)), // "fewer than 10", whatever the number
			tooFew,
			byDay: [],
			questions: [],
			who: empty,
			localities,
			texts: []
		};
	return {
		total,
		tooFew,
		byDay: rowsOf(raw.byDay.map((d) => ({ value: d.day, count: d.count }))).rows,
		questions: raw.questions.map((q) => ({
			question: q.question,
			rows: rowsOf(q.counts).rows,
			answered: suppress(q.answered)
		})),
		who: {
			respondent_role: rowsOf(raw.who.respondent_role).rows,
			age_band: rowsOf(raw.who.age_band).rows,
			locality: rowsOf(raw.who.locality).rows
		},
		localities,
		texts: raw.texts
	};
}

/** A survey's results as its page may show them: see the top of this module. */
export async function shownForSurvey(
	tx: Tx,
	surveyId: string,
	definition: SurveyDefinition,
	filters: ResultFilters = {}
): Promise<ShownResults> {
	const raw = await forSurvey(tx, surveyId, definition, filters);
	const wider: Partial<Record<keyof ResultFilters, SurveyResults['who']>> = {};
	for (const k of active(filters)) wider[k] = await whoFor(tx, surveyId, { ...filters, [k]: undefined });
	const everyone = active(filters).length ? await whoFor(tx, surveyId) : raw.who;
	const localities = everyone.locality.map((l) => l.value).filter((v) => v !== 'not_given');
	return shownResults(raw, filters, wider, localities);
}
