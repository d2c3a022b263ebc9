/**
 * A youth board member's record of contribution as plain lines: the download beside the printable
 * certificate (/app/{area}/record), for a college, UCAS or Duke of Edinburgh evidence.
 */
import { formatDate } from './dates';
import type { YouthRecord } from './server/services/youth';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function recordLines(r: YouthRecord, today: Date = new Date()): string[] {
	const lines = [
		`Record of contribution: ${r.name}`,
		`${r.areaName} youth board, with Said & Done`,
		'',
		r.firstDay && r.lastDay
			? `Took part on ${count(r.days, 'day', 'different days')}, from ${formatDate(r.firstDay)} to ${formatDate(r.lastDay)}.`
			: 'No contributions recorded yet.',
		'',
		'What they did',
		`- Checked ${count(r.reviews, 'comment from young people and families, deciding what it was about', 'comments from young people and families, deciding what each was about')}.`,
		`- Agreed ${count(r.agreed, '"You said" statement', '"You said" statements')} for the board.`,
		`- Voted in ${count(r.votes, 'dot-vote', 'dot-votes')} on what matters most (${count(r.dots, 'dot', 'dots')}).`,
		`- Set up or helped at ${count(r.events.length, 'listening event', 'listening events')}.`,
		...r.events.map((e) => `  - ${e.name} (${formatDate(e.starts_at)})`),
		'',
		'What it led to',
		`- ${count(r.agreedPublished.length, 'statement they agreed is', 'statements they agreed are')} now public.`,
		...r.agreedPublished.map((y) => `  - ${y.title}`),
		`- ${count(r.actionsDone.length, 'action answering those statements is', 'actions answering those statements are')} done.`,
		...r.actionsDone.map((a) => `  - ${a.title}${a.outcome ? `: ${a.outcome}` : ''}`),
		'',
		`Produced on ${formatDate(today)} from the records of Said & Done.`
	];
	return lines;
}
