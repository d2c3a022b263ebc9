/**
 * The alert worker: runs in every server process (PGlite in-process, or any number of instances
 * on PostgreSQL: `skip locked` and leases keep them off each other's work). It wakes on the
 * outbox trigger's NOTIFY and also polls, for retries and escalations that fall due. It also
 * starts the daily retention run (services/retention.ts).
 */
import type { Db } from '../db/types';
import { londonToday } from '../../dates';
import { asOwner } from '../db/privileged';
import { alertMessage, type AlertFacts } from '../messages/alert';
import type { SafeguardingSeverity } from '../../nlp/types';
import type { Channel, Channels } from './channels';
import { runIfDue as runRetention } from '../services/retention';
import { claimDeliveries, finishDelivery, runOneJob, type ClaimedDelivery } from './outbox';
import { runHearBack, type HearBackOptions } from './hear-back';
import { runReminders } from './reminders';

/** How often the worker looks for reminders that are due. */
export const REMINDERS_EVERY_MS = 60_000;

export interface WorkerOptions {
	channels: Channels;
	/** The site's address, for the link in each message. */
	origin: string;
	/** The clock (tests move it on). */
	now?: () => Date;
	/** How long a claimed delivery is left to its worker before another takes it over. */
	leaseMs?: number;
	pollMs?: number;
	/** Listen for the outbox's NOTIFY (off in tests that drive `tick` by hand). */
	listen?: boolean;
	/** Hear-back messages to the people who spoke (issue 18); off when not given. */
	hearBack?: HearBackOptions;
	/** Reminders to partners, the youth board and officers (issue 18), by the email channel; off when not set. */
	reminders?: boolean;
}

export interface Worker {
	/** Runs every due job and delivery once; resolves to how many things it did. */
	tick(): Promise<number>;
	/** Asks for a run soon (coalesced). */
	kick(): void;
	stop(): Promise<void>;
}

interface FactsRow {
	area_name: string;
	area_slug: string;
	severity: SafeguardingSeverity;
	created_at: Date;
	source_title: string | null;
	source_kind: string | null;
	ack_minutes: number;
}

async function facts(db: Db, d: ClaimedDelivery): Promise<AlertFacts | null> {
	const { rows } = await asOwner(db, (tx) =>
		tx.query<FactsRow>(
			`select ar.name as area_name, ar.slug as area_slug, a.severity, a.created_at, e.title as source_title,
				e.kind::text as source_kind, ar.alert_ack_minutes as ack_minutes
			 from public.safeguarding_alerts a join public.areas ar on ar.id = a.area_id
			 left join public.engagements e on e.id = a.engagement_id
			 where a.id = $1`,
			[d.alert_id]
		)
	);
	const r = rows[0];
	if (!r) return null;
	return {
		alertId: d.alert_id,
		areaName: r.area_name,
		areaSlug: r.area_slug,
		severity: r.severity,
		createdAt: new Date(r.created_at),
		sourceTitle: r.source_title,
		sourceKind: r.source_kind,
		round: d.round,
		ackMinutes: r.ack_minutes
	};
}

export function startWorker(db: Db, opts: WorkerOptions): Worker {
	const now = opts.now ?? (() => new Date());
	const leaseMs = opts.leaseMs ?? 60_000;
	const enabled = Object.keys(opts.channels) as Channel[];
	let stopped = false;
	let running: Promise<void> | null = null;
	let again = false;
	let remindersRanAt = -Infinity;

	async function deliver(d: ClaimedDelivery) {
		const send = opts.channels[d.channel];
		const f = await facts(db, d);
		if (!send || !f) {
			await finishDelivery(db, d, now(), { error: send ? 'alert not found' : `channel ${d.channel} is not set up` });
			return;
		}
		try {
			const providerId = await send({ deliveryId: d.id, to: d.address, message: alertMessage(f, opts.origin) });
			await finishDelivery(db, d, now(), { providerId });
		} catch (err) {
			const error = err instanceof Error ? err.message : String(err);
			console.error(`[alerts] delivery ${d.id} (${d.channel}) failed, attempt ${d.attempts}: ${error}`);
			await finishDelivery(db, d, now(), { error });
		}
	}

	// The retention schedule runs once a day; the database keeps it to one run across instances.
	let retentionDay = '';
	async function retention() {
		const day = londonToday(now()); // the same UK day the database keys its runs on
		if (day === retentionDay) return;
		try {
			await runRetention(db, now());
			retentionDay = day;
		} catch (err) {
			console.error('[retention] run failed:', err instanceof Error ? err.message : err);
		}
	}

	async function tick(): Promise<number> {
		await retention();
		let done = 0;
		while (!stopped && (await runOneJob(db, now(), enabled))) done++;
		for (;;) {
			if (stopped) break;
			const batch = await claimDeliveries(db, now(), leaseMs);
			if (!batch.length) break;
			await Promise.all(batch.map(deliver));
			done += batch.length;
		}
		if (opts.hearBack && !stopped) {
			try {
				done += await runHearBack(db, now, opts.origin, opts.hearBack, leaseMs);
			} catch (err) {
				console.error('[hear-back] run failed:', err instanceof Error ? err.message : err);
			}
		}
		// Reminders are due by the day or week: once a minute is soon enough, and spares six queries a tick.
		const at = now().getTime();
		if (opts.reminders && !stopped && Math.abs(at - remindersRanAt) >= REMINDERS_EVERY_MS) {
			remindersRanAt = at;
			try {
				done += await runReminders(db, now(), opts.origin, opts.channels.email);
			} catch (err) {
				console.error('[reminders] run failed:', err instanceof Error ? err.message : err);
			}
		}
		return done;
	}

	function kick() {
		if (stopped) return;
		if (running) {
			again = true;
			return;
		}
		running = (async () => {
			do {
				again = false;
				try {
					await tick();
				} catch (err) {
					console.error('[alerts] worker run failed:', err instanceof Error ? err.message : err);
				}
			} while (again && !stopped);
			running = null;
		})();
	}

	// pollMs 0: no timer (tests call tick themselves).
	const poll = opts.pollMs === 0 ? undefined : setInterval(kick, opts.pollMs ?? 5_000);
	poll?.unref?.();
	let unlisten: Promise<() => Promise<void>> | null = null;
	if (opts.listen !== false) {
		unlisten = db.listen('alert_jobs', kick);
		unlisten.catch((err) => console.error('[alerts] could not listen for new alerts (polling instead):', err));
	}
	if (opts.listen !== false) kick();

	return {
		tick,
		kick,
		async stop() {
			stopped = true;
			clearInterval(poll);
			await unlisten?.then((u) => u()).catch(() => {});
			await running;
		}
	};
}
