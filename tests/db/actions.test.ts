/**
 * Managing actions ("We did") on both engines: who may change what (partners only their
 * organisation's actions, and only their progress), the rule that done says what changed and
 * not doing says why (in the database and in zod), milestones, evidence on updates, links to
 * "You said" statements, the audit trail, and the CSV export and all-or-nothing import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import * as actions from '../../src/lib/server/services/actions';
import { toCsv } from '../../src/lib/server/csv';
import { parseCsv } from '../../src/lib/server/csv-parse';
import { CSV_COLUMNS, progressSchema } from '../../src/lib/schemas/actions';
import { fieldErrors } from '../../src/lib/forms';
import { engines } from './engines';
import { areaIdOf, makeMember, owner, seedData, seeded } from './fixtures';

const blmkSeed = seedData.areas.find((a) => a.area.slug === 'blmk')!;
const PARTNER_ORG = 'BLMK Mental Health, Learning Disability and Autism Collaborative';
const seedActions = blmkSeed.plans.flatMap((p) => p.priorities.flatMap((pr) => pr.actions));
const ownedSeed = seedActions.find((a) => a.owner === PARTNER_ORG && a.status === 'planned')!;
const otherSeed = seedActions.find((a) => a.owner && a.owner !== PARTNER_ORG)!;

const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe.each(engines)('actions on $name', (engine) => {
	let db: Db;
	let areaId: string;
	let people: {
		commissioner: string;
		admin: string;
		officer: string;
		youth: string;
		partner: string;
		otherPartner: string;
	};
	let owned: string; // an action the partner's organisation owns
	let other: string; // one it does not
	let statement: string;

	const as = (person: string): Claims => ({ role: 'authenticated', sub: person });
	const run = <T>(person: string, fn: (tx: Tx) => Promise<T>) => withClaims(db, as(person), fn);
	const read = (id: string) =>
		owner(
			db,
			async (tx) =>
				(await tx.query<Record<string, unknown>>(`select * from public.actions where id = $1`, [id])).rows[0]!
		);

	beforeAll(async () => {
		db = await seeded(await engine.create());
		({ areaId, people, owned, other, statement } = await owner(db, async (tx) => {
			const area = await areaIdOf(tx, 'blmk');
			const person = (local: string, role: string, organisation: string | null = null) =>
				makeMember(tx, area, `${local}@actions.test`, role, { name: `${local}@actions.test`, organisation });
			const key = async (k: string) =>
				(
					await tx.query<{ id: string }>(`select id from public.actions where area_id = $1 and seed_key = $2`, [
						area,
						k
					])
				).rows[0]!.id;
			return {
				areaId: area,
				people: {
					commissioner: await person('commissioner', 'commissioner'),
					admin: await person('admin', 'area_admin'),
					officer: await person('officer', 'engagement_officer'),
					youth: await person('youth', 'youth_board'),
					partner: await person('partner', 'partner', PARTNER_ORG),
					otherPartner: await person('other-partner', 'partner', 'Somewhere Else CIC')
				},
				owned: await key(ownedSeed.key),
				other: await key(otherSeed.key),
				statement: (
					await tx.query<{ id: string }>(
						`select id from public.you_said where area_id = $1 order by position limit 1`,
						[area]
					)
				).rows[0]!.id
			};
		}));
	});
	afterAll(() => engine.cleanup());

	describe('who can change what', () => {
		it('lets a partner update the progress of an action their organisation owns, but not another organisation’s', async () => {
			const mine = await run(people.partner, (tx) =>
				actions.updateProgress(tx, areaId, owned, {
					status: 'in_progress',
					progress: 30,
					outcome: null,
					evidence_url: null
				})
			);
			expect(mine).toBe(true);
			expect(await read(owned)).toMatchObject({ status: 'in_progress', progress: 30 });

			const theirs = await run(people.partner, (tx) =>
				actions.updateProgress(tx, areaId, other, {
					status: 'in_progress',
					progress: 90,
					outcome: null,
					evidence_url: null
				})
			);
			expect(theirs).toBe(false);
			expect((await read(other)).progress).toBeNull();

			// A partner of another organisation cannot change this one either.
			expect(
				await run(people.otherPartner, (tx) =>
					actions.updateProgress(tx, areaId, owned, {
						status: 'planned',
						progress: 0,
						outcome: null,
						evidence_url: null
					})
				)
			).toBe(false);
		});

		it('matches a partner to owners exactly: an organisation named % or a fragment of a name edits nothing', async () => {
			const sneaky = await owner(db, async (tx) => {
				const made: string[] = [];
				for (const [n, org] of ['%', '_%', 'BLMK', PARTNER_ORG.slice(0, 20)].entries()) {
					const email = `sneaky${n}@actions.test`;
					made.push(await makeMember(tx, areaId, email, 'partner', { name: email, organisation: org }));
				}
				return made;
			});
			for (const who of sneaky) {
				expect(
					await run(who, (tx) =>
						tx.query(`update public.actions set progress = 1 where area_id = $1 returning id`, [areaId])
					)
				).toMatchObject({ rows: [] });
				expect(await run(who, (tx) => actions.list(tx, areaId, { editable: true }))).toHaveLength(0);
			}
			// The same organisation written with other capitals or spacing still matches.
			const spaced = await owner(db, (tx) =>
				makeMember(tx, areaId, 'spaced@actions.test', 'partner', {
					name: 'x',
					organisation: `  ${PARTNER_ORG.toUpperCase().replace(/ /g, '  ')} `
				})
			);
			const editable = await run(spaced, (tx) => actions.list(tx, areaId, { editable: true }));
			expect(editable.length).toBeGreaterThan(0);
		});

		it('lists only what a partner may change as editable, and everything as editable for a commissioner', async () => {
			const forPartner = await run(people.partner, (tx) => actions.list(tx, areaId));
			expect(forPartner.find((a) => a.id === owned)?.can_edit).toBe(true);
			expect(forPartner.find((a) => a.id === other)?.can_edit).toBe(false);
			const editable = await run(people.partner, (tx) => actions.list(tx, areaId, { editable: true }));
			expect(editable.length).toBe(seedActions.filter((a) => a.owner === PARTNER_ORG).length);
			expect(editable.every((a) => a.owner === PARTNER_ORG)).toBe(true);
			const forCommissioner = await run(people.commissioner, (tx) => actions.list(tx, areaId));
			expect(forCommissioner).toHaveLength(seedActions.length);
			expect(forCommissioner.every((a) => a.can_edit)).toBe(true);
			const forYouth = await run(people.youth, (tx) => actions.list(tx, areaId, { editable: true }));
			expect(forYouth).toEqual([]);
		});

		it('refuses a partner changing what the action is or who owns it, even on their own action', async () => {
			await expect(
				run(people.partner, (tx) =>
					tx.query(`update public.actions set title = 'Renamed by a partner' where id = $1`, [owned])
				)
			).rejects.toThrow(/only the progress/);
			await expect(
				run(people.partner, (tx) =>
					tx.query(`update public.actions set owner_organisation = $2 where id = $1`, [
						owned,
						`${PARTNER_ORG} and friends`
					])
				)
			).rejects.toThrow(/only the progress/);
			const priorityId = String((await read(owned)).priority_id);
			await expect(
				run(people.partner, (tx) =>
					actions.updateDetails(tx, areaId, owned, {
						priority_id: priorityId,
						title: 'Renamed',
						description: '',
						owner_type: null,
						owner_organisation: PARTNER_ORG,
						owner_role: null,
						due_on: null
					})
				)
			).rejects.toThrow();
		});

		it('lets commissioners create actions with an owner organisation and role; the partner of that organisation can then update it', async () => {
			const priorityId = String((await read(other)).priority_id);
			const id = await run(people.commissioner, (tx) =>
				actions.create(tx, areaId, {
					priority_id: priorityId,
					title: 'Drop-in sessions in every secondary school',
					description: '',
					owner_type: 'vcse',
					owner_organisation: 'Somewhere Else CIC',
					owner_role: 'Head of youth services',
					due_on: '2026-09-30',
					status: 'planned',
					progress: null,
					outcome: null,
					evidence_url: null
				})
			);
			expect(await read(id)).toMatchObject({
				owner: 'Somewhere Else CIC',
				owner_role: 'Head of youth services',
				owner_type: 'vcse'
			});
			expect(
				await run(people.otherPartner, (tx) =>
					actions.updateProgress(tx, areaId, id, {
						status: 'in_progress',
						progress: 10,
						outcome: null,
						evidence_url: null
					})
				)
			).toBe(true);
			expect(
				await run(people.partner, (tx) =>
					actions.updateProgress(tx, areaId, id, {
						status: 'in_progress',
						progress: 50,
						outcome: null,
						evidence_url: null
					})
				)
			).toBe(false);
			// Partners and officers cannot create actions.
			for (const who of [people.partner, people.officer])
				await expect(
					run(who, (tx) =>
						tx.query(`insert into public.actions (area_id, priority_id, title) values ($1, $2, 'Nope')`, [
							areaId,
							priorityId
						])
					)
				).rejects.toThrow(/row-level security/);
		});
	});

	describe('done says what changed; not doing says why', () => {
		it('rejects done without what changed, and not doing without a reason, in the database', async () => {
			const priorityId = String((await read(other)).priority_id);
			for (const status of ['done', 'not_doing'] as const) {
				for (const outcome of [null, '', '  ']) {
					await expect(
						run(people.commissioner, (tx) =>
							actions.updateProgress(tx, areaId, other, { status, progress: 100, outcome, evidence_url: null })
						)
					).rejects.toMatchObject({ code: '23514', constraint: 'actions_outcome_required' });
				}
			}
			await expect(
				run(people.partner, (tx) => tx.query(`update public.actions set status = 'done' where id = $1`, [owned]))
			).rejects.toThrow(/what changed for young people/);
			await expect(
				run(people.commissioner, (tx) =>
					tx.query(
						`insert into public.actions (area_id, priority_id, title, status) values ($1, $2, 'Done already', 'done')`,
						[areaId, priorityId]
					)
				)
			).rejects.toThrow(/what changed/);
			// Not even by claiming the status came from a plan document.
			await expect(
				run(people.commissioner, (tx) =>
					tx.query(
						`insert into public.actions (area_id, priority_id, title, status, status_changed_at) values ($1, $2, 'Done already', 'done', null)`,
						[areaId, priorityId]
					)
				)
			).rejects.toThrow(/what changed/);
			expect((await read(other)).status).not.toBe('done');
		});

		it('rejects it in zod too, with the error on the field', () => {
			const parsed = progressSchema.safeParse({ status: 'done', progress: '100', outcome: '   ', evidence_url: '' });
			expect(parsed.success).toBe(false);
			expect(fieldErrors(parsed.error!)).toEqual({
				outcome: 'Say what changed for young people, in a sentence or two'
			});
			const notDoing = progressSchema.safeParse({ status: 'not_doing', progress: '', outcome: '', evidence_url: '' });
			expect(fieldErrors(notDoing.error!)).toEqual({ outcome: 'Say why this is not going ahead' });
			const bad = progressSchema.safeParse({
				status: 'in_progress',
				progress: '140',
				outcome: '',
				evidence_url: 'javascript:alert(1)'
			});
			expect(Object.keys(fieldErrors(bad.error!)).sort()).toEqual(['evidence_url', 'progress']);
			expect(
				progressSchema.parse({ status: 'done', progress: '80%', outcome: ' Shorter waits ', evidence_url: '' })
			).toEqual({
				status: 'done',
				progress: 80,
				outcome: 'Shorter waits',
				evidence_url: null
			});
		});

		it('accepts done with what changed, and stamps when the status changed', async () => {
			expect(
				await run(people.partner, (tx) =>
					actions.updateProgress(tx, areaId, owned, {
						status: 'done',
						progress: 100,
						outcome: 'Young people now help choose what the network works on.',
						evidence_url: 'https://example.org/network-report'
					})
				)
			).toBe(true);
			const row = await read(owned);
			expect(row).toMatchObject({ status: 'done', progress: 100, evidence_url: 'https://example.org/network-report' });
			expect(row.status_changed_at).not.toBeNull();
		});

		it('leaves seeded done actions without an outcome alone until their status or outcome changes', async () => {
			const { rows } = await owner(db, (tx) =>
				tx.query<{ id: string; area_id: string }>(
					`select id, area_id from public.actions where status = 'done' and outcome is null`
				)
			);
			expect(rows.length).toBeGreaterThan(0);
			const [seededDone] = rows;
			const admin = await owner(db, (tx) =>
				makeMember(tx, seededDone!.area_id, `admin-${seededDone!.area_id}@actions.test`, 'area_admin', { name: 'x' })
			);
			await run(admin, (tx) => tx.query(`update public.actions set progress = 100 where id = $1`, [seededDone!.id]));
			await expect(
				run(admin, (tx) => tx.query(`update public.actions set outcome = '' where id = $1`, [seededDone!.id]))
			).rejects.toThrow(/what changed/);
		});
	});

	describe('milestones, updates and links', () => {
		it('lets a partner add and complete milestones on their own action only; commissioners remove them', async () => {
			const id = await run(people.partner, (tx) =>
				actions.addMilestone(tx, areaId, owned, { title: 'First network meeting', due_on: '2026-01-31', done_on: null })
			);
			expect(
				await run(people.partner, (tx) =>
					actions.updateMilestone(tx, areaId, owned, id, {
						title: 'First network meeting',
						due_on: '2026-01-31',
						done_on: '2026-01-20'
					})
				)
			).toBe(true);
			await expect(
				run(people.partner, (tx) =>
					actions.addMilestone(tx, areaId, other, { title: 'Not mine', due_on: null, done_on: null })
				)
			).rejects.toThrow(/row-level security/);
			expect(await run(people.partner, (tx) => actions.deleteMilestone(tx, areaId, owned, id))).toBe(false);
			const detail = await run(people.partner, (tx) => actions.get(tx, areaId, owned));
			expect(detail?.milestones_list).toEqual([
				{ id, title: 'First network meeting', due_on: '2026-01-31', done_on: '2026-01-20' }
			]);
			// The public reads milestones of published plans.
			const seen = await withClaims(db, ANON, (tx) =>
				tx.query(`select 1 from public.action_milestones where id = $1`, [id])
			);
			expect(seen.rows).toHaveLength(1);
			expect(await run(people.commissioner, (tx) => actions.deleteMilestone(tx, areaId, owned, id))).toBe(true);
		});

		it('records a dated update with its evidence and who added it, which nobody can claim for someone else', async () => {
			const id = await run(people.partner, (tx) =>
				actions.addUpdate(tx, areaId, owned, {
					body: 'Met with the youth board to agree the network’s terms.',
					happened_on: '2026-02-03',
					evidence_url: 'https://example.org/minutes'
				})
			);
			await run(people.partner, (tx) =>
				tx.query(
					`insert into public.action_updates (area_id, action_id, body, created_by) values ($1, $2, 'Claimed for someone else', $3)`,
					[areaId, owned, people.commissioner]
				)
			);
			const rows = await owner(
				db,
				async (tx) =>
					(
						await tx.query<{
							id: string;
							body: string;
							created_by: string;
							evidence_url: string | null;
							happened_on: string | null;
						}>(
							`select id, body, created_by, evidence_url, happened_on from public.action_updates where action_id = $1 and created_by is not null order by created_at`,
							[owned]
						)
					).rows
			);
			expect(rows.find((r) => r.id === id)).toMatchObject({
				created_by: people.partner,
				evidence_url: 'https://example.org/minutes',
				happened_on: '2026-02-03'
			});
			expect(rows.find((r) => r.body === 'Claimed for someone else')?.created_by).toBe(people.partner);
			const detail = await run(people.partner, (tx) => actions.get(tx, areaId, owned));
			expect(detail?.updates.find((u) => u.id === id)?.by_you).toBe(true);
			await expect(
				run(people.partner, (tx) =>
					actions.addUpdate(tx, areaId, other, { body: 'Not mine', happened_on: '2026-02-03', evidence_url: null })
				)
			).rejects.toThrow(/row-level security/);
		});

		it('lets commissioners and officers link "You said" statements to an action, and not partners', async () => {
			await run(people.officer, (tx) => actions.link(tx, areaId, other, statement));
			expect(
				(await run(people.commissioner, (tx) => actions.get(tx, areaId, other)))?.statements.map((s) => s.id)
			).toContain(statement);
			await expect(run(people.partner, (tx) => actions.link(tx, areaId, owned, statement))).rejects.toThrow(
				/row-level security/
			);
			expect(await run(people.partner, (tx) => actions.unlink(tx, areaId, other, statement))).toBe(false);
			expect(await run(people.commissioner, (tx) => actions.unlink(tx, areaId, other, statement))).toBe(true);
		});

		it('audits changes to actions, milestones, updates and links with who made them', async () => {
			const { rows } = await owner(db, (tx) =>
				tx.query<{ table_name: string; action: string; actor_id: string }>(
					`select table_name, action, actor_id from public.audit_log where area_id = $1 and actor_id is not null`,
					[areaId]
				)
			);
			const seen = new Set(rows.map((r) => `${r.table_name} ${r.action}`));
			for (const e of [
				'actions update',
				'actions insert',
				'action_milestones insert',
				'action_milestones update',
				'action_milestones delete',
				'action_updates insert',
				'you_said_actions link',
				'you_said_actions unlink'
			])
				expect(seen, e).toContain(e);
			expect(rows.some((r) => r.table_name === 'actions' && r.actor_id === people.partner)).toBe(true);
		});
	});

	describe('CSV export and import', () => {
		const exportCsv = (person: string, editable = false) =>
			run(person, async (tx) => {
				const { header, rows } = await actions.exportRows(tx, areaId, editable);
				return toCsv(header, rows);
			});
		const plan = (person: string, csv: string, canManage: boolean) =>
			run(person, (tx) => actions.planImport(tx, areaId, csv, { canManage }));
		const apply = (person: string, csv: string, canManage: boolean) =>
			run(person, async (tx) =>
				actions.applyImport(tx, areaId, await actions.planImport(tx, areaId, csv, { canManage }))
			);
		/** Parse, change some cells, write back as a spreadsheet would save it. */
		const edit = (csv: string, change: (rows: string[][]) => void) => {
			const [header, ...rows] = parseCsv(csv);
			change(rows);
			if (rows.every((r) => r.length === header!.length)) return toCsv(header!, rows);
			// A ragged row, which toCsv refuses to write: quote every field by hand.
			return [header!, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
		};

		it('exports every action with the documented columns, safe for spreadsheets', async () => {
			const csv = await exportCsv(people.commissioner);
			const [header, ...rows] = parseCsv(csv);
			expect(header).toEqual([...CSV_COLUMNS]);
			expect(rows).toHaveLength(seedActions.length + 1); // plus the one created above
			expect(csv.startsWith('\uFEFF')).toBe(true);
			const partnerRows = parseCsv(await exportCsv(people.partner, true)).slice(1);
			expect(partnerRows.every((r) => r[col('owner organisation')] === PARTNER_ORG)).toBe(true);
		});

		it('reads an unchanged export back as no changes and no errors, on every area’s seed', async () => {
			for (const slug of ['blmk', 'ssot', 'kent-medway']) {
				const area = await owner(db, (tx) => areaIdOf(tx, slug));
				const admin = await owner(db, (tx) =>
					makeMember(tx, area, `csv-admin-${slug}@actions.test`, 'area_admin', { name: 'x' })
				);
				const result = await run(admin, async (tx) => {
					const { header, rows } = await actions.exportRows(tx, area, false);
					return actions.planImport(tx, area, toCsv(header, rows), { canManage: true });
				});
				expect(result.fileErrors, slug).toEqual([]);
				expect(
					result.rows.flatMap((r) => r.errors),
					slug
				).toEqual([]);
				expect(result.changeCount, slug).toBe(0);
			}
		});

		it('round-trips: export, edit in a spreadsheet, preview the changes, apply them, export the same', async () => {
			const csv = await exportCsv(people.commissioner);
			const targets = parseCsv(csv)
				.slice(1)
				.filter((r) => r[col('status')] === 'planned')
				.slice(0, 2)
				.map((r) => r[col('id')]!);
			const edited = edit(csv, (rows) => {
				for (const r of rows) {
					if (r[col('id')] === targets[0]) {
						r[col('status')] = 'Done';
						r[col('progress')] = '100%';
						r[col('what changed / reason')] =
							'Young people, "in their own words", chose the outcome measures.\nThey are now used in every review.';
						r[col('latest update')] = '=Outcome measures agreed at the March board';
						r[col('evidence url')] = 'https://example.org/measures';
					}
					if (r[col('id')] === targets[1]) {
						r[col('status')] = 'in_progress';
						r[col('progress')] = '45';
					}
				}
			});
			const preview = await plan(people.commissioner, edited, true);
			expect(preview.fileErrors).toEqual([]);
			expect(preview.errorCount).toBe(0);
			const changed = preview.rows.filter((r) => r.changes.length);
			expect(changed.map((r) => r.id).sort()).toEqual([...targets].sort());
			expect(changed.find((r) => r.id === targets[0])!.changes.map((c) => c.field)).toEqual([
				'status',
				'progress',
				'what changed / reason',
				'evidence url',
				'latest update'
			]);
			// The preview wrote nothing.
			expect((await read(targets[0]!)).status).toBe('planned');

			expect(await apply(people.commissioner, edited, true)).toEqual({ actions: 2, updates: 1 });
			expect(await read(targets[0]!)).toMatchObject({
				status: 'done',
				progress: 100,
				outcome: 'Young people, "in their own words", chose the outcome measures.\nThey are now used in every review.',
				evidence_url: 'https://example.org/measures'
			});
			expect(await read(targets[1]!)).toMatchObject({ status: 'in_progress', progress: 45 });

			// Exported again, the file says what was imported (the formula still guarded).
			const again = await exportCsv(people.commissioner);
			const row = parseCsv(again).find((r) => r[0] === targets[0])!;
			expect(row[col('status')]).toBe('done');
			expect(row[col('latest update')]).toBe("'=Outcome measures agreed at the March board");
			expect((await plan(people.commissioner, again, true)).changeCount).toBe(0);
		});

		it('rejects a bad row with its row number and field, and applies nothing from the file', async () => {
			const csv = await exportCsv(people.commissioner);
			const rows = parseCsv(csv).slice(1);
			const planned = rows.filter((r) => r[col('status')] === 'planned');
			const good = planned[0]![col('id')]!;
			const bad = planned[1]![col('id')]!;
			const badRow = rows.findIndex((r) => r[col('id')] === bad) + 2;
			const edited = edit(csv, (all) => {
				for (const r of all) {
					if (r[col('id')] === good) r[col('progress')] = '60';
					if (r[col('id')] === bad) {
						r[col('status')] = 'done';
						r[col('what changed / reason')] = '';
					}
				}
			});
			const preview = await plan(people.commissioner, edited, true);
			expect(preview.errorCount).toBe(1);
			expect(preview.rows.filter((r) => r.errors.length)).toEqual([
				expect.objectContaining({
					row: badRow,
					id: bad,
					errors: [
						{ field: 'what changed / reason', message: 'Say what changed for young people, in a sentence or two' }
					]
				})
			]);
			await expect(apply(people.commissioner, edited, true)).rejects.toBeInstanceOf(actions.ImportRejected);
			expect((await read(good)).progress).toBeNull();
			expect((await read(bad)).status).toBe('planned');

			// Other kinds of bad row, each named by row and column.
			const worse = edit(csv, (all) => {
				all[0]![col('progress')] = 'lots';
				all[1]![col('status')] = 'finished';
				all[2]![col('title')] = 'A different title';
				all[3]![col('id')] = '00000000-0000-4000-8000-000000000000';
				all[4]![col('evidence url')] = 'not a link';
				all[5]!.pop();
				all[7] = [...all[6]!];
			});
			const problems = (await plan(people.commissioner, worse, true)).rows.flatMap((r) =>
				r.errors.map((e) => `${r.row} ${e.field}`)
			);
			expect(problems).toEqual(['2 progress', '3 status', '4 title', '5 id', '6 evidence url', '7 row', '9 id']);
			expect((await plan(people.commissioner, worse, true)).rows.find((r) => r.row === 9)!.errors[0]!.message).toBe(
				'This action is already in row 8. Keep one row per action.'
			);
		});

		it('does not let a partner import changes to another organisation’s action or its owner', async () => {
			const csv = await exportCsv(people.commissioner);
			const edited = edit(csv, (rows) => {
				for (const r of rows) {
					if (r[col('id')] === other) r[col('progress')] = '99';
					if (r[col('id')] === owned) r[col('owner role')] = 'Somebody else';
				}
			});
			const preview = await plan(people.partner, edited, false);
			expect(preview.rows.filter((r) => r.errors.length).map((r) => [r.id, r.errors[0]!.field])).toEqual(
				expect.arrayContaining([
					[other, 'id'],
					[owned, 'owner role']
				])
			);
			await expect(apply(people.partner, edited, false)).rejects.toBeInstanceOf(actions.ImportRejected);
			expect((await read(other)).progress).toBeNull();
		});

		it('rolls every write back when one fails part-way through', async () => {
			const csv = await exportCsv(people.commissioner);
			const ids = parseCsv(csv)
				.slice(1)
				.filter((r) => r[col('status')] === 'planned')
				.map((r) => r[col('id')]!)
				.slice(-2);
			const edited = edit(csv, (rows) => {
				for (const r of rows) if (ids.includes(r[col('id')]!)) r[col('progress')] = '15';
			});
			const checked = await plan(people.commissioner, edited, true);
			expect(checked.writes).toHaveLength(2);
			// The second action disappears between the preview and the apply.
			await owner(db, (tx) => tx.query(`delete from public.actions where id = $1`, [checked.writes[1]!.id]));
			await expect(run(people.commissioner, (tx) => actions.applyImport(tx, areaId, checked))).rejects.toBeInstanceOf(
				actions.ImportRejected
			);
			expect((await read(checked.writes[0]!.id)).progress).toBeNull();
		});

		it('names a file that is not the export', async () => {
			expect((await plan(people.commissioner, 'name,age\r\nx,1\r\n', true)).fileErrors[0]).toMatch(
				/Row 1 must be the export’s header/
			);
			expect((await plan(people.commissioner, '', true)).fileErrors[0]).toMatch(/empty/);
			expect((await plan(people.commissioner, `${CSV_COLUMNS.join(',')}\r\n"unclosed,1`, true)).fileErrors[0]).toMatch(
				/Row 2: a quoted field is never closed/
			);
		});
	});
});
