// Public types of the text-analysis library. Everything here is plain data, so results and
// models can be stored as Postgres jsonb and sent over the wire unchanged.
import type { RespondentRole } from '../vocabulary';

/** A theme an area codes feedback against. Default themes come from seeds/themes.json. */
export interface ThemeDef {
	id: string;
	name: string;
	description?: string;
	/** Extra words or phrases that signal this theme (an area's own vocabulary). */
	keywords?: string[];
}

export type Sentiment = 'positive' | 'negative' | 'mixed' | 'neutral';

/**
 * Category codes, as safeguarding practice groups concerns (Working Together 2023, NSPCC signs of
 * abuse, NICE self-harm guidance). Stored alerts may still hold the older codes (suicidal,
 * abuse_neglect, unsafe_home, exploitation, eating_risk, other_at_risk); labels keep those.
 */
export const SAFEGUARDING_REASONS = [
	'suicide',
	'self_harm',
	'immediate_danger',
	'physical_abuse',
	'sexual_abuse',
	'emotional_abuse',
	'neglect',
	'domestic_abuse',
	'sexual_exploitation',
	'criminal_exploitation',
	'online_grooming',
	'forced_marriage',
	'fgm_honour_abuse',
	'radicalisation',
	'risk_to_others',
	'eating_disorder_risk',
	'missing',
	'bullying_threats'
] as const;
export type SafeguardingReason = (typeof SAFEGUARDING_REASONS)[number];

/**
 * urgent: immediate danger, or a plan with time or means; high: a current disclosure;
 * concern: worth a person's look but not current (for example described as past and over).
 */
export type SafeguardingSeverity = 'urgent' | 'high' | 'concern';

export interface SafeguardingResult {
	safeguarding: boolean;
	safeguarding_reasons: SafeguardingReason[];
	safeguarding_severity?: SafeguardingSeverity;
	/** Whose risk it is: the writer's own, or someone they write about (a child, a friend, a client). */
	safeguarding_about?: 'self' | 'other';
	/** The phrases that triggered the flag, for the reviewer. */
	evidence: string[];
	/** Which detector fired: the concept rules, the trained classifier, or both. */
	detectors?: { rules: boolean; classifier: boolean };
}

export type RedactionKind = 'name' | 'email' | 'phone' | 'postcode' | 'address' | 'handle' | 'url' | 'school';

/** A span of the ORIGINAL text (UTF-16 offsets, end exclusive) that was replaced. */
export interface Redaction {
	kind: RedactionKind;
	start: number;
	end: number;
}

export interface RedactionResult {
	redacted: string;
	redactions: Redaction[];
}

export interface ThemeResult {
	themes: string[];
	scores: Record<string, number>;
}

export interface Analysis extends ThemeResult {
	sentiment: Sentiment;
	safeguarding: boolean;
	safeguarding_reasons: SafeguardingReason[];
	safeguarding_severity?: SafeguardingSeverity;
	safeguarding_about?: 'self' | 'other';
	redacted: string;
	redactions: Redaction[];
}

/** A labelled statement for training: the confirmed theme ids. */
export interface TrainingExample {
	text: string;
	themes: string[];
	role?: Role;
	/** Optional: lets train() learn indicative sentiment too. */
	sentiment?: Sentiment;
	/** Where it came from (survey, event, board); cross-validation keeps a source in one fold. */
	source?: string;
}

/** Learnt sentiment on top of AFINN: two logistic regressions, "has praise" and "has complaint". */
export interface SentimentModel {
	weights: { positive: Record<string, number>; negative: Record<string, number> };
	bias: { positive: number; negative: number };
	threshold: number;
	/** One-vs-rest over the four labels; when present it decides, highest probability wins. */
	classes?: { weights: Record<Sentiment, Record<string, number>>; bias: Record<Sentiment, number> };
}

/** Who wrote a statement, when known. */
export type Role = RespondentRole;

/**
 * A trained theme classifier: one-vs-rest logistic regression over stemmed words and word
 * pairs, plus how to blend it with the lexicon. Plain JSON; see model.ts.
 */
export interface ThemeModel {
	format: 'said-and-done/theme-model';
	version: 1;
	themes: string[];
	/** feature -> weight, per theme id; features absent from a theme's map weigh 0. */
	weights: Record<string, Record<string, number>>;
	bias: Record<string, number>;
	/** Share of the final score that comes from the lexicon (the rest from the classifier). */
	lexiconShare: number;
	/** A theme is suggested when its blended score reaches this. */
	threshold: number;
	/** Per-theme thresholds calibrated on held-out folds; themes missing here use `threshold`. */
	thresholds?: Record<string, number>;
	/** How many examples (and positives per theme) the model learnt from. */
	trainedOn: { examples: number; positives: Record<string, number> };
	/** Learnt sentiment; absent in models trained without sentiment labels and no prior. */
	sentiment?: SentimentModel;
}
