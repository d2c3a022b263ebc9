/**
 * One size limit per endpoint (issue 13, item 11; src/lib/limits.ts): the limits fit inside each
 * other and inside the server's own cap, so whatever one step accepts the next accepts too (the
 * CSV import's files of 384-512 KB used to preview and then fail to save), and a form too big to
 * read is answered with words, not the adapter's error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BODY_SIZE_LIMIT,
	CAPTURE_BATCH_BYTES,
	CAPTURE_SYNC_MAX_BYTES,
	CSV_IMPORT_MAX_BYTES,
	CSV_IMPORT_REQUEST_MAX_BYTES,
	METRIC_CSV_MAX_BYTES,
	REQUEST_MAX_BYTES,
	TOO_BIG_MESSAGE,
	kb
} from '../../src/lib/limits';
import { BATCH_BYTES, MAX_SYNC_BYTES } from '../../src/lib/events/queue';
import { readForm } from '../../src/lib/server/forms';

/** adapter-node's reading of BODY_SIZE_LIMIT (512K, 1M, or bytes). */
const asBytes = (v: string) => {
	const m = /^(\d+)([KMG]?)$/.exec(v)!;
	return Number(m[1]) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2] as '' | 'K' | 'M' | 'G'];
};
/** Room for a multipart form's boundaries, headers and small fields. */
const FORM_OVERHEAD = 10_000;

describe('size limits', () => {
	it('states the server cap that npm start sets', () => {
		expect(asBytes(BODY_SIZE_LIMIT)).toBe(REQUEST_MAX_BYTES);
		const start = readFileSync('scripts/start.js', 'utf8');
		expect(start).toContain(`BODY_SIZE_LIMIT: '${BODY_SIZE_LIMIT}'`);
	});

	it('lets the CSV import save every file its check accepted, within the server cap', () => {
		// The check step sends the file; the save step sends it back as base64.
		expect(CSV_IMPORT_MAX_BYTES + FORM_OVERHEAD).toBeLessThanOrEqual(CSV_IMPORT_REQUEST_MAX_BYTES);
		expect(Math.ceil(CSV_IMPORT_MAX_BYTES / 3) * 4 + FORM_OVERHEAD).toBeLessThanOrEqual(CSV_IMPORT_REQUEST_MAX_BYTES);
		expect(CSV_IMPORT_REQUEST_MAX_BYTES).toBeLessThan(REQUEST_MAX_BYTES);
		expect(kb(CSV_IMPORT_MAX_BYTES)).toBe('250 KB');
	});

	it('keeps the metric CSV (pasted and as a file) and the capture queue under their endpoints', () => {
		expect(2 * METRIC_CSV_MAX_BYTES + FORM_OVERHEAD).toBeLessThan(REQUEST_MAX_BYTES);
		expect(CAPTURE_BATCH_BYTES).toBeLessThan(CAPTURE_SYNC_MAX_BYTES);
		expect(CAPTURE_SYNC_MAX_BYTES).toBeLessThan(REQUEST_MAX_BYTES);
		expect([MAX_SYNC_BYTES, BATCH_BYTES]).toEqual([CAPTURE_SYNC_MAX_BYTES, CAPTURE_BATCH_BYTES]);
	});

	it('says in plain words what is too big', () => {
		expect(TOO_BIG_MESSAGE).toContain('524 KB');
		expect(TOO_BIG_MESSAGE).not.toMatch(/content-length|exceeds|payload/i);
	});

	it('refuses a form over its limit before reading it, and reads one under it', async () => {
		const form = new FormData();
		form.set('file', new File(['a'.repeat(1000)], 'actions.csv', { type: 'text/csv' }));
		const request = () => new Request('http://x.test/', { method: 'POST', body: form });
		const size = Number((await request().arrayBuffer()).byteLength);
		// Browsers always send Content-Length with a form.
		const over = new Request('http://x.test/', {
			method: 'POST',
			body: form,
			headers: { 'content-length': String(size) }
		});
		expect(await readForm(over, size - 1)).toBeNull();
		const ok = await readForm(
			new Request('http://x.test/', { method: 'POST', body: form, headers: { 'content-length': String(size) } }),
			size
		);
		expect((ok?.get('file') as File).size).toBe(1000);
		// A body the server stopped reading (adapter-node's own cap) is refused the same way.
		const cut = new Request('http://x.test/', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: new ReadableStream({
				start(c) {
					c.error(Object.assign(new Error('Payload Too Large'), { status: 413 }));
				}
			}),
			duplex: 'half'
		} as RequestInit);
		expect(await readForm(cut, REQUEST_MAX_BYTES)).toBeNull();
	});
});
