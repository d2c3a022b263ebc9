/**
 * A metric series as a small line chart drawn on the server as SVG (no JavaScript): the values as
 * a solid line, the target as a dashed line, with the first and last periods and the value range
 * labelled. A table beside it carries every number, so the chart is a picture with a short
 * description (its `<title>`), not the only way to read the figures.
 */
import { formatMetric, periodWords } from '../metrics-format';
import type { MetricSeries } from './services/metrics';

const W = 320;
const H = 170;
const PAD = { left: 8, right: 8, top: 28, bottom: 24 };

const esc = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const r = (n: number) => Math.round(n * 10) / 10;

export function metricChartSvg(s: Pick<MetricSeries, 'id' | 'unit' | 'points' | 'sentence'>): string {
	const pts = s.points;
	const all = pts.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
	if (!pts.length || !all.length) return '';
	let lo = Math.min(0, ...all);
	let hi = Math.max(...all);
	if (hi === lo) hi = lo + 1;
	hi += (hi - lo) * 0.08;
	lo = lo < 0 ? lo - (hi - lo) * 0.08 : lo;
	const x = (i: number) =>
		PAD.left +
		(pts.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (pts.length - 1));
	const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
	/** Runs of consecutive points with a number, as path data (a gap breaks the line). */
	const path = (get: (i: number) => number | null) => {
		let d = '';
		let open = false;
		pts.forEach((_, i) => {
			const v = get(i);
			if (v === null) {
				open = false;
				return;
			}
			d += `${open ? 'L' : 'M'}${r(x(i))} ${r(y(v))}`;
			open = true;
		});
		return d;
	};
	const valuePath = path((i) => pts[i]!.value);
	const targetPath = path((i) => pts[i]!.target);
	const dots = pts
		.map((p, i) => (p.value === null ? '' : `<circle cx="${r(x(i))}" cy="${r(y(p.value))}" r="3" fill="#005eb8"/>`))
		.join('');
	const targetDots = pts
		.map((p, i) =>
			p.target === null || p.value !== null
				? ''
				: `<circle cx="${r(x(i))}" cy="${r(y(p.target))}" r="3" fill="#fff" stroke="#212b32" stroke-width="1.5"/>`
		)
		.join('');
	const hasTarget = pts.some((p) => p.target !== null);
	const first = periodWords(pts[0]!.period_label);
	const last = periodWords(pts.at(-1)!.period_label);
	const id = `chart-${s.id}`;
	return [
		`<svg class="app-metric-chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${id}" focusable="false" xmlns="http://www.w3.org/2000/svg">`,
		`<title id="${id}">${esc(s.sentence)}</title>`,
		`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${r(y(lo < 0 ? 0 : lo))}" y2="${r(y(lo < 0 ? 0 : lo))}" stroke="#768692" stroke-width="1"/>`,
		`<text x="${PAD.left}" y="12" font-size="11" fill="#212b32">`,
		`<tspan fill="#005eb8">●</tspan> Actual`,
		hasTarget ? ` <tspan dx="10" fill="#212b32">- - -</tspan> Target` : '',
		`</text>`,
		`<text x="${W - PAD.right}" y="12" font-size="11" fill="#4c6272" text-anchor="end">Top: ${esc(formatMetric(Math.round(hi), s.unit))}</text>`,
		targetPath ? `<path d="${targetPath}" fill="none" stroke="#212b32" stroke-width="2" stroke-dasharray="6 4"/>` : '',
		valuePath ? `<path d="${valuePath}" fill="none" stroke="#005eb8" stroke-width="3"/>` : '',
		dots,
		targetDots,
		`<text x="${PAD.left}" y="${H - 6}" font-size="11" fill="#4c6272">${esc(first)}</text>`,
		pts.length > 1
			? `<text x="${W - PAD.right}" y="${H - 6}" font-size="11" fill="#4c6272" text-anchor="end">${esc(last)}</text>`
			: '',
		`</svg>`
	].join('');
}
