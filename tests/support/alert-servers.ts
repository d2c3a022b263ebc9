/**
 * Real servers standing in for the outside world in alert tests: an SMTP server (smtp-server)
 * that keeps what it accepts, and an HTTP server answering as GOV.UK Notify's API does, reached
 * through the real notifications-node-client.
 */
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string[];
	/** The message as sent, with quoted-printable soft line breaks and escapes undone. */
	raw: string;
	messageId: string | null;
	at: number;
}

export interface TestSmtp {
	url: string;
	port: number;
	mails: ReceivedMail[];
	/** Hold the next N messages after DATA without answering (a server that hangs mid-send). */
	hang(n: number): void;
	/** How many messages were held so far. */
	held(): number;
	close(): Promise<void>;
	waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
}

/** `accept`: recipients it takes (others are refused at RCPT TO); all when not given. */
export async function startSmtp(port = 0, accept?: (address: string) => boolean): Promise<TestSmtp> {
	const mails: ReceivedMail[] = [];
	let hanging = 0;
	let heldCount = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onRcptTo(address, _session, callback) {
			if (accept && !accept(address.address)) return callback(new Error('No such mailbox here'));
			callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				if (hanging > 0) {
					hanging--;
					heldCount++;
					return; // never answer: the sender is stuck until it is killed or times out
				}
				const raw = Buffer.from(
					Buffer.concat(chunks)
						.toString('latin1')
						.replace(/=\r?\n/g, '')
						.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
					'latin1'
				).toString('utf8');
				mails.push({
					to: session.envelope.rcptTo.map((r) => r.address),
					raw,
					messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? null,
					at: Date.now()
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const actual = (server.server.address() as AddressInfo).port;
	return {
		url: `smtp://127.0.0.1:${actual}`,
		port: actual,
		mails,
		hang: (n) => void (hanging = n),
		held: () => heldCount,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
		async waitFor(n, timeoutMs = 30_000) {
			const until = Date.now() + timeoutMs;
			while (mails.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
			return mails;
		}
	};
}

export interface NotifyRequest {
	path: string;
	authorization: string | undefined;
	body: {
		template_id: string;
		email_address?: string;
		phone_number?: string;
		reference?: string;
		personalisation?: Record<string, string>;
	};
}

export interface TestNotify {
	baseUrl: string;
	apiKey: string;
	requests: NotifyRequest[];
	/** Answer the next N requests with this status (e.g. 500) instead of accepting them. */
	failNext(n: number, status?: number): void;
	close(): Promise<void>;
}

export async function startNotify(): Promise<TestNotify> {
	const requests: NotifyRequest[] = [];
	let failing = 0;
	let failStatus = 500;
	const server: Server = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			const json = (status: number, data: unknown) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(data));
			};
			if (failing > 0) {
				failing--;
				return json(failStatus, {
					status_code: failStatus,
					errors: [{ error: 'Exception', message: 'Internal server error' }]
				});
			}
			if (req.method !== 'POST' || !/^\/v2\/notifications\/(email|sms)$/.test(req.url ?? ''))
				return json(404, { errors: [{ error: 'NotFound', message: 'Not found' }] });
			const parsed = JSON.parse(body) as NotifyRequest['body'];
			requests.push({ path: req.url!, authorization: req.headers.authorization, body: parsed });
			json(201, {
				id: randomUUID(),
				reference: parsed.reference ?? null,
				content: {},
				template: { id: parsed.template_id, version: 1, uri: '' },
				uri: ''
			});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const port = (server.address() as AddressInfo).port;
	return {
		baseUrl: `http://127.0.0.1:${port}`,
		// name-{service id}-{secret}, as Notify issues them.
		apiKey: `test_key-${randomUUID()}-${randomUUID()}`,
		requests,
		failNext: (n, status = 500) => {
			failing = n;
			failStatus = status;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
