/** Field shapes that several forms share. */
import { z } from 'zod';

/** Typed words, trimmed, between `min` and `max` characters, with the message for each limit. */
export const typed = (min: number, tooShort: string, max: number, tooLong: string) =>
	z.string().trim().min(min, tooShort).max(max, tooLong);
