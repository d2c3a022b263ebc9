import { z } from 'zod';

/** An area's retention schedule, as its admin sets it (the database checks the same limits). */
export const retentionSchema = z.object({
	keep_originals_months: z.coerce
		.number({ message: 'Enter a number of months, like 12' })
		.int('Enter a whole number of months, like 12')
		.min(1, 'Keep the words as typed for at least 1 month')
		.max(84, 'Keep the words as typed for 84 months (7 years) or less'),
	keep_audit_years: z.coerce
		.number({ message: 'Enter a number of years, like 6' })
		.int('Enter a whole number of years, like 6')
		.min(6, 'Keep the audit log for at least 6 years (NHS records practice)')
		.max(20, 'Keep the audit log for 20 years or less')
});
