/**
 * The shapes the public board is made of (services/board.ts builds them, board-json.ts turns them
 * into board.json, pages render them), and the one rule every count on it follows.
 */
import type { ActionMilestone, ActionOwnerReport, ActionStatus } from './plans';
import type { Decision } from './review';
import { DEFAULT_THRESHOLD, suppress } from '../../privacy/small-numbers';
import type { LinkBasis, Voice } from '../../schemas/seed';
import type { MetricSeries } from './metrics';
import type { FeedbackFigures } from './board-figures';
import type { HelpedFigures } from './action-feedback';

export const ACTION_STATUS_ORDER: ActionStatus[] = ['planned', 'in_progress', 'done', 'not_doing'];

/** Statements per page of the board (and of board.json). */
export const PAGE_SIZE = 25;

/** A count that may be small: `count` is null from 1 to 9, and `label` says "fewer than 10". */
export interface Count {
	count: number | null;
	label: string;
}

export function countOf(n: number): Count {
	const s = suppress(n);
	return { count: s.value, label: s.label };
}

/** A count SQL already suppressed and rounded: null is 1 to 9 ("fewer than 10"). */
export const shownCount = (n: number | null): Count =>
	n === null ? { count: null, label: `fewer than ${DEFAULT_THRESHOLD}` } : countOf(n);

export interface BoardUpdate {
	happened_on: string | null;
	period: string | null;
	body: string;
	evidence_url: string | null;
	created_at: Date;
}

export type BoardMilestone = ActionMilestone;

export interface BoardAction extends ActionOwnerReport {
	id: string;
	title: string;
	evidence_url: string | null;
	/** Null when the status is as the plan document reported it. */
	status_changed_at: Date | null;
	/** Done, and the youth board confirmed what changed matches what young people said (issue 18). */
	done_confirmed: boolean;
	/**
	 * Done actions: what young people said on their receipts ("Did this help?", issue 18), counts
	 * only from 10 answers up (all null below). Null for other statuses.
	 */
	did_it_help: HelpedFigures | null;
	updated_at: Date;
	priority_id: string;
	priority_number: number;
	latest_update: BoardUpdate | null;
	milestones: BoardMilestone[];
}

export interface BoardStatement {
	id: string;
	statement: string;
	/** Whose voice: the board says "You said" only for young people and families. */
	voice: Voice;
	/** For each action answering it (by id): does the plan make the link, or did we? */
	basis: Record<string, LinkBasis>;
	heard_on: string | null;
	heard_period: string | null;
	how_heard: string | null;
	where_heard: string | null;
	engagement_title: string | null;
	source_file: string | null;
	published_at: Date;
	updated_at: Date;
	quotes: { id: string; body: string; speaker: string | null }[];
	themes: { id: string; name: string }[];
	/** The actions that answer it (only those with the chosen status, when filtered by status). */
	actions: BoardAction[];
	priority_ids: string[];
	/**
	 * How many people the feedback behind it came from, suppressed; null when no feedback on this
	 * site is linked (e.g. statements taken from a plan document).
	 */
	voices: Count | null;
}

export interface BoardPriority {
	id: string;
	number: number;
	title: string;
	plan_title: string;
}

export interface BoardGroup {
	priority: BoardPriority | null;
	/** The group's statements on this page. */
	statements: BoardStatement[];
	/** The group's statements on every page. */
	statement_count: number;
	/** What we did: every action answering the group's statements on this page, once each. */
	actions: BoardAction[];
	/** What the numbers say: the published metric series linked to the group's priority. */
	metrics: MetricSeries[];
}

export interface Engagement {
	id: string;
	title: string;
	held_label: string | null;
	location: string | null;
	description: string;
	figures: { label: string; value: number }[];
	source_file: string | null;
}

export interface ThemeSeries {
	theme: { id: string; name: string };
	/** One per period, in order. */
	counts: Count[];
}

export interface StillHearing {
	theme: { id: string; name: string };
	/** When the last done action on the theme was marked done. */
	since: Date;
	/** Feedback on the theme that arrived after that. */
	count: Count;
	/** The done actions on the theme, newest first (at most STILL_HEARING_ACTIONS). */
	actions: { id: string; title: string; status_changed_at: Date }[];
	/** How many done actions there are on the theme in all. */
	action_count: number;
}

/** How many of a theme's done actions "still hearing" names. */
export const STILL_HEARING_ACTIONS = 5;

export interface BoardFilters {
	priority: string | null;
	theme: string | null;
	status: ActionStatus | null;
	page: number;
}

export type FilterProblem = 'priority' | 'theme' | 'page';

export interface Board {
	/** The filters applied (unknown ones are dropped and listed in `problems`). */
	filters: BoardFilters;
	problems: FilterProblem[];
	options: { priorities: BoardPriority[]; themes: { id: string; name: string }[] };
	groups: BoardGroup[];
	page: { number: number; size: number; pages: number };
	/** Over the filtered board, every page. */
	totals: { statements: number; quotes: number; actions: number; by_status: Record<ActionStatus, number> };
	/** Feedback per theme per calendar month ('YYYY-MM'), oldest first, months without any as 0. */
	volumes: { periods: string[]; series: ThemeSeries[] };
	still_hearing: StillHearing[];
	decisions: Omit<Decision, 'published'>[];
	engagements: Engagement[];
	/**
	 * Every published metric series linked to a priority or theme (empty on the embeddable
	 * board); with a theme filter, only that theme's and those of the priorities shown.
	 */
	metrics: MetricSeries[];
	/** When the content last changed (see `last_changed`); null when nothing is published. */
	last_updated: Date | null;
	/** The content's latest change, and whether it is a day (else a month, from a period like "2023/24"). */
	last_changed: LastChanged | null;
	/** The summary at the top: what we heard most, what is done, what is late (over the filtered board). */
	glance: BoardGlance;
}

export interface LastChanged {
	at: Date;
	/** False when the date is the end of a period a document gives ("2023/24"): say the month only. */
	precise: boolean;
}

/** An action named in the summary. */
export interface GlanceAction {
	id: string;
	title: string;
	due_on: string | null;
	priority_id: string;
	/** 'YYYY-MM-DD', or a period as the plan gives it ("2023/24"); null when there has been none. */
	last_news: string | null;
}

export interface BoardGlance {
	/** The themes most statements are about, most first. */
	heard_most: { theme: { id: string; name: string }; statements: number }[];
	/** Done actions, the most recently done first. */
	done: { count: number; actions: GlanceAction[] };
	/** Planned or in progress after their due date, the longest overdue first. */
	late: { count: number; actions: GlanceAction[] };
}

export interface BoardOptions {
	/** The embeddable board leaves out the charts, still hearing, the decision log and engagements. */
	compact?: boolean;
	pageSize?: number;
	/**
	 * The feedback figures, when the caller has them (pages use `publicFeedbackFigures`, shared
	 * for a minute); otherwise they are read in this transaction.
	 */
	figures?: FeedbackFigures | Promise<FeedbackFigures>;
}
