/**
 * Words as a slug for an id or a file name: lower case, accents dropped, each run of other
 * characters one hyphen, none at either end, at most `max` characters long.
 */
export function slugify(text: string, max: number): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}
