/**
 * `boardJson` turns a board into the documented `/{area}/board.json` format (docs/board-json.md,
 * schema in schemas/board-json.ts).
 */
import { STATUS_LABEL } from '../../status';
import { boardQuery, type BoardJson } from '../../schemas/board-json';
import { VOICE_HEADING } from '../../voice';
import type { Board, BoardAction } from './board-types';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The board in the documented JSON format (docs/board-json.md, schema in schemas/board-json.ts). */
export function boardJson(
	board: Board,
	area: { slug: string; name: string; short_name: string },
	origin: string,
	now: Date = new Date()
): BoardJson {
	const base = `${origin}/${area.slug}`;
	const query = (page: number) => boardQuery(board.filters, page);
	type JsonAction = BoardJson['priorities'][number]['actions'][number];
	const action = (a: BoardAction): JsonAction => ({
		id: a.id,
		title: a.title,
		status: a.status,
		status_label: STATUS_LABEL[a.status] as JsonAction['status_label'],
		status_changed_at: iso(a.status_changed_at),
		done: a.status !== 'done' ? null : a.done_confirmed ? 'confirmed_by_young_people' : 'reported_by_owner',
		did_it_help: a.did_it_help,
		owner: { organisation: a.owner, role: a.owner_role },
		progress: a.progress,
		due_on: a.due_on,
		outcome: a.outcome ? { kind: a.status === 'not_doing' ? 'why_not' : 'what_changed', text: a.outcome } : null,
		evidence_url: a.evidence_url,
		priority: { id: a.priority_id, number: a.priority_number },
		latest_update: a.latest_update
			? {
					date: a.latest_update.happened_on,
					period: a.latest_update.period,
					text: a.latest_update.body,
					evidence_url: a.latest_update.evidence_url
				}
			: null,
		milestones: a.milestones.map((m) => ({ id: m.id, title: m.title, due_on: m.due_on, done_on: m.done_on })),
		url: `${base}/priorities/${a.priority_id}`
	});
	return {
		schema_version: 2,
		area: { slug: area.slug, name: area.name, short_name: area.short_name },
		board_url: `${base}/board${query(board.page.number)}`,
		embed_url: `${base}/board/embed`,
		generated_at: now.toISOString(),
		last_updated: iso(board.last_updated),
		filters: { priority: board.filters.priority, theme: board.filters.theme, status: board.filters.status },
		page: {
			number: board.page.number,
			size: board.page.size,
			pages: board.page.pages,
			next_url: board.page.number < board.page.pages ? `${base}/board.json${query(board.page.number + 1)}` : null
		},
		totals: { ...board.totals, by_status: { ...board.totals.by_status } },
		priorities: board.groups.map((g) => ({
			id: g.priority?.id ?? null,
			number: g.priority?.number ?? null,
			title: g.priority?.title ?? null,
			plan_title: g.priority?.plan_title ?? null,
			url: g.priority ? `${base}/priorities/${g.priority.id}` : null,
			statement_count: g.statement_count,
			statements: g.statements.map((s) => ({
				id: s.id,
				statement: s.statement,
				heard: {
					on: s.heard_on,
					period: s.heard_period,
					how: s.how_heard,
					where: s.where_heard,
					engagement: s.engagement_title
				},
				published_at: iso(s.published_at)!,
				themes: s.themes.map((t) => ({ id: t.id, name: t.name })),
				quotes: s.quotes.map((q) => ({ id: q.id, text: q.body, speaker: q.speaker })),
				voice: { kind: s.voice, heading: VOICE_HEADING[s.voice] },
				voices: s.voices ? { ...s.voices } : null,
				action_ids: s.actions.map((a) => a.id),
				links: s.actions.map((a) => ({ action_id: a.id, basis: s.basis[a.id] ?? 'inferred' })),
				priority_ids: [...s.priority_ids],
				source_file: s.source_file
			})),
			actions: g.actions.map(action),
			metric_ids: g.metrics.map((m) => m.id)
		})),
		metrics: board.metrics.map((m) => ({
			id: m.id,
			title: m.title,
			definition: m.definition,
			unit: m.unit,
			geography: m.geography,
			direction: m.direction,
			sentence: m.sentence,
			source: { file: m.source_file, title: m.source_title, section: m.source_section },
			priority_ids: [...m.priority_ids],
			theme_ids: [...m.theme_ids],
			points: m.points.map((p) => ({
				period: p.period_label,
				period_end: p.period_end,
				value: p.value,
				target: p.target,
				note: p.note
			}))
		})),
		themes_over_time: {
			periods: [...board.volumes.periods],
			series: board.volumes.series.map((s) => ({ theme: { ...s.theme }, counts: s.counts.map((c) => ({ ...c })) }))
		},
		still_hearing: board.still_hearing.map((s) => ({
			theme: { ...s.theme },
			since: iso(s.since)!,
			count: { ...s.count },
			actions: s.actions.map((a) => ({ id: a.id, title: a.title, done_at: iso(a.status_changed_at)! })),
			action_count: s.action_count
		})),
		decision_log: board.decisions.map((d) => ({
			id: d.id,
			kind: d.kind,
			summary: d.summary,
			reason: d.reason,
			theme_ids: [...d.theme_ids],
			from_theme_ids: [...d.from_theme_ids],
			decided_by: d.decided_by,
			decided_at: iso(d.decided_at)!
		})),
		engagements: board.engagements.map((e) => ({
			id: e.id,
			title: e.title,
			when: e.held_label,
			where: e.location,
			description: e.description,
			figures: e.figures.map((f) => ({ label: f.label, value: f.value }))
		}))
	};
}
