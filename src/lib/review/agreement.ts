/**
 * How well two reviewers agree when they theme the same feedback independently (the
 * "double-check" sample). Pure functions, no database.
 *
 * Each theme is a yes/no question per item ("is this feedback about X?"), so for each theme the
 * two reviewers' answers over n items fill a 2x2 table:
 *
 *                      reviewer B: yes   reviewer B: no
 *   reviewer A: yes        both            onlyA
 *   reviewer A: no         onlyB           neither
 *
 * Percentage agreement  po = (both + neither) / n
 * Chance agreement      pe = pA * pB + (1 - pA) * (1 - pB), where pA = (both + onlyA) / n and
 *                            pB = (both + onlyB) / n are how often each reviewer said yes
 * Cohen's kappa         k  = (po - pe) / (1 - pe)
 *
 * Kappa is 1 for perfect agreement, 0 for no better than chance, negative for worse. When both
 * reviewers gave the same answer to every item (pe = 1) kappa is undefined: we return null.
 */

/** One item coded by two people: the theme ids each chose. */
export interface CodedPair {
	a: readonly string[];
	b: readonly string[];
}

export interface Contingency {
	both: number;
	onlyA: number;
	onlyB: number;
	neither: number;
}

export interface ThemeAgreement extends Contingency {
	themeId: string;
	/** Items counted (every double-coded item). */
	items: number;
	/** Share of items where the two agreed (0..1), null with no items. */
	agreement: number | null;
	/** Cohen's kappa, null when undefined (no items, or no variation at all). */
	kappa: number | null;
}

export interface OverallAgreement {
	items: number;
	/** Share of items where both chose exactly the same themes. */
	exactMatch: number | null;
	/** Kappa from the 2x2 tables of all themes either reviewer used, added together. */
	pooledKappa: number | null;
	/** Percentage agreement from the same pooled table. */
	pooledAgreement: number | null;
}

/** The 2x2 table for one theme over the double-coded items. */
export function contingency(pairs: readonly CodedPair[], themeId: string): Contingency {
	const t: Contingency = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
	for (const { a, b } of pairs) {
		const inA = a.includes(themeId);
		const inB = b.includes(themeId);
		if (inA && inB) t.both++;
		else if (inA) t.onlyA++;
		else if (inB) t.onlyB++;
		else t.neither++;
	}
	return t;
}

const total = (t: Contingency) => t.both + t.onlyA + t.onlyB + t.neither;

/** (both + neither) / n, or null with no items. */
export function percentAgreement(t: Contingency): number | null {
	const n = total(t);
	return n === 0 ? null : (t.both + t.neither) / n;
}

/** Cohen's kappa for a 2x2 table, or null when it is undefined. */
export function cohensKappa(t: Contingency): number | null {
	const n = total(t);
	if (n === 0) return null;
	const po = (t.both + t.neither) / n;
	const pA = (t.both + t.onlyA) / n;
	const pB = (t.both + t.onlyB) / n;
	const pe = pA * pB + (1 - pA) * (1 - pB);
	// Floating point: pe can come out a hair under 1 when it is 1.
	if (1 - pe < 1e-12) return null;
	return (po - pe) / (1 - pe);
}

/** Agreement for each theme, in the order given. */
export function agreementByTheme(pairs: readonly CodedPair[], themeIds: readonly string[]): ThemeAgreement[] {
	return themeIds.map((themeId) => {
		const t = contingency(pairs, themeId);
		return { themeId, items: pairs.length, ...t, agreement: percentAgreement(t), kappa: cohensKappa(t) };
	});
}

/** Exact matches and a pooled kappa over every theme either reviewer used. */
export function overallAgreement(pairs: readonly CodedPair[]): OverallAgreement {
	if (pairs.length === 0) return { items: 0, exactMatch: null, pooledKappa: null, pooledAgreement: null };
	const used = new Set<string>();
	let exact = 0;
	for (const { a, b } of pairs) {
		for (const id of a) used.add(id);
		for (const id of b) used.add(id);
		const sa = new Set(a);
		const sb = new Set(b);
		if (sa.size === sb.size && [...sa].every((id) => sb.has(id))) exact++;
	}
	const pooled: Contingency = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
	for (const id of used) {
		const t = contingency(pairs, id);
		pooled.both += t.both;
		pooled.onlyA += t.onlyA;
		pooled.onlyB += t.onlyB;
		pooled.neither += t.neither;
	}
	return {
		items: pairs.length,
		exactMatch: exact / pairs.length,
		pooledKappa: used.size ? cohensKappa(pooled) : null,
		pooledAgreement: used.size ? percentAgreement(pooled) : null
	};
}

/**
 * Kappa in words (after Landis and Koch, 1977), for people who have not met kappa before.
 * null: "Not enough to tell".
 */
export function kappaInWords(kappa: number | null): string {
	if (kappa === null) return 'Not enough to tell';
	if (kappa < 0) return 'Worse than chance';
	if (kappa <= 0.2) return 'Very low';
	if (kappa <= 0.4) return 'Low';
	if (kappa <= 0.6) return 'Medium';
	if (kappa <= 0.8) return 'Good';
	return 'Very good';
}
