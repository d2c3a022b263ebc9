/**
 * From a worrying answer to an email in the safeguarding contact's inbox, under load:
 * `npm run build && npm run bench:alerts`. The production server on a fresh PostgreSQL database,
 * SMTP_URL pointing at a real SMTP server (smtp-server) in this process; 300 respondents arrive
 * over --arrival seconds (default 30), 5% of them with worrying words. For each worrying answer:
 * the time from sending the form to the SMTP server accepting the email (p50, p95, max), and
 * alerts lost (a worrying answer the server acknowledged whose alert never reached the inbox
 * within --wait seconds, default 60). Target: p95 < 10 s, 0 lost.
 *
 * Options: --respondents 300, --worrying 0.05, --arrival 30, --wait 60.
 * Environment: see tests/bench/lib.ts (BENCH_BUILD_DIR, TEST_DATABASE_URL).
 */
import * as surveys from '../../src/lib/server/services/surveys';
import { TEMPLATES } from '../../src/lib/survey/templates';
import { startSmtp } from '../support/alert-servers';
import {
	areaId,
	asOwnerOf,
	machineLoad,
	networkError,
	option,
	postSurvey,
	percentile,
	prepareDatabase,
	sleep,
	startServer,
	withFreshDatabase
} from './lib';

const RESPONDENTS = Number(option('respondents', '300'));
const WORRYING = Number(option('worrying', '0.05'));
const ARRIVAL_S = Number(option('arrival', '30'));
const WAIT_S = Number(option('wait', '60'));
const CONTACT = 'contact@bench.example';

const WORDS = [
	'honestly everyone would be better off without me',
	'i am going to kill myself tonight',
	'i want to end my life, i have the tablets saved up',
	'i cut myself again last night and it is getting worse'
];

async function main() {
	const smtp = await startSmtp(0, (to) => to === CONTACT);
	console.log(`before: ${machineLoad()}`);
	const every = Math.round(1 / WORRYING);
	const worrying = new Set([...Array(RESPONDENTS).keys()].filter((i) => i % every === every - 1));
	await withFreshDatabase('postgres', async (db) => {
		const code = await prepareDatabase(db.target, async (tx) => {
			const area = await areaId(tx);
			const person = (
				await tx.query<{ id: string }>(
					`insert into public.people (email, display_name) values ($1, 'Bench contact') returning id`,
					[CONTACT]
				)
			).rows[0]!.id;
			await tx.query(
				`insert into public.memberships (person_id, area_id, role, safeguarding_contact) values ($1, $2, 'engagement_officer', true)`,
				[person, area]
			);
			const s = await surveys.create(tx, area, TEMPLATES[0]!.definition, null);
			await surveys.setStatus(tx, area, s.id, 'open');
			return s.code;
		});
		const server = await startServer({ ...db.serverEnv, SMTP_URL: smtp.url });
		const base = server.base;
		const sentAt = new Map<number, number>();
		const storedAt = new Map<number, number>();
		const acknowledged = new Set<number>();
		let errors = 0;
		console.log(
			`postgres: ${RESPONDENTS} respondents over ${ARRIVAL_S} s, ${worrying.size} with worrying words (${BENCH_NOTE})`
		);
		try {
			const respondent = async (i: number) => {
				await sleep((i / RESPONDENTS) * ARRIVAL_S * 1000);
				try {
					const page = await (await fetch(`${base}/s/${code}`)).text();
					const key = /name="idempotency_key" value="([^"]+)"/.exec(page)?.[1];
					if (!key) throw new Error('no form');
					const text = worrying.has(i)
						? `${WORDS[i % WORDS.length]} (respondent ${i})`
						: `respondent ${i}: the wait for camhs was too long`;
					const form = new URLSearchParams({
						idempotency_key: key,
						easy_read: 'no',
						'answer-q1': String(1 + (i % 5)),
						'answer-q3': 'no',
						'answer-q4': text,
						'consent-q4': 'staff_only',
						age_band: '14_15'
					});
					const t0 = Date.now();
					const post = await postSurvey(base, code, form);
					if (post.status !== 303) throw new Error(`POST ${post.status}`);
					if (worrying.has(i)) {
						sentAt.set(i, t0);
						storedAt.set(i, Date.now());
						acknowledged.add(i);
					}
				} catch (err) {
					errors++;
					console.log(`  respondent ${i}: ${networkError(err)}`);
				}
			};
			await Promise.all([...Array(RESPONDENTS).keys()].map(respondent));
			const lastSubmit = Date.now();
			// Wait for every acknowledged worrying answer's email, or give up after --wait seconds.
			while (smtp.mails.length < acknowledged.size && Date.now() - lastSubmit < WAIT_S * 1000) await sleep(200);
		} finally {
			await server.stop();
		}

		// Which respondent each alert came from (their words as typed, read as the owner).
		const alerts = await asOwnerOf(db.target, async (tx) =>
			(
				await tx.query<{ id: string; original_text: string }>(
					`select a.id, o.original_text from public.safeguarding_alerts a
					 join public.feedback_originals o on o.feedback_item_id = a.feedback_item_id`
				)
			).rows.map((r) => ({ id: r.id, respondent: Number(/\(respondent (\d+)\)/.exec(r.original_text)?.[1] ?? -1) }))
		);
		const mailed = new Map<string, number>();
		for (const m of smtp.mails) {
			const id = /alerts#alert-([0-9a-f-]{36})/.exec(m.raw)?.[1];
			if (id && !mailed.has(id)) mailed.set(id, m.at);
		}
		const latencies: number[] = [];
		const afterStored: number[] = [];
		for (const a of alerts) {
			const at = mailed.get(a.id);
			const t0 = sentAt.get(a.respondent);
			const t1 = storedAt.get(a.respondent);
			if (at !== undefined && t0 !== undefined) latencies.push(at - t0);
			if (at !== undefined && t1 !== undefined) afterStored.push(at - t1);
		}
		afterStored.sort((a, b) => a - b);
		const flagged = new Set(alerts.map((a) => a.respondent));
		const notFlagged = [...acknowledged].filter((i) => !flagged.has(i));
		const lost = alerts.filter((a) => acknowledged.has(a.respondent) && !mailed.has(a.id)).length;
		const duplicates = smtp.mails.length - mailed.size;
		latencies.sort((a, b) => a - b);
		const s = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`);
		console.log(`  worrying answers acknowledged by the server: ${acknowledged.size} (errors: ${errors})`);
		console.log(`  alerts raised: ${alerts.length}; worrying answers the detector did not flag: ${notFlagged.length}`);
		console.log(`  emails accepted by SMTP: ${smtp.mails.length} (duplicates: ${duplicates})`);
		console.log(
			`  submit -> SMTP accepted: p50 ${s(percentile(latencies, 50))}, p95 ${s(percentile(latencies, 95))}, max ${s(latencies.at(-1))} (target p95 < 10 s)`
		);
		console.log(
			`  answer stored (POST answered) -> SMTP accepted: p50 ${s(percentile(afterStored, 50))}, p95 ${s(percentile(afterStored, 95))}`
		);
		console.log(`  alerts lost: ${lost} (must be 0); ${machineLoad()}`);
		if (lost > 0 || duplicates > 0) process.exitCode = 1;
	});
	await smtp.close();
}

const BENCH_NOTE = 'the alert worker runs in the server process, woken by NOTIFY';

await main();
