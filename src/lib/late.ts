/**
 * "Due 31 March 2024, overdue, no update since 2023/24": what the board says of an action still
 * planned or in progress after its due date. Pure, shared by the board and its summary.
 */
import { formatDate } from './dates';

interface LateAction {
	status: string;
	due_on: string | null;
	/** 'YYYY-MM-DD' or a period ("2023/24"); null when there has been no news. */
	last_news?: string | null;
	latest_update?: { happened_on: string | null; period: string | null } | null;
	status_changed_at?: Date | null;
}

/** An action's last news: a dated update, its period, or when its status changed here. */
export const lastNews = (a: LateAction): string | null => {
	if (a.last_news !== undefined) return a.last_news;
	const u = a.latest_update;
	if (u?.happened_on) return u.happened_on;
	if (u?.period) return u.period;
	return a.status_changed_at ? a.status_changed_at.toISOString().slice(0, 10) : null;
};

const inWords = (when: string) => (/^\d{4}-\d{2}-\d{2}$/.test(when) ? formatDate(when) : when);

/** Still planned or in progress after its due date (`today` is 'YYYY-MM-DD', UK). */
export const isLate = (a: Pick<LateAction, 'status' | 'due_on'>, today: string): boolean =>
	(a.status === 'planned' || a.status === 'in_progress') && a.due_on !== null && a.due_on < today;

/** Null unless the action is late on `today` ('YYYY-MM-DD', UK). */
export function lateWords(a: LateAction, today: string): string | null {
	if (!isLate(a, today)) return null;
	const last = lastNews(a);
	return `Due ${formatDate(a.due_on)}, overdue, ${last ? `no update since ${inWords(last)}` : 'no update yet'}`;
}
