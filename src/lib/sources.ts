/** An area's source documents, as pages get them (`data.area.sources`). */
export interface SourceDocument {
	file: string;
	title: string;
	published_label?: string;
}

/**
 * A document's title for a reader, never its file name ("001_….txt"): the title with its year
 * when known; "the plan document" when the file is not one of the area's listed sources.
 */
export function sourceTitle(sources: readonly SourceDocument[], file: string | null | undefined): string | null {
	if (!file) return null;
	const s = sources.find((d) => d.file === file);
	if (!s) return 'the plan document';
	return s.published_label && !s.title.includes(s.published_label) ? `${s.title} (${s.published_label})` : s.title;
}
