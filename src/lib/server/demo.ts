/**
 * Demo accounts for the embedded demo database: one per role in each area, and a platform admin.
 * Created automatically only on a new embedded database; on any other database only when the
 * operator runs `npm run db:seed -- --demo`. The site shows a banner while they exist.
 */
import type { Db } from './db/types';
import { asOwner } from './db/privileged';
import { hashPassword } from './auth/password';
import type { AreaRole } from './auth/sessions';

export const DEMO_PASSWORD = 'said-and-done-demo';
export const DEMO_ROLES: { role: AreaRole; local: string; name: string }[] = [
	{ role: 'area_admin', local: 'admin', name: 'Area admin' },
	{ role: 'engagement_officer', local: 'officer', name: 'Engagement officer' },
	{ role: 'commissioner', local: 'commissioner', name: 'Commissioner' },
	{ role: 'youth_board', local: 'youth', name: 'Youth board member' },
	{ role: 'partner', local: 'partner', name: 'Partner' }
];
export const PLATFORM_ADMIN_EMAIL = 'platform@said-and-done.example';

export async function seedDemoAccounts(db: Db): Promise<number> {
	const hash = await hashPassword(DEMO_PASSWORD);
	return asOwner(db, async (tx) => {
		let created = 0;
		const person = async (email: string, name: string, platform = false) => {
			const { rows } = await tx.query<{ id: string; inserted: boolean }>(
				`insert into public.people (email, display_name, is_platform_admin, is_demo) values ($1, $2, $3, true)
				 on conflict (email) do update set is_demo = true
				 returning id, (xmax = 0) as inserted`,
				[email, name, platform]
			);
			const row = rows[0]!;
			if (row.inserted) created++;
			await tx.query(
				`insert into app.credentials (person_id, password_hash) values ($1, $2) on conflict (person_id) do nothing`,
				[row.id, hash]
			);
			return row.id;
		};
		await person(PLATFORM_ADMIN_EMAIL, 'Platform admin (demo)', true);
		const areas = await tx.query<{ id: string; slug: string; short_name: string; owner: string | null }>(
			`select a.id, a.slug, a.short_name,
				(select owner from public.actions where area_id = a.id and owner is not null
				 group by owner order by count(*) desc, owner limit 1) as owner
			 from public.areas a order by a.slug`
		);
		for (const area of areas.rows) {
			for (const d of DEMO_ROLES) {
				const id = await person(`${d.local}@${area.slug}.example`, `${d.name}, ${area.short_name} (demo)`);
				await tx.query(
					`insert into public.memberships (person_id, area_id, role, organisation, safeguarding_contact)
					 select $1, $2, $3, $4, $5
					 where not exists (select 1 from public.memberships where person_id = $1 and area_id = $2 and role = $3 and revoked_at is null)`,
					[id, area.id, d.role, d.role === 'partner' ? area.owner : null, d.role === 'engagement_officer']
				);
			}
		}
		return created;
	});
}

let cache: { at: number; value: boolean } | undefined;

/** Whether demo accounts exist, cached briefly: it only drives a banner. */
export async function demoAccountsExist(db: Db): Promise<boolean> {
	if (cache && Date.now() - cache.at < 30_000) return cache.value;
	const value = await asOwner(db, async (tx) => (await tx.query<{ v: boolean }>('select app.demo_accounts_exist() as v')).rows[0]?.v ?? false);
	cache = { at: Date.now(), value };
	return value;
}
