/**
 * Small-number suppression for breakdowns by age, place or equality group (DOMAIN.md, Privacy):
 * in a small group a count such as "2 care-experienced 14-15 year olds in Northtown" can
 * identify someone, so counts from 1 to threshold - 1 are shown as "fewer than {threshold}".
 *
 * Pure and dependency-free so the same rule runs on the server and in the browser. Callers must
 * send only the result to the client, never the raw counts, or the suppression means nothing.
 */

export const DEFAULT_THRESHOLD = 10;

/** Shown for a cell that is not small itself but is hidden so a small one cannot be worked out. */
export const SECONDARY_LABEL = 'not shown';

export interface Suppressed {
	/** The count when it is safe to show, otherwise null (charts and sums must skip it). */
	value: number | null;
	/** Text for tables and screen readers. */
	label: string;
}

export interface SuppressedRow {
	/** The category, for example "14-15". */
	label: string;
	value: number | null;
	text: string;
}

export interface SuppressedBreakdown {
	rows: SuppressedRow[];
	total: Suppressed;
}

function checkThreshold(threshold: number): void {
	if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`Invalid threshold: ${threshold}`);
}

function checkCount(count: number): void {
	if (!Number.isInteger(count) || count < 0)
		throw new RangeError(`A count must be a whole number of 0 or more, not ${count}`);
}

/**
 * One count. Zero stays "0": knowing that nobody in a group answered identifies no one, and
 * hiding it would make every empty category look like a small one.
 */
export function suppress(count: number, threshold: number = DEFAULT_THRESHOLD): Suppressed {
	checkThreshold(threshold);
	checkCount(count);
	if (count > 0 && count < threshold) return { value: null, label: `fewer than ${threshold}` };
	return { value: count, label: count.toLocaleString('en-GB') };
}

/**
 * A breakdown whose total is the sum of its rows, with the rows kept in their given order.
 *
 * Primary suppression: every count from 1 to threshold - 1 is hidden, as in `suppress`.
 *
 * Secondary suppression: if exactly one row is hidden while the total is shown, the hidden count
 * is simply the total minus the shown rows. So the smallest other non-zero row (the first one on
 * a tie) is hidden too, labelled SECONDARY_LABEL rather than "fewer than 10", which would be
 * untrue. Then only the sum of the two hidden rows can be worked out, not either of them.
 * A zero row is never chosen: hiding a known-empty row would still give the small one away.
 * If two or more rows are already hidden, or the total itself is small and hidden, nothing more
 * needs hiding. With exactly one row hidden and the total shown, the other rows sum to at least
 * 1 and none is small, so a non-zero row to hide always exists.
 */
export function suppressBreakdown(
	rows: { label: string; count: number }[],
	threshold: number = DEFAULT_THRESHOLD
): SuppressedBreakdown {
	// suppress() checks every count and the threshold.
	const cells = rows.map((row) => ({ row, shown: suppress(row.count, threshold) }));
	const total = suppress(
		rows.reduce((sum, row) => sum + row.count, 0),
		threshold
	);

	let secondary: (typeof cells)[number] | undefined;
	if (total.value !== null && cells.filter((cell) => cell.shown.value === null).length === 1) {
		for (const cell of cells) {
			if (cell.shown.value === null || cell.row.count === 0) continue;
			if (!secondary || cell.row.count < secondary.row.count) secondary = cell;
		}
	}

	return {
		rows: cells.map((cell) =>
			cell === secondary
				? { label: cell.row.label, value: null, text: SECONDARY_LABEL }
				: { label: cell.row.label, value: cell.shown.value, text: cell.shown.label }
		),
		total
	};
}
