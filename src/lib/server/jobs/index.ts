/** Starts the alert worker with the server's settings (see worker.ts). */
import type { Db } from '../db/types';
import { env } from '../env';
import { channelsFromEnv } from './channels';
import { startWorker, type Worker } from './worker';

export function startAlertWorker(db: Db): Worker | null {
	const e = env();
	if (e.ALERT_WORKER === 'off') return null;
	const channels = channelsFromEnv(e);
	if (!Object.keys(channels).length)
		console.warn(
			'[alerts] SMTP_URL and NOTIFY_API_KEY are not set: safeguarding alerts will only show in the staff console.'
		);
	return startWorker(db, { channels, origin: e.ORIGIN ?? `http://localhost:${e.PORT}` });
}
