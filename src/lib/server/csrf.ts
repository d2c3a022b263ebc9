/**
 * The CSRF origin check, as SvelteKit does it (a form POST, PUT, PATCH or DELETE whose Origin is not
 * this site is refused with 403), with one exception: the one-click stop link of hear-back messages.
 * Mail clients send that POST themselves (RFC 8058, `List-Unsubscribe=One-Click`), from another
 * origin or none; the MAC in the link is what proves the right to stop, and stopping only deletes
 * the contact. SvelteKit's own check is off (`csrf.trustedOrigins: ['*']` in svelte.config.js) so
 * this one, run first in hooks.server.ts, can make that exception; nothing else is let through.
 */
const FORM_TYPES = [
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
];
const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** The only path a cross-site form may post to. */
export const ONE_CLICK_STOP = /^\/hear-back\/stop\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{32}\/?$/;

export function crossSiteFormRefused(request: Request, url: URL): boolean {
	if (!UNSAFE.includes(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) return false;
	if (request.headers.get('origin') === url.origin) return false;
	return !(request.method === 'POST' && ONE_CLICK_STOP.test(url.pathname));
}
