/**
 * Every environment variable the server reads, declared once and parsed with zod, so a
 * malformed setting stops start-up with its name rather than failing later in a request.
 */
import { z } from 'zod';

const schema = z
	.object({
		NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
		PORT: z.coerce.number().int().min(1).max(65535).default(3000),
		DATABASE_URL: z
			.string()
			.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
			.optional()
			.or(z.literal('').transform(() => undefined)),
		PGLITE_DIR: z.string().min(1).default('.data/pglite'),
		DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
		/** Seed the demo data when the database has no areas yet (default: only on the embedded database). */
		AUTO_SEED: z.enum(['true', 'false', 'auto']).default('auto'),
		LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
		/** smtp(s)://user:pass@host:port: invitations are emailed when set, otherwise shown to copy. */
		SMTP_URL: z
			.string()
			.regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
			.optional()
			.or(z.literal('').transform(() => undefined)),
		MAIL_FROM: z.string().default('Said & Done <no-reply@said-and-done.invalid>'),
		/**
		 * The site's public address (adapter-node reads it too): links in alert emails, and demo accounts
		 * sign in only on a loopback one. Unset in production counts as public.
		 */
		ORIGIN: z
			.string()
			.url()
			.optional()
			.or(z.literal('').transform(() => undefined)),
		/** `true` lets the published demo accounts sign in on a public ORIGIN (then every page says so). */
		DEMO_ACCOUNTS: z.enum(['true', 'false', 'auto']).default('auto'),
		/** GOV.UK Notify: alerts are also sent by email and SMS when the key is set (with both templates). */
		NOTIFY_API_KEY: z
			.string()
			.min(74, 'must be a GOV.UK Notify API key (name-serviceid-secret)')
			.optional()
			.or(z.literal('').transform(() => undefined)),
		NOTIFY_BASE_URL: z.string().url().default('https://api.notifications.service.gov.uk'),
		NOTIFY_EMAIL_TEMPLATE_ID: z
			.string()
			.uuid()
			.optional()
			.or(z.literal('').transform(() => undefined)),
		NOTIFY_SMS_TEMPLATE_ID: z
			.string()
			.uuid()
			.optional()
			.or(z.literal('').transform(() => undefined)),
		/** Notify SMS template for hear-back messages (one `((body))` field); with the key, people may leave a mobile number. */
		NOTIFY_HEAR_BACK_SMS_TEMPLATE_ID: z
			.string()
			.uuid()
			.optional()
			.or(z.literal('').transform(() => undefined)),
		/**
		 * The key that encrypts hear-back contacts (32 bytes as 64 hex characters or base64). Unset, it is
		 * derived (HKDF) from the receipt secret kept in the database; set it to keep the key out of the database.
		 */
		HEAR_BACK_KEY: z
			.string()
			.refine(
				(v) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, 'base64').length === 32,
				'must be 32 bytes, as 64 hex characters or base64'
			)
			.optional()
			.or(z.literal('').transform(() => undefined)),
		/** How often the worker looks for due work, in milliseconds (it is also woken by the database). */
		WORKER_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
		/** The alert worker runs in every server process unless turned off here (e.g. a web-only instance). */
		ALERT_WORKER: z.enum(['on', 'off']).default('on'),
		/** Supabase Auth for staff sign-in (email code); both must be set to use it. */
		SUPABASE_URL: z
			.string()
			.url()
			.optional()
			.or(z.literal('').transform(() => undefined)),
		SUPABASE_ANON_KEY: z
			.string()
			.min(20)
			.optional()
			.or(z.literal('').transform(() => undefined))
	})
	.refine((e) => !e.NOTIFY_API_KEY || (e.NOTIFY_EMAIL_TEMPLATE_ID && e.NOTIFY_SMS_TEMPLATE_ID), {
		path: ['NOTIFY_EMAIL_TEMPLATE_ID'],
		message: 'NOTIFY_API_KEY needs NOTIFY_EMAIL_TEMPLATE_ID and NOTIFY_SMS_TEMPLATE_ID (template ids from Notify)'
	});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
	const parsed = schema.safeParse(source);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new EnvError(`Invalid environment settings:\n${lines.join('\n')}`);
	}
	return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
	cached ??= parseEnv();
	return cached;
}
