// Command line for the text-analysis library.
//   npm run --silent nlp -- tag [--area SLUG]        JSONL in -> one JSON line out per input line
//   npm run --silent nlp -- themes [--area SLUG]     the taxonomy as JSON
//   npm run --silent nlp -- emerging [--area SLUG] [--all] [--min-support N] [--limit N]
// Exit status: 0 when the input was read to the end (bad lines are reported in place),
// 2 for unusable arguments (including an unknown area), 1 if the area could not be loaded.
import readline from 'node:readline';
import { RESPONDENT_ROLES } from '../lib/vocabulary';
import {
	createAnalyser,
	defaultThemes,
	type Analyser,
	type Role,
	type ThemeDef,
	type ThemeModel
} from '../lib/nlp/index';

const USAGE = `Usage:
  nlp tag [--area SLUG]       read JSON Lines {"id","text","role"?} on stdin, write one JSON line per input line
  nlp themes [--area SLUG]    print the theme taxonomy as JSON
  nlp emerging [--area SLUG] [--all] [--min-support N] [--limit N]
                              read JSON Lines on stdin, print candidate new themes as JSON
Without --area the default taxonomy and the built-in model are used.
role, when given, is one of: ${RESPONDENT_ROLES.join(', ')}.
`;

const ROLES: ReadonlySet<string> = new Set(RESPONDENT_ROLES);
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const MAX_TEXT = 100_000;

/** What the database layer provides for --area (src/lib/server/nlp-area.ts). */
interface AreaAnalysis {
	themes: ThemeDef[];
	model: ThemeModel | null;
}
type LoadAreaAnalysis = (slug: string) => Promise<AreaAnalysis | null>;

class UsageError extends Error {}

interface Args {
	command: 'tag' | 'themes' | 'emerging';
	area?: string;
	all: boolean;
	minSupport?: number;
	limit?: number;
}

function parseArgs(argv: string[]): Args | 'help' {
	const [command, ...rest] = argv;
	if (command === '--help' || command === '-h' || command === 'help') return 'help';
	if (command !== 'tag' && command !== 'themes' && command !== 'emerging') {
		throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
	}
	const args: Args = { command, all: false };
	const int = (name: string, v: string | undefined) => {
		if (v === undefined || !/^\d+$/.test(v) || Number(v) < 1)
			throw new UsageError(`${name} needs a whole number of at least 1`);
		return Number(v);
	};
	for (let i = 0; i < rest.length; i++) {
		const raw = rest[i] as string;
		const eq = raw.indexOf('=');
		const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
		const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
		const value = () => inline ?? rest[++i];
		if (flag === '--help' || flag === '-h') return 'help';
		if (flag === '--area') {
			const slug = value();
			if (!slug || slug.startsWith('--')) throw new UsageError('--area needs an area slug, e.g. --area llr');
			if (!SLUG.test(slug))
				throw new UsageError(`"${slug}" is not an area slug (lower-case letters, digits and hyphens)`);
			args.area = slug;
		} else if (command === 'emerging' && flag === '--all') args.all = true;
		else if (command === 'emerging' && flag === '--min-support') args.minSupport = int('--min-support', value());
		else if (command === 'emerging' && flag === '--limit') args.limit = int('--limit', value());
		else throw new UsageError(`unknown ${raw.startsWith('-') ? 'option' : 'argument'} "${raw}" for ${command}`);
	}
	return args;
}

async function loadAnalyser(area: string | undefined): Promise<Analyser> {
	if (!area) return createAnalyser();
	// The database layer is imported only when an area is asked for, so the default path
	// needs no database and starts fast. The specifier is a variable so this file type-checks
	// before src/lib/server/nlp-area.ts exists.
	const specifier = '../lib/server/nlp-area';
	let load: LoadAreaAnalysis;
	try {
		const mod = (await import(specifier)) as { loadAreaAnalysis?: LoadAreaAnalysis };
		if (typeof mod.loadAreaAnalysis !== 'function')
			throw new Error('src/lib/server/nlp-area does not export loadAreaAnalysis');
		load = mod.loadAreaAnalysis;
	} catch (err) {
		throw new Error(`cannot load area analysis: ${(err as Error).message}`);
	}
	const found = await load(area);
	if (!found) throw new UsageError(`unknown area "${area}"`);
	return createAnalyser({ themes: found.themes, model: found.model });
}

/** Buffered stdout that respects back-pressure and stops quietly if the reader goes away. */
function output() {
	let buf = '';
	let closed = false;
	process.stdout.on('error', (err: NodeJS.ErrnoException) => {
		if (err.code === 'EPIPE') closed = true;
		else throw err;
	});
	const flush = async () => {
		if (!buf || closed) return;
		const chunk = buf;
		buf = '';
		if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
	};
	return {
		get closed() {
			return closed;
		},
		async line(obj: unknown) {
			buf += JSON.stringify(obj) + '\n';
			if (buf.length > 65_536) await flush();
		},
		flush
	};
}

interface Parsed {
	id: string | number | null;
	text: string;
	role?: Role;
}

function parseLine(line: string): Parsed | string {
	if (!line.trim()) return 'empty line: expected a JSON object';
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (err) {
		return `invalid JSON: ${(err as Error).message}`;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return 'expected a JSON object like {"id": "...", "text": "..."}';
	const o = value as Record<string, unknown>;
	if (typeof o.text !== 'string') return '"text" is required and must be a string';
	if (o.text.length > MAX_TEXT) return `"text" is longer than ${MAX_TEXT} characters`;
	if (o.id !== undefined && o.id !== null && typeof o.id !== 'string' && typeof o.id !== 'number')
		return '"id" must be a string or a number';
	if (o.role !== undefined && o.role !== null && (typeof o.role !== 'string' || !ROLES.has(o.role))) {
		return `"role" must be one of ${[...ROLES].join(', ')}`;
	}
	const parsed: Parsed = { id: (o.id as string | number | undefined) ?? null, text: o.text };
	if (typeof o.role === 'string') parsed.role = o.role as Role;
	return parsed;
}

async function* lines(): AsyncGenerator<[number, string]> {
	const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
	let n = 0;
	for await (const line of rl) yield [++n, line];
}

async function tag(analyser: Analyser): Promise<void> {
	const out = output();
	for await (const [n, line] of lines()) {
		if (out.closed) break;
		const parsed = parseLine(line);
		if (typeof parsed === 'string') {
			await out.line({ line: n, error: parsed });
			continue;
		}
		try {
			const a = analyser.analyse(parsed.text, parsed.role ? { role: parsed.role } : {});
			await out.line({
				id: parsed.id,
				themes: a.themes,
				scores: a.scores,
				sentiment: a.sentiment,
				safeguarding: a.safeguarding,
				safeguarding_reasons: a.safeguarding_reasons,
				// urgent | high | concern when flagged (safeguarding is true for all three), else null.
				severity: a.safeguarding ? (a.safeguarding_severity ?? 'high') : null,
				redacted: a.redacted
			});
		} catch (err) {
			// One bad statement must not stop the batch.
			await out.line({ line: n, error: `analysis failed: ${(err as Error).message}` });
		}
	}
	await out.flush();
}

async function emerging(analyser: Analyser, args: Args): Promise<void> {
	const inputs: Array<{ id?: string | number; text: string }> = [];
	for await (const [n, line] of lines()) {
		const parsed = parseLine(line);
		if (typeof parsed === 'string') {
			process.stderr.write(JSON.stringify({ line: n, error: parsed }) + '\n');
			continue;
		}
		inputs.push(parsed.id === null ? { text: parsed.text } : { id: parsed.id, text: parsed.text });
	}
	const options: { all?: boolean; minSupport?: number; limit?: number } = {};
	if (args.all) options.all = true;
	if (args.minSupport) options.minSupport = args.minSupport;
	if (args.limit) options.limit = args.limit;
	process.stdout.write(JSON.stringify(analyser.emergingThemes(inputs, options), null, 2) + '\n');
}

async function main(argv: string[]): Promise<number> {
	let args: Args | 'help';
	try {
		args = parseArgs(argv);
	} catch (err) {
		if (err instanceof UsageError) {
			process.stderr.write(`nlp: ${err.message}\n\n${USAGE}`);
			return 2;
		}
		throw err;
	}
	if (args === 'help') {
		process.stdout.write(USAGE);
		return 0;
	}
	let analyser: Analyser;
	try {
		analyser = await loadAnalyser(args.area);
	} catch (err) {
		process.stderr.write(`nlp: ${(err as Error).message}\n`);
		return err instanceof UsageError ? 2 : 1;
	}
	if (args.command === 'themes') {
		const themes = args.area ? analyser.themes : defaultThemes;
		process.stdout.write(
			JSON.stringify(
				themes.map((t) => ({ id: t.id, name: t.name, description: t.description ?? '' })),
				null,
				2
			) + '\n'
		);
		return 0;
	}
	if (args.command === 'tag') await tag(analyser);
	else await emerging(analyser, args);
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(err: unknown) => {
		process.stderr.write(`nlp: ${(err as Error).stack ?? String(err)}\n`);
		process.exitCode = 1;
	}
);
