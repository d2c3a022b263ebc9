import { eventDefinition, type EventDefinition } from '../../src/lib/schemas/event';

/** An evening event at a Rutland youth centre on 3 December 2026, with these prompts. */
export const rutlandEvening = (name: string, prompts: readonly EventDefinition['prompts'][number][]) =>
	eventDefinition.parse({
		name,
		starts_at: '2026-12-03T18:30',
		ends_at: '2026-12-03T20:00',
		venue: 'Youth centre, Rutland',
		locality: 'Rutland',
		audience: 'young_people',
		prompts
	});
