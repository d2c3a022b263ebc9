/**
 * When nobody is watching for safeguarding alerts: outside office hours (Monday to Friday,
 * 9am to 5pm UK time) staff may not see an alert until the next working day, so the help shown
 * after a worrying answer must not suggest that someone will act at once. (Bank holidays are not
 * known here: they count as working days, so the text errs on the safe side only on weekends
 * and evenings.) The help lines themselves come from `urgent-help.ts`, the one list.
 */

import { londonWeekdayHour } from './dates';

export const WATCHED_HOURS = { from: 9, to: 17, days: 'Monday to Friday' } as const;

export function outOfHours(now: Date = new Date()): boolean {
	const { weekday, hour } = londonWeekdayHour(now);
	const weekend = weekday === 'Sat' || weekday === 'Sun';
	return weekend || hour < WATCHED_HOURS.from || hour >= WATCHED_HOURS.to;
}

/** What the help says about who is watching, in plain words (a 12-year-old can read it). */
export const NOT_WATCHED = 'This service is not watched all the time.';
export const OUT_OF_HOURS_HELP = {
	heading: 'Nobody is reading this right now',
	intro:
		`${NOT_WATCHED} Staff may not read what you wrote until the next working day ` +
		`(${WATCHED_HOURS.days}, ${WATCHED_HOURS.from}am to ${WATCHED_HOURS.to - 12}pm). ` +
		'If you need help now, you can call or text one of these, free, any time:'
} as const;
