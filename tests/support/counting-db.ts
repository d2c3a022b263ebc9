import type { Db } from '../../src/lib/server/db/types';

/** A database that counts its transactions (every read a live stream makes is one); closing it leaves `db` open. */
export function counting(db: Db): Db & { count: number } {
	const wrapped = {
		count: 0,
		engine: db.engine,
		location: db.location,
		transaction: ((fn, options) => {
			wrapped.count++;
			return db.transaction(fn, options);
		}) as Db['transaction'],
		listen: db.listen.bind(db),
		close: () => Promise.resolve()
	};
	return wrapped;
}
