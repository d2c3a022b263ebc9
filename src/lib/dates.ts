/**
 * Dates and times as the product shows them: always UK time (Europe/London), whatever the server's
 * or the reader's clock says, in British English. Every page, message and export formats dates
 * here, so "when" reads the same everywhere. Formatters are built once: building one is slow.
 */

const ZONE = 'Europe/London';

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const DATE = { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE } as const;
const date = new Intl.DateTimeFormat('en-GB', DATE);
const weekdayDate = new Intl.DateTimeFormat('en-GB', { ...DATE, weekday: 'long' });
const dateTime = new Intl.DateTimeFormat('en-GB', { ...DATE, hour: 'numeric', minute: '2-digit' });
const when = new Intl.DateTimeFormat('en-GB', { ...DATE, weekday: 'long', hour: 'numeric', minute: '2-digit' });
const longDateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE });
const shortDateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE });
const clock = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: ZONE });
const time = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: ZONE });
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: ZONE });
const weekdayHour = new Intl.DateTimeFormat('en-GB', {
	timeZone: ZONE,
	weekday: 'short',
	hour: 'numeric',
	hourCycle: 'h23'
});

/** A moment: a Date, an ISO string or milliseconds since 1970. */
export type Moment = Date | string | number;

const valid = (d: Date) => !Number.isNaN(d.getTime());

/** The date in the UK, "YYYY-MM-DD" (today by default). */
export function londonToday(now: Date = new Date()): string {
	return isoDay.format(now);
}

/** "YYYY-MM-DD" in the UK, `days` from today (negative: before). */
export function londonDay(days: number, now: number = Date.now()): string {
	return isoDay.format(new Date(now + days * 86_400_000));
}

/** A period in words, as "between 1 April 2026 and 31 March 2027", "since …", "up to …" or "at any time". */
export function periodWords(period: { from?: string | null; to?: string | null } | null | undefined): string {
	if (period?.from && period.to) return `between ${formatDate(period.from)} and ${formatDate(period.to)}`;
	if (period?.from) return `since ${formatDate(period.from)}`;
	if (period?.to) return `up to ${formatDate(period.to)}`;
	return 'at any time';
}

/** "31 March 2025" from a 'YYYY-MM-DD' string or a Date. */
export function formatDate(value: string | Date | null | undefined): string {
	if (!value) return '';
	// Midday UTC is the same calendar day in the UK, summer or winter.
	const d = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
	return valid(d) ? date.format(d) : '';
}

/** "Wednesday 3 December 2026 at 18:30", in UK time. */
export function formatWhen(value: Moment): string {
	const d = new Date(value);
	return valid(d) ? when.format(d).replace(/^(\w+), /, '$1 ') : '';
}

/** "Wednesday 3 December 2026", in UK time. */
export function formatDay(value: Moment): string {
	return weekdayDate.format(new Date(value)).replace(',', '');
}

/** "6:30pm", in UK time (as event times are written). */
export function formatClock(value: Moment): string {
	return clock.format(new Date(value)).replace(/\s/g, '');
}

/** "18:30", in UK time. */
export function formatTime(value: Moment): string {
	return time.format(new Date(value));
}

/** "3 December 2026 at 18:30", in UK time: when a report was made. */
export function formatDateTime(value: Moment): string {
	return dateTime.format(new Date(value));
}

/** "3 December 2026 at 18:30", in UK time, from `dateStyle: 'long'` (messages to staff). */
export function formatLongDateTime(value: Moment): string {
	return longDateTime.format(new Date(value));
}

/** "3 Dec 2026, 18:30", in UK time: for lists of things that happened (audit, alerts, reviews). */
export function formatShortDateTime(value: Moment): string {
	return shortDateTime.format(new Date(value));
}

/** "Dec 2026" from a calendar month 'YYYY-MM'. */
export function formatMonth(period: string): string {
	return month.format(new Date(`${period}-15T12:00:00Z`));
}

/** The UK weekday ("Mon" to "Sun") and hour (0 to 23) at `now`. */
export function londonWeekdayHour(now: Date = new Date()): { weekday: string; hour: number } {
	const p = Object.fromEntries(weekdayHour.formatToParts(now).map((x) => [x.type, x.value]));
	return { weekday: p.weekday!, hour: Number(p.hour) };
}
