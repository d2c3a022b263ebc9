/**
 * "300 participants submitting over two minutes while three walls listen" (issue 6), against the
 * production build (node build) on the embedded database and on the PostgreSQL server.
 *
 * One open event with two text prompts and one rating prompt. `--walls` projector walls follow its
 * Server-Sent Events stream (/e/{code}/wall/stream) for the whole run. `--participants` phones
 * arrive evenly over `--duration` seconds; each loads the event page, joins (?/join, which sets the
 * participant cookie), loads the page again for its forms' idempotency keys, says something
 * quotable (?/say, consent=quote, with a unique token in the words) and rates (?/rate). One in ten
 * sends the same say form twice: half one after the other, half both at once (a double tap).
 *
 * It prints latency percentiles per request kind, errors by kind, throughput, CPU seconds of the
 * server, the PostgreSQL backends and this load generator; for the walls, the time from each
 * acknowledged quote's POST response to the first wall message showing it, on every wall, and how
 * many quotes a wall never showed (a wall shows only the 8 latest quotes, so a quote can be pushed
 * out between two snapshots); and, checked in the database after the run, whether every
 * acknowledged contribution was stored exactly once. A benchmark, not a test: it asserts nothing.
 * Before measuring, `--warmup` participants take part one at a time in a second event, with a wall
 * following it, so the server is warm (JIT, connection pool, caches, the LISTEN connection).
 *
 *   npm run build && npm run bench:events -- [--participants 300] [--duration 120] [--walls 3]
 *     [--engine pglite|postgres|both] [--warmup 10] [--settle 3]
 *
 * Environment: see tests/bench/lib.ts (BENCH_BUILD_DIR, BENCH_SERVER_ARGS, TEST_DATABASE_URL,
 * DATABASE_POOL_SIZE for the server on PostgreSQL, default 20).
 */
import { randomBytes } from 'node:crypto';
import * as events from '../../src/lib/server/services/events';
import { rutlandEvening } from '../support/event-definition';
import {
	BUILD_DIR,
	Tally,
	areaId,
	asOwnerOf,
	cpuMeter,
	engines,
	formatCpu,
	machineLoad,
	networkError,
	option,
	percentile,
	prepareDatabase,
	sleep,
	startServer,
	summary,
	withFreshDatabase,
	type BenchDatabase,
	type Target
} from './lib';

const PARTICIPANTS = Number(option('participants', '300'));
const DURATION_S = Number(option('duration', '120'));
const WALLS = Number(option('walls', '3'));
const ENGINES = engines(option('engine', 'both'));
const WARMUP = Number(option('warmup', '10'));
/** Seconds to let the walls catch up after the last participant before reading their final state. */
const SETTLE_S = Number(option('settle', '3'));
/** Quotes the wall shows (app.event_wall). */
const WALL_QUOTES = 8;

const PROMPTS = [
	{ key: 'p1', kind: 'text', text: 'What helps you feel OK?' },
	{ key: 'p2', kind: 'text', text: 'What should change first?' },
	{ key: 'p3', kind: 'rating', text: 'How easy is it to get help?' }
] as const;

const definition = (name: string) => rutlandEvening(name, PROMPTS);

/** Everyday words a room might send (none a safeguarding concern); each gets a unique token. */
const SENTENCES = [
	'having someone to talk to at school helps a lot',
	'the wait for camhs was far too long for me',
	'more youth workers in schools and clubs after school',
	'music and football with my friends help me feel ok',
	'shorter waiting lists and a text service would be better',
	'teachers who listen and do not judge make a difference',
	'somewhere quiet to go at lunch time would help',
	'being able to see the same person each time'
];

/** A lowercase letters-only token that redaction leaves alone: "zq" and 8 letters. */
const TOKEN_RE = /\bzq[a-z]{8}\b/g;
function newToken(taken: Set<string>): string {
	for (;;) {
		const t = 'zq' + [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
		if (!taken.has(t)) {
			taken.add(t);
			return t;
		}
	}
}

// ---- Walls --------------------------------------------------------------------------------------

interface WallMessage {
	people: number;
	contributions: number;
	quotes: { id: string; text: string; prompt: string | null }[];
}

/** One projector wall: reads the SSE stream, reconnecting (after 2 s, as a browser would) if it ends. */
class Wall {
	messages = 0;
	/** Streams that ended or failed while the run wanted them open. */
	drops = new Tally();
	/** When each token first appeared among the wall's quotes (performance.now()). */
	firstSeen = new Map<string, number>();
	/** Arrival times of all messages, to tell a stalled wall from a quote pushed out. */
	arrivals: number[] = [];
	last: WallMessage | null = null;
	private controller = new AbortController();
	private running: Promise<void> | null = null;

	constructor(private readonly url: string) {}

	start(): Promise<void> {
		this.running = this.loop();
		// Resolves on the first message, so the run starts with every wall connected.
		const since = performance.now();
		return new Promise((resolve, reject) => {
			const check = setInterval(() => {
				if (this.messages > 0 || performance.now() - since > 30_000) {
					clearInterval(check);
					if (this.messages > 0) resolve();
					else reject(new Error(`no wall message from ${this.url} in 30 s: ${this.drops}`));
				}
			}, 10);
		});
	}

	async stop() {
		this.controller.abort();
		await this.running;
	}

	private async loop() {
		const signal = this.controller.signal;
		while (!signal.aborted) {
			try {
				const res = await fetch(this.url, { signal, headers: { accept: 'text/event-stream' } });
				if (!res.ok || !res.body) {
					this.drops.add(`HTTP ${res.status}`);
					await res.body?.cancel();
				} else {
					await this.read(res.body);
					if (!signal.aborted) this.drops.add('stream ended');
				}
			} catch (err) {
				if (signal.aborted) break;
				this.drops.add(networkError(err));
			}
			if (!signal.aborted) await sleep(2000);
		}
	}

	private async read(body: ReadableStream<Uint8Array>) {
		const reader = body.getReader();
		const decoder = new TextDecoder();
		let buffer = '';
		try {
			for (;;) {
				const { value, done } = await reader.read();
				if (done) return;
				const at = performance.now();
				buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const data = block
						.split('\n')
						.filter((l) => l.startsWith('data:'))
						.map((l) => l.slice(5).replace(/^ /, ''))
						.join('\n');
					if (data) this.message(JSON.parse(data) as WallMessage, at);
				}
			}
		} finally {
			reader.releaseLock();
		}
	}

	private message(m: WallMessage, at: number) {
		this.messages++;
		this.arrivals.push(at);
		this.last = m;
		for (const q of m.quotes ?? [])
			for (const [token] of q.text.matchAll(TOKEN_RE)) if (!this.firstSeen.has(token)) this.firstSeen.set(token, at);
	}
}

// ---- Participants -------------------------------------------------------------------------------

interface Said {
	token: string;
	/** When the first acknowledgement arrived (performance.now()). */
	ackAt: number;
	/** False when safeguarding sent the participant to the help page: the wall never shows it. */
	quotable: boolean;
}

interface Stats {
	get: { page: number[]; joined: number[] };
	post: { join: number[]; say: number[]; sayRepeat: number[]; rate: number[] };
	errors: Tally;
	statuses: Tally;
	/** Join keys the server acknowledged with a participant cookie. */
	joined: Set<string>;
	/** Say keys acknowledged, with their token. */
	said: Map<string, Said>;
	rated: Set<string>;
	/** Second sends of a say form, one after the other and both at once. */
	repeats: { sequential: number; concurrent: number };
}

const newStats = (): Stats => ({
	get: { page: [], joined: [] },
	post: { join: [], say: [], sayRepeat: [], rate: [] },
	errors: new Tally(),
	statuses: new Tally(),
	joined: new Set(),
	said: new Map(),
	rated: new Set(),
	repeats: { sequential: 0, concurrent: 0 }
});

const requestCount = (s: Stats) =>
	Object.values(s.get).reduce((n, xs) => n + xs.length, 0) + Object.values(s.post).reduce((n, xs) => n + xs.length, 0);

/** The forms on an event page: join's key, and each prompt's key. */
function formKeys(html: string): Map<string, string> {
	const keys = new Map<string, string>();
	for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
		const action = /action="\?\/(\w+)"/.exec(form)?.[1];
		const key = /name="key" value="([^"]+)"/.exec(form)?.[1];
		const prompt = /name="prompt" value="([^"]+)"/.exec(form)?.[1];
		if (action && key) keys.set(action === 'join' ? 'join' : (prompt ?? action), key);
	}
	return keys;
}

interface Posted {
	status: number;
	body: string;
	location: string | null;
	setCookies: string[];
	/** performance.now() once the whole response had arrived. */
	at: number;
	ms: number;
}

async function post(
	base: string,
	code: string,
	action: string,
	fields: Record<string, string>,
	cookie?: string
): Promise<Posted> {
	const t0 = performance.now();
	const res = await fetch(`${base}/e/${code}?/${action}`, {
		method: 'POST',
		body: new URLSearchParams(fields),
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		}
	});
	const body = await res.text();
	const at = performance.now();
	return {
		status: res.status,
		body,
		location: res.headers.get('location'),
		setCookies: res.headers.getSetCookie(),
		at,
		ms: at - t0
	};
}

async function getPage(base: string, code: string, times: number[], cookie?: string) {
	const t0 = performance.now();
	const res = await fetch(`${base}/e/${code}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
	const body = await res.text();
	times.push(performance.now() - t0);
	return { ok: res.ok, status: res.status, body };
}

const SENT = 'we have got that';

/** One phone: load, join, load again for the keys, say something quotable, rate. */
async function participant(base: string, code: string, i: number, stats: Stats, tokens: Set<string>) {
	const fail = (what: string) => stats.errors.add(what);
	try {
		const first = await getPage(base, code, stats.get.page);
		const joinKey = formKeys(first.body).get('join');
		if (!first.ok || !joinKey) return fail(`GET page ${first.status}${first.ok ? ' without a join form' : ''}`);

		const join = await post(base, code, 'join', {
			key: joinKey,
			role: 'young_person',
			age_band: ['11_13', '14_15', '16_17', '18_21'][i % 4]!
		});
		stats.post.join.push(join.ms);
		stats.statuses.add(`join ${join.status}`);
		const cookie = join.setCookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`sd_event_${code}=`));
		if (join.status !== 200 || !cookie)
			return fail(`join ${join.status}${join.status === 200 ? ' without a cookie' : ''}`);
		stats.joined.add(joinKey);

		const page = await getPage(base, code, stats.get.joined, cookie);
		const keys = formKeys(page.body);
		const textPrompt = PROMPTS[i % 2]!.key;
		const sayKey = keys.get(textPrompt);
		const rateKey = keys.get('p3');
		if (!page.ok || !sayKey || !rateKey)
			return fail(`GET joined page ${page.status}${page.ok ? ' without the prompt forms' : ''}`);

		const token = newToken(tokens);
		const sayForm = {
			prompt: textPrompt,
			key: sayKey,
			text: `${token} ${SENTENCES[i % SENTENCES.length]}`,
			consent: 'quote',
			website: ''
		};
		const acknowledge = (r: Posted, repeat: boolean) => {
			(repeat ? stats.post.sayRepeat : stats.post.say).push(r.ms);
			stats.statuses.add(`say${repeat ? ' repeat' : ''} ${r.status}`);
			const helped = r.status === 303 && (r.location ?? '').endsWith(`/e/${code}/help`);
			const sent = r.status === 200 && r.body.includes(SENT);
			if (!sent && !helped)
				return fail(`say${repeat ? ' repeat' : ''} ${r.status}${r.status === 200 ? ' without "sent"' : ''}`);
			const known = stats.said.get(sayKey);
			if (!known || r.at < known.ackAt)
				stats.said.set(sayKey, { token, ackAt: r.at, quotable: !helped && (known?.quotable ?? true) });
		};
		if (i % 20 === 10) {
			// A double tap: both sends in flight at once.
			stats.repeats.concurrent++;
			const [a, b] = await Promise.all([
				post(base, code, 'say', sayForm, cookie),
				post(base, code, 'say', sayForm, cookie)
			]);
			acknowledge(a, false);
			acknowledge(b, true);
		} else {
			acknowledge(await post(base, code, 'say', sayForm, cookie), false);
			if (i % 20 === 0) {
				// A second tap after the first answer (or a resend after a slow one).
				stats.repeats.sequential++;
				acknowledge(await post(base, code, 'say', sayForm, cookie), true);
			}
		}

		const rate = await post(base, code, 'rate', { prompt: 'p3', key: rateKey, rating: String(1 + (i % 5)) }, cookie);
		stats.post.rate.push(rate.ms);
		stats.statuses.add(`rate ${rate.status}`);
		if (rate.status === 200 && rate.body.includes(SENT)) stats.rated.add(rateKey);
		else fail(`rate ${rate.status}${rate.status === 200 ? ' without "sent"' : ''}`);
	} catch (err) {
		fail(networkError(err));
	}
}

// ---- The database after the run ------------------------------------------------------------------

interface Stored {
	sayRows: number;
	sayKeys: Map<string, number>;
	/** Words the wall counts: not flagged for safeguarding, not withdrawn. */
	wallItems: number;
	rateRows: number;
	rateKeys: Map<string, number>;
	ratingsPerPersonPromptTwice: number;
	participants: number;
	participantKeys: Map<string, number>;
}

async function stored(target: Target, event: { id: string; engagement_id: string }): Promise<Stored> {
	return asOwnerOf(target, async (tx) => {
		const counted = async (sql: string, param: string) => {
			const { rows } = await tx.query<{ k: string; n: number }>(sql, [param]);
			return new Map(rows.map((r) => [r.k, Number(r.n)]));
		};
		const one = async (sql: string, param: string) => Number((await tx.query<{ n: number }>(sql, [param])).rows[0]!.n);
		const sayKeys = await counted(
			`select idempotency_key as k, count(*)::int as n from public.feedback_items where engagement_id = $1 group by 1`,
			event.engagement_id
		);
		const rateKeys = await counted(
			`select idempotency_key as k, count(*)::int as n from public.event_ratings where event_id = $1 group by 1`,
			event.id
		);
		const participantKeys = await counted(
			`select idempotency_key as k, count(*)::int as n from public.event_participants where event_id = $1 group by 1`,
			event.id
		);
		const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
		return {
			sayRows: sum(sayKeys),
			sayKeys,
			wallItems: await one(
				`select count(*)::int as n from public.feedback_items where engagement_id = $1 and not safeguarding and withdrawn_at is null`,
				event.engagement_id
			),
			rateRows: sum(rateKeys),
			rateKeys,
			ratingsPerPersonPromptTwice: await one(
				`select count(*)::int as n from (select 1 from public.event_ratings where event_id = $1 group by participant_id, prompt_key having count(*) > 1) x`,
				event.id
			),
			participants: sum(participantKeys),
			participantKeys
		};
	});
}

/** "lost 0, duplicated 0, stored but not acknowledged 0" for acknowledged keys against stored ones. */
function compare(acknowledged: Iterable<string>, keys: Map<string, number>): string {
	const ack = new Set(acknowledged);
	const lost = [...ack].filter((k) => !keys.has(k)).length;
	const duplicated = [...keys.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
	const unacknowledged = [...keys.keys()].filter((k) => !ack.has(k)).length;
	return `lost ${lost}, duplicated ${duplicated}, stored but not acknowledged ${unacknowledged}`;
}

// ---- A run on one engine ------------------------------------------------------------------------

async function run(engine: 'pglite' | 'postgres') {
	await withFreshDatabase(engine, async (db: BenchDatabase) => {
		const prepared = await prepareDatabase(db.target, async (tx) => {
			const area = await areaId(tx);
			const made: Record<string, { id: string; code: string; engagement_id: string }> = {};
			for (const name of ['warmup', 'main']) {
				const e = await events.create(tx, area, definition(`Bench ${name} evening`), null);
				await events.setStatus(tx, area, e.id, 'open');
				made[name] = { id: e.id, code: e.code, engagement_id: e.engagement_id };
			}
			return made;
		});
		const main = prepared.main!;
		const warm = prepared.warmup!;
		const server = await startServer(db.serverEnv);
		const base = server.base;
		console.log(
			`\n${engine} (build ${BUILD_DIR}${db.serverEnv.DATABASE_POOL_SIZE ? `, pool ${db.serverEnv.DATABASE_POOL_SIZE}` : ''})`
		);
		console.log(`  before: ${machineLoad()}`);
		const tokens = new Set<string>();
		const stats = newStats();
		const walls: Wall[] = [];
		let use: ReturnType<ReturnType<typeof cpuMeter>>;
		let runSeconds: number;
		try {
			// Warm up on the other event, with a wall following it.
			const warmWall = new Wall(`${base}/e/${warm.code}/wall/stream`);
			await warmWall.start();
			for (let i = 0; i < WARMUP; i++) await participant(base, warm.code, i, newStats(), tokens);
			await sleep(500);
			await warmWall.stop();

			for (let w = 0; w < WALLS; w++) walls.push(new Wall(`${base}/e/${main.code}/wall/stream`));
			await Promise.all(walls.map((w) => w.start()));
			const meter = cpuMeter(server.pid, db.dbName);
			const started = performance.now();
			const gap = (DURATION_S * 1000) / PARTICIPANTS;
			await Promise.all(
				Array.from({ length: PARTICIPANTS }, async (_, i) => {
					await sleep(started + i * gap - performance.now());
					await participant(base, main.code, i, stats, tokens);
				})
			);
			runSeconds = (performance.now() - started) / 1000;
			use = meter();
			// Let the walls show the last contributions before reading their final state.
			await sleep(SETTLE_S * 1000);
			await Promise.all(walls.map((w) => w.stop()));
			console.log(`  after:  ${machineLoad()}`);
		} finally {
			await Promise.all(walls.map((w) => w.stop()));
			if (server.exitCode() !== undefined)
				console.log(`  the server exited during the run with code ${server.exitCode()}`);
			const stop = await server.stop();
			// adapter-node closes the HTTP server on SIGTERM; the process ends once nothing else keeps it alive.
			console.log(
				`  server ${stop.killed ? `still running ${(stop.ms / 1000).toFixed(0)} s after SIGTERM, killed` : `exited ${(stop.ms / 1000).toFixed(1)} s after SIGTERM`}`
			);
		}
		// PGlite is single-process: read the database once the server has let go of it.
		const db2 = await stored(db.target, main);
		report(stats, walls, db2, use, runSeconds, engine === 'postgres');
	});
}

function report(
	stats: Stats,
	walls: Wall[],
	db: Stored,
	use: ReturnType<ReturnType<typeof cpuMeter>>,
	seconds: number,
	postgres: boolean
) {
	const requests = requestCount(stats);
	const contributions = stats.post.say.length + stats.post.sayRepeat.length + stats.post.rate.length;
	console.log(`  ${PARTICIPANTS} participants arriving over ${DURATION_S} s, ${WALLS} walls listening`);
	console.log(
		`    requests ${requests} in ${seconds.toFixed(2)} s = ${(requests / seconds).toFixed(1)} req/s; contribution posts ${contributions} = ${(contributions / seconds).toFixed(1)}/s`
	);
	console.log(`    CPU: ${formatCpu(use, requests, postgres)}`);
	console.log(`    GET  page          ms: ${summary(stats.get.page)}`);
	console.log(`    GET  page (joined) ms: ${summary(stats.get.joined)}`);
	console.log(`    POST join          ms: ${summary(stats.post.join)}`);
	console.log(`    POST say           ms: ${summary(stats.post.say)}`);
	console.log(
		`    POST say (repeat)  ms: ${summary(stats.post.sayRepeat)}  (${stats.repeats.sequential} after the first, ${stats.repeats.concurrent} at once)`
	);
	console.log(`    POST rate          ms: ${summary(stats.post.rate)}`);
	console.log(
		`    POST all           ms: ${summary([...stats.post.join, ...stats.post.say, ...stats.post.sayRepeat, ...stats.post.rate])}`
	);
	console.log(
		`    errors ${stats.errors.total}${stats.errors.total ? ` ${stats.errors}` : ''}; statuses ${stats.statuses}`
	);

	// Walls: from each acknowledged quote's POST response to the first message on each wall showing it.
	const quotes = [...stats.said.values()].filter((s) => s.quotable);
	const latencies: number[] = [];
	let neverSeen = 0;
	let stalled = 0;
	let seenBeforeAck = 0;
	const notOnAnyWall = quotes.filter((q) => walls.every((w) => !w.firstSeen.has(q.token))).length;
	const perWall = walls.map((w, n) => {
		const mine: number[] = [];
		let missed = 0;
		for (const q of quotes) {
			const seen = w.firstSeen.get(q.token);
			if (seen === undefined) {
				missed++;
				// A wall that sent nothing in the 2 s after the quote was acknowledged has stalled;
				// one that did but never showed it had the quote pushed out by newer ones.
				if (!w.arrivals.some((t) => t > q.ackAt && t < q.ackAt + 2000)) stalled++;
				continue;
			}
			if (seen < q.ackAt) seenBeforeAck++;
			mine.push(Math.max(0, seen - q.ackAt));
		}
		neverSeen += missed;
		latencies.push(...mine);
		const sorted = [...mine].sort((a, b) => a - b);
		const drops = w.drops.total ? `, drops ${w.drops}` : '';
		return `wall ${n + 1}: ${w.messages} messages, p95 ${percentile(sorted, 95).toFixed(0)} ms, never showed ${missed}${drops}`;
	});
	console.log(`    wall update ms: ${summary(latencies)}  (${quotes.length} quotes x ${walls.length} walls)`);
	console.log(`      ${perWall.join('; ')}`);
	console.log(
		`      never shown: ${neverSeen} quote-wall pairs (${notOnAnyWall} quotes on no wall; ${stalled} pairs with no wall message within 2 s of the quote, ` +
			`the rest pushed out of the ${WALL_QUOTES} latest between snapshots); shown before its POST answer arrived: ${seenBeforeAck}`
	);
	const expectedContributions = db.wallItems + db.rateRows;
	const finals = walls.map((w) =>
		w.last ? `${w.last.people} people / ${w.last.contributions} contributions` : 'nothing'
	);
	console.log(
		`      final wall state after ${SETTLE_S} s: ${[...new Set(finals)].join(', ')} (database: ${db.participants} people / ${expectedContributions} contributions)`
	);

	const safeguarded = [...stats.said.values()].filter((s) => !s.quotable).length;
	console.log(
		`    stored: participants ${db.participants} for ${stats.joined.size} acknowledged joins (${compare(stats.joined, db.participantKeys)}); ` +
			`words ${db.sayRows} for ${stats.said.size} acknowledged says (${compare(stats.said.keys(), db.sayKeys)}; ${safeguarded} sent to the help page); ` +
			`ratings ${db.rateRows} for ${stats.rated.size} acknowledged (${compare(stats.rated, db.rateKeys)}; ${db.ratingsPerPersonPromptTwice} participant/prompt pairs rated twice)`
	);
}

console.log(
	`Event load: ${PARTICIPANTS} participants over ${DURATION_S} s, ${WALLS} walls, warm-up ${WARMUP}; ${machineLoad()}`
);
for (const engine of ENGINES) await run(engine);
