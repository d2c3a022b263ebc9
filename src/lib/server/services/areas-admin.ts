/** Creating areas: platform admins only (row-level security enforces it). */
import type { Tx } from '../db/types';

export async function create(
	tx: Tx,
	input: { slug: string; name: string; short_name: string; localities: string[] }
): Promise<string | null> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.areas (slug, name, short_name, localities, published) values ($1, $2, $3, $4, false)
		 on conflict (slug) do nothing returning id`,
		[input.slug, input.name, input.short_name, input.localities]
	);
	return rows[0]?.id ?? null;
}
