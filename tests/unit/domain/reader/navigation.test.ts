import { describe, expect, it } from 'vitest';
import { commandForKey, moveForKey, moveIndex } from '../../../../src/lib/domain/reader/navigation';

// Three sentences of 3, 2 and 3 words.
const words = [0, 0, 0, 1, 1, 2, 2, 2].map((sentenceIndex) => ({ sentenceIndex }));

describe('moveForKey', () => {
	it('reads the left arrow as forward in right-to-left text', () => {
		expect(moveForKey('ArrowLeft', 'rtl')).toBe('next');
		expect(moveForKey('ArrowRight', 'rtl')).toBe('previous');
		expect(moveForKey('ArrowLeft', 'ltr')).toBe('previous');
		expect(moveForKey('ArrowDown', 'rtl')).toBe('nextSentence');
		expect(moveForKey('Home', 'rtl')).toBe('first');
		expect(moveForKey('Enter', 'rtl')).toBeUndefined();
	});
});

describe('commandForKey', () => {
	it('finds T by its position whatever the layout: ف on an Arabic keyboard (issue 9)', () => {
		expect(commandForKey({ key: 't', code: 'KeyT' }, 'rtl')).toBe('translate');
		expect(commandForKey({ key: 'ف', code: 'KeyT' }, 'rtl')).toBe('translate');
		expect(commandForKey({ key: 'T', code: 'KeyT' }, 'rtl')).toBe('translate');
		// Another key that types t (a Dvorak layout's K position) is not T's key.
		expect(commandForKey({ key: 't', code: 'KeyK' }, 'rtl')).toBeUndefined();
		// No position at all: the letter is all there is to go by.
		expect(commandForKey({ key: 't', code: '' }, 'rtl')).toBe('translate');
	});

	it('reads arrows by name, number pad included', () => {
		expect(commandForKey({ key: 'ArrowLeft', code: 'ArrowLeft' }, 'rtl')).toBe('next');
		expect(commandForKey({ key: 'ArrowLeft', code: 'Numpad4' }, 'rtl')).toBe('next');
		expect(commandForKey({ key: 'ش', code: 'KeyA' }, 'rtl')).toBeUndefined();
	});
});

describe('moveIndex', () => {
	it('walks word by word and stops at both ends', () => {
		expect(moveIndex(words, 0, 'next')).toBe(1);
		expect(moveIndex(words, 7, 'next')).toBe(7);
		expect(moveIndex(words, 0, 'previous')).toBe(0);
		expect(moveIndex(words, 4, 'first')).toBe(0);
		expect(moveIndex(words, 4, 'last')).toBe(7);
	});

	it('jumps to the start of the next or previous sentence', () => {
		expect(moveIndex(words, 1, 'nextSentence')).toBe(3);
		expect(moveIndex(words, 6, 'nextSentence')).toBe(6);
		expect(moveIndex(words, 4, 'previousSentence')).toBe(3);
		expect(moveIndex(words, 3, 'previousSentence')).toBe(0);
		expect(moveIndex(words, 0, 'previousSentence')).toBe(0);
	});

	it('has nowhere to go in an empty text', () => {
		expect(moveIndex([], 0, 'next')).toBe(-1);
	});
});
