/**
 * Loads `seeds/` into the database through the privileged path: the default themes and each
 * area's plans, priorities, actions, engagements and "You said" statements. Idempotent: rows
 * are matched on (area, seed key) and only changed when the seed file changed, so running it
 * twice changes nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { seedArea, seedReferenceErrors, type SeedArea } from '../schemas/seed';
import { areaPopulation, populationReferenceErrors, type AreaPopulation } from '../schemas/population';
import { areaMetrics, type AreaMetrics } from '../schemas/metrics';
import type { Db, Tx } from './db/types';
import { asOwner } from './db/privileged';

export const SEEDS_DIR = 'seeds';

const themeFile = z.array(
	z.object({ id: z.string().regex(/^[a-z][a-z0-9-]+$/), name: z.string(), description: z.string() })
);
export type SeedTheme = z.infer<typeof themeFile>[number];

export class SeedError extends Error {}

export interface SeedData {
	themes: SeedTheme[];
	areas: SeedArea[];
	/** Population figures the plans give (`population/{slug}.json`), one entry per area file. */
	population?: AreaPopulation[];
	/** Metric series with their values and targets (`metrics/{slug}.json`). */
	metrics?: AreaMetrics[];
}

/** Raw seed files by name: read from disk by the CLI and tests, bundled at build time by the server. */
export interface SeedFiles {
	themes: unknown;
	areas: Record<string, unknown>;
	population?: Record<string, unknown>;
	metrics?: Record<string, unknown>;
}

export function readSeedFiles(dir = SEEDS_DIR): SeedFiles {
	const areasDir = join(dir, 'areas');
	const areas: Record<string, unknown> = {};
	for (const file of readdirSync(areasDir).filter((f) => f.endsWith('.json')))
		areas[file] = JSON.parse(readFileSync(join(areasDir, file), 'utf8'));
	const populationDir = join(dir, 'population');
	const population: Record<string, unknown> = {};
	if (existsSync(populationDir))
		for (const file of readdirSync(populationDir).filter((f) => f.endsWith('.json')))
			population[file] = JSON.parse(readFileSync(join(populationDir, file), 'utf8'));
	const metricsDir = join(dir, 'metrics');
	const metrics: Record<string, unknown> = {};
	if (existsSync(metricsDir))
		for (const file of readdirSync(metricsDir).filter((f) => f.endsWith('.json')))
			metrics[file] = JSON.parse(readFileSync(join(metricsDir, file), 'utf8'));
	return { themes: JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8')), areas, population, metrics };
}

/** Validates seed files, throwing a SeedError that names the file and field. */
export function parseSeeds(files: SeedFiles): SeedData {
	const themes = themeFile.safeParse(files.themes);
	if (!themes.success) throw new SeedError(`themes.json is not valid: ${themes.error.message}`);
	const areas = Object.keys(files.areas)
		.sort()
		.map((file) => {
			const parsed = seedArea.safeParse(files.areas[file]);
			if (!parsed.success) {
				const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
				throw new SeedError(`${file} is not a valid seed file:\n  ${issues.join('\n  ')}`);
			}
			const refErrors = seedReferenceErrors(parsed.data);
			if (refErrors.length) throw new SeedError(`${file}: ${refErrors.join('; ')}`);
			return parsed.data;
		});
	return {
		themes: themes.data,
		areas,
		population: parsePopulation(files.population ?? {}, areas),
		metrics: parseMetrics(files.metrics ?? {}, areas, themes.data)
	};
}

/** Validates `population/*.json` against the zod schema and the area files they belong to. */
function parsePopulation(files: Record<string, unknown>, areas: SeedArea[]): AreaPopulation[] {
	return Object.keys(files)
		.sort()
		.map((file) => {
			const parsed = areaPopulation.safeParse(files[file]);
			if (!parsed.success) {
				const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
				throw new SeedError(`population/${file} is not a valid population file:\n  ${issues.join('\n  ')}`);
			}
			const area = areas.find((a) => a.area.slug === parsed.data.area)?.area;
			if (!area) throw new SeedError(`population/${file}: no area "${parsed.data.area}" in areas/`);
			const errors = populationReferenceErrors(parsed.data, area);
			if (errors.length) throw new SeedError(`population/${file}: ${errors.join('; ')}`);
			return parsed.data;
		});
}

/** Validates `metrics/*.json`: the schema, and that priorities, themes and sources exist. */
function parseMetrics(files: Record<string, unknown>, areas: SeedArea[], themes: SeedTheme[]): AreaMetrics[] {
	const themeIds = new Set(themes.map((t) => t.id));
	return Object.keys(files)
		.sort()
		.map((file) => {
			const parsed = areaMetrics.safeParse(files[file]);
			if (!parsed.success) {
				const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
				throw new SeedError(`metrics/${file} is not a valid metrics file:\n  ${issues.join('\n  ')}`);
			}
			const area = areas.find((a) => a.area.slug === parsed.data.area);
			if (!area) throw new SeedError(`metrics/${file}: no area "${parsed.data.area}" in areas/`);
			const priorities = new Set(area.plans.flatMap((p) => p.priorities.map((x) => x.key)));
			const sources = new Set(area.area.sources.map((s) => s.file));
			const errors: string[] = [];
			const keys = new Set<string>();
			for (const s of parsed.data.series) {
				if (keys.has(s.key)) errors.push(`duplicate series "${s.key}"`);
				keys.add(s.key);
				if (!sources.has(s.source)) errors.push(`${s.key}: source ${s.source} is not one of the area's documents`);
				for (const p of s.priorities) if (!priorities.has(p)) errors.push(`${s.key}: unknown priority "${p}"`);
				for (const t of s.themes) if (!themeIds.has(t)) errors.push(`${s.key}: unknown theme "${t}"`);
				const ends = s.points.map((p) => p.period_end);
				if (new Set(ends).size !== ends.length) errors.push(`${s.key}: two values for one period`);
			}
			if (errors.length) throw new SeedError(`metrics/${file}: ${errors.join('; ')}`);
			return parsed.data;
		});
}

type Row = Record<string, unknown>;

/**
 * Insert, or update only when something differs, and return the id either way.
 * Table and column names come from this module's code, never from input.
 */
async function upsert(tx: Tx, table: string, conflict: string[], row: Row, insertOnly: Row = {}): Promise<string> {
	const all = { ...row, ...insertOnly };
	const cols = Object.keys(all);
	const updatable = Object.keys(row).filter((c) => !conflict.includes(c));
	const params = cols.map((c) => all[c]);
	const set = updatable.map((c) => `${c} = excluded.${c}`).join(', ');
	const differs = updatable.map((c) => `${table}.${c} is distinct from excluded.${c}`).join(' or ');
	const where = conflict.map((c) => `${c} = $${cols.indexOf(c) + 1}`).join(' and ');
	const { rows } = await tx.query<{ id: string }>(
		`with up as (
			insert into public.${table} (${cols.join(', ')})
			values (${cols.map((_, i) => `$${i + 1}`).join(', ')})
			on conflict (${conflict.join(', ')}) do update set ${set} where ${differs}
			returning id
		)
		select id from up union all select id from public.${table} where ${where} limit 1`,
		params
	);
	if (!rows[0]) throw new SeedError(`could not upsert into ${table}`);
	return rows[0].id;
}

export interface SeedCounts {
	area: string;
	plans: number;
	priorities: number;
	actions: number;
	statements: number;
	quotes: number;
	engagements: number;
	/** Population figures, when the area has a population file. */
	population?: number;
	/** Metric series, when the area has a metrics file. */
	metrics?: number;
}

async function seedOneArea(tx: Tx, seed: SeedArea): Promise<SeedCounts> {
	const a = seed.area;
	const areaId = await upsert(tx, 'areas', ['slug'], {
		slug: a.slug,
		name: a.name,
		short_name: a.short_name,
		summary: a.summary,
		localities: a.localities,
		published: true
	});
	for (const s of a.sources) {
		await tx.query(
			`insert into public.source_documents (area_id, file, title, publisher, published_label)
			 values ($1, $2, $3, $4, $5)
			 on conflict (area_id, file) do update set title = excluded.title, publisher = excluded.publisher,
				published_label = excluded.published_label
			 where (source_documents.title, source_documents.publisher, source_documents.published_label)
				is distinct from (excluded.title, excluded.publisher, excluded.published_label)`,
			[areaId, s.file, s.title, s.publisher, s.published]
		);
	}
	const key = { area_id: areaId };
	const priorityIds = new Map<string, string>();
	const actionIds = new Map<string, string>();
	const engagementIds = new Map<string, string>();
	const counts: SeedCounts = {
		area: a.slug,
		plans: 0,
		priorities: 0,
		actions: 0,
		statements: 0,
		quotes: 0,
		engagements: 0
	};

	for (const plan of seed.plans) {
		const planId = await upsert(tx, 'plans', ['area_id', 'seed_key'], {
			...key,
			seed_key: plan.key,
			title: plan.title,
			period: plan.period,
			summary: plan.summary,
			source_file: plan.source,
			published: plan.published
		});
		counts.plans++;
		for (const p of plan.priorities) {
			const priorityId = await upsert(tx, 'priorities', ['area_id', 'seed_key'], {
				...key,
				plan_id: planId,
				seed_key: p.key,
				number: p.number,
				title: p.title,
				summary: p.summary,
				thrive: p.thrive,
				source_file: p.source
			});
			priorityIds.set(p.key, priorityId);
			counts.priorities++;
			for (const [position, act] of p.actions.entries()) {
				const actionId = await upsert(
					tx,
					'actions',
					['area_id', 'seed_key'],
					{
						...key,
						priority_id: priorityId,
						seed_key: act.key,
						position,
						title: act.title,
						description: act.description,
						status: act.status,
						owner: act.owner,
						due_on: act.due,
						outcome: act.outcome,
						thrive: act.thrive,
						source_file: act.source
					},
					// The plan document, not the day we loaded it, is when this status was last known.
					{ status_changed_at: null }
				);
				actionIds.set(act.key, actionId);
				counts.actions++;
				for (const [i, u] of act.updates.entries()) {
					await upsert(tx, 'action_updates', ['area_id', 'seed_key'], {
						...key,
						action_id: actionId,
						seed_key: `${act.key}-u${i + 1}`,
						happened_on: u.date,
						period: u.period,
						body: u.text,
						source_file: act.source
					});
				}
			}
		}
	}

	for (const e of seed.engagements) {
		engagementIds.set(
			e.key,
			await upsert(tx, 'engagements', ['area_id', 'seed_key'], {
				...key,
				seed_key: e.key,
				kind: e.kind,
				title: e.title,
				held_label: e.held,
				location: e.location,
				description: e.description,
				figures: JSON.stringify(e.figures),
				source_file: e.source,
				published: true
			})
		);
		counts.engagements++;
	}

	for (const [position, y] of seed.you_said.entries()) {
		const youSaidId = await upsert(
			tx,
			'you_said',
			['area_id', 'seed_key'],
			{
				...key,
				seed_key: y.key,
				statement: y.text,
				voice: y.voice,
				position,
				heard_on: y.heard_on,
				heard_period: y.heard_period,
				how_heard: y.how_heard,
				where_heard: y.where_heard,
				engagement_id: y.engagement ? engagementIds.get(y.engagement) : null,
				source_file: y.source,
				status: 'published'
			},
			// Set once, so re-seeding does not move the publication date.
			{ published_at: new Date().toISOString() }
		);
		counts.statements++;
		for (const [position, q] of y.quotes.entries()) {
			// Quotes printed in a published plan were already chosen and published by the area.
			await tx.query(
				`insert into public.you_said_quotes (area_id, you_said_id, position, body, speaker, source_file, published)
				 values ($1, $2, $3, $4, $5, $6, true)
				 on conflict (you_said_id, position) do update set body = excluded.body, speaker = excluded.speaker,
					source_file = excluded.source_file
				 where (you_said_quotes.body, you_said_quotes.speaker, you_said_quotes.source_file)
					is distinct from (excluded.body, excluded.speaker, excluded.source_file)`,
				[areaId, youSaidId, position, q.text, q.speaker, q.source]
			);
			counts.quotes++;
		}
		for (const pk of y.priorities)
			await tx.query(
				`insert into public.you_said_priorities (you_said_id, priority_id, area_id) values ($1, $2, $3)
				 on conflict do nothing`,
				[youSaidId, priorityIds.get(pk), areaId]
			);
		for (const ak of y.actions)
			await tx.query(
				`insert into public.you_said_actions (you_said_id, action_id, area_id, basis) values ($1, $2, $3, $4)
				 on conflict (you_said_id, action_id) do update set basis = excluded.basis
				 where you_said_actions.basis is distinct from excluded.basis`,
				[youSaidId, actionIds.get(ak), areaId, y.basis[ak]]
			);
		// Links the seed file no longer makes (a fix against the source) are removed.
		await tx.query(
			`delete from public.you_said_actions ya using public.actions a
			 where ya.you_said_id = $1 and a.id = ya.action_id and a.seed_key is not null
				and not (a.seed_key = any ($2::text[]))`,
			[youSaidId, y.actions]
		);
		for (const t of y.theme_ids)
			await tx.query(
				`insert into public.you_said_themes (you_said_id, theme_id, area_id) values ($1, $2, $3)
				 on conflict do nothing`,
				[youSaidId, t, areaId]
			);
	}
	return counts;
}

export async function seedThemes(tx: Tx, themes: SeedTheme[]): Promise<void> {
	for (const [position, t] of themes.entries()) {
		await tx.query(
			`insert into public.themes (id, area_id, name, description, position) values ($1, null, $2, $3, $4)
			 on conflict (id) do update set name = excluded.name, description = excluded.description,
				position = excluded.position
			 where (themes.name, themes.description, themes.position)
				is distinct from (excluded.name, excluded.description, excluded.position)`,
			[t.id, t.name, t.description, position]
		);
	}
}

/**
 * An area's population figures, matched on (area, key). Seeded figures dropped from the file are
 * removed; figures people added in the app (no seed key) are left alone.
 */
async function seedPopulation(tx: Tx, pop: AreaPopulation): Promise<number> {
	const area = await tx.query<{ id: string }>('select id from public.areas where slug = $1', [pop.area]);
	const areaId = area.rows[0]?.id;
	if (!areaId) throw new SeedError(`population for unknown area "${pop.area}"`);
	for (const f of pop.figures)
		await upsert(tx, 'area_population', ['area_id', 'seed_key'], {
			area_id: areaId,
			seed_key: f.key,
			dimension: f.dimension,
			group_key: f.group,
			locality: f.locality,
			age_range: f.age_range,
			count: f.count,
			share: f.share,
			qualifier: f.qualifier,
			population: f.population,
			year: f.year,
			source_file: f.source_file,
			quote: f.quote
		});
	await tx.query(
		`delete from public.area_population where area_id = $1 and seed_key is not null and not (seed_key = any ($2::text[]))`,
		[areaId, pop.figures.map((f) => f.key)]
	);
	return pop.figures.length;
}

/**
 * An area's metric series and values, matched on (area, key) and (series, period). Seeded series
 * dropped from the file are removed; series and values people added are left alone.
 */
async function seedMetrics(tx: Tx, m: AreaMetrics): Promise<number> {
	const area = await tx.query<{ id: string }>('select id from public.areas where slug = $1', [m.area]);
	const areaId = area.rows[0]?.id;
	if (!areaId) throw new SeedError(`metrics for unknown area "${m.area}"`);
	const priorities = await tx.query<{ id: string; seed_key: string }>(
		'select id, seed_key from public.priorities where area_id = $1 and seed_key is not null',
		[areaId]
	);
	const priorityId = new Map(priorities.rows.map((p) => [p.seed_key, p.id]));
	for (const s of m.series) {
		const seriesId = await upsert(tx, 'metric_series', ['area_id', 'seed_key'], {
			area_id: areaId,
			seed_key: s.key,
			title: s.title,
			definition: s.definition,
			phrase: s.phrase,
			unit: s.unit,
			geography: s.geography,
			direction: s.direction,
			source_file: s.source,
			source_section: s.section
		});
		// One statement per series for its values and one per link table: ~160 series load quickly.
		await tx.query(
			`insert into public.metric_values (area_id, series_id, period_label, period_end, value, target, note)
			 select $1, $2, p.label, p.period_end, p.value, p.target, p.note
			 from unnest($3::text[], $4::date[], $5::float8[], $6::float8[], $7::text[])
				as p(label, period_end, value, target, note)
			 on conflict (series_id, period_end) do update set period_label = excluded.period_label,
				value = excluded.value, target = excluded.target, note = excluded.note
			 where (metric_values.period_label, metric_values.value, metric_values.target, metric_values.note)
				is distinct from (excluded.period_label, excluded.value, excluded.target, excluded.note)`,
			[
				areaId,
				seriesId,
				s.points.map((p) => p.period),
				s.points.map((p) => p.period_end),
				s.points.map((p) => p.value),
				s.points.map((p) => p.target),
				s.points.map((p) => p.note)
			]
		);
		if (s.priorities.length)
			await tx.query(
				`insert into public.metric_priorities (series_id, priority_id, area_id)
				 select $1, p, $3 from unnest($2::uuid[]) p on conflict do nothing`,
				[seriesId, s.priorities.map((k) => priorityId.get(k)), areaId]
			);
		if (s.themes.length)
			await tx.query(
				`insert into public.metric_themes (series_id, theme_id, area_id)
				 select $1, t, $3 from unnest($2::text[]) t on conflict do nothing`,
				[seriesId, s.themes, areaId]
			);
	}
	await tx.query(
		`delete from public.metric_series where area_id = $1 and seed_key is not null and not (seed_key = any ($2::text[]))`,
		[areaId, m.series.map((s) => s.key)]
	);
	return m.series.length;
}

/** Seeds the themes and every area, each area in its own transaction. */
export async function seed(db: Db, { themes, areas, population = [], metrics = [] }: SeedData): Promise<SeedCounts[]> {
	await asOwner(db, (tx) => seedThemes(tx, themes));
	const counts: SeedCounts[] = [];
	for (const area of areas) counts.push(await asOwner(db, (tx) => seedOneArea(tx, area)));
	for (const pop of population) {
		const n = await asOwner(db, (tx) => seedPopulation(tx, pop));
		const c = counts.find((x) => x.area === pop.area);
		if (c) c.population = n;
	}
	for (const m of metrics) {
		const n = await asOwner(db, (tx) => seedMetrics(tx, m));
		const c = counts.find((x) => x.area === m.area);
		if (c) c.metrics = n;
	}
	return counts;
}

export async function hasAreas(db: Db): Promise<boolean> {
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from public.areas');
		return (rows[0]?.n ?? 0) > 0;
	});
}
