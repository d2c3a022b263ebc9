/**
 * The one way this server keeps things for a while, on `lru-cache`: at most `max` entries (the
 * least recently used go first), each for at most `ttl` milliseconds (none: until pushed out).
 * Every cache here is per server instance, so each says how stale it may be and why that is
 * safe. Ages are measured with Date.now(), every time (no rounding), so tests can move the clock.
 */
import { LRUCache } from 'lru-cache';

export interface CacheOptions {
	max: number;
	ttl?: number;
	/** Keep an entry past its time: `get` still returns it, with `status.get === 'stale'`. */
	keepStale?: boolean;
}

export function lruCache<K extends string, V extends object>(o: CacheOptions): LRUCache<K, V> {
	return new LRUCache<K, V>({
		max: o.max,
		ttl: o.ttl ?? 0,
		ttlResolution: 0,
		perf: { now: () => Date.now() },
		allowStale: o.keepStale ?? false,
		noDeleteOnStaleGet: o.keepStale ?? false
	});
}

/** A read shared by every caller on one database (tests use several, so a copy never crosses). */
export interface SharedRead<V> {
	db: object;
	value: Promise<V>;
}

/**
 * `read()`, shared through `cache` under `key` by every caller with the same `db` while the
 * entry is kept; concurrent first callers share the one promise. A failure, or a result `keep`
 * refuses, is not kept: the next caller reads again.
 */
export function sharedRead<V>(
	cache: LRUCache<string, SharedRead<V>>,
	key: string,
	db: object,
	read: () => Promise<V>,
	keep: (value: V) => boolean = () => true
): Promise<V> {
	const hit = cache.get(key);
	if (hit && hit.db === db) return hit.value;
	const entry = { db, value: read() };
	cache.set(key, entry);
	const drop = () => {
		if (cache.peek(key, { allowStale: true }) === entry) cache.delete(key);
	};
	entry.value.then((v) => keep(v) || drop(), drop);
	return entry.value;
}
