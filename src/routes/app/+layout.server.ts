import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => {
	const s = locals.session;
	if (!s) return { staff: null };
	const areas = new Map<string, { slug: string; name: string; roles: string[] }>();
	for (const m of s.memberships) {
		const a = areas.get(m.area_slug) ?? { slug: m.area_slug, name: m.area_name, roles: [] };
		a.roles.push(m.role);
		areas.set(m.area_slug, a);
	}
	return { staff: { person: s.person, areas: [...areas.values()] } };
}) satisfies LayoutServerLoad;
