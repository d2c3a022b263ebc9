/**
 * Where to get urgent help. The numbers are exact and checked against DOMAIN.md; the wording
 * is for young people. Every public page shows these.
 */
export const URGENT_HELP = [
	{ name: 'Shout', how: 'Text SHOUT to 85258', detail: 'Free, any time, day or night.' },
	{ name: 'NHS 111', how: 'Call 111 and choose option 2', detail: 'For a mental health crisis. Any age, any time.' },
	{ name: 'Childline', how: 'Call 0800 1111', detail: 'Free, for anyone under 19.' }
] as const;

export const IN_DANGER = 'If you are in danger now, call 999 or go to A&E.';
