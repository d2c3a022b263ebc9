/**
 * Reminders (issue 18, item 6), run from the worker's tick:
 * - partners: once a month, the actions their organisation owns that are not finished and have
 *   had no update for a month;
 * - the youth board: at most once a week, when 10 or more pieces of feedback wait for review;
 * - engagement officers: a weekly digest, Monday after 9am London (counts only: no feedback words,
 *   no personal data).
 * Each goes to the person's account email, says how to switch it off, and is sent once per period:
 * a row in app.reminders_sent is the claim (its primary key keeps instances off each other); a
 * send that fails sets when it may be tried again (waits that double from 2 minutes to 6 hours,
 * then it gives up for the period), so a mail server that is down is not hammered. Switched-off
 * kinds (app.reminder_settings) are skipped. Every statement takes the time as a parameter.
 */
import type { Db } from '../db/types';
import { asOwner } from '../db/privileged';
import { londonToday } from '../../dates';
import type { MessageBody, Send } from './channels';

export type ReminderKind = 'action_update_due' | 'review_batch_waiting' | 'officer_weekly';
export const REMINDER_KINDS: readonly ReminderKind[] = ['action_update_due', 'review_batch_waiting', 'officer_weekly'];

/** Feedback waiting for review before the youth board hears about it. */
export const BATCH_SIZE = 10;

/** Tries of one reminder in one period before it is given up. */
export const MAX_ATTEMPTS = 10;

/** The wait after a failed attempt (counting from 1): 2, 4, 8 ... minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
	return Math.min(2 ** attempts, 360) * 60_000;
}

interface Due {
	person_id: string;
	area_id: string;
	email: string;
	area_name: string;
	area_slug: string;
	actions: { id: string; title: string }[] | null;
	waiting: number | null;
	new_feedback: number | null;
	open_alerts: number | null;
}

const ROLE: Record<ReminderKind, string> = {
	action_update_due: 'partner',
	review_batch_waiting: 'youth_board',
	officer_weekly: 'engagement_officer'
};

// What each kind says: a lateral subquery over the member m, at time $1; no row, nothing to say.
const FACTS: Record<ReminderKind, string> = {
	action_update_due: `select json_agg(json_build_object('id', a.id, 'title', a.title) order by a.title) as actions,
			null::int as waiting, null::int as new_feedback, null::int as open_alerts
		from public.actions a
		where a.area_id = m.area_id and a.status not in ('done', 'not_doing')
			and app.organisation_key(a.owner) is not null
			and app.organisation_key(a.owner) = app.organisation_key(m.organisation)
			and coalesce((select max(u.created_at) from public.action_updates u where u.action_id = a.id), a.created_at)
				< $1::timestamptz - interval '1 month'
		having count(*) > 0`,
	review_batch_waiting: `select null::json as actions, count(*)::int as waiting, null::int as new_feedback, null::int as open_alerts
		from public.feedback_items f
		where f.area_id = m.area_id and not f.safeguarding and f.withdrawn_at is null
			and not exists (select 1 from public.feedback_reviews r where r.feedback_item_id = f.id)
		having count(*) >= ${BATCH_SIZE}`,
	officer_weekly: `select null::json as actions, null::int as waiting,
			(select count(*)::int from public.feedback_items f
				where f.area_id = m.area_id and f.withdrawn_at is null and f.created_at >= $1::timestamptz - interval '7 days' and f.created_at < $1) as new_feedback,
			(select count(*)::int from public.safeguarding_alerts s where s.area_id = m.area_id and s.closed_at is null) as open_alerts`
};

/** The period a reminder of this kind is counted in at `now`, or null when none is due yet. */
export async function periodOf(db: Db, now: Date, kind: ReminderKind): Promise<string | null> {
	if (kind === 'action_update_due') return londonToday(now).slice(0, 7);
	const { rows } = await asOwner(db, (tx) =>
		tx.query<{ week: string; after_nine: boolean }>(
			`select to_char(date_trunc('week', $1::timestamptz at time zone 'Europe/London'), 'YYYY-MM-DD') as week,
				($1::timestamptz at time zone 'Europe/London') >= date_trunc('week', $1::timestamptz at time zone 'Europe/London') + interval '9 hours' as after_nine`,
			[now]
		)
	);
	const r = rows[0]!;
	return kind === 'officer_weekly' && !r.after_nine ? null : r.week;
}

async function due(db: Db, now: Date, kind: ReminderKind, period: string): Promise<Due[]> {
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<Due>(
			`select m.person_id, m.area_id, p.email, ar.name as area_name, ar.slug as area_slug,
				x.actions, x.waiting, x.new_feedback, x.open_alerts
			 from public.memberships m
			 join public.people p on p.id = m.person_id
			 join public.areas ar on ar.id = m.area_id
			 cross join lateral (${FACTS[kind]}) x
			 where $1::timestamptz is not null and m.role = $3 and m.revoked_at is null and p.disabled_at is null and p.email is not null
				and not exists (select 1 from app.reminder_settings s
					where s.person_id = m.person_id and s.area_id = m.area_id and s.kind = $4 and not s.enabled)
				and not exists (select 1 from app.reminders_sent r
					where r.person_id = m.person_id and r.area_id = m.area_id and r.kind = $4 and r.period = $2
						and (r.retry_at is null or r.retry_at > $1))`,
			[now, period, ROLE[kind], kind]
		);
		return rows;
	});
}

/** The message for one reminder (plain words, counts and action titles only). */
export function reminderMessage(kind: ReminderKind, d: Due, origin: string): MessageBody {
	const area = `${origin}/app/${d.area_slug}`;
	const stop = `To switch this reminder off, go to ${origin}/app/account#reminders`;
	let subject: string;
	let lines: string[];
	if (kind === 'action_update_due') {
		const list = d.actions ?? [];
		subject = `An update is due on ${list.length === 1 ? '1 action' : `${list.length} actions`} (${d.area_name})`;
		lines = [
			`These actions your organisation owns in ${d.area_name} have had no update for a month or more:`,
			'',
			...list.map((a) => `- ${a.title}: ${area}/actions/${a.id}`),
			'',
			'Young people see each update on the board. Please add one, even if it is "no change yet".'
		];
	} else if (kind === 'review_batch_waiting') {
		subject = `${d.waiting} pieces of feedback are waiting for review (${d.area_name})`;
		lines = [
			`${d.waiting} pieces of feedback in ${d.area_name} are waiting for review.`,
			'',
			`Review them: ${area}/review`
		];
	} else {
		subject = `Your weekly digest (${d.area_name})`;
		lines = [
			`In ${d.area_name} in the last 7 days:`,
			'',
			`- New feedback: ${d.new_feedback ?? 0}`,
			`- Safeguarding alerts still open: ${d.open_alerts ?? 0}`,
			'',
			`See more: ${area}`
		];
	}
	const text = [...lines, '', stop].join('\n');
	return { subject, text, sms: `${subject}. ${stop}`, personalisation: { subject, body: text } };
}

/** Sends the reminders due at `now` by email; resolves to how many it sent. */
export async function runReminders(db: Db, now: Date, origin: string, send: Send | undefined): Promise<number> {
	if (!send) return 0;
	const base = origin.replace(/\/$/, '');
	let sent = 0;
	for (const kind of REMINDER_KINDS) {
		const period = await periodOf(db, now, kind);
		if (!period) continue;
		for (const d of await due(db, now, kind, period)) {
			// A new claim, or a failed one whose wait is over; none when another instance has it.
			const claimed = await asOwner(db, (tx) =>
				tx.query<{ attempts: number }>(
					`insert into app.reminders_sent (person_id, area_id, kind, period, sent_at) values ($1, $2, $3, $4, $5)
					 on conflict (person_id, area_id, kind, period) do update
						set attempts = app.reminders_sent.attempts + 1, sent_at = excluded.sent_at, retry_at = null
						where app.reminders_sent.retry_at is not null and app.reminders_sent.retry_at <= excluded.sent_at
					 returning attempts`,
					[d.person_id, d.area_id, kind, period, now]
				)
			);
			const attempts = claimed.rows[0]?.attempts;
			if (attempts === undefined) continue;
			try {
				await send({
					deliveryId: `${kind}-${period}-${d.person_id}`,
					to: d.email,
					message: reminderMessage(kind, d, base),
					messageId: `<reminder-${kind}-${period}-${d.person_id}-${d.area_id}@said-and-done>`,
					headers: { 'List-Unsubscribe': `<${base}/app/account#reminders>` }
				});
				sent++;
			} catch (err) {
				const message = err instanceof Error ? err.message : String(err);
				const retryAt = attempts < MAX_ATTEMPTS ? new Date(now.getTime() + retryDelayMs(attempts)) : null;
				console.error(
					`[reminders] ${kind} for ${d.person_id} failed (attempt ${attempts}): ${message}; ` +
						(retryAt ? `next try at ${retryAt.toISOString()}` : 'giving up for this period')
				);
				await asOwner(db, (tx) =>
					tx.query(
						`update app.reminders_sent set retry_at = $5, last_error = $6
						 where person_id = $1 and area_id = $2 and kind = $3 and period = $4`,
						[d.person_id, d.area_id, kind, period, retryAt, message.slice(0, 500)]
					)
				);
			}
		}
	}
	return sent;
}
