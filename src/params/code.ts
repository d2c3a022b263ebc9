import type { ParamMatcher } from '@sveltejs/kit';

/** Survey codes: 8 characters from an alphabet without look-alikes (see services/surveys.ts). */
export const match = ((param: string) => /^[a-z2-9]{8}$/.test(param)) satisfies ParamMatcher;
