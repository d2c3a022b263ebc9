import { z } from 'zod';
import { typed } from './fields';

import { STAFF_ROLES as AREA_ROLES, STAFF_ROLE_LABEL as ROLE_LABEL } from '../vocabulary';

export { ROLE_LABEL };

const email = z
	.string()
	.trim()
	.toLowerCase()
	.min(1, 'Enter an email address')
	.max(254, 'Email address must be 254 characters or fewer')
	.email('Enter an email address in the correct format, like name@example.org');

export const signInSchema = z.object({
	account: typed(1, 'Enter your email address or username', 254, 'Enter your email address or username'),
	password: z.string().min(1, 'Enter your password').max(200, 'Enter your password')
});

export const inviteSchema = z
	.object({
		role: z.enum(AREA_ROLES, { message: 'Choose a role' }),
		email: z
			.string()
			.trim()
			.toLowerCase()
			.max(254)
			.transform((v) => v || null),
		organisation: z
			.string()
			.trim()
			.max(200, 'Organisation must be 200 characters or fewer')
			.transform((v) => v || null)
	})
	.superRefine((v, ctx) => {
		if (v.email !== null && !z.string().email().safeParse(v.email).success)
			ctx.addIssue({
				code: 'custom',
				path: ['email'],
				message: 'Enter an email address in the correct format, like name@example.org'
			});
		if (v.role !== 'youth_board' && v.email === null)
			ctx.addIssue({
				code: 'custom',
				path: ['email'],
				message: 'Enter their email address (only youth board members can join without one)'
			});
		if (v.role === 'partner' && v.organisation === null)
			ctx.addIssue({
				code: 'custom',
				path: ['organisation'],
				message: 'Enter the partner’s organisation, as it appears as an action owner'
			});
	});

const password = z.string().min(1, 'Enter a password').max(200, 'Use 200 characters or fewer');
/**
 * Invisible characters: controls and Unicode format characters (right-to-left and other
 * direction overrides, zero-width spaces and joiners, byte-order marks). In a name they can make
 * one person look like another, or reverse the words around it; the database refuses them too.
 */
export const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/u;

/** One way of writing each name: NFKC folds look-alike forms (full-width letters, ligatures). */
const displayName = z
	.string()
	.transform((v) => v.normalize('NFKC').trim())
	.pipe(
		z
			.string()
			.min(1, 'Enter the name people will see')
			.max(80, 'Name must be 80 characters or fewer')
			.refine(
				(v) => !HIDDEN_CHARACTERS.test(v),
				'Remove the hidden characters from the name (such as right-to-left or zero-width marks)'
			)
	);

export const acceptStaffSchema = z.object({ displayName, password });

export const acceptYouthSchema = z.object({
	displayName,
	username: z
		.string()
		.trim()
		.toLowerCase()
		.regex(
			/^[a-z0-9][a-z0-9._-]{2,39}$/,
			'Use 3 to 40 letters, numbers, dots, dashes or underscores, starting with a letter or number'
		),
	password
});

export const createAreaSchema = z.object({
	slug: z
		.string()
		.trim()
		.toLowerCase()
		.regex(/^[a-z][a-z0-9-]{1,40}$/, 'Use lower-case letters, numbers and dashes, starting with a letter'),
	name: z.string().trim().min(3, 'Enter the area’s full name').max(200),
	short_name: z.string().trim().min(2, 'Enter a short name, like LLR').max(40),
	localities: z
		.string()
		.trim()
		.min(1, 'Enter at least one place, one per line')
		.transform((v) =>
			v
				.split(/\r?\n/)
				.map((l) => l.trim())
				.filter(Boolean)
		),
	admin_email: email
});

export { AREA_ROLES, email as emailSchema };
