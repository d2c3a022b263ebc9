export type { ActionStatus } from './vocabulary';
export { ACTION_STATUS_LABEL as STATUS_LABEL } from './vocabulary';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/London'
});

/** "31 March 2025" from a 'YYYY-MM-DD' string or a Date. */
export function formatDate(value: string | Date | null | undefined): string {
	if (!value) return '';
	const d = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
	return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

const whenFormat = new Intl.DateTimeFormat('en-GB', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: 'numeric',
	minute: '2-digit',
	timeZone: 'Europe/London'
});
/** "Wednesday 3 December 2026 at 18:30", in UK time. */
export function formatWhen(value: string | Date): string {
	const d = new Date(value);
	return Number.isNaN(d.getTime()) ? '' : whenFormat.format(d).replace(/^(\w+), /, '$1 ');
}
