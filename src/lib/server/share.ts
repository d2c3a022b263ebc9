/**
 * QR codes for sharing a survey link (`/s/{code}`) on screens, downloads and printed posters.
 *
 * Error correction level M survives a scuffed or folded poster while keeping the symbol small
 * enough to scan from a distance; the 4-module quiet zone is the minimum the QR standard asks
 * for, and phones struggle to find the code without it when it sits on a busy poster.
 */
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';

const ERROR_CORRECTION = 'M';
const QUIET_ZONE = 4;

/** Big enough for a crisp A4 print, small enough to download quickly. */
export const DEFAULT_PNG_SIZE = 1024;
const MIN_PNG_SIZE = 128;
const MAX_PNG_SIZE = 4096;

/**
 * A QR code only helps if a phone can open it, so insist on an absolute http(s) URL: a relative
 * path such as "/s/abc" would encode fine and then lead nowhere.
 */
function checkUrl(url: string): void {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new TypeError(`A QR code needs an absolute link, not "${url}"`);
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		throw new TypeError(`A QR code needs an http(s) link, not "${url}"`);
	}
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * A standalone SVG (it carries its own xmlns, so it works as a download, an <img> or inline).
 * role="img" plus a <title> referenced by aria-labelledby gives screen readers a name on every
 * browser; the id comes from the link so two different codes inlined on one page never clash.
 */
export async function qrSvg(url: string): Promise<string> {
	checkUrl(url);
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE });
	const open = '<svg xmlns="http://www.w3.org/2000/svg" ';
	// Guard the string surgery below: if a qrcode upgrade changes its markup, fail loudly here.
	if (!svg.startsWith(open)) throw new Error('Unexpected SVG from the qrcode package');
	const id = `qr-title-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
	const title = `<title id="${id}">QR code for ${escapeXml(url)}</title>`;
	const tagEnd = svg.indexOf('>') + 1;
	return `${open}role="img" aria-labelledby="${id}" ${svg.slice(open.length, tagEnd)}${title}${svg.slice(tagEnd).trimEnd()}`;
}

/** A square PNG `size` pixels wide, quiet zone included. */
export async function qrPng(url: string, size: number = DEFAULT_PNG_SIZE): Promise<Buffer> {
	checkUrl(url);
	// The library silently ignores a width too small for the symbol, so bound it ourselves.
	if (!Number.isInteger(size) || size < MIN_PNG_SIZE || size > MAX_PNG_SIZE) {
		throw new RangeError(`PNG size must be a whole number of pixels from ${MIN_PNG_SIZE} to ${MAX_PNG_SIZE}`);
	}
	const modules = QRCode.create(url, { errorCorrectionLevel: ERROR_CORRECTION }).modules.size + 2 * QUIET_ZONE;
	if (modules > size) throw new RangeError(`This link needs a PNG at least ${modules} pixels wide`);
	return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE, width: size });
}
