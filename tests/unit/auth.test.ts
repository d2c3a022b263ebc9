import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/lib/server/auth/password';
import { hashToken, newToken } from '../../src/lib/server/auth/tokens';
import { inviteSchema, signInSchema, acceptStaffSchema, acceptYouthSchema } from '../../src/lib/schemas/auth';
import { fieldErrors } from '../../src/lib/forms';

describe('passwords', () => {
	it('are hashed with scrypt and a random salt, and verify only with the same password', async () => {
		const a = await hashPassword('orange-kettle-rain-hat');
		const b = await hashPassword('orange-kettle-rain-hat');
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword('orange-kettle-rain-hat', a)).toBe(true);
		expect(await verifyPassword('orange-kettle-rain-hat ', a)).toBe(false);
		expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
	});

	it('must be at least 12 characters and not common or guessable', () => {
		expect(passwordProblem('short')).toMatch(/at least 12/);
		expect(passwordProblem('password1234')).toMatch(/too common/);
		expect(passwordProblem('qwertyuiop123')).toMatch(/too common/);
		expect(passwordProblem('llr-commissioner', ['llr', 'commissioner'])).toMatch(/too common/);
		expect(passwordProblem('orange-kettle-rain-hat')).toBeNull();
	});
});

describe('tokens', () => {
	it('are random and stored only as a SHA-256 hash', () => {
		const a = newToken();
		const b = newToken();
		expect(a.token).not.toBe(b.token);
		expect(a.token).toMatch(/^[\w-]{43}$/);
		expect(a.hash).toBe(hashToken(a.token));
		expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('account forms', () => {
	it('say what is missing from the sign-in form', () => {
		const r = signInSchema.safeParse({ account: '  ', password: '' });
		expect(r.success).toBe(false);
		expect(fieldErrors(r.error!)).toEqual({
			account: 'Enter your email address or username',
			password: 'Enter your password'
		});
	});

	it('require an email for every role but the youth board, and an organisation for partners', () => {
		const staff = inviteSchema.safeParse({ role: 'commissioner', email: '', organisation: '' });
		expect(fieldErrors(staff.error!)).toEqual({
			email: expect.stringMatching(/only youth board members can join without one/)
		});
		expect(inviteSchema.safeParse({ role: 'youth_board', email: '', organisation: '' })).toMatchObject({
			success: true,
			data: { email: null }
		});
		expect(
			fieldErrors(inviteSchema.safeParse({ role: 'partner', email: 'p@x.org', organisation: '' }).error!)
		).toHaveProperty('organisation');
		expect(fieldErrors(inviteSchema.safeParse({ role: 'wizard', email: 'p@x.org', organisation: '' }).error!)).toEqual({
			role: 'Choose a role'
		});
		expect(
			fieldErrors(inviteSchema.safeParse({ role: 'commissioner', email: 'not an email', organisation: '' }).error!)
				.email
		).toMatch(/correct format/);
	});

	it('accept youth usernames made of simple characters only', () => {
		expect(acceptYouthSchema.safeParse({ displayName: 'Sam', username: 'Sam_2010', password: 'x' })).toMatchObject({
			success: true,
			data: { username: 'sam_2010' }
		});
		expect(acceptYouthSchema.safeParse({ displayName: 'Sam', username: 'sam smith', password: 'x' }).success).toBe(
			false
		);
		expect(acceptYouthSchema.safeParse({ displayName: 'Sam', username: 'ab', password: 'x' }).success).toBe(false);
	});

	it('normalise display names (NFKC) and refuse direction overrides and zero-width characters, next to the field', () => {
		const name = (displayName: string) => acceptStaffSchema.safeParse({ displayName, password: 'x' });
		// Full-width letters and a ligature become their ordinary forms.
		expect(name('  Ｓａｍ ﬁnch ')).toMatchObject({ success: true, data: { displayName: 'Sam finch' } });
		for (const hidden of ['\u202E', '\u202A', '\u2066', '\u200F', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u0007']) {
			const result = name(`Sam${hidden}Admin`);
			expect(result.success, JSON.stringify(hidden)).toBe(false);
			expect(fieldErrors(result.error!).displayName).toMatch(/hidden characters/);
		}
		expect(name('Zoë Ōkafor-Nguyễn').success).toBe(true);
	});
});
