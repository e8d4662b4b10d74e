import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	idAtIndex,
	moveEntry,
	neighbourAfterRemove,
	nextId,
	splitAround
} from '../../../../src/lib/components/teach/lists/list-edit';
import { IdSchema } from '../../../../src/lib/content/schema';

describe('nextId', () => {
	it('numbers a new entry one past the list, skipping numbers in use, with a valid id', () => {
		expect(nextId(['talks', 'exhibition', 'sign'], 'option')).toBe('option-4');
		expect(nextId([], 'pair')).toBe('pair-1');
		expect(nextId(['item-2', 'item-3'], 'item')).toBe('item-4');
		expect(nextId(['item-3', 'a', 'item-4'], 'item')).toBe('item-5');
		expect(v.is(IdSchema, nextId(['x'], 'option'))).toBe(true);
	});
});

describe('moveEntry', () => {
	it('moves one place in place, and refuses to move past either end', () => {
		const list = ['a', 'b', 'c'];
		expect(moveEntry(list, 2, -1)).toBe(true);
		expect(list).toEqual(['a', 'c', 'b']);
		expect(moveEntry(list, 0, -1)).toBe(false);
		expect(moveEntry(list, 2, 1)).toBe(false);
		expect(list).toEqual(['a', 'c', 'b']);
	});
});

describe('neighbourAfterRemove', () => {
	it('is the entry that took the removed one’s place, else the one before, else none', () => {
		expect(neighbourAfterRemove(1, 2)).toBe(1);
		expect(neighbourAfterRemove(2, 2)).toBe(1);
		expect(neighbourAfterRemove(0, 0)).toBeUndefined();
	});
});

describe('idAtIndex', () => {
	const entry = (i: number) => `q1-options-${i}`;
	it('rewrites the id of an element of the moved entry, and only of that entry', () => {
		expect(idAtIndex('q1-options-2-text', entry, 2, 1)).toBe('q1-options-1-text');
		expect(idAtIndex('q1-options-2-up', entry, 2, 3)).toBe('q1-options-3-up');
		expect(idAtIndex('q1-options-2', entry, 2, 1)).toBe('q1-options-1');
		expect(idAtIndex('q1-options-12-text', entry, 1, 0)).toBeUndefined();
		expect(idAtIndex('q1-prompt-en', entry, 1, 0)).toBeUndefined();
	});
});

describe('splitAround', () => {
	it('cuts a message around its item part', () => {
		expect(splitAround(({ item }) => `Move ${item} up`)).toEqual({ before: 'Move ', after: ' up' });
		expect(splitAround(({ item }) => `احذف ${item}`)).toEqual({ before: 'احذف ', after: '' });
	});
});
