/**
 * Where to get urgent help. The numbers are exact and checked against DOMAIN.md; the wording
 * is for young people. Every public page shows these, and on a phone every number is a link
 * that calls or texts (`tel:`, `sms:`; the `?&body=` form works on Android and iOS), so a
 * distressed person never has to retype one. The number stays visible as text too.
 */
export interface HelpLine {
	name: string;
	/** The whole instruction as plain text (posters, the projector wall). */
	how: string;
	/** The instruction around the link: `before` + number + `after`. */
	before: string;
	number: string;
	after: string;
	href: string;
	/** What a screen reader says for the link. */
	label: string;
	detail: string;
}

export const URGENT_HELP: readonly HelpLine[] = [
	{
		name: 'Shout',
		how: 'Text SHOUT to 85258',
		before: 'Text SHOUT to ',
		number: '85258',
		after: '',
		href: 'sms:85258?&body=SHOUT',
		label: 'Text SHOUT to 85258',
		detail: 'Free, any time, day or night.'
	},
	{
		name: 'NHS 111',
		how: 'Call 111 and choose option 2',
		before: 'Call ',
		number: '111',
		after: ' and choose option 2',
		href: 'tel:111',
		label: 'Call NHS 111',
		detail: 'For a mental health crisis. Any age, any time.'
	},
	{
		name: 'Childline',
		how: 'Call 0800 1111',
		before: 'Call ',
		number: '0800 1111',
		after: '',
		href: 'tel:08001111',
		label: 'Call Childline on 0800 1111',
		detail: 'Free, for anyone under 19.'
	}
];

export const IN_DANGER = 'If you are in danger now, call 999 or go to A&E.';
/** IN_DANGER with its number as a link. */
export const EMERGENCY: Pick<HelpLine, 'before' | 'number' | 'after' | 'href' | 'label'> = {
	before: 'If you are in danger now, call ',
	number: '999',
	after: ' or go to A&E.',
	href: 'tel:999',
	label: 'Call 999'
};
