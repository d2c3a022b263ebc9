import type { ParamMatcher } from '@sveltejs/kit';

/** Area slugs: lower-case words and hyphens, as the areas table requires. */
export const match = ((param: string) => /^[a-z][a-z0-9-]{1,40}$/.test(param)) satisfies ParamMatcher;
