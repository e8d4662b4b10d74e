import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../../src/lib/content/schema';
import {
	bareKey,
	describeEntry,
	displayGloss,
	glossesConflict,
	spacedRoot
} from '../../../../src/lib/domain/exercises/text';

const entry = (glosses: string[], extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
	id: 'x',
	lemma: 'كَلِمَة',
	root: 'كلم',
	pos: 'noun',
	glosses,
	...extra
});

describe('bareKey', () => {
	it('folds marks, tatweel, alef forms, hamza seats, ى and ة', () => {
		expect(bareKey('أَمْن')).toBe(bareKey('امن'));
		expect(bareKey('إِلْغَاء')).toBe(bareKey('الغاء'));
		expect(bareKey('عَلَـى')).toBe(bareKey('علي'));
		expect(bareKey('دَوْلَة')).toBe(bareKey('دوله'));
		expect(bareKey('مُؤْتَمَر')).toBe(bareKey('موتمر'));
		expect(bareKey('طَائِرَة')).toBe(bareKey('طايره'));
	});

	it('keeps different letters apart', () => {
		expect(bareKey('عَرْض')).not.toBe(bareKey('أَرْض'));
		expect(bareKey('خَطّ')).not.toBe(bareKey('خُطَّة'));
	});
});

describe('displayGloss', () => {
	it('drops asides that quote Arabic or list plurals, keeps the ones that tell senses apart', () => {
		expect(displayGloss(entry(['aim, goal (بهدف: with the aim of)']))).toBe('aim, goal');
		expect(displayGloss(entry(['sanction (pl. sanctions)']))).toBe('sanction');
		expect(displayGloss(entry(['one (of) (أحد + definite plural)']))).toBe('one (of)');
		expect(displayGloss(entry(['(بِمُوجِبِ) under, by virtue of']))).toBe('under, by virtue of');
	});

	it('gives null when only Arabic would be left', () => {
		expect(displayGloss(entry(['see عمل']))).toBeNull();
		expect(displayGloss(entry(['(عمل)']))).toBeNull();
	});
});

describe('glossesConflict', () => {
	it('catches a shared sense, a shared head word and a shared content word', () => {
		expect(glossesConflict(entry(['state, country']), entry(['country']))).toBe(true);
		expect(glossesConflict(entry(['side, party (in talks)']), entry(['party, side']))).toBe(true);
		expect(glossesConflict(entry(['to consider, regard as']), entry(['to consider']))).toBe(true);
		expect(glossesConflict(entry(['development']), entry(['developments, events']))).toBe(true);
		expect(glossesConflict(entry(['pointing out, noting']), entry(['pointing out']))).toBe(true);
		expect(glossesConflict(entry(['lack; non-, not']), entry(['non-, un-']))).toBe(true);
	});

	it('compares every gloss, not only the first', () => {
		expect(glossesConflict(entry(['action', 'job']), entry(['job, employment']))).toBe(true);
	});

	it('lets words of unrelated meaning stand side by side', () => {
		expect(glossesConflict(entry(['security']), entry(['minister']))).toBe(false);
		expect(glossesConflict(entry(['to visit']), entry(['to say']))).toBe(false);
		expect(glossesConflict(entry(['one (of)']), entry(['any']))).toBe(false);
	});
});

describe('spacedRoot and describeEntry', () => {
	it('spell a root letter by letter and name lemma, part of speech, root and gloss', () => {
		expect(spacedRoot('عزز')).toBe('ع ز ز');
		const text = describeEntry(entry(['word (pl. words)'], { pos: 'verbal-noun' }));
		expect(text.en).toBe('كَلِمَة (verbal noun, root ك ل م): word');
	});

	it('describe a word in Arabic from its Arabic definition, never from the English gloss', () => {
		const defined = entry(['word'], { pos: 'verbal-noun', definitionAr: 'لفظ يدل على معنى' });
		expect(describeEntry(defined).ar).toBe('كَلِمَة (مصدر، الجذر ك ل م): لفظ يدل على معنى');
		expect(describeEntry(entry(['word'], { root: null })).ar).toBe('كَلِمَة (اسم)');
	});
});
