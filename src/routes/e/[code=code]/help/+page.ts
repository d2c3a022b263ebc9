import type { PageLoad } from './$types';

// A calm page with no scripts: it must show on any phone, at once.
export const csr = false;
export const load = (({ params }) => ({ code: params.code })) satisfies PageLoad;
