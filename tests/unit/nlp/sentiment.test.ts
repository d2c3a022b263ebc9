import { describe, it, expect } from 'vitest';
import { sentiment, analyse } from '../../../src/lib/nlp/index';
import { scoreSentiment } from '../../../src/lib/nlp/sentiment';
import { canonical } from '../../../src/lib/nlp/text';

const rules = (text: string) => scoreSentiment(canonical(text)).label;

describe('sentiment', () => {
	it('handles negation: "not helpful" and "didn\'t listen" are negative', () => {
		expect(rules('the counsellor was not helpful')).toBe('negative');
		expect(rules("they didn't listen")).toBe('negative');
		expect(sentiment('the counsellor was not helpful')).toBe('negative');
		expect(sentiment("they didn't listen to me")).toBe('negative');
	});

	it('reads praise as positive', () => {
		expect(sentiment('my worker was amazing and always listened')).toBe('positive');
		expect(rules('the youth club is brilliant')).toBe('positive');
	});

	it('reads praise and complaint together as mixed', () => {
		expect(rules('the staff were lovely and kind but the wait was awful and rubbish')).toBe('mixed');
		expect(sentiment('once i got in the help was amazing but the wait was awful')).toBe('mixed');
	});

	it('reads a plain question as neutral', () => {
		expect(rules('how long is the wait for counselling at the moment')).toBe('neutral');
		expect(sentiment('what time does the drop in open on saturdays')).toBe('neutral');
	});

	it('does not read topic words as feelings: "crisis team", "self-harm support"', () => {
		expect(rules('the crisis team were great')).toBe('positive');
		expect(rules('we need more self-harm support in schools')).not.toBe('negative');
	});

	it('knows slang: "lush", "killed it"', () => {
		expect(rules('the nurse was lush')).toBe('positive');
		expect(rules('my mate killed it at the talent show')).toBe('positive');
	});

	it('is one of four labels in analyse()', () => {
		expect(['positive', 'negative', 'mixed', 'neutral']).toContain(analyse('ok').sentiment);
	});
});

describe('the learnt four-way sentiment classifier', () => {
	it('reads praise of a worker in slang as positive, not neutral', () => {
		expect(sentiment('my worker is sound, she actually gets me')).toBe('positive');
	});

	it('reads praise for the help and a complaint about the wait as mixed', () => {
		expect(sentiment('the staff were lovely but it took a year to get seen')).toBe('mixed');
	});

	it('reads a plain suggestion as neutral', () => {
		expect(sentiment('it would be good to have a list of local groups while we wait')).toBe('neutral');
	});
});
