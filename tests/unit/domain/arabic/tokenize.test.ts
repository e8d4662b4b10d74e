import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks, splitSentences, tokenize } from '../../../../src/lib/domain/arabic/tokenize';

const join = (t: ReturnType<typeof tokenize>) =>
	t.leading + t.tokens.map((x) => x.text + x.ws).join('');

describe('tokenize', () => {
	it('keeps clitics inside words and splits punctuation off, with exact spacing', () => {
		const { tokens } = tokenize('قوله: مستعدون لمزيد، “الضغط”.');
		expect(tokens.map((t) => [t.kind, t.text, t.ws])).toEqual([
			['word', 'قوله', ''],
			['punct', ':', ' '],
			['word', 'مستعدون', ' '],
			['word', 'لمزيد', ''],
			['punct', '،', ' '],
			['punct', '“', ''],
			['word', 'الضغط', ''],
			['punct', '”', ''],
			['punct', '.', '']
		]);
	});

	it('keeps vowel marks and tatweel inside the word', () => {
		const { tokens } = tokenize('بشكلٍ مكثّف أيضاً عـربي');
		expect(tokens.map((t) => t.text)).toEqual(['بشكلٍ', 'مكثّف', 'أيضاً', 'عـربي']);
	});

	it('reads numbers in any digits as one token, decimals included', () => {
		const { tokens } = tokenize('في 2023 و١٢٫٥ و۳');
		expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual([
			'2023',
			'١٢٫٥',
			'۳'
		]);
	});

	it('groups a run of the same punctuation (..) into one token', () => {
		const { tokens } = tokenize('العسكرية.. وزير');
		expect(tokens.map((t) => t.text)).toEqual(['العسكرية', '..', 'وزير']);
	});

	it('gives back any input exactly when joined', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'ab كتبَ ،.“”: 12١٢\t'.split('')) }), (s) => {
				expect(join(tokenize(s))).toBe(s);
			})
		);
	});
});

describe('splitSentences', () => {
	it('ends a sentence at a full stop followed by space, closing quotes included', () => {
		const { tokens } = tokenize('قال “نعم.” ثم ذهب. وعاد');
		const sentences = splitSentences(tokens).map((s) => s.map((t) => t.text).join(' '));
		expect(sentences).toEqual(['قال “ نعم . ”', 'ثم ذهب .', 'وعاد']);
	});
});

describe('splitBlocks', () => {
	it('gives one block per non-empty line', () => {
		expect(splitBlocks('عنوان\n\nفقرة أولى\r\nفقرة ثانية')).toEqual([
			'عنوان',
			'فقرة أولى',
			'فقرة ثانية'
		]);
	});
});
