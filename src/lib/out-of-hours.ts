/**
 * When nobody is watching for safeguarding alerts: outside office hours (Monday to Friday,
 * 9am to 5pm UK time) staff may not see an alert until the next working day, so the urgent-help
 * text must not suggest that someone will act at once. Used by the survey and event help pages.
 * (Bank holidays are not known here: they count as working days, so the text errs on the safe
 * side only on weekends and evenings.)
 */

import { londonWeekdayHour } from './dates';

export const WATCHED_HOURS = { from: 9, to: 17, days: 'Monday to Friday' } as const;

export function outOfHours(now: Date = new Date()): boolean {
	const { weekday, hour } = londonWeekdayHour(now);
	const weekend = weekday === 'Sat' || weekday === 'Sun';
	return weekend || hour < WATCHED_HOURS.from || hour >= WATCHED_HOURS.to;
}

export interface HelpLine {
	name: string;
	what: string;
	/** The number as people say it, and the link that dials or texts it. */
	number: string;
	href: string;
}

/** Out of hours: who to contact now, in plain words (a 12-year-old can read it). */
export const OUT_OF_HOURS_HELP = {
	heading: 'Nobody is reading this right now',
	intro:
		'This service is not watched all the time. Staff may not read what you wrote until the next working day ' +
		`(${WATCHED_HOURS.days}, ${WATCHED_HOURS.from}am to ${WATCHED_HOURS.to - 12}pm). If you need help now:`,
	lines: [
		{ name: '999', what: 'if you or someone else is in danger now', number: '999', href: 'tel:999' },
		{
			name: 'NHS 111, option 2',
			what: 'for an urgent mental health crisis, any time',
			number: '111',
			href: 'tel:111'
		},
		{ name: 'Shout', what: 'text SHOUT, free, any time', number: '85258', href: 'sms:85258?body=SHOUT' },
		{ name: 'Childline', what: 'if you are under 19, free, any time', number: '0800 1111', href: 'tel:08001111' }
	] satisfies HelpLine[]
} as const;
