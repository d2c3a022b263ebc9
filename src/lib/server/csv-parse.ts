/**
 * Reads CSV files staff send back after editing an export (src/lib/server/csv.ts writes them),
 * with `csv-parse`: comma-separated, quoted fields that may hold commas, quotes and line breaks,
 * CRLF/LF/CR line ends (spreadsheets differ), a byte order mark dropped. Anything malformed is an
 * error naming the spreadsheet row, never a guess.
 */
import { CsvError, parse } from 'csv-parse/sync';

export class CsvParseError extends Error {
	constructor(
		/** The spreadsheet row (1 is the header) where the problem is. */
		readonly row: number,
		message: string
	) {
		super(`Row ${row}: ${message}`);
	}
}

const PLAIN: Record<string, string> = {
	CSV_INVALID_CLOSING_QUOTE: 'text after the closing quote of a field: put a comma between fields',
	CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed: a quote mark is missing',
	INVALID_OPENING_QUOTE:
		'a quote mark in the middle of a field: put the whole field in quotes and double the quote marks inside it'
};

/** Records as arrays of fields, in file order. A final line break does not add an empty record. */
export function parseCsv(input: string): string[][] {
	try {
		return parse(input, {
			bom: true,
			relax_column_count: true,
			skip_empty_lines: false,
			record_delimiter: ['\r\n', '\n', '\r']
		}) as string[][];
	} catch (e) {
		if (e instanceof CsvError) {
			const row = Number((e as CsvError & { lines?: number }).lines ?? 1);
			throw new CsvParseError(row, PLAIN[e.code] ?? e.message);
		}
		throw e;
	}
}

/**
 * The inverse of the export's formula guard: csv.ts writes a cell that a spreadsheet would run as
 * a formula (starting = + - @ tab or CR) with a leading apostrophe; reading it back drops it.
 */
export function unguardCell(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
