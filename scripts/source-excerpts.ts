// Copies the lines of the source documents that the seeds cite (quotes, metric evidence, and the
// passages each seed fix was checked against) into seeds/sources/, so the seeds test can re-check
// every claim without the original documents:
//   node --import tsx scripts/source-excerpts.ts path/to/shared/seeds
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Passages the seed fixes rest on (issue 15), by source file. */
export const FIX_PASSAGES: Record<string, string[]> = {
	'000_82dfc905ed646a22.txt': [
		'That they want to see a seamless, equitable offer across BLMK, which is sensitive to individual needs.',
		'key action areas have been identified for the next year'
	],
	'001_187b9cb2b0e92c1a.txt': [
		'C&YPF have co-designed the C&YP Mental Health Pathway, and the C&YP Service Directory',
		"presented it to LPT's Youth Advisory Board to be signed off",
		'The QR code campaign will work with local private sector organisations',
		'Mental health recommendations from the H&WNA, specifically related to mental health:',
		'Review local practices for follow up of mental health screening.',
		'Supporting those with undiagnosed needs.',
		'Review referral processes with CAMHS and explore how best to address delays to assessment.',
		'helps under 18s, their parents or carers to find the right mental health information and support'
	],
	'003_96f27e412d941f5f.txt': [
		'the feedback from our clinical reference group and providers has informed the new approach'
	],
	'004_23d455e10acadd96.txt': [
		'We are receiving great feedback about these teams',
		'led by Ofsted and the Care Quality Commission (CQC)'
	]
};

const dir = process.argv[2];
if (!dir) throw new Error('usage: source-excerpts.ts <folder with the source documents>');
const wanted = new Map<string, string[]>();
const want = (file: string, text: string) => wanted.set(file, [...(wanted.get(file) ?? []), text]);
for (const f of readdirSync('seeds/areas')) {
	const area = JSON.parse(readFileSync(join('seeds/areas', f), 'utf8'));
	for (const y of area.you_said) for (const q of y.quotes) want(q.source, q.text);
}
for (const f of readdirSync('seeds/metrics')) {
	const m = JSON.parse(readFileSync(join('seeds/metrics', f), 'utf8'));
	for (const s of m.series) for (const e of s.evidence) want(s.source, e);
}
for (const [file, passages] of Object.entries(FIX_PASSAGES)) for (const p of passages) want(file, p);

mkdirSync('seeds/sources', { recursive: true });
for (const [file, texts] of [...wanted].sort()) {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	const keep = lines.filter((l) => texts.some((t) => l.includes(t) || l.trim() === t));
	const missing = texts.filter((t) => !keep.some((l) => l.includes(t)));
	if (missing.length) throw new Error(`${file}: not found: ${missing.join(' | ')}`);
	writeFileSync(
		join('seeds/sources', file),
		`# Excerpt of ${file}: only the lines the seeds cite (scripts/source-excerpts.ts)\n${[...new Set(keep)].join('\n')}\n`
	);
	console.log(`${file}: ${keep.length} lines`);
}
