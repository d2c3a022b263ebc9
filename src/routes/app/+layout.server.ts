import { asStaff } from '$lib/server/auth/guard';
import * as alerts from '$lib/server/services/alerts';
import type { LayoutServerLoad } from './$types';

export const load = (async (event) => {
	const s = event.locals.session;
	if (!s) return { staff: null };
	const areas = new Map<string, { slug: string; name: string; roles: string[] }>();
	for (const m of s.memberships) {
		const a = areas.get(m.area_slug) ?? { slug: m.area_slug, name: m.area_name, roles: [] };
		a.roles.push(m.role);
		areas.set(m.area_slug, a);
	}
	// A safeguarding contact sees how many alerts are open on every page. Reading the path makes
	// this run again on each navigation, so the count is never stale for long.
	void event.url.pathname;
	const contactAreas = s.memberships.filter((m) => m.safeguarding_contact);
	const openAlerts = contactAreas.length
		? await asStaff(event, async (tx) => {
				const out: { slug: string; name: string; open: number }[] = [];
				for (const m of new Map(contactAreas.map((m) => [m.area_id, m])).values())
					out.push({ slug: m.area_slug, name: m.area_name, open: await alerts.openCount(tx, m.area_id) });
				return out;
			})
		: [];
	return { staff: { person: s.person, areas: [...areas.values()], openAlerts } };
}) satisfies LayoutServerLoad;
