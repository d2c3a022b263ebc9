/**
 * What Supabase's Data API (PostgREST) could do with the public anon key, decided by the database
 * alone (issue 11 item 4, issue 13 item 14). PostgREST logs in as `authenticator`, switches to
 * anon or authenticated and sets the request's claims; these tests do exactly that in SQL, with
 * no app code in the way, and check that the policies refuse every write, self-promotion
 * included, while the app's own path (the server's login, the same roles) still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import { TEMPLATES } from '../../src/lib/survey/templates';
import { engines } from './engines';
import { areaIdOf, makeMember, openSurvey, owner, seeded } from './fixtures';

const template = TEMPLATES.find((t) => t.id === 'getting-help')!.definition;

/** One transaction as PostgREST runs a request: session `authenticator`, role and claims set. */
async function asDataApi<T>(db: Db, claims: Claims, fn: (tx: Tx) => Promise<T>): Promise<T> {
	const json = JSON.stringify(claims).replace(/'/g, "''");
	try {
		return await db.transaction(fn, {
			setup: `set local session authorization authenticator; set local role ${claims.role === 'anon' ? 'anon' : 'authenticated'};
			select set_config('request.jwt.claims', '${json}', true)`
		});
	} finally {
		// PGlite (single-user mode) keeps the session user after the transaction; PostgreSQL does not.
		if (db.engine === 'pglite') await db.transaction((tx) => tx.exec('set session authorization postgres'));
	}
}

const refused = (p: Promise<unknown>) =>
	p.then(
		(r) => `allowed: ${JSON.stringify(r)}`,
		(e: unknown) => String(e)
	);

describe.each(engines)('the Data API on $name', (engine) => {
	let db: Db;
	let llr: string;
	let youth: Claims;
	let surveyId: string;
	let engagementId: string;
	let eventId: string;

	beforeAll(async () => {
		db = await seeded(await engine.create());
		// Supabase's PostgREST login role (cluster-wide on a server, so only created when missing).
		await owner(db, (tx) =>
			tx.exec(`do $$ begin
				if not exists (select 1 from pg_roles where rolname = 'authenticator') then
					create role authenticator nologin noinherit;
				end if;
			end $$;
			grant anon, authenticated to authenticator;`)
		);
		const ids = await owner(db, async (tx) => {
			const area = await areaIdOf(tx, 'llr');
			return {
				area,
				officer: await makeMember(tx, area, 'off@llr.test', 'engagement_officer'),
				youth: await makeMember(tx, area, 'yb@llr.test', 'youth_board')
			};
		});
		llr = ids.area;
		youth = { role: 'authenticated', sub: ids.youth };
		const officer: Claims = { role: 'authenticated', sub: ids.officer };
		surveyId = (await openSurvey(db, llr, officer, template)).id;
		const ev = await owner(db, async (tx) => {
			const e = (
				await tx.query<{ engagement_id: string }>('select engagement_id from public.surveys where id = $1', [surveyId])
			).rows[0]!;
			const open = (
				await tx.query<{ id: string }>(
					`with e as (insert into public.engagements (area_id, kind, title) values ($1, 'event', 'Data API test event') returning id)
					 insert into public.events (area_id, engagement_id, code, name, starts_at, audience, status)
					 select $1, id, 'dataapiz', 'Data API test event', now(), 'young_people', 'open' from e returning id`,
					[llr]
				)
			).rows[0]!;
			return { engagement: e.engagement_id, event: open.id };
		});
		engagementId = ev.engagement;
		eventId = ev.event;
	}, 300_000);
	afterAll(() => engine.cleanup());

	const anonInserts = (): [string, string, unknown[]][] => [
		[
			'a survey response (no receipt the app made, answers it never checked)',
			`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, answers, created_at)
			 values (gen_random_uuid(), $1, $2, 'data-api-idempotency-key', 'chosen', '{"made_up": 1}', now() - interval '1 year')`,
			[llr, surveyId]
		],
		[
			'unredacted words with no safeguarding check',
			`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, consent, safeguarding)
			 values (gen_random_uuid(), $1, $2, 'My name is Jo Bloggs, 07700 900123', 'quote', false)`,
			[llr, engagementId]
		],
		[
			'joining an open event',
			`insert into public.event_participants (id, area_id, event_id, source) values (gen_random_uuid(), $1, $2, 'phone')`,
			[llr, eventId]
		],
		[
			'a rating at an open event',
			`insert into public.event_ratings (area_id, event_id, prompt_key, rating, idempotency_key)
			 values ($1, $2, 'made-up', 5, 'data-api-idempotency-key')`,
			[llr, eventId]
		]
	];

	it('refuses every anonymous insert the app would have checked first', async () => {
		for (const [what, sql, params] of anonInserts()) {
			const result = await refused(asDataApi(db, ANON, (tx) => tx.query(sql, params)));
			expect({ what, result }).toEqual({ what, result: expect.stringMatching(/row-level security/) });
		}
	});

	it('still lets the same roles insert on the app path, so it is the Data API session that is refused', async () => {
		const [, sql, params] = anonInserts()[0]!;
		const ok = await withClaims(db, ANON, async (tx) => {
			await tx.query('savepoint s');
			const r = await tx.query(sql, params);
			await tx.query('rollback to savepoint s');
			return r.rowCount;
		});
		expect(ok).toBe(1);
	});

	it('refuses self-promotion through the Data API: no platform admin, no new role, no changed role', async () => {
		const attempts = {
			platformAdmin: await refused(
				asDataApi(db, youth, (tx) =>
					tx.query('update public.people set is_platform_admin = true where id = $1', [youth.sub])
				)
			),
			newRole: await refused(
				asDataApi(db, youth, (tx) =>
					tx.query(`insert into public.memberships (person_id, area_id, role) values ($1, $2, 'area_admin')`, [
						youth.sub,
						llr
					])
				)
			),
			changedRole: await asDataApi(db, youth, (tx) =>
				tx.query(`update public.memberships set role = 'area_admin' where person_id = $1`, [youth.sub])
			).then((r) => r.rowCount)
		};
		expect(attempts).toEqual({
			platformAdmin: expect.stringMatching(/permission denied/),
			newRole: expect.stringMatching(/row-level security/),
			changedRole: 0
		});
	});

	it('has a restrictive no-writes-through-the-Data-API policy on every public table', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ table: string; verbs: string[] }>(
				`select c.relname as table,
					coalesce(array_agg(p.cmd::text order by p.cmd) filter (where p.permissive = 'RESTRICTIVE'
						and coalesce(p.qual, '') || coalesce(p.with_check, '') like '%through_data_api%'), '{}') as verbs
				 from pg_class c join pg_namespace n on n.oid = c.relnamespace
				 left join pg_policies p on p.schemaname = 'public' and p.tablename = c.relname
				 where n.nspname = 'public' and c.relkind = 'r' group by c.relname order by 1`
			)
		);
		expect(rows.length).toBeGreaterThan(30);
		expect(rows.filter((r) => r.verbs.join() !== 'DELETE,INSERT,UPDATE').map((r) => r.table)).toEqual([]);
	});
});
