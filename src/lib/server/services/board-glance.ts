/**
 * The board "at a glance" (issue 15, item 3): what we heard about most, what is done, what is
 * late; and when the board's content last changed (the content's own dates, not the day the
 * seeds were loaded).
 *
 * Both are pure: they work over what the board has already read (no query of their own).
 */
import type { BoardAction, BoardGlance, LastChanged } from './board-types';
import { isLate, lastNews } from '../../late';

interface GlanceEntry {
	themes: { id: string; name: string }[];
	actions: BoardAction[];
}

/** How many heard-most themes, done and late actions the summary names. */
export const GLANCE_THEMES = 3;
export const GLANCE_ACTIONS = 5;

export function glanceOf(entries: GlanceEntry[], today: string): BoardGlance {
	const themes = new Map<string, { theme: { id: string; name: string }; statements: number }>();
	for (const e of entries)
		for (const t of e.themes) {
			const got = themes.get(t.id) ?? { theme: t, statements: 0 };
			got.statements++;
			themes.set(t.id, got);
		}
	const actions = new Map<string, BoardAction>();
	for (const e of entries) for (const a of e.actions) actions.set(a.id, a);
	const all = [...actions.values()];
	const done = all
		.filter((a) => a.status === 'done')
		.sort((a, b) => (b.status_changed_at?.getTime() ?? 0) - (a.status_changed_at?.getTime() ?? 0));
	const late = all.filter((a) => isLate(a, today)).sort((a, b) => a.due_on!.localeCompare(b.due_on!));
	const brief = (a: BoardAction) => ({
		id: a.id,
		title: a.title,
		due_on: a.due_on,
		priority_id: a.priority_id,
		last_news: lastNews(a)
	});
	return {
		heard_most: [...themes.values()]
			.sort((a, b) => b.statements - a.statements || a.theme.name.localeCompare(b.theme.name))
			.slice(0, GLANCE_THEMES),
		done: { count: done.length, actions: done.slice(0, GLANCE_ACTIONS).map(brief) },
		late: { count: late.length, actions: late.slice(0, GLANCE_ACTIONS).map(brief) }
	};
}

const SEASON_END: Record<string, string> = {
	spring: '05-31',
	summer: '08-31',
	autumn: '11-30',
	winter: '12-31'
};
const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/**
 * The last day a period label covers, 'YYYY-MM-DD': "2023/24" (a financial year) is 31 March
 * 2024, "Summer 2023" 31 August 2023, "October 2024" 31 October 2024, "2023" 31 December 2023.
 * Null for words it does not know.
 */
export function periodEnd(label: string | null): string | null {
	if (!label) return null;
	const s = label.trim().toLowerCase();
	const fy = /^(?:q[1-4] )?(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(s);
	if (fy) return `${Number(fy[1]) + 1}-03-31`;
	const words = /^(?:(\w+)\s+)?(\d{4})$/.exec(s);
	if (!words) return null;
	const [, word, year] = words;
	if (!word) return `${year}-12-31`;
	if (SEASON_END[word]) return `${year}-${SEASON_END[word]}`;
	const m = MONTHS.indexOf(word);
	if (m < 0) return null;
	const last = new Date(Date.UTC(Number(year), m + 1, 0)).getUTCDate();
	return `${year}-${String(m + 1).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** What `lastChanged` reads: the rows the board has already read (services/board.ts `readArea`). */
export interface ChangeRows {
	statements: {
		own: boolean;
		published_at: Date;
		updated_at: Date;
		heard_on: string | null;
		heard_period: string | null;
	}[];
	actions: { own: boolean; updated_at: Date; status_changed_at: Date | null }[];
	updates: { own: boolean; created_at: Date; happened_on: string | null; period: string | null }[];
	milestones: { done_on: string | null }[];
}

/**
 * When the board's content last changed: the newest of what people changed on this site (a
 * statement or action added or edited here, a status change, an update, a published decision)
 * and the dates the plan documents give (when a statement was heard, an update's date or
 * period, a step done). Seeded rows' own timestamps are when the seeds were loaded, not news, so
 * they do not count. Never later than `now`. Pure: no query of its own.
 */
export function lastChanged(
	read: ChangeRows,
	decisions: { decided_at: Date }[],
	now: Date = new Date()
): LastChanged | null {
	const today = now.toISOString().slice(0, 10);
	const exact: (Date | null)[] = [
		...read.statements.flatMap((s) => (s.own ? [s.published_at, s.updated_at] : [])),
		...read.actions.flatMap((a) => [a.status_changed_at, a.own ? a.updated_at : null]),
		...read.updates.map((u) => (u.own ? u.created_at : null)),
		...decisions.map((d) => d.decided_at)
	];
	const days = [
		...read.statements.map((s) => s.heard_on),
		...read.updates.map((u) => u.happened_on),
		...read.milestones.map((m) => m.done_on)
	];
	const periods = [...read.statements.map((s) => s.heard_period), ...read.updates.map((u) => u.period)];
	const candidates: LastChanged[] = [];
	for (const d of exact) if (d && d <= now) candidates.push({ at: d, precise: true });
	for (const d of days) if (d && d <= today) candidates.push({ at: new Date(`${d}T12:00:00Z`), precise: true });
	for (const p of periods) {
		const end = periodEnd(p);
		// A period still running has changed at most today; say its month.
		if (end) candidates.push({ at: new Date(`${end < today ? end : today}T12:00:00Z`), precise: false });
	}
	return candidates.reduce<LastChanged | null>((m, c) => (!m || c.at > m.at ? c : m), null);
}
