import { describe, expect, it } from 'vitest';
import { CsvParseError, parseCsv, unguardCell } from '../../src/lib/server/csv-parse';
import { toCsv } from '../../src/lib/server/csv';

describe('parseCsv (RFC 4180)', () => {
	it('reads plain and quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
		expect(parseCsv('a,b,c\r\n1,"two, three","say ""hi"""\r\n"multi\nline",,x\r\n')).toEqual([
			['a', 'b', 'c'],
			['1', 'two, three', 'say "hi"'],
			['multi\nline', '', 'x']
		]);
	});

	it('accepts LF or CR line endings, no final line break, and drops a byte order mark', () => {
		expect(parseCsv('\uFEFFa,b\n1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(parseCsv('a,b\r1,2\r')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
		expect(parseCsv('')).toEqual([]);
		expect(parseCsv('""')).toEqual([['']]);
	});

	it('refuses malformed quoting with the row it is on', () => {
		expect(() => parseCsv('a,b\n1,"open')).toThrow(
			new CsvParseError(2, 'a quoted field is never closed: a quote mark is missing')
		);
		expect(() => parseCsv('a\nb\nab"c')).toThrow(/^Row 3: a quote mark in the middle of a field/);
		expect(() => parseCsv('"a"b')).toThrow(/^Row 1: text after the closing quote/);
	});

	it('reads back exactly what toCsv wrote, undoing its formula guard', () => {
		const rows = [
			['=1+1', '+44 7700 900000', '-3', '@name', 'plain, with "quotes"\r\nand a break', ''],
			['émoji 🙂', "'=already quoted", 'x', 'y', 'z', '-0.5']
		];
		const header = ['a', 'b', 'c', 'd', 'e', 'f'];
		const back = parseCsv(toCsv(header, rows)).map((r) => r.map(unguardCell));
		expect(back).toEqual([
			header,
			...rows.map((r) => r.map((c) => (c === "'=already quoted" ? '=already quoted' : c)))
		]);
	});
});
