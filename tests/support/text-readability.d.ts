// text-readability ships no types; the few functions the reading-age test uses.
declare module 'text-readability' {
	const readability: {
		fleschKincaidGrade(text: string): number;
		fleschReadingEase(text: string): number;
		textStandard(text: string, floatOutput?: boolean): string | number;
	};
	export default readability;
}
