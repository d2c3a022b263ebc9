// Misspellings for safeguarding: a short list of common phonetic spellings young people use,
// plus natural-style edit-distance-1 correction of longer words onto the detectors' own
// vocabulary ("cuting" -> "cutting", "threatend" -> "threatened"), so a typo cannot hide a
// disclosure. Real words that sit one edit from a vocabulary word are protected.
import { SpellFixer } from './text';

/** Whole-token spellings, applied after text-speak expansion (text.ts). */
export const MISSPELT: Readonly<Record<string, string>> = {
	sed: 'said',
	sez: 'says',
	sayin: 'saying',
	frend: 'friend',
	freind: 'friend',
	frends: 'friends',
	freinds: 'friends',
	ded: 'dead',
	nife: 'knife',
	nifes: 'knives',
	agen: 'again',
	agin: 'again',
	wen: 'when',
	evry: 'every',
	realy: 'really',
	rele: 'really',
	shud: 'should',
	becos: 'because',
	becoz: 'because',
	thay: 'they',
	ther: 'there',
	thier: 'their',
	dauter: 'daughter',
	dawter: 'daughter',
	doter: 'daughter',
	carnt: "can't",
	cudnt: "couldn't",
	wont: "won't",
	rite: 'right',
	nite: 'night',
	tak: 'take',
	hart: 'heart',
	nos: 'knows',
	noes: 'knows',
	wiv: 'with',
	m8: 'mate',
	bro: 'brother',
	sis: 'sister',
	mums: "mum's",
	dads: "dad's",
	fone: 'phone',
	boddy: 'body',
	peple: 'people',
	pepole: 'people',
	famly: 'family',
	fambly: 'family',
	hurtin: 'hurting',
	cuttin: 'cutting',
	cuting: 'cutting',
	cuts: 'cuts',
	killin: 'killing',
	dyin: 'dying',
	wanna: 'want to',
	gona: 'going to',
	gonna: 'going to',
	ima: "i'm going to",
	imma: "i'm going to",
	wud: 'would',
	skl: 'school',
	hes: "he's",
	shes: "she's",
	wiout: 'without',
	aint: "ain't",
	brusies: 'bruises',
	prolly: 'probably',
	wanst: 'wants',
	stabbd: 'stabbed',
	shank: 'stab'
};

export function makeFixer(vocabulary: Iterable<string>, known: Iterable<string>): (text: string) => string {
	const fixer = new SpellFixer(vocabulary, known);
	return (c: string) =>
		c.replace(/[a-z0-9][a-z0-9']*/g, (t) => {
			const m = MISSPELT[t];
			if (m !== undefined) return m;
			// Five letters is enough for a dropped letter ("sexul", "raped" vs "rapd"); real words one edit away are
			// protected. The fixer leaves shorter words alone and remembers what it fixed.
			return fixer.fix(t);
		});
}

/** Words of at least 5 letters that occur literally in the given regular expression sources. */
// Only whole words: "extremis" in "extremis[tm]\\w*" is a stem, not a word to correct towards; a word
// followed by an optional ending ("sexual(?:ly)?") is a word.
export function vocabularyOf(sources: Iterable<string>): Set<string> {
	const out = new Set<string>();
	for (const s of sources)
		for (const m of s.replace(/\\[bwsdWSD]/g, ' ').matchAll(/(?<![a-z\]])[a-z]{5,}(?=[ |)']|\(\?:|$)/g)) out.add(m[0]);
	return out;
}
