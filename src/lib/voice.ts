/**
 * Whose voice a statement is, in words. "You said" only for young people and families (the
 * board's readers); everyone else under their own honest heading, so a young people's board never
 * presents an inspector's finding or a professional's view as theirs.
 */
import type { LinkBasis, Voice } from './schemas/seed';

export const VOICE_HEADING: Record<Voice, string> = {
	young_people: 'You said',
	families: 'You said',
	parents_carers: 'Parents and carers told us',
	vcse_partners: 'Voluntary and community groups told us',
	professionals: 'Professionals told us',
	inspectors: 'Inspectors found',
	mixed: 'People told us'
};

/** Is this the board's readers' own voice ("You said")? */
export const isOwnVoice = (v: Voice) => v === 'young_people' || v === 'families';

/** How the board says, quietly, who linked a statement to an action. */
export const BASIS_LABEL: Record<LinkBasis, string> = {
	documented: 'the plan links these',
	inferred: 'linked by us, not by the plan'
};
