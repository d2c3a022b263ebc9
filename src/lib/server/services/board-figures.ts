/**
 * What the public board shows about feedback itself (not about statements): counts per theme per
 * month and "still hearing", never words; and this server's shared copy of them.
 */
import { withClaims } from '../db/claims';
import { ANON, type Db, type Tx } from '../db/types';
import type { LRUCache } from 'lru-cache';
import { lruCache, sharedRead, type SharedRead } from '../cache';
import {
	shownCount,
	STILL_HEARING_ACTIONS,
	type BoardAction,
	type Count,
	type StillHearing,
	type ThemeSeries
} from './board-types';

/** What the board shows about feedback itself (not about statements): counts, never words. */
export interface FeedbackFigures {
	volumes: { periods: string[]; series: ThemeSeries[] };
	still_hearing: { theme: { id: string; name: string }; since: Date; count: Count }[];
}

/**
 * Feedback per theme per month and "still hearing", both suppressed, rounded to 5 and counted once a
 * UK day in SQL (`app.board_snapshot`, in the baseline migration). The first visitor of the day counts; everyone else reads that count.
 */
export async function feedbackFigures(tx: Tx, areaId: string): Promise<FeedbackFigures> {
	const volumes = await tx.query<{
		theme_id: string;
		name: string;
		position: number;
		period: string;
		n: number | null;
	}>(
		`select v.theme_id, t.name, t.position, v.period::text as period, v.n
		 from app.board_theme_volumes($1) v join public.themes t on t.id = v.theme_id`,
		[areaId]
	);
	const still = await tx.query<{ theme_id: string; name: string; since: Date; n: number | null }>(
		`select s.theme_id, t.name, s.since, s.n from app.board_still_hearing($1) s join public.themes t on t.id = s.theme_id`,
		[areaId]
	);
	return {
		volumes: volumeSeries(volumes.rows),
		still_hearing: still.rows.map((r) => ({
			theme: { id: r.theme_id, name: r.name },
			since: r.since,
			count: suppressedCount(r.n)
		}))
	};
}

/** A count that SQL already suppressed and rounded (null for 1 to 9). */
const suppressedCount = shownCount;

/**
 * How long this server shares an area's feedback figures between visitors. Counting 100,000
 * pieces of feedback takes a PostgreSQL server a few hundred milliseconds, and the figures are
 * monthly counts that a minute's delay cannot mislead (the board itself is cached by browsers
 * for a minute too). Statements and actions are always read fresh.
 */
export const FIGURES_TTL_MS = 60_000;
const figuresCache = lruCache<string, SharedRead<FeedbackFigures> & { refreshing?: boolean }>({
	max: 500,
	ttl: FIGURES_TTL_MS,
	keepStale: true
});

function readFigures(db: Db, areaId: string): Promise<FeedbackFigures> {
	return withClaims(db, ANON, (tx) => feedbackFigures(tx, areaId));
}

/**
 * `feedbackFigures` as an anonymous visitor, shared by every visitor to an area's board for up to
 * FIGURES_TTL_MS. After that the next visitor still gets the copy at once while a fresh one is
 * read in the background (so only the very first visitor waits). Everyone has the same claims, so
 * sharing shows nobody anything they could not read. Treat the result as read-only.
 */
export function publicFeedbackFigures(db: Db, areaId: string): Promise<FeedbackFigures> {
	const status: LRUCache.Status<string, SharedRead<FeedbackFigures>> = {};
	const hit = figuresCache.get(areaId, { status });
	if (hit && hit.db === db && status.get === 'stale' && !hit.refreshing) {
		hit.refreshing = true;
		readFigures(db, areaId).then(
			(fresh) => {
				if (figuresCache.peek(areaId, { allowStale: true }) === hit)
					figuresCache.set(areaId, { db, value: Promise.resolve(fresh) });
			},
			() => {
				hit.refreshing = false;
			}
		);
	}
	// A failure is not kept: the next visitor asks again.
	return sharedRead(figuresCache, areaId, db, () => readFigures(db, areaId));
}

/** Forgets this server's copy of every area's feedback figures (tests, and after imports). */
export function forgetFeedbackFigures(): void {
	figuresCache.clear();
}

const monthKey = (d: string) => d.slice(0, 7);
function monthsBetween(from: string, to: string): string[] {
	const out: string[] = [];
	let [y, m] = from.split('-').map(Number) as [number, number];
	const [ty, tm] = to.split('-').map(Number) as [number, number];
	while (y < ty || (y === ty && m <= tm)) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}

/** Rows of (theme, month, n) as one series per theme over every month; the most heard first. */
function volumeSeries(
	rows: { theme_id: string; name: string; position: number; period: string; n: number | null }[]
): FeedbackFigures['volumes'] {
	if (!rows.length) return { periods: [], series: [] };
	const keys = rows.map((r) => monthKey(r.period)).sort();
	const periods = monthsBetween(keys[0]!, keys.at(-1)!);
	const index = new Map(periods.map((p, i) => [p, i]));
	const series = new Map<
		string,
		{ theme: { id: string; name: string }; position: number; values: (number | null)[] }
	>();
	for (const r of rows) {
		let s = series.get(r.theme_id);
		if (!s)
			series.set(
				r.theme_id,
				(s = { theme: { id: r.theme_id, name: r.name }, position: r.position, values: periods.map(() => 0) })
			);
		s.values[index.get(monthKey(r.period))!] = r.n;
	}
	// Ordered by the counts that may be shown (a hidden one counts as nothing).
	const shown = (s: { values: (number | null)[] }) => s.values.reduce<number>((n, v) => n + (v ?? 0), 0);
	return {
		periods,
		series: [...series.values()]
			.sort((a, b) => shown(b) - shown(a) || a.position - b.position)
			.map((s) => ({ theme: s.theme, counts: s.values.map(suppressedCount) }))
	};
}

/** Still hearing, with the done actions on each theme (from the statements, read fresh). */
export function stillHearingFor(
	rows: FeedbackFigures['still_hearing'],
	statements: { themes: { id: string }[]; actions: BoardAction[] }[]
): StillHearing[] {
	return rows.map((r) => {
		const done = new Map<string, { id: string; title: string; status_changed_at: Date }>();
		for (const s of statements)
			if (s.themes.some((t) => t.id === r.theme.id))
				for (const a of s.actions)
					if (a.status === 'done' && a.status_changed_at)
						done.set(a.id, { id: a.id, title: a.title, status_changed_at: a.status_changed_at });
		const newest = [...done.values()].sort((a, b) => b.status_changed_at.getTime() - a.status_changed_at.getTime());
		return {
			theme: r.theme,
			since: r.since,
			count: r.count,
			actions: newest.slice(0, STILL_HEARING_ACTIONS),
			action_count: newest.length
		};
	});
}
