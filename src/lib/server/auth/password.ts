/**
 * Password hashing with node:crypto scrypt (memory-hard). N=2^15, r=8, p=1 uses 32 MiB and takes
 * about 100 ms here: OWASP's recommended floor for scrypt. Stored as
 * `scrypt$N$r$p$salt$hash` so parameters can be raised later without breaking old hashes.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)))
	);
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 128 * N * R * 2 });
	return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64url');
	const key = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
		N: Number(n),
		r: Number(r),
		p: Number(p),
		maxmem: 128 * Number(n) * Number(r) * 2
	});
	return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, verified against when the account is unknown so timing matches. */
export const DUMMY_HASH = await hashPassword(randomBytes(12).toString('hex'));

const strength = new ZxcvbnFactory({
	dictionary: { ...common.dictionary, ...en.dictionary },
	graphs: common.adjacencyGraphs,
	translations: en.translations
});

export const MIN_PASSWORD_LENGTH = 12;

/** Why a password is refused, in plain words, or null when it is acceptable. */
export function passwordProblem(password: string, context: string[] = []): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
	if (password.length > 200) return 'Use 200 characters or fewer';
	const result = strength.check(password, context.filter(Boolean));
	if (result.score < 3)
		return 'This password is too common or too easy to guess. Try three or four random words together';
	return null;
}
