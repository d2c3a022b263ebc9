import { describe, expect, it } from 'vitest';
import { alertMessage } from '../../src/lib/server/messages/alert';

const facts = {
	alertId: '0b8c1f4e-1d2a-4c3b-9e8f-1234567890ab',
	areaName: 'Leicester, Leicestershire and Rutland',
	areaSlug: 'llr',
	severity: 'urgent' as const,
	createdAt: new Date('2026-12-02T21:15:00Z'),
	sourceTitle: 'Getting help',
	sourceKind: 'survey',
	round: 0,
	ackMinutes: 30
};

describe('alertMessage', () => {
	it('says the area, severity label, when (UK time), where from and links to the alert', () => {
		const m = alertMessage(facts, 'https://sd.example/');
		expect(m.subject).toBe('Urgent safeguarding alert in Leicester, Leicestershire and Rutland');
		expect(m.text).toContain('How serious: Urgent');
		expect(m.text).toContain('2 December 2026 at 21:15 (UK time)');
		expect(m.text).toContain('survey "Getting help"');
		expect(m.text).toContain('https://sd.example/app/llr/alerts#alert-0b8c1f4e-1d2a-4c3b-9e8f-1234567890ab');
		expect(m.text).toContain('within 30 minutes, the area admins are told');
		expect(m.sms.length).toBeLessThan(320);
		expect(m.personalisation).toMatchObject({ severity: 'Urgent', area: facts.areaName });
	});

	it('says why an escalation comes to an admin, and a concern does not promise escalation', () => {
		expect(alertMessage({ ...facts, round: 2 }, 'https://sd.example').text).toContain('waited 60 minutes');
		expect(alertMessage({ ...facts, severity: 'concern' }, 'https://sd.example').text).not.toContain('area admins');
	});
});
