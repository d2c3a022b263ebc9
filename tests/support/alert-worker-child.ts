/**
 * A server process's alert worker, alone: the restart test starts it, kills it mid-send and
 * starts it again. Settings: DATABASE_URL or PGLITE_DIR, SMTP_URL, LEASE_MS.
 */
import { openDatabase } from '../../src/lib/server/db';
import { smtpChannel } from '../../src/lib/server/jobs/channels';
import { startWorker } from '../../src/lib/server/jobs/worker';

const db = await openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DIR ?? '' });
const worker = startWorker(db, {
	channels: { email: smtpChannel(process.env.SMTP_URL!, 'Said & Done <alerts@said-and-done.test>') },
	origin: 'http://127.0.0.1',
	leaseMs: Number(process.env.LEASE_MS ?? 60_000),
	pollMs: 500
});
console.log('ready');
process.once('SIGTERM', () => {
	void worker
		.stop()
		.then(() => db.close())
		.then(() => process.exit(0));
});
