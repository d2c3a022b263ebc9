/**
 * How many people raised something, in words: "12 people", "fewer than 10 people", and never
 * "0 people" (a statement with no feedback on this site behind it says nothing about a count,
 * rather than print "0 people" beside a quote).
 */

/** A suppressed count as the console (`value`) or the public board (`count`) carries it. */
export interface PeopleCount {
	label: string;
	value?: number | null;
	count?: number | null;
}

export function peopleInWords(voices: PeopleCount | null | undefined): string | null {
	if (!voices) return null;
	const n = voices.value !== undefined ? voices.value : voices.count;
	if (n === undefined) return null;
	if (n === null) return `${voices.label} people`;
	if (n === 0) return null;
	return n === 1 ? '1 person' : `${voices.label} people`;
}
