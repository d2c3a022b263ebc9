import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPng, qrSvg } from '../../src/lib/server/share';

const URL_ = 'https://saidanddone.example/s/k3Xq9TzP';

/**
 * A small XML well-formedness check (no XML parser is installed): every tag is balanced, every
 * attribute is quoted, there is one root element, and text holds no raw "<" or stray "&".
 */
function assertWellFormed(xml: string): void {
	const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
	const stack: string[] = [];
	let roots = 0;
	let last = 0;
	for (const match of xml.matchAll(tag)) {
		const text = xml.slice(last, match.index);
		expect(text, 'text between tags').not.toMatch(/<|&(?!(amp|lt|gt|quot|apos);)/);
		if (stack.length === 0) expect(text.trim(), 'nothing outside the root').toBe('');
		last = match.index + match[0].length;
		const [, closing, name, , selfClosing] = match;
		if (closing) {
			expect(stack.pop(), `closing </${name}>`).toBe(name);
		} else {
			if (stack.length === 0) roots++;
			if (!selfClosing) stack.push(name ?? '');
		}
	}
	expect(xml.slice(last).trim(), 'nothing after the root').toBe('');
	expect(stack, 'unclosed tags').toEqual([]);
	expect(roots).toBe(1);
}

/** Rebuild the dark modules from the SVG path ("M x y.5", "m dx 0", "h n"), one per row. */
function modulesFromPath(d: string, side: number): boolean[] {
	const dark = new Array<boolean>(side * side).fill(false);
	let x = 0;
	let y = 0;
	for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
		if (cmd === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
		else if (cmd === 'm') x += Number(a);
		else for (let i = 0; i < Number(a); i++) dark[y * side + x++] = true;
	}
	return dark;
}

describe('survey QR code as SVG', () => {
	it('is one well-formed, standalone SVG element with a viewBox', async () => {
		const svg = await qrSvg(URL_);
		assertWellFormed(svg);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
		expect(svg).toMatch(/ viewBox="0 0 (\d+) \1"/);
	});

	it('has a title naming the link, wired up as the accessible name', async () => {
		const svg = await qrSvg(URL_);
		const id = svg.match(/<svg [^>]*aria-labelledby="([^"]+)"/)?.[1];
		expect(svg).toMatch(/<svg [^>]*role="img"/);
		expect(id).toBeTruthy();
		expect(svg).toContain(`<title id="${id}">QR code for ${URL_}</title>`);
		// The title comes first, where assistive technology looks for it.
		expect(svg.indexOf('<title')).toBe(svg.indexOf('>') + 1);
	});

	it('escapes the link inside the title so a query string cannot break the markup', async () => {
		const svg = await qrSvg('https://saidanddone.example/s/abc?a=1&b=<2>');
		assertWellFormed(svg);
		expect(svg).toContain('QR code for https://saidanddone.example/s/abc?a=1&amp;b=&lt;2&gt;</title>');
	});

	it('draws exactly the level M symbol for the link inside a four-module quiet zone', async () => {
		const svg = await qrSvg(URL_);
		const expected = QRCode.create(URL_, { errorCorrectionLevel: 'M' }).modules;
		const side = expected.size + 8;
		expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);

		const d = [...svg.matchAll(/<path [^>]*stroke="#000000"[^>]*d="([^"]+)"/g)].map((m) => m[1] ?? '');
		expect(d).toHaveLength(1);
		const drawn = modulesFromPath(d[0] ?? '', side);
		for (let y = 0; y < side; y++) {
			for (let x = 0; x < side; x++) {
				const inSymbol = x >= 4 && y >= 4 && x < side - 4 && y < side - 4;
				const want = inSymbol && expected.get(y - 4, x - 4) === 1;
				if (drawn[y * side + x] !== want) expect.fail(`module at ${x},${y} should be ${want ? 'dark' : 'light'}`);
			}
		}
	});

	it('gives different links different title ids so two codes can share a page', async () => {
		const id = (svg: string) => svg.match(/aria-labelledby="([^"]+)"/)?.[1];
		expect(id(await qrSvg(URL_))).not.toBe(id(await qrSvg(`${URL_}x`)));
	});

	it('refuses a relative or non-web link, which would scan to nowhere', async () => {
		await expect(qrSvg('/s/k3Xq9TzP')).rejects.toThrow(TypeError);
		await expect(qrSvg('javascript:alert(1)')).rejects.toThrow(TypeError);
		await expect(qrSvg('')).rejects.toThrow(TypeError);
	});
});

describe('survey QR code as PNG', () => {
	const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

	/** Width and height from the IHDR chunk, which always follows the 8-byte signature. */
	function ihdr(png: Buffer) {
		expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
		return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
	}

	it('starts with the PNG signature', async () => {
		const png = await qrPng(URL_);
		expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
	});

	it('is square at the requested width', async () => {
		expect(ihdr(await qrPng(URL_, 300))).toEqual({ width: 300, height: 300 });
		expect(ihdr(await qrPng(URL_, 517))).toEqual({ width: 517, height: 517 });
	});

	it('is 1024 pixels wide by default, enough for a sharp A4 poster', async () => {
		expect(ihdr(await qrPng(URL_))).toEqual({ width: 1024, height: 1024 });
	});

	it('refuses sizes it could not honour rather than quietly returning another size', async () => {
		await expect(qrPng(URL_, 100)).rejects.toThrow(RangeError);
		await expect(qrPng(URL_, 300.5)).rejects.toThrow(RangeError);
		await expect(qrPng(URL_, 10_000)).rejects.toThrow(RangeError);
		// A very long link needs more modules than a small image has pixels.
		await expect(qrPng(`https://saidanddone.example/${'a'.repeat(1500)}`, 128)).rejects.toThrow(/at least \d+ pixels/);
	});

	it('refuses a relative link', async () => {
		await expect(qrPng('/s/k3Xq9TzP')).rejects.toThrow(TypeError);
	});
});
