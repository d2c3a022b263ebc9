/**
 * Whose voice a statement is, in words. "You said" only for young people and families (the
 * board's readers); everyone else under their own honest heading, so a young people's board never
 * presents an inspector's finding or a professional's view as theirs.
 */
import type { Voice } from './vocabulary';

export { VOICE_HEADING, BASIS_LABEL } from './vocabulary';

/** Is this the board's readers' own voice ("You said")? */
export const isOwnVoice = (v: Voice) => v === 'young_people' || v === 'families';
