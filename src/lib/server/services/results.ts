/**
 * A survey's results for its area's staff: responses over time, each question's answers, who
 * answered, and the free text with its suggested themes. Row-level security limits it to staff
 * who may read responses; withdrawn answers are never counted or shown.
 */
import type { Tx } from '../db/types';
import type { Question, SurveyDefinition } from '../../schemas/survey';
import type { Consent } from '../../vocabulary';

export interface ResultFilters {
	role?: string;
	age_band?: string;
	locality?: string;
}

export interface QuestionResult {
	question: Question;
	counts: { value: string; count: number }[];
	answered: number;
}

export interface TextAnswer {
	id: string;
	question_key: string | null;
	redacted_text: string;
	consent: Consent;
	themes: { id: string; score: number }[];
	sentiment: string | null;
	safeguarding: boolean;
	respondent_role: string | null;
	age_band: string | null;
	locality: string | null;
	created_at: Date;
}

export interface SurveyResults {
	total: number;
	byDay: { day: string; count: number }[];
	questions: QuestionResult[];
	who: Record<'respondent_role' | 'age_band' | 'locality', { value: string; count: number }[]>;
	texts: TextAnswer[];
}

/** WHERE clause and params for the filters, after $1 (the survey id). */
function filterSql(f: ResultFilters): { sql: string; params: unknown[] } {
	const parts: string[] = [];
	const params: unknown[] = [];
	for (const [col, v] of [
		['respondent_role', f.role],
		['age_band', f.age_band],
		['locality', f.locality]
	] as const)
		if (v) {
			params.push(v);
			parts.push(`r.${col} = $${params.length + 1}`);
		}
	return { sql: parts.length ? ` and ${parts.join(' and ')}` : '', params };
}

/** Who answered (role, age band, place), with the filters: exact counts, for the server only. */
export async function whoFor(tx: Tx, surveyId: string, filters: ResultFilters = {}): Promise<SurveyResults['who']> {
	const f = filterSql(filters);
	const base = `from public.responses r where r.survey_id = $1 and r.withdrawn_at is null${f.sql}`;
	const who = {} as SurveyResults['who'];
	for (const col of ['respondent_role', 'age_band', 'locality'] as const)
		who[col] = (
			await tx.query<{ value: string; count: number }>(
				`select coalesce(r.${col}, 'not_given') as value, count(*)::int as count ${base} group by 1 order by 1`,
				[surveyId, ...f.params]
			)
		).rows;
	return who;
}

/**
 * Exact counts, for the server only: pages show `results-shown.ts`'s suppressed copy (issue 13,
 * item 8), never these.
 */
export async function forSurvey(
	tx: Tx,
	surveyId: string,
	definition: SurveyDefinition,
	filters: ResultFilters = {}
): Promise<SurveyResults> {
	const f = filterSql(filters);
	const where = `r.survey_id = $1 and r.withdrawn_at is null${f.sql}`;
	const base = `from public.responses r where ${where}`;
	const params = [surveyId, ...f.params];
	const total = (await tx.query<{ n: number }>(`select count(*)::int as n ${base}`, params)).rows[0]?.n ?? 0;
	const byDay = (
		await tx.query<{ day: string; count: number }>(
			`select to_char(date_trunc('day', r.created_at at time zone 'Europe/London'), 'YYYY-MM-DD') as day, count(*)::int as count
			 ${base} group by 1 order by 1`,
			params
		)
	).rows;

	const questions: QuestionResult[] = [];
	for (const q of definition.questions) {
		if (q.kind === 'text') continue;
		const keyParam = `$${params.length + 1}`;
		const sql =
			q.kind === 'multiple'
				? `select v as value, count(*)::int as count
					from public.responses r
					cross join lateral jsonb_array_elements_text(
						case when jsonb_typeof(r.answers -> ${keyParam}) = 'array' then r.answers -> ${keyParam} else '[]'::jsonb end) as v
					where ${where} group by v`
				: `select r.answers ->> ${keyParam} as value, count(*)::int as count ${base} and r.answers ? ${keyParam} group by 1`;
		const rows = (await tx.query<{ value: string; count: number }>(sql, [...params, q.key])).rows;
		const answered =
			(
				await tx.query<{ n: number }>(`select count(*)::int as n ${base} and r.answers ? ${keyParam}`, [
					...params,
					q.key
				])
			).rows[0]?.n ?? 0;
		// Every option appears, in the survey's order, even with no answers.
		const options = q.kind === 'rating' ? ['1', '2', '3', '4', '5'] : q.kind === 'yes_no' ? ['yes', 'no'] : q.options;
		const found = new Map(rows.map((r) => [String(r.value), r.count]));
		questions.push({
			question: q,
			counts: options.map((value) => ({ value, count: found.get(value) ?? 0 })),
			answered
		});
	}

	const who = await whoFor(tx, surveyId, filters);

	const texts = (
		await tx.query<
			Omit<TextAnswer, 'themes'> & { suggested_themes: Record<string, number>; suggested_theme_ids: string[] }
		>(
			`select i.id, i.question_key, i.redacted_text, i.consent, i.suggested_themes, i.suggested_theme_ids, i.sentiment, i.safeguarding,
				i.respondent_role, i.age_band, i.locality, r.created_at
			 from public.feedback_items i join public.responses r on r.id = i.response_id
			 where r.survey_id = $1 and r.withdrawn_at is null and i.withdrawn_at is null${f.sql}
			 order by r.created_at desc limit 500`,
			params
		)
	).rows.map(({ suggested_themes, suggested_theme_ids, ...t }) => ({
		...t,
		themes: suggested_theme_ids
			.map((id) => ({ id, score: suggested_themes[id] ?? 0 }))
			.sort((a, b) => b.score - a.score)
	}));
	return { total, byDay, questions, who, texts };
}

/** In a CSV, instead of flagged words, for anyone who cannot act on the alert. */
export const FLAGGED_WORDS_WITHHELD = 'Flagged for safeguarding: the words are only for safeguarding contacts';

/**
 * Every response, one row each, for the CSV export (no addresses, no withdrawn answers). A column
 * marks responses with words flagged for safeguarding; those words are in the file only for people
 * who can see the alert (and so act on it), as row-level security on the alerts decides.
 */
export async function exportRows(
	tx: Tx,
	surveyId: string,
	definition: SurveyDefinition
): Promise<{ header: string[]; rows: (string | number | Date | null)[][] }> {
	const { rows } = await tx.query<{
		id: string;
		created_at: Date;
		respondent_role: string | null;
		age_band: string | null;
		locality: string | null;
		answers: Record<string, unknown>;
		equality: Record<string, string>;
		texts: Record<string, { text: string; consent: string; flagged: boolean; can_act: boolean }> | null;
	}>(
		`select r.id, r.created_at, r.respondent_role, r.age_band, r.locality, r.answers, r.equality,
			(select jsonb_object_agg(i.question_key, jsonb_build_object('text', i.redacted_text, 'consent', i.consent,
				'flagged', i.safeguarding,
				'can_act', exists (select 1 from public.safeguarding_alerts a where a.feedback_item_id = i.id)))
			 from public.feedback_items i where i.response_id = r.id and i.withdrawn_at is null) as texts
		 from public.responses r where r.survey_id = $1 and r.withdrawn_at is null order by r.created_at`,
		[surveyId]
	);
	const header = ['response', 'submitted', 'role', 'age band', 'locality', 'flagged for safeguarding'];
	for (const q of definition.questions) {
		header.push(`${q.key}: ${q.prompt}`);
		if (q.kind === 'text') header.push(`${q.key}: can quote`);
	}
	const equalityKeys = [...new Set(rows.flatMap((r) => Object.keys(r.equality ?? {})))].sort();
	header.push(...equalityKeys);
	return {
		header,
		rows: rows.map((r) => {
			const flagged = Object.values(r.texts ?? {}).some((t) => t.flagged);
			const out: (string | number | Date | null)[] = [
				r.id,
				r.created_at,
				r.respondent_role,
				r.age_band,
				r.locality,
				flagged ? 'yes' : 'no'
			];
			for (const q of definition.questions) {
				if (q.kind === 'text') {
					const t = r.texts?.[q.key];
					const words = t && t.flagged && !t.can_act ? FLAGGED_WORDS_WITHHELD : (t?.text ?? null);
					out.push(words, t ? (t.consent === 'quote' ? 'yes' : 'no') : null);
				} else {
					const v = r.answers[q.key];
					out.push(Array.isArray(v) ? v.join('; ') : v === undefined ? null : (v as string | number));
				}
			}
			for (const k of equalityKeys) out.push(r.equality?.[k] ?? null);
			return out;
		})
	};
}
