/**
 * Hear-back contacts are encrypted before they reach the database (AES-256-GCM, a random 12-byte
 * IV per value, the 16-byte tag checked on the way out), and the links in messages carry a MAC, so
 * only a link we sent confirms or stops a contact. The key is HEAR_BACK_KEY, or, unset, derived by
 * HKDF-SHA256 from the receipt secret (app.settings): then a copy of the database holds both, so
 * set HEAR_BACK_KEY in production (docs/security.md).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/types';
import { env } from '../env';
import { receiptSecret } from '../services/responses';

const b64 = (b: Buffer) => b.toString('base64url');

export function keyFromSetting(value: string): Buffer {
	return /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
}

export function deriveKey(receiptSecretValue: string): Buffer {
	return Buffer.from(hkdfSync('sha256', receiptSecretValue, 'said-and-done', 'hear-back contact key v1', 32));
}

const keys = new WeakMap<Db, Promise<Buffer>>();

/** The contact key for this database (HEAR_BACK_KEY, or derived from the receipt secret). */
export function hearBackKey(db: Db): Promise<Buffer> {
	let key = keys.get(db);
	if (!key) {
		const setting = env().HEAR_BACK_KEY;
		key = setting ? Promise.resolve(keyFromSetting(setting)) : receiptSecret(db).then(deriveKey);
		keys.set(db, key);
	}
	return key;
}

export function encrypt(key: Buffer, plain: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return `${b64(iv)}.${b64(cipher.getAuthTag())}.${b64(data)}`;
}

/** Throws if the value was changed or another key made it. */
export function decrypt(key: Buffer, sealed: string): string {
	const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
	if (!iv || !tag || !data) throw new Error('not a sealed contact');
	const decipher = createDecipheriv('aes-256-gcm', key, iv);
	decipher.setAuthTag(tag);
	return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

export type LinkPurpose = 'confirm' | 'stop';

const mac = (key: Buffer, purpose: LinkPurpose, id: string) =>
	b64(createHmac('sha256', key).update(`${purpose}:${id}`).digest()).slice(0, 32);

/** `{contact id}.{mac}`: the token in a confirm or stop link. */
export const linkToken = (key: Buffer, purpose: LinkPurpose, id: string) => `${id}.${mac(key, purpose, id)}`;

/** The contact id a token names, or null if it was not made with this key for this purpose. */
export function readToken(key: Buffer, purpose: LinkPurpose, token: string): string | null {
	const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{32})$/.exec(token);
	if (!m) return null;
	const want = Buffer.from(mac(key, purpose, m[1]!));
	const got = Buffer.from(m[2]!);
	return want.length === got.length && timingSafeEqual(want, got) ? m[1]! : null;
}
