import { z } from 'zod';

/** Receipt codes: 10 characters from A-Z and 2-9; people may type spaces, dashes or lower case. */
export const normaliseReceipt = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

export const receiptCode = z
	.string()
	.transform(normaliseReceipt)
	.pipe(
		z
			.string()
			.min(1, 'Enter your receipt code')
			.regex(/^[A-Z2-9]{10}$/, 'Enter your receipt code as it was shown: 10 letters and numbers')
	);

/** Shown as people got it: ABCD-EFGH-JK. */
export const formatReceipt = (code: string) => {
	const c = normaliseReceipt(code);
	return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;
};
