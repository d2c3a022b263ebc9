// Plain-English words for safeguarding severities and reasons, shared by every page and message.
import type { SafeguardingSeverity } from './nlp/types';

export const SEVERITY: Record<SafeguardingSeverity, { label: string; colour: 'red' | 'orange' | 'yellow' }> = {
	urgent: { label: 'Urgent', colour: 'red' },
	high: { label: 'High', colour: 'orange' },
	concern: { label: 'Concern', colour: 'yellow' }
};

/** Reason codes from the detector; unknown codes fall back to the code itself. */
export const REASON: Record<string, string> = {
	suicidal: 'Suicidal thoughts',
	self_harm: 'Self-harm',
	abuse_neglect: 'Abuse or neglect',
	unsafe_home: 'Unsafe at home',
	exploitation: 'Exploitation',
	eating_risk: 'Eating disorder risk',
	other_at_risk: 'Someone else at risk'
};

export const reasonLabel = (code: string) => REASON[code] ?? code;
