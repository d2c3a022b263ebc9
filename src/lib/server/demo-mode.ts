/**
 * Whether the demo accounts (published password, platform admin included) may sign in here.
 * A copy reachable from the internet must never accept them by accident, so they sign in only
 * when ORIGIN is a loopback address (the local `npm start`), or when DEMO_ACCOUNTS=true says so
 * on purpose; DEMO_ACCOUNTS=false switches them off everywhere.
 */
import { env, type Env } from './env';

/** `local`: loopback origin; `public`: switched on for a public origin; `off`: refused. */
export type DemoMode = 'local' | 'public' | 'off';

export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	return (
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		host === '::1' ||
		/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
	);
}

export function demoMode(settings: Pick<Env, 'ORIGIN' | 'DEMO_ACCOUNTS' | 'NODE_ENV'> = env()): DemoMode {
	if (settings.DEMO_ACCOUNTS === 'false') return 'off';
	// No ORIGIN: the dev server and tests run on this machine; in production the origin would be
	// taken from request headers, which an attacker chooses, so it counts as public.
	const local = settings.ORIGIN
		? isLoopbackHost(new URL(settings.ORIGIN).hostname)
		: settings.NODE_ENV !== 'production';
	if (local) return 'local';
	return settings.DEMO_ACCOUNTS === 'true' ? 'public' : 'off';
}
