/**
 * Spreadsheet-safe CSV for exports that staff open in Excel, LibreOffice or Google Sheets.
 *
 * A small RFC 4180 encoder written here because no CSV library is installed and the format is
 * simple enough that a dependency would add more risk than it removes.
 */

export type CsvCell = string | number | null | undefined | Date;

// Excel needs the byte order mark to read the file as UTF-8; without it accents and emoji in
// young people's answers turn into mojibake.
const BOM = '\uFEFF';
// RFC 4180 line ending; Excel on Windows also expects it.
const CRLF = '\r\n';

// OWASP CSV injection: a spreadsheet treats a cell starting with any of these as a formula (tab
// and carriage return because some programs strip them and then see the next character).
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain decimal such as "-3" or "-0.5" is data, not a formula; prefixing it would turn a
// number into text and break sums.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Text as the spreadsheet should show it, before quoting. */
function cellText(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) throw new RangeError('Cannot write an invalid Date to CSV');
		return cell.toISOString();
	}
	// A real number can never be a formula, even a negative one or "-1e+21".
	if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
	// Anything else, including NaN and -Infinity, is checked as text.
	const text = String(cell);
	if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `'${text}`;
	return text;
}

/** RFC 4180: quote a field holding a quote, comma or line break, and double any quotes inside. */
function field(cell: CsvCell): string {
	const text = cellText(cell);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file as one string: BOM, header, then one CRLF-terminated record per row. Every row
 * must have as many cells as the header, so a bug upstream cannot shift answers into the wrong
 * column unnoticed.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
	const lines = [header.map(field).join(',')];
	rows.forEach((row, i) => {
		if (row.length !== header.length) {
			throw new RangeError(`CSV row ${i + 1} has ${row.length} cells but the header has ${header.length}`);
		}
		lines.push(row.map(field).join(','));
	});
	return BOM + lines.join(CRLF) + CRLF;
}

/** The CSV as a download saved under `filename`; never cached, since staff exports hold people's words. */
export function csvDownload(csv: { header: string[]; rows: CsvCell[][] }, filename: string): Response {
	return new Response(toCsv(csv.header, csv.rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}

/** A name as part of a file name: lower case, each run of other characters than a-z and 0-9 one hyphen. */
export function fileNamePart(name: string, fallback: string): string {
	return (
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || fallback
	);
}
