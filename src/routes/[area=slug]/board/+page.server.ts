import * as board from '$lib/server/services/board';
import { loadBoard } from './board-query';
import { metricChartSvg } from '$lib/server/metric-chart';
import { londonToday } from '$lib/dates';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = await event.parent();
	// The feedback figures are shared between visitors for a minute (and read alongside).
	const figures = board.publicFeedbackFigures(event.locals.db, area.id);
	const { board: b, problems } = await loadBoard(event, area.id, { figures });
	// Charts are drawn here as SVG, so they need no JavaScript in the browser.
	// A single figure is a sentence and a table row, not a chart (an empty box on a phone).
	const charts = Object.fromEntries(
		b.metrics.map((m) => [m.id, m.points.filter((p) => p.value !== null).length > 1 ? metricChartSvg(m) : ''])
	);
	return { board: b, problems, origin: event.url.origin, charts, today: londonToday() };
}) satisfies PageServerLoad;
