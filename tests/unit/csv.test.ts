import { describe, expect, it } from 'vitest';
import { csvDownload, fileNamePart, toCsv } from '../../src/lib/server/csv';

const BOM = '\uFEFF';

/** The records after the BOM, split on CRLF (the last record is CRLF-terminated too). */
function body(csv: string): string {
	expect(csv.startsWith(BOM)).toBe(true);
	expect(csv.endsWith('\r\n')).toBe(true);
	return csv.slice(1, -2);
}

/** A strict RFC 4180 reader, to prove that what we write reads back cell for cell. */
function parse(csv: string): string[][] {
	const text = body(csv);
	const records: string[][] = [[]];
	let i = 0;
	while (i <= text.length) {
		const record = records[records.length - 1] ?? [];
		let cell = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				const quote = text.indexOf('"', i);
				if (quote < 0) throw new Error('unterminated quote');
				cell += text.slice(i, quote);
				i = quote + 1;
				if (text[i] !== '"') break;
				cell += '"';
				i++;
			}
		} else {
			const end = text.slice(i).search(/,|\r\n|$/);
			cell = text.slice(i, i + end);
			expect(cell, 'unquoted cell').not.toMatch(/["\r\n]/);
			i += end;
		}
		record.push(cell);
		if (text[i] === ',') i++;
		else if (text.startsWith('\r\n', i)) {
			records.push([]);
			i += 2;
		} else if (i === text.length) break;
		else throw new Error(`unexpected character at ${i}`);
	}
	return records;
}

describe('CSV export', () => {
	it('starts with a UTF-8 byte order mark so Excel reads accents and emoji', () => {
		const csv = toCsv(['a'], [['b']]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	});

	it('ends every record, the last included, with CRLF', () => {
		expect(
			toCsv(
				['q1', 'q2'],
				[
					['a', 'b'],
					['c', 'd']
				]
			)
		).toBe(`${BOM}q1,q2\r\na,b\r\nc,d\r\n`);
	});

	it('leaves simple cells unquoted', () => {
		expect(body(toCsv(['name', 'score'], [['Zoë', 4]]))).toBe('name,score\r\nZoë,4');
	});

	it('quotes cells holding commas, quotes or line breaks and doubles the quotes', () => {
		const rows = [['a, b', 'she said "hi"', 'line one\nline two', 'cr\rlf\r\n']];
		expect(body(toCsv(['w', 'x', 'y', 'z'], rows))).toBe(
			'w,x,y,z\r\n"a, b","she said ""hi""","line one\nline two","cr\rlf\r\n"'
		);
	});

	it('reads back cell for cell, line breaks, quotes and emoji included', () => {
		const header = ['Answer', 'Feeling'];
		const rows = [
			['The counsellor was "really" kind, thank you 💚', '😀'],
			['Waited 6 weeks\r\nthen gave up', 'café, naïve, Ångström'],
			['👩🏽‍🦱 family emoji 👨‍👩‍👧', '']
		];
		expect(parse(toCsv(header, rows))).toEqual([header, ...rows]);
	});

	it('survives the round trip through UTF-8 bytes, the way a file download travels', () => {
		const rows = [['🏳️‍🌈 proud', 'Łódź']];
		const bytes = Buffer.from(toCsv(['a', 'b'], rows), 'utf8');
		expect(parse(bytes.toString('utf8'))).toEqual([['a', 'b'], ...rows]);
	});

	it.each([
		['=', '=HYPERLINK("http://evil.example","Click")'],
		['+', '+1+cmd|" /C calc"!A0'],
		['-', '-2+3+cmd|" /C calc"!A0'],
		['@', '@SUM(1+9)*cmd|" /C calc"!A0'],
		['a tab', '\t=1+1'],
		['a carriage return', '\r=1+1']
	])('neutralises a cell starting with %s by prefixing an apostrophe', (_, cell) => {
		const [, row] = parse(toCsv(['answer'], [[cell]]));
		expect(row).toEqual([`'${cell}`]);
	});

	it('neutralises formula-like headers too, since question titles are typed by staff', () => {
		expect(parse(toCsv(['=1+1', 'ok'], []))).toEqual([["'=1+1", 'ok']]);
	});

	it('leaves cells that only contain a formula character later on alone', () => {
		expect(parse(toCsv(['a', 'b'], [['a=b', 'me@example.org']]))[1]).toEqual(['a=b', 'me@example.org']);
	});

	it('keeps negative numbers as numbers, whether passed as numbers or plain numeric text', () => {
		expect(body(toCsv(['n', 'm', 'x', 'y', 'big'], [[-3, '-3', -0.5, '-0.25', -1e21]]))).toBe(
			'n,m,x,y,big\r\n-3,-3,-0.5,-0.25,-1e+21'
		);
	});

	it('still neutralises text that only looks partly numeric', () => {
		expect(parse(toCsv(['a', 'b', 'c'], [['-3+cmd', '-1e5', '+3']]))[1]).toEqual(["'-3+cmd", "'-1e5", "'+3"]);
	});

	it('treats non-finite numbers as text, so -Infinity cannot start a formula', () => {
		expect(parse(toCsv(['a', 'b'], [[-Infinity, NaN]]))[1]).toEqual(["'-Infinity", 'NaN']);
	});

	it('writes dates as ISO 8601 in UTC', () => {
		const when = new Date(Date.UTC(2026, 2, 5, 14, 7, 9, 120));
		expect(parse(toCsv(['submitted'], [[when]]))[1]).toEqual(['2026-03-05T14:07:09.120Z']);
	});

	it('refuses an invalid date rather than writing garbage', () => {
		expect(() => toCsv(['submitted'], [[new Date('nope')]])).toThrow(RangeError);
	});

	it('writes null and undefined as empty cells', () => {
		expect(body(toCsv(['a', 'b', 'c'], [[null, undefined, 0]]))).toBe('a,b,c\r\n,,0');
	});

	it('refuses a row whose length differs from the header, so answers cannot shift columns', () => {
		expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/row 2 has 1 cells/);
	});

	it('writes just the header when there are no responses yet', () => {
		expect(toCsv(['id', 'answer'], [])).toBe(`${BOM}id,answer\r\n`);
	});
});

describe('CSV download', () => {
	it('is an attachment under the name given, never cached, holding the whole file', async () => {
		const res = csvDownload({ header: ['a'], rows: [['=1+1']] }, 'area-things.csv');
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="area-things.csv"');
		expect(res.headers.get('cache-control')).toBe('no-store');
		// Read as bytes: Response.text() would drop the byte order mark.
		expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe(toCsv(['a'], [['=1+1']]));
	});

	it('names the file by lower-case words and hyphens, or the fallback when none are left', () => {
		expect(fileNamePart('Youth Club: Night #2!', 'event')).toBe('youth-club-night-2');
		expect(fileNamePart('***', 'survey')).toBe('survey');
	});
});
