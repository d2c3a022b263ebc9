/**
 * For `npm run nlp -- tag --area SLUG`: the area's themes and stored model, read from the
 * configured database (DATABASE_URL or the embedded one). An operator's command-line job, so it
 * reads through the privileged path.
 */
import { parseEnv } from './env';
import { openDatabase } from './db/open';
import { asOwner } from './db/privileged';
import { inputsFor } from './services/analysis';
import type { ThemeDef, ThemeModel } from '../nlp';

export async function loadAreaAnalysis(slug: string): Promise<{ themes: ThemeDef[]; model: ThemeModel } | null> {
	const env = parseEnv();
	const db = await openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolSize: 2 });
	try {
		return await asOwner(db, async (tx) => {
			const { rows } = await tx.query<{ id: string }>('select id from public.areas where slug = $1', [slug]);
			if (!rows[0]) return null;
			const { themes, model } = await inputsFor(tx, rows[0].id);
			return { themes, model };
		});
	} finally {
		await db.close();
	}
}
