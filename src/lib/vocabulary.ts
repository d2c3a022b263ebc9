/**
 * The product's words: every fixed list of values the app stores (roles, who answered, age bands,
 * statuses, consent, whose voice) and how each is said in plain English. Nothing else lists them:
 * schemas build their zod enums from these tuples and pages take their labels from here. The
 * database's check constraints hold the same values (tests/db/permissions.test.ts compares them).
 *
 * Some words have more than one label because they are said to different people: a member of
 * staff reads "Parent or carer" beside one item, a count reads "Parents and carers", and a
 * respondent choosing who they are reads "A parent or carer".
 */

// Staff roles -------------------------------------------------------------------------------------

/** A person's role in one area (`public.area_role`). */
export const STAFF_ROLES = ['area_admin', 'engagement_officer', 'commissioner', 'youth_board', 'partner'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABEL: Record<StaffRole, string> = {
	area_admin: 'Area admin',
	engagement_officer: 'Engagement officer',
	commissioner: 'Commissioner',
	youth_board: 'Youth advisory board member',
	partner: 'Partner (VCSE or provider)'
};

// Who answered --------------------------------------------------------------------------------------

/** Who a respondent says they are. */
export const RESPONDENT_ROLES = ['young_person', 'parent_carer', 'vcse_partner', 'professional'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];
/** Stands for a role or age band nobody gave, in counts. */
export const NOT_GIVEN = 'not_given';

/** Beside one piece of feedback, for staff. */
export const RESPONDENT_ROLE_LABEL: Record<string, string> = {
	young_person: 'Young person',
	parent_carer: 'Parent or carer',
	vcse_partner: 'Charity or youth group',
	professional: 'Professional',
	not_given: 'Not given'
} satisfies Record<RespondentRole | typeof NOT_GIVEN, string>;
/** Heading a count of people. */
export const RESPONDENT_GROUP_LABEL: Record<string, string> = {
	young_person: 'Young people',
	parent_carer: 'Parents and carers',
	vcse_partner: 'Charities and youth groups',
	professional: 'Professionals',
	not_given: 'Not given'
} satisfies Record<RespondentRole | typeof NOT_GIVEN, string>;
/** What a respondent picks when they say who they are. */
export const RESPONDENT_SELF_LABEL: Record<RespondentRole, string> = {
	young_person: 'A young person',
	parent_carer: 'A parent or carer',
	vcse_partner: 'Someone from a charity or youth group',
	professional: 'Someone who works in health, care or education'
};
/** Breakdowns list roles in this order, "not given" last. */
export const RESPONDENT_ROLE_ORDER: string[] = [...RESPONDENT_ROLES, NOT_GIVEN];

// Age bands ----------------------------------------------------------------------------------------

export const AGE_BANDS = ['under_11', '11_13', '14_15', '16_17', '18_21', '22_25'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABEL: Record<AgeBand, string> = {
	under_11: 'Under 11',
	'11_13': '11 to 13',
	'14_15': '14 to 15',
	'16_17': '16 to 17',
	'18_21': '18 to 21',
	'22_25': '22 to 25'
};
/** Age band labels with "Not given", for counts. */
export const AGE_LABEL: Record<string, string> = { ...AGE_BAND_LABEL, not_given: 'Not given' };
export const AGE_ORDER: string[] = [...AGE_BANDS, NOT_GIVEN];

// Who a survey or event is for, and whose voice a statement is ----------------------------------------

/** Who a survey or event is for. */
export const AUDIENCES = ['young_people', 'parents_carers', 'vcse_partners', 'professionals', 'mixed'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABEL: Record<Audience, string> = {
	young_people: 'Young people',
	parents_carers: 'Parents and carers',
	vcse_partners: 'Voluntary sector (VCSE) partners',
	professionals: 'Professionals',
	mixed: 'A mix of people'
};

/** Whose voice a statement is. The board says "You said" only for young people and families. */
export const VOICES = [
	'young_people',
	'parents_carers',
	'families',
	'vcse_partners',
	'professionals',
	'inspectors',
	'mixed'
] as const;
export type Voice = (typeof VOICES)[number];
/** The heading a statement is shown under, by whose voice it is. */
export const VOICE_HEADING: Record<Voice, string> = {
	young_people: 'You said',
	families: 'You said',
	parents_carers: 'Parents and carers told us',
	vcse_partners: 'Voluntary and community groups told us',
	professionals: 'Professionals told us',
	inspectors: 'Inspectors found',
	mixed: 'People told us'
};

/** documented: the plan says this action answers this feedback; inferred: we linked them. */
export const LINK_BASES = ['documented', 'inferred'] as const;
export type LinkBasis = (typeof LINK_BASES)[number];
/** How the board says, quietly, who linked a statement to an action. */
export const BASIS_LABEL: Record<LinkBasis, string> = {
	documented: 'the plan links these',
	inferred: 'linked by us, not by the plan'
};

// Consent ------------------------------------------------------------------------------------------

/**
 * Who may read these words, as their author said (issue 13, item 3): quoted without their name
 * (and read by the youth board and staff), read by the youth board and staff but not quoted, or
 * read by staff only. Row-level security keeps `staff_only` from the youth board
 * (`app.board_may_read`, the baseline migration). Staff only is the default wherever nobody
 * chose: no question stands between someone's words and help.
 */
export const CONSENT_LEVELS = ['quote', 'board', 'staff_only'] as const;
export type Consent = (typeof CONSENT_LEVELS)[number];
export const DEFAULT_CONSENT: Consent = 'staff_only';
/** The levels the youth board may read (the same list as `app.board_may_read`). */
export const BOARD_READABLE: readonly Consent[] = ['quote', 'board'];
/** Staff's words for consent (capture forms, reports). */
export const CONSENT_LABEL: Record<Consent, string> = {
	quote: 'Can be quoted: the person said so',
	board: 'Youth board and staff may read it: do not quote',
	staff_only: 'Staff only: not the youth board, do not quote'
};
/** Short, beside one item in a list (review queue, results, trace). */
export const CONSENT_SHORT: Record<Consent, string> = {
	quote: 'may be quoted',
	board: 'youth board may read',
	staff_only: 'staff only'
};
/** The person's own choice, on the survey and event forms. */
export const CONSENT_CHOICE: Record<Consent, string> = {
	quote: 'Yes, you can quote me without my name',
	board: 'Do not quote me, but the youth board and staff can read it',
	staff_only: 'Only staff can read it'
};
export const CONSENT_LEGEND = 'Who can read what you wrote?';
export const CONSENT_HINT =
	'We never show your name. The youth board is a group of young people who help decide what changes. ' +
	'If you do not choose, only staff read it.';
/** The radios on the survey and event forms, most open first. */
export const CONSENT_CHOICES = CONSENT_LEVELS.map((value) => ({ value, label: CONSENT_CHOICE[value] }));
/** Any value from a form as a consent level: anything unknown is staff only, never an error. */
export const toConsent = (v: unknown): Consent =>
	(CONSENT_LEVELS as readonly unknown[]).includes(v) ? (v as Consent) : DEFAULT_CONSENT;

// Where words came from ------------------------------------------------------------------------------

/** How a piece of feedback reached us. */
export const FEEDBACK_SOURCES = ['survey', 'phone', 'sticky_note', 'said_aloud', 'paper'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
/** Beside one piece of feedback. */
export const FEEDBACK_SOURCE_LABEL: Record<string, string> = {
	survey: 'Survey answer',
	phone: 'From a phone',
	sticky_note: 'Sticky note',
	said_aloud: 'Said aloud',
	paper: 'Paper form'
} satisfies Record<FeedbackSource, string>;
/** On the trace, where the event is not on the page: says where it was typed or said. */
export const FEEDBACK_SOURCE_LONG_LABEL: Record<string, string> = {
	...FEEDBACK_SOURCE_LABEL,
	phone: 'Typed on a phone at an event',
	said_aloud: 'Said aloud at an event'
};
/** Headings of an event report's counts (ratings are counted too). */
export const FEEDBACK_SOURCE_PLURAL_LABEL: Record<string, string> = {
	phone: 'Words from phones',
	sticky_note: 'Sticky notes',
	said_aloud: 'Said aloud',
	paper: 'Words on paper forms',
	rating: 'Ratings'
};

/** Where feedback was heard (`engagements.kind`). */
export const ENGAGEMENT_KINDS = ['reported', 'survey', 'event', 'import'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];
export const ENGAGEMENT_KIND_LABEL: Record<string, string> = {
	survey: 'Survey',
	event: 'Event',
	reported: 'Reported in a plan',
	import: 'Imported'
} satisfies Record<EngagementKind, string>;

// Statuses -----------------------------------------------------------------------------------------

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'not_doing'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
	planned: 'Planned',
	in_progress: 'In progress',
	done: 'Done',
	not_doing: 'Not doing'
};

/** "Did this help?" on a done action (issue 18, item 4), as a receipt holder answers it. */
export const HELPED_ANSWERS = ['helped', 'partly', 'no'] as const;
export type HelpedAnswer = (typeof HELPED_ANSWERS)[number];
export const HELPED_LABEL: Record<HelpedAnswer, string> = {
	helped: 'Helped',
	partly: 'Partly',
	no: 'No'
};
/** Said about the action on the board and to the person: "It helped", "It helped a bit", "It did not help". */
export const HELPED_SAID: Record<HelpedAnswer, string> = {
	helped: 'It helped',
	partly: 'It helped a bit',
	no: 'It did not help'
};

/** "You said" statements: draft -> agreed (by the youth board) -> published; archived. */
export const STATEMENT_STATUSES = ['draft', 'agreed', 'published', 'archived'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const STATEMENT_STATUS_LABEL: Record<StatementStatus, string> = {
	draft: 'Draft',
	agreed: 'Agreed by the board',
	published: 'Published',
	archived: 'Archived'
};

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_STATUS_LABEL: Record<SurveyStatus, string> = {
	draft: 'Draft',
	open: 'Open',
	closed: 'Closed'
};

export const EVENT_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const EVENT_STATUS_LABEL: Record<EventStatus, string> = {
	draft: 'Draft',
	scheduled: 'Listed',
	open: 'Open now',
	closed: 'Closed'
};

/** THRIVE framework groups a priority or action belongs to. */
export const THRIVE_GROUPS = [
	'Thriving',
	'Getting Advice',
	'Getting Help',
	'Getting More Help',
	'Getting Risk Support'
] as const;

/** A label for any value, falling back to the value itself for one the list does not know. */
export const labelOf = (labels: Record<string, string>, value: string | null | undefined): string =>
	value == null ? '' : (labels[value] ?? value);
