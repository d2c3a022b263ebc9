/** Starts the worker (alerts, hear-back messages, retention) with the server's settings (see worker.ts). */
import type { Db } from '../db/types';
import { env } from '../env';
import { hearBackKey } from '../hear-back/crypto';
import { channelsFromEnv, hearBackSendersFromEnv } from './channels';
import { startWorker, type Worker } from './worker';

export function startAlertWorker(db: Db): Worker | null {
	const e = env();
	if (e.ALERT_WORKER === 'off') return null;
	const channels = channelsFromEnv(e);
	if (!Object.keys(channels).length)
		console.warn(
			'[alerts] SMTP_URL and NOTIFY_API_KEY are not set: safeguarding alerts will only show in the staff console.'
		);
	return startWorker(db, {
		channels,
		origin: e.ORIGIN ?? `http://localhost:${e.PORT}`,
		pollMs: e.WORKER_POLL_MS,
		hearBack: { senders: hearBackSendersFromEnv(e), key: () => hearBackKey(db) },
		reminders: true
	});
}

/** What people may leave on their receipt page to hear back: email with SMTP, a mobile with Notify's template. */
export function hearBackChannels(): { email: boolean; sms: boolean } {
	const e = env();
	return { email: !!e.SMTP_URL, sms: !!(e.NOTIFY_API_KEY && e.NOTIFY_HEAR_BACK_SMS_TEMPLATE_ID) };
}
