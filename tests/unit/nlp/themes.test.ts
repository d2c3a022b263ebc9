import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagThemes, analyse, defaultThemes, type ThemeDef } from '../../../src/lib/nlp/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const themesOf = (
	text: string,
	role?: Parameters<typeof tagThemes>[1] extends infer O ? (O extends { role?: infer R } ? R : never) : never
) => tagThemes(text, role ? { role } : {}).themes;

describe('theme tagging', () => {
	it('knows the same 14 default themes as seeds/themes.json', () => {
		const seeds = JSON.parse(fs.readFileSync(path.join(root, 'seeds/themes.json'), 'utf8')) as ThemeDef[];
		expect(defaultThemes.map((t) => ({ id: t.id, name: t.name, description: t.description }))).toEqual(seeds);
	});

	it.each([
		['waited 14 months for camhs and nobody called', 'access-waiting'],
		['the crisis team came out at 2am and sat with me', 'crisis-support'],
		['my school counsellor only comes in on wednesdays', 'schools-education'],
		['i had no idea where to go for help, the website is confusing', 'information-signposting'],
		['they never listen to what i actually want', 'being-heard'],
		['turned 18 and got discharged from camhs with no handover to adult services', 'transitions'],
		['the eating disorder team only cared about my weight', 'eating-disorders'],
		['3 year wait for an autism assessment', 'neurodiversity'],
		['kooth is good cos u can message at night', 'digital-online'],
		['there was no interpreter for my mum and nobody spoke urdu', 'equality-inclusion'],
		['as a parent I had no support at all while we waited', 'parents-carers'],
		['had 5 different workers in a year and had to start again every time', 'staff-relationships'],
		['the waiting room is grey and feels like a prison', 'places-spaces'],
		['boxing club does more for my mental health than therapy', 'wellbeing-activities']
	])('tags "%s" with %s', (text, theme) => {
		expect(themesOf(text)).toContain(theme);
	});

	it('reads text-speak and misspellings: camhs, waitin, ppl, dr, u, ur, cos, councelling', () => {
		expect(themesOf('been on the waitin list 4 camhs since yr 9')).toContain('access-waiting');
		expect(
			themesOf('the dr didnt listen to a word i said, ppl like u and ur mates get ignored cos ur young')
		).toContain('being-heard');
		expect(themesOf('skool councelling is rubbish, the teachr just sends u out')).toContain('schools-education');
		expect(themesOf('my appointmant got cancelled and the referal went nowhere')).toContain('access-waiting');
	});

	it('can give several themes to one statement', () => {
		const result = tagThemes('waited two years for an adhd assessment and school did nothing in the meantime');
		expect(result.themes).toEqual(expect.arrayContaining(['access-waiting', 'neurodiversity', 'schools-education']));
	});

	it('can give no theme at all', () => {
		expect(tagThemes('thanks for asking').themes).toEqual([]);
		expect(tagThemes('i am 15').themes).toEqual([]);
	});

	it('scores every theme between 0 and 1 and suggests the highest first', () => {
		const { themes, scores } = tagThemes('my worker was kind but the waiting list for camhs is 2 years');
		for (const s of Object.values(scores)) {
			expect(s).toBeGreaterThanOrEqual(0);
			expect(s).toBeLessThanOrEqual(1);
		}
		const ranked = themes.map((t) => scores[t] as number);
		expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
	});

	it("uses an area's own themes, with their keywords, alongside the defaults", () => {
		const areaThemes: ThemeDef[] = [
			...defaultThemes,
			{
				id: 'vaping',
				name: 'Vaping and smoking',
				description: 'Vapes, smoking and nicotine.',
				keywords: ['vape', 'vaping', 'vapes']
			}
		];
		const result = analyse('everyone is vaping in the toilets and it makes me anxious', { themes: areaThemes });
		expect(result.themes).toContain('vaping');
		expect(analyse('everyone is vaping in the toilets', { themes: areaThemes }).scores.vaping).toBeGreaterThan(0.5);
	});

	it('works with the lexicon alone when there is no model', () => {
		expect(tagThemes('the waiting list is two years long', { model: null }).themes).toContain('access-waiting');
	});

	it('treats a named person or school as a person or a school, not as a word', () => {
		expect(themesOf('Mrs Patel at Hinckley Academy sorted everything for me')).toContain('schools-education');
	});
});
