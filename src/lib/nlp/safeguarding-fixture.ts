// The safeguarding development set: tests/fixtures/nlp/safeguarding-batches/*.txt (written by hand,
// one statement a line: category|writer|style|severity-or-kind|text) compiled into
// tests/fixtures/nlp/safeguarding.jsonl. The split is by WHO writes and HOW, never at random:
// friends, VCSE workers and misspelt writing are held out, so the test number says how the
// detector does on voices and spellings it was not tuned on.
import { SAFEGUARDING_REASONS, type SafeguardingReason, type SafeguardingSeverity } from './types';

export type SgWriter = 'young_person' | 'parent_carer' | 'friend' | 'professional' | 'vcse_worker';
export type SgStyle = 'plain' | 'text' | 'formal' | 'long' | 'misspelt';
export type SgNegativeKind =
	'recovered' | 'work' | 'health' | 'topic' | 'figurative' | 'distress' | 'everyday' | 'denial' | 'population';

export interface SgFixtureRow {
	id: string;
	set: 'train' | 'test';
	/** The disclosure's category, or 'none' for a hard negative. */
	category: SafeguardingReason | 'none';
	writer: SgWriter;
	style: SgStyle;
	severity?: SafeguardingSeverity;
	negative_kind?: SgNegativeKind;
	safeguarding: boolean;
	text: string;
	batch: string;
}

const WRITERS: Record<string, SgWriter> = {
	yp: 'young_person',
	parent: 'parent_carer',
	friend: 'friend',
	prof: 'professional',
	vcse: 'vcse_worker'
};
const STYLES = new Set<SgStyle>(['plain', 'text', 'formal', 'long', 'misspelt']);
const KINDS = new Set<SgNegativeKind>([
	'recovered',
	'work',
	'health',
	'topic',
	'figurative',
	'distress',
	'everyday',
	'denial',
	'population'
]);
export const SG_CATEGORIES: readonly SafeguardingReason[] = SAFEGUARDING_REASONS;

/** Held out: writers and a style the rules and the classifier were not tuned on. */
export function heldOut(writer: SgWriter, style: SgStyle): boolean {
	return writer === 'friend' || writer === 'vcse_worker' || style === 'misspelt';
}

/** Compiles the hand-written batch files (name -> content) into fixture rows, in file order. */
export function compileBatches(batches: ReadonlyArray<[string, string]>): SgFixtureRow[] {
	const rows: SgFixtureRow[] = [];
	const counters = new Map<string, number>();
	for (const [name, content] of batches) {
		content.split('\n').forEach((line, i) => {
			if (!line.trim() || line.startsWith('#')) return;
			const parts = line.split('|');
			if (parts.length < 5) throw new Error(`${name}:${i + 1}: expected 5 fields`);
			const [cat, w, st, sevOrKind] = parts as [string, string, string, string];
			const text = parts.slice(4).join('|').trim();
			const writer = WRITERS[w];
			if (!writer) throw new Error(`${name}:${i + 1}: unknown writer ${w}`);
			if (!STYLES.has(st as SgStyle)) throw new Error(`${name}:${i + 1}: unknown style ${st}`);
			const style = st as SgStyle;
			const prefix = cat === 'none' ? 'neg' : cat;
			const n = (counters.get(prefix) ?? 0) + 1;
			counters.set(prefix, n);
			const row: SgFixtureRow = {
				id: `sg-${prefix}-${String(n).padStart(3, '0')}`,
				set: heldOut(writer, style) ? 'test' : 'train',
				category: cat === 'none' ? 'none' : (cat as SafeguardingReason),
				writer,
				style,
				safeguarding: cat !== 'none',
				text,
				batch: name
			};
			if (cat === 'none') {
				if (!KINDS.has(sevOrKind as SgNegativeKind)) throw new Error(`${name}:${i + 1}: unknown kind ${sevOrKind}`);
				row.negative_kind = sevOrKind as SgNegativeKind;
			} else {
				if (!SG_CATEGORIES.includes(cat as SafeguardingReason))
					throw new Error(`${name}:${i + 1}: unknown category ${cat}`);
				if (!['urgent', 'high', 'concern'].includes(sevOrKind))
					throw new Error(`${name}:${i + 1}: unknown severity ${sevOrKind}`);
				row.severity = sevOrKind as SafeguardingSeverity;
			}
			rows.push(row);
		});
	}
	return rows;
}

export function readSgFixture(jsonl: string): SgFixtureRow[] {
	return jsonl
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as SgFixtureRow);
}

export const sgFixtureJsonl = (rows: readonly SgFixtureRow[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
