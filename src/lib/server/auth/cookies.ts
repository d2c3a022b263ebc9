import type { Cookies } from '@sveltejs/kit';
import { ABSOLUTE_HOURS } from './sessions';

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
