// Plain-English words for safeguarding severities and reasons, shared by every page and message.
import type { SafeguardingSeverity } from './nlp/types';

export const SEVERITY: Record<SafeguardingSeverity, { label: string; colour: 'red' | 'orange' | 'yellow' }> = {
	urgent: { label: 'Urgent', colour: 'red' },
	high: { label: 'High', colour: 'orange' },
	concern: { label: 'Concern', colour: 'yellow' }
};

/** Reason codes from the detector; unknown codes fall back to the code itself. */
export const REASON: Record<string, string> = {
	suicide: 'Suicide risk',
	self_harm: 'Self-harm',
	immediate_danger: 'In danger right now',
	physical_abuse: 'Physical abuse',
	sexual_abuse: 'Sexual abuse',
	emotional_abuse: 'Emotional abuse',
	neglect: 'Neglect',
	domestic_abuse: 'Domestic abuse at home',
	sexual_exploitation: 'Sexual exploitation',
	criminal_exploitation: 'Criminal exploitation or county lines',
	online_grooming: 'Online grooming',
	forced_marriage: 'Forced marriage',
	fgm_honour_abuse: 'FGM or honour-based abuse',
	radicalisation: 'Radicalisation',
	risk_to_others: 'Risk of harming others',
	eating_disorder_risk: 'Eating disorder with health risk',
	missing: 'Missing or run away',
	bullying_threats: 'Bullying with threats or hate',
	// Older codes: alerts stored before the category codes keep these.
	suicidal: 'Suicidal thoughts',
	abuse_neglect: 'Abuse or neglect',
	unsafe_home: 'Unsafe at home',
	exploitation: 'Exploitation',
	eating_risk: 'Eating disorder risk',
	other_at_risk: 'Someone else at risk'
};

export const reasonLabel = (code: string) => REASON[code] ?? code;
