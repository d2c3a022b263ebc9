/**
 * What a hear-back message says (issue 18). It names what changed on the public board (action
 * titles and statuses, that a statement was published and on which themes, who replied) and links
 * to the public pages; it never holds anyone's words, the person's own included, and never their
 * receipt code (an inbox may be shared, and the code opens their answers). Urgent help and a
 * one-click stop link are in every message.
 */
import { ACTION_STATUS_LABEL } from '../../vocabulary';
import { IN_DANGER, URGENT_HELP } from '../../urgent-help';
import type { ActionStatus } from '../../vocabulary';

export type Change =
	| { kind: 'statement'; themes: string[] }
	| { kind: 'action_status'; title: string; status: ActionStatus; progress: number | null }
	| { kind: 'action_update'; title: string; owner: string | null }
	| { kind: 'reply'; signedAs: string };

export interface HearBackFacts {
	kind: 'confirm' | 'update' | 'digest';
	areaName: string;
	areaSlug: string;
	changes: Change[];
	/** For the confirmation only. */
	confirmLink?: string;
	stopLink: string;
	origin: string;
}

export interface HearBackMessage {
	subject: string;
	text: string;
	/** The whole SMS (Notify's hear-back template has one field, `body`). */
	sms: string;
	personalisation: Record<string, string>;
}

function describe(c: Change, origin: string, slug: string): string {
	switch (c.kind) {
		case 'statement':
			return `A new "You said" statement is on the board${c.themes.length ? ` about ${c.themes.join(', ')}` : ''}: ${origin}/${slug}/board`;
		case 'action_status':
			return `"${c.title}" is now: ${ACTION_STATUS_LABEL[c.status] ?? c.status}${c.progress != null ? ` (${c.progress}% of the way)` : ''}.`;
		case 'action_update':
			return `"${c.title}" has a new update${c.owner ? ` from ${c.owner}` : ''}.`;
		case 'reply':
			return `${c.signedAs} replied to what you said. Read it on your receipt page: open ${origin}/r and enter the receipt code you kept.`;
	}
}

const HELP = [
	'If you need help now:',
	...URGENT_HELP.map((h) => `- ${h.name}: ${h.how}. ${h.detail}`),
	`- ${IN_DANGER}`
];

export function hearBackMessage(f: HearBackFacts): HearBackMessage {
	const origin = f.origin.replace(/\/$/, '');
	const stop = `To stop these messages at once: ${f.stopLink}`;
	if (f.kind === 'confirm') {
		const subject = `Confirm you want to hear back from ${f.areaName}`;
		const text = [
			`Someone asked to hear back from ${f.areaName} on Said & Done when things they spoke about change.`,
			'',
			`If it was you, confirm here: ${f.confirmLink}`,
			'',
			'If it was not you, ignore this message: we will send nothing more, and forget this address within 12 months.',
			'',
			...HELP,
			'',
			stop
		].join('\n');
		const sms = `Said & Done: confirm you want to hear back from ${f.areaName}: ${f.confirmLink} Not you? Ignore this. Help now: text SHOUT to 85258, call 111 option 2. Stop: ${f.stopLink}`;
		return { subject, text, sms, personalisation: { body: sms } };
	}
	const lines = f.changes.map((c) => `- ${describe(c, origin, f.areaSlug)}`);
	const subject =
		f.kind === 'digest'
			? `This week in ${f.areaName}: ${f.changes.length} change${f.changes.length === 1 ? '' : 's'} about what you said`
			: `Something changed in ${f.areaName} about what you said`;
	const text = [
		f.kind === 'digest'
			? `Here is what changed this week about the things you told ${f.areaName}:`
			: `Here is what changed about the things you told ${f.areaName}:`,
		'',
		...lines,
		'',
		`See everything young people said and what was done: ${origin}/${f.areaSlug}/board`,
		'',
		...HELP,
		'',
		`You get this because you asked to hear back. ${stop}`
	].join('\n');
	const sms = `Said & Done, ${f.areaName}: ${f.changes.length} change${f.changes.length === 1 ? '' : 's'} about what you said. See ${origin}/${f.areaSlug}/board Help now: text SHOUT to 85258, call 111 option 2. Stop: ${f.stopLink}`;
	return { subject, text, sms, personalisation: { body: sms } };
}
