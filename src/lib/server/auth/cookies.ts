import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { ABSOLUTE_HOURS, createSession } from './sessions';

// __Host- needs Secure, which browsers refuse on http://localhost; there we use a plain name.
export const cookieName = (url: URL) => (url.protocol === 'https:' ? '__Host-sd_session' : 'sd_session');

export function setSessionCookie(cookies: Cookies, url: URL, token: string) {
	cookies.set(cookieName(url), token, {
		path: '/',
		httpOnly: true,
		secure: url.protocol === 'https:',
		sameSite: 'lax',
		maxAge: ABSOLUTE_HOURS * 60 * 60
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(cookieName(url), { path: '/', secure: url.protocol === 'https:' });
}

/** Signs a person in on this browser: a new session (a fresh token at every sign-in) and its cookie. */
export async function beginSession(event: RequestEvent, personId: string): Promise<void> {
	const token = await createSession(event.locals.db, personId, {
		ip: event.getClientAddress(),
		userAgent: event.request.headers.get('user-agent') ?? undefined
	});
	setSessionCookie(event.cookies, event.url, token);
}
