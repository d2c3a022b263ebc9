import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { appDb } from '$lib/server/app-db';
import { DatabaseOpenError, MigrationError } from '$lib/server/db';
import { EnvError } from '$lib/server/env';
import { SeedError } from '$lib/server/seed';
import { startAlertWorker } from '$lib/server/jobs';
import { resolveSession } from '$lib/server/auth/sessions';
import { clearSessionCookie, cookieName } from '$lib/server/auth/cookies';
import { logError, newErrorId } from '$lib/server/log';
import { TOO_BIG_MESSAGE } from '$lib/limits';
import { crossSiteFormRefused } from '$lib/server/csrf';
import { dev } from '$app/environment';

/** Start-up: open, migrate and seed before the first request; refuse to start with a clear message. */
export const init: ServerInit = async () => {
	try {
		const db = await appDb();
		// Safeguarding alerts are delivered from the outbox by this process (src/lib/server/jobs).
		const worker = startAlertWorker(db);
		// adapter-node stops taking requests on SIGTERM/SIGINT, then emits this: stop the alert worker
		// (a send in flight finishes), close the pool and the LISTEN connections so the process can
		// exit (and PGlite flushes to disk).
		process.once(
			'sveltekit:shutdown',
			() =>
				void (async () => {
					await worker?.stop().catch(() => {});
					await db.close().catch(() => {});
				})()
		);
	} catch (err) {
		if (
			err instanceof DatabaseOpenError ||
			err instanceof MigrationError ||
			err instanceof EnvError ||
			err instanceof SeedError
		) {
			console.error(`\nSaid & Done cannot start.\n${err.message}\n`);
			process.exit(1);
		}
		throw err;
	}
};

/** Cross-site form posts are refused, as SvelteKit would, except the one-click stop link (csrf.ts). */
const csrf: Handle = async ({ event, resolve }) => {
	if (!dev && crossSiteFormRefused(event.request, event.url)) {
		const message = `Cross-site ${event.request.method} form submissions are forbidden`;
		return event.request.headers.get('accept') === 'application/json'
			? Response.json({ message }, { status: 403 })
			: new Response(message, { status: 403 });
	}
	return resolve(event);
};

const database: Handle = async ({ event, resolve }) => {
	event.locals.db = await appDb();
	return resolve(event);
};

/** Who is asking: a live staff session from the cookie, or nobody. A bad cookie is cleared. */
const session: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(cookieName(event.url));
	event.locals.session = token ? await resolveSession(event.locals.db, token) : null;
	if (token && !event.locals.session) clearSessionCookie(event.cookies, event.url);
	return resolve(event);
};

/** Receipts (/r/…), surveys (/s/…) and events (/e/…): answered by one person at a time. */
const PRIVATE_PAGES = /^\/(r|s|e|hear-back)(\/|$)/;

const PUBLIC_CONSOLE_PATHS = [/^\/app\/sign-in\/?$/, /^\/app\/join\//];

/** The staff console needs a session (each load and action checks its role again). */
const guard: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	const isConsole = path === '/app' || path.startsWith('/app/');
	if (isConsole && !event.locals.session && !PUBLIC_CONSOLE_PATHS.some((re) => re.test(path))) {
		if (event.request.method !== 'GET') {
			// Scripts (the capture page's sync) get JSON they can read; forms get plain words.
			const json = (event.request.headers.get('content-type') ?? '').includes('application/json');
			return json
				? Response.json({ error: 'Sign in first. Your notes are kept on this device.' }, { status: 401 })
				: new Response('Sign in first', { status: 401 });
		}
		return new Response(null, {
			status: 303,
			headers: { location: `/app/sign-in?next=${encodeURIComponent(path + event.url.search)}` }
		});
	}
	const response = await resolve(event);
	// Staff pages carry people's data, and a receipt, survey or event page what one person typed
	// or is about to: never cache them (a shared computer must not show the last child's receipt).
	if (isConsole || PRIVATE_PAGES.test(path)) response.headers.set('Cache-Control', 'no-store');
	return response;
};

/** The embeddable public board, /{area}/board/embed (never a staff console page). */
const EMBED_PATH = /^\/(?!app\/)[a-z][a-z0-9-]{1,40}\/board\/embed\/?$/;

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	if (process.env.NODE_ENV === 'production' && event.url.protocol === 'https:')
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	// The embeddable board is made to sit in an iframe on partner websites; every other page
	// keeps kit.csp's frame-ancestors 'none'.
	if (EMBED_PATH.test(event.url.pathname)) {
		const csp = response.headers.get('content-security-policy');
		if (csp) response.headers.set('content-security-policy', csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
	}
	return response;
};

export const handle = sequence(csrf, database, session, guard, securityHeaders);

/** Unexpected errors are logged with an id the error page shows; the person never sees a stack. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// Never the error's message: a database error can quote what someone typed (src/lib/server/log.ts).
	const id = newErrorId();
	if (status !== 404) logError(`${event.request.method} ${event.url.pathname}`, error, id);
	return {
		message:
			status === 404
				? 'Page not found'
				: status === 413
					? TOO_BIG_MESSAGE // instead of adapter-node's "Content-length of ... exceeds limit"
					: message === 'Internal Error'
						? 'Something went wrong'
						: message,
		id
	};
};
