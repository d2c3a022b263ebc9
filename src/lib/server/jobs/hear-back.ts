/**
 * Hear-back messages (issue 18): the outbox (app.hear_back_outbox, written by triggers when a
 * statement is published, an action changes status or progress or gets an update, or an officer
 * replies) is grouped per contact into one message, then sent by email (SMTP) or SMS (Notify).
 *
 * - "As it happens" (the default): a contact's changes wait until a minute has passed with no new
 *   one (`groupMs`), or `maxWaitMs` (90 s) since the first, so changes within a minute of each
 *   other go in one message, sent within two minutes.
 * - Weekly: everything pending goes in one digest at the contact's `next_digest_at` (Monday 9am,
 *   London), which then moves on a week.
 * Messages are claimed with a lease, as alert deliveries are (a worker that dies mid-send leaves
 * it to run out); every statement takes the time as a parameter, so tests drive the clock.
 */
import type { Db } from '../db/types';
import { asOwner } from '../db/privileged';
import { decrypt, linkToken } from '../hear-back/crypto';
import { hearBackMessage, type Change } from '../messages/hear-back';
import type { ActionStatus } from '../../vocabulary';
import type { HearBackSenders } from './channels';
import { expireLeases, finishLeased } from './outbox';

export interface HearBackOptions {
	senders: HearBackSenders;
	/** The contact key (hear-back/crypto.ts). */
	key: () => Promise<Buffer>;
	/** Quiet time that closes a group of changes (60 s). */
	groupMs?: number;
	/** The longest the first change of a group waits (90 s). */
	maxWaitMs?: number;
}

/** Turns due pending changes into messages; resolves to how many messages it made. */
export async function groupDue(db: Db, now: Date, groupMs = 60_000, maxWaitMs = 90_000): Promise<number> {
	return asOwner(db, async (tx) => {
		// Weekly contacts whose digest time passed with nothing to say move on a week.
		await tx.query(
			`update app.hear_back_contacts c set next_digest_at = app.next_digest_at($1)
			 where c.frequency = 'weekly' and c.confirmed_at is not null and c.next_digest_at <= $1
				and not exists (select 1 from app.hear_back_outbox o where o.contact_id = c.id and o.message_id is null)`,
			[now]
		);
		const { rows } = await tx.query<{ id: string; frequency: string }>(
			`select c.id, c.frequency from app.hear_back_contacts c
			 join lateral (select max(o.created_at) as last, min(o.created_at) as first from app.hear_back_outbox o
				where o.contact_id = c.id and o.message_id is null) p on p.first is not null
			 where c.confirmed_at is not null and c.expires_at > $1
				and case when c.frequency = 'weekly' then c.next_digest_at <= $1
					else p.last <= $1 - make_interval(secs => $2) or p.first <= $1 - make_interval(secs => $3) end
			 for update of c skip locked`,
			[now, groupMs / 1000, maxWaitMs / 1000]
		);
		for (const c of rows) {
			const weekly = c.frequency === 'weekly';
			const m = await tx.query<{ id: string }>(
				`insert into app.hear_back_messages (contact_id, kind, created_at, next_attempt_at) values ($1, $2, $3, $3) returning id`,
				[c.id, weekly ? 'digest' : 'update', now]
			);
			await tx.query(`update app.hear_back_outbox set message_id = $2 where contact_id = $1 and message_id is null`, [
				c.id,
				m.rows[0]!.id
			]);
			if (weekly)
				await tx.query(`update app.hear_back_contacts set next_digest_at = app.next_digest_at($2) where id = $1`, [
					c.id,
					now
				]);
		}
		return rows.length;
	});
}

interface Claimed {
	id: string;
	contact_id: string;
	kind: 'confirm' | 'update' | 'digest';
	attempts: number;
	channel: 'email' | 'sms';
	contact: string;
	area_name: string;
	area_slug: string;
}

async function claim(db: Db, now: Date, leaseMs: number, limit = 10): Promise<Claimed[]> {
	return asOwner(db, async (tx) => {
		await expireLeases(tx, 'app.hear_back_messages', now);
		const { rows } = await tx.query<Claimed>(
			`with claimed as (
				update app.hear_back_messages m set status = 'sending', attempts = m.attempts + 1, locked_until = $2
				where m.id in (
					select id from app.hear_back_messages
					where (status in ('queued', 'failed') and next_attempt_at <= $1) or (status = 'sending' and locked_until <= $1)
					order by next_attempt_at limit $3 for update skip locked)
				returning m.id, m.contact_id, m.kind, m.attempts)
			 select cl.*, c.channel, c.contact, a.name as area_name, a.slug as area_slug
			 from claimed cl join app.hear_back_contacts c on c.id = cl.contact_id join public.areas a on a.id = c.area_id`,
			[now, new Date(now.getTime() + leaseMs), limit]
		);
		return rows;
	});
}

function finish(db: Db, m: Claimed, now: Date, outcome: { providerId: string } | { error: string }) {
	return finishLeased(db, 'app.hear_back_messages', m, now, outcome);
}

interface ChangeRow {
	kind: 'statement' | 'action_status' | 'action_update' | 'reply';
	subject_id: string;
	detail: { status?: ActionStatus; progress?: number | null };
	themes: string[] | null;
	action_title: string | null;
	owner: string | null;
	signed_as: string | null;
}

/** The changes a message holds, as they read now; one line per thing changed (its latest state). */
async function changes(db: Db, messageId: string): Promise<Change[]> {
	const { rows } = await asOwner(db, (tx) =>
		tx.query<ChangeRow>(
			`select o.kind, o.subject_id, o.detail,
				(select array_agg(t.name order by t.position) from public.you_said_themes yt join public.themes t on t.id = yt.theme_id
				 where o.kind = 'statement' and yt.you_said_id = o.subject_id) as themes,
				a.title as action_title, a.owner, r.signed_as
			 from app.hear_back_outbox o
			 left join public.actions a on o.kind in ('action_status', 'action_update') and a.id = o.subject_id
			 left join app.feedback_replies r on o.kind = 'reply' and r.id = o.subject_id
			 where o.message_id = $1 order by o.created_at, o.id`,
			[messageId]
		)
	);
	const latest = new Map<string, Change>();
	for (const r of rows) {
		const key = `${r.kind}:${r.subject_id}`;
		if (r.kind === 'statement') latest.set(key, { kind: 'statement', themes: r.themes ?? [] });
		else if (r.kind === 'reply' && r.signed_as) latest.set(key, { kind: 'reply', signedAs: r.signed_as });
		else if (r.kind === 'action_status' && r.action_title && r.detail.status)
			latest.set(key, {
				kind: 'action_status',
				title: r.action_title,
				status: r.detail.status,
				progress: r.detail.progress ?? null
			});
		else if (r.kind === 'action_update' && r.action_title)
			latest.set(key, { kind: 'action_update', title: r.action_title, owner: r.owner });
	}
	return [...latest.values()];
}

/** Groups and sends what is due; resolves to how many messages it handled. */
export async function runHearBack(
	db: Db,
	now: () => Date,
	origin: string,
	opts: HearBackOptions,
	leaseMs = 60_000
): Promise<number> {
	await groupDue(db, now(), opts.groupMs, opts.maxWaitMs);
	const base = origin.replace(/\/$/, '');
	let done = 0;
	for (;;) {
		const batch = await claim(db, now(), leaseMs);
		if (!batch.length) break;
		const key = await opts.key();
		await Promise.all(
			batch.map(async (m) => {
				const send = opts.senders[m.channel];
				if (!send) return finish(db, m, now(), { error: `${m.channel} is not set up` });
				let to = '';
				try {
					const list = m.kind === 'confirm' ? [] : await changes(db, m.id);
					if (m.kind !== 'confirm' && !list.length) return finish(db, m, now(), { providerId: 'nothing to say' });
					const stopLink = `${base}/hear-back/stop/${linkToken(key, 'stop', m.contact_id)}`;
					const message = hearBackMessage({
						kind: m.kind,
						areaName: m.area_name,
						areaSlug: m.area_slug,
						changes: list,
						confirmLink: `${base}/hear-back/confirm/${linkToken(key, 'confirm', m.contact_id)}`,
						stopLink,
						origin: base
					});
					const providerId = await send({
						deliveryId: m.id,
						to: (to = decrypt(key, m.contact)),
						message,
						messageId: `<hear-back-${m.id}@said-and-done>`,
						headers: {
							'List-Unsubscribe': `<${stopLink}>`,
							'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
						}
					});
					await finish(db, m, now(), { providerId });
				} catch (err) {
					// A provider's error may quote the address: never log or store it.
					const said = err instanceof Error ? err.message : String(err);
					const error = to ? said.split(to).join('[contact]') : said;
					console.error(`[hear-back] message ${m.id} (${m.channel}) failed, attempt ${m.attempts}: ${error}`);
					await finish(db, m, now(), { error });
				}
			})
		);
		done += batch.length;
	}
	return done;
}
