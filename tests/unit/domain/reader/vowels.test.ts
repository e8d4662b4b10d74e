import { describe, expect, it } from 'vitest';
import type { WordToken } from '../../../../src/lib/content/schema';
import { displayForm, isVowelMode } from '../../../../src/lib/domain/reader/vowels';

const token: WordToken = {
	kind: 'word',
	text: 'وزير',
	ws: ' ',
	vocalized: 'وَزِيرُ',
	lemma: 'wazir'
};
const entry = {
	id: 'wazir',
	lemma: 'وَزِير',
	root: 'وزر',
	pos: 'noun' as const,
	glosses: ['minister']
};

describe('displayForm', () => {
	it('shows the word as printed, without its case ending, or in full', () => {
		expect(displayForm(token, entry, 'none')).toBe('وزير');
		expect(displayForm(token, entry, 'no-case')).toBe('وَزِير');
		expect(displayForm(token, entry, 'full')).toBe('وَزِيرُ');
	});

	it('shows a revealed word in full in any mode', () => {
		expect(displayForm(token, entry, 'none', true)).toBe('وَزِيرُ');
	});

	it('shows a word missing from the glossary in full rather than guess its ending', () => {
		expect(displayForm(token, undefined, 'no-case')).toBe('وَزِيرُ');
	});
});

it('isVowelMode accepts the three modes only', () => {
	expect(['none', 'no-case', 'full'].every(isVowelMode)).toBe(true);
	expect(isVowelMode('partial')).toBe(false);
});
