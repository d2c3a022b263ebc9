/** Forms of issue 18: hearing back (receipt page) and named replies (staff). */
import { z } from 'zod';
import { HELPED_ANSWERS } from '../vocabulary';

export const FREQUENCY_LABEL = {
	as_it_happens: 'As it happens (at most one message for changes made within a minute of each other)',
	weekly: 'A weekly round-up, on Monday mornings'
} as const;

export const hearBackForm = z
	.object({
		channel: z.enum(['email', 'sms'], { message: 'Choose how you want to hear back' }),
		email: z.string().trim().max(254, 'Email address must be 254 characters or fewer').optional().default(''),
		mobile: z.string().trim().max(20, 'Enter a UK mobile number, like 07700 900 982').optional().default(''),
		frequency: z.enum(['as_it_happens', 'weekly'], { message: 'Choose how often you want to hear' })
	})
	.superRefine((v, ctx) => {
		if (v.channel === 'email' && !z.string().email().safeParse(v.email).success)
			ctx.addIssue({
				code: 'custom',
				path: ['email'],
				message: 'Enter an email address in the correct format, like name@example.org'
			});
		if (v.channel === 'sms' && !/^(\+44\s?7\d{3}|07\d{3})\s?\d{3}\s?\d{3}$/.test(v.mobile))
			ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'Enter a UK mobile number, like 07700 900 982' });
	})
	.transform((v) => ({
		channel: v.channel,
		frequency: v.frequency,
		contact: v.channel === 'email' ? v.email.toLowerCase() : v.mobile.replace(/\s+/g, '')
	}));

export const replyForm = z.object({
	signed_as: z
		.string()
		.trim()
		.min(3, 'Enter how you sign the reply, like "Sam, engagement officer at LLR ICB"')
		.max(160, 'How you sign must be 160 characters or fewer'),
	body: z.string().trim().min(2, 'Enter your reply').max(2000, 'Your reply must be 2,000 characters or fewer')
});

/** The most a person may write with "Did this help?" (stored text is cut at 4,000 anyway). */
export const DID_IT_HELP_MAX_CHARS = 2000;

/** "Did this help?" on the receipt page (issue 18, item 4), one form per done action. */
export const didItHelpForm = z.object({
	action: z.uuid({ message: 'Choose an answer for one of the things that were done' }),
	answer: z.enum(HELPED_ANSWERS, { message: 'Choose helped, partly or no' }),
	words: z
		.string()
		.trim()
		.max(DID_IT_HELP_MAX_CHARS, 'What you wrote must be 2,000 characters or fewer. Try saying it in fewer words')
		.optional()
		.default('')
});
