/**
 * Trace back from one piece of feedback to the statements it supports or is quoted in, and the
 * priorities and actions those link to (re-exported by services/trace.ts).
 */
import type { Tx } from '../db/types';
import type { Consent } from '../../vocabulary';
import type { ActionStatus } from '../../status';
import type { StatementStatus } from '../../schemas/statements';

export const FLAGGED_TEXT = 'Flagged for safeguarding: the words are shown only in Safeguarding alerts';

/** A piece of feedback as the trace pages show it: where, when and from whom it was heard. */
export interface HeardFeedback {
	id: string;
	/** Redacted words; a note instead for words flagged for safeguarding. */
	text: string;
	safeguarding: boolean;
	consent: Consent;
	source: string;
	engagement: { id: string; title: string; kind: string };
	respondent_role: string | null;
	age_band: string | null;
	locality: string | null;
	/** Local date it was heard, "YYYY-MM-DD". */
	heard_on: string;
}

export interface FeedbackTrace extends HeardFeedback {
	/** Its agreed labels (the most recent review the caller can read), else the analyser's suggestions. */
	themes: { id: string; name: string }[];
	themes_from: 'review' | 'suggested';
	statements: {
		id: string;
		statement: string;
		status: StatementStatus;
		/** Supporting feedback, quoted, or both. */
		supports: boolean;
		quoted: boolean;
		priorities: { id: string; number: number; title: string; plan_title: string; via_action: boolean }[];
		actions: {
			id: string;
			title: string;
			status: ActionStatus;
			progress: number | null;
			priority_id: string;
			priority_number: number;
		}[];
	}[];
}

/** One piece of feedback and everything it is behind, or null when the caller cannot see it (withdrawn, another area). */
export async function feedback(tx: Tx, areaId: string, id: string): Promise<FeedbackTrace | null> {
	const item = (
		await tx.query<
			Omit<FeedbackTrace, 'statements' | 'themes' | 'themes_from'> & { reviewed: string[] | null; suggested: string[] }
		>(
			`select f.id, f.redacted_text as text, f.safeguarding, f.consent, f.source,
				jsonb_build_object('id', e.id, 'title', e.title, 'kind', e.kind) as engagement,
				coalesce(f.respondent_role, p.respondent_role) as respondent_role, coalesce(f.age_band, p.age_band) as age_band,
				coalesce(f.locality, ev.locality) as locality,
				to_char(f.created_at at time zone 'Europe/London', 'YYYY-MM-DD') as heard_on,
				(select r.theme_ids from public.feedback_reviews r where r.feedback_item_id = f.id order by r.updated_at desc limit 1) as reviewed,
				f.suggested_theme_ids as suggested
			 from public.feedback_items f
			 join public.engagements e on e.id = f.engagement_id
			 left join public.event_participants p on p.id = f.participant_id
			 left join public.events ev on ev.engagement_id = f.engagement_id
			 where f.area_id = $1 and f.id = $2 and f.withdrawn_at is null`,
			[areaId, id]
		)
	).rows[0];
	if (!item) return null;
	const { reviewed, suggested, ...rest } = item;
	const themeIds = reviewed ?? suggested;
	const names = themeIds.length
		? new Map(
				(
					await tx.query<{ id: string; name: string }>(
						`select id, name from public.themes where id = any ($1::text[])`,
						[themeIds]
					)
				).rows.map((t) => [t.id, t.name])
			)
		: new Map<string, string>();

	const statements = (
		await tx.query<FeedbackTrace['statements'][number] & { position: number }>(
			`with links as (
				select yf.you_said_id, true as supports, false as quoted from public.you_said_feedback yf
				where yf.feedback_item_id = $2 and yf.area_id = $1
				union all
				select q.you_said_id, false, true from public.you_said_quotes q where q.feedback_item_id = $2 and q.area_id = $1
			), st as (select you_said_id as id, bool_or(supports) as supports, bool_or(quoted) as quoted from links group by you_said_id)
			select y.id, y.statement, y.status, y.position, st.supports, st.quoted,
				coalesce((select jsonb_agg(x order by x.plan_title, x.number) from (
					select distinct on (p.id) p.id, p.number, p.title, pl.title as plan_title, pr.via_action
					from (
						select yp.priority_id, false as via_action from public.you_said_priorities yp where yp.you_said_id = y.id
						union all
						select a.priority_id, true from public.you_said_actions ya join public.actions a on a.id = ya.action_id where ya.you_said_id = y.id
					) pr
					join public.priorities p on p.id = pr.priority_id join public.plans pl on pl.id = p.plan_id
					order by p.id, pr.via_action
				) x), '[]'::jsonb) as priorities,
				coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'title', a.title, 'status', a.status, 'progress', a.progress,
						'priority_id', p.id, 'priority_number', p.number) order by p.number, a.position, a.title)
					from public.you_said_actions ya join public.actions a on a.id = ya.action_id join public.priorities p on p.id = a.priority_id
					where ya.you_said_id = y.id), '[]'::jsonb) as actions
			 from st join public.you_said y on y.id = st.id
			 where y.area_id = $1
			 order by y.position, y.created_at, y.id`,
			[areaId, id]
		)
	).rows.map(({ position: _, ...s }) => s);

	return {
		...rest,
		text: rest.safeguarding ? FLAGGED_TEXT : rest.text,
		themes: themeIds.map((t) => ({ id: t, name: names.get(t) ?? t })),
		themes_from: reviewed ? 'review' : 'suggested',
		statements
	};
}
