/**
 * How the board words and formats metric values: "70%", "19 days", "£31,538,000", and one plain
 * sentence per series ("In March 2024, 70% of ... The target is 95%."). Pure, for server and tests.
 */
import type { MetricUnit } from './schemas/metrics';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export function formatMetric(value: number, unit: MetricUnit): string {
	switch (unit) {
		case 'percent':
			return `${number.format(value)}%`;
		case 'days':
			return `${number.format(value)} day${value === 1 ? '' : 's'}`;
		case 'pounds':
			return `£${number.format(value)}`;
		case 'wte':
			return `${number.format(value)} full-time equivalent`;
		default:
			return number.format(value);
	}
}

/** "Mar-24" -> "March 2024"; other labels ("2023/24") as they are. */
export function periodWords(label: string): string {
	const m = /^([A-Z][a-z]{2})-(\d{2})$/.exec(label);
	if (m && MONTHS.includes(m[1]!)) return `${LONG_MONTHS[MONTHS.indexOf(m[1]!)]} 20${m[2]}`;
	return label;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * "In March 2024, 70% of young people with an eating disorder were seen within 4 weeks. The target
 * is 95%." from the title, for the latest period with a value (and the target for that period, or
 * the next target ahead).
 */
export function metricSentence(
	s: { title: string; phrase?: string | null; unit: MetricUnit; geography: string },
	points: { period_label: string; period_end: string; value: number | null; target: number | null }[]
): string {
	const latest = [...points].reverse().find((p) => p.value !== null);
	// The target for the latest figure's period, or else the next one stated after it.
	const targetPoint =
		latest && latest.target !== null
			? latest
			: points.find((p) => p.target !== null && (!latest || p.period_end > latest.period_end));
	const target = targetPoint?.target ?? null;
	let out = latest
		? s.phrase
			? `In ${periodWords(latest.period_label)}, ${s.phrase.replace('{value}', formatMetric(latest.value!, s.unit))}.`
			: `In ${periodWords(latest.period_label)}, ${lowerFirst(s.title)} (${s.geography}): ${formatMetric(latest.value!, s.unit)}.`
		: `There is no figure yet for ${lowerFirst(s.title)} (${s.geography}).`;
	if (targetPoint && target !== null)
		out += ` The target${targetPoint !== latest ? ` for ${periodWords(targetPoint.period_label)}` : ''} is ${formatMetric(target, s.unit)}.`;
	return out;
}
