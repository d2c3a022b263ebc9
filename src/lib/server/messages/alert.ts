/**
 * What an alert message says. It holds no words of the young person (email and SMS leave our
 * control): only the area, how serious, when, where it came from and a link to sign in and look.
 */
import { SEVERITY } from '../../safeguarding-labels';
import type { SafeguardingSeverity } from '../../nlp/types';
import { formatLongDateTime } from '../../dates';

export interface AlertFacts {
	alertId: string;
	areaName: string;
	areaSlug: string;
	severity: SafeguardingSeverity;
	createdAt: Date;
	/** The survey or event title, and which it was. */
	sourceTitle: string | null;
	sourceKind: string | null;
	/** Escalation round: 0 for the first notice. */
	round: number;
	ackMinutes: number;
}

export interface AlertMessage {
	subject: string;
	text: string;
	sms: string;
	/** Fields for the Notify templates (see docs/architecture.md). */
	personalisation: Record<string, string>;
}

export const alertLink = (origin: string, f: Pick<AlertFacts, 'areaSlug' | 'alertId'>) =>
	`${origin.replace(/\/$/, '')}/app/${f.areaSlug}/alerts#alert-${f.alertId}`;

export function alertMessage(f: AlertFacts, origin: string): AlertMessage {
	const severity = SEVERITY[f.severity]?.label ?? f.severity;
	const at = `${formatLongDateTime(f.createdAt)} (UK time)`;
	const from = f.sourceTitle ? `${f.sourceKind === 'event' ? 'event' : 'survey'} "${f.sourceTitle}"` : 'feedback';
	const link = alertLink(origin, f);
	const escalated = f.round > 0;
	const heading = escalated
		? `Nobody has acknowledged a ${severity.toLowerCase()} safeguarding alert in ${f.areaName}`
		: `${severity} safeguarding alert in ${f.areaName}`;
	const text = [
		escalated
			? `A ${severity.toLowerCase()} safeguarding alert has waited ${f.ackMinutes * f.round} minutes and nobody has acknowledged it. You are told because you are an area admin.`
			: 'Someone may be at risk. A safeguarding alert needs a person to look at it.',
		'',
		`Area: ${f.areaName}`,
		`How serious: ${severity}`,
		`When: ${at}`,
		`Where from: ${from}`,
		'',
		`Sign in and open the alert: ${link}`,
		'',
		'This message holds none of the words that were written. Acknowledge the alert when you have seen it' +
			(f.severity === 'concern' ? '.' : `; if nobody does within ${f.ackMinutes} minutes, the area admins are told.`)
	].join('\n');
	return {
		subject: heading,
		text,
		sms: `${heading}. ${at}. Sign in to see it: ${link}`,
		personalisation: { heading, area: f.areaName, severity, when: at, from, link }
	};
}
