/**
 * Reads for public pages: one transaction as `anon`, so row-level security shows only what
 * is published.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { ANON, withClaims, type Tx } from './db';

export function asPublic<T>(event: Pick<RequestEvent, 'locals'>, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return withClaims(event.locals.db, ANON, fn);
}
