import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/content/index';
import type { QuestionOf } from '../../../../src/lib/content/question-schema';
import type { WordToken } from '../../../../src/lib/content/schema';
import {
	clozeExercises,
	createRandom,
	generateExercises,
	vocabularyOf
} from '../../../../src/lib/domain/exercises/index';
import { fitsGapAsWell, numberOf, type GapWord } from '../../../../src/lib/domain/exercises/fit';
import { bare, SEED_LESSON, synonyms, viewOf } from './helpers';

// Issue 9, point 11: a generated cloze never has two right answers.

const lesson = (await loadLesson(SEED_LESSON))!;
const view = viewOf(lesson);
const sentences = new Map(
	lesson.article.blocks.flatMap((b) => b.sentences.map((s) => [s.id, s] as const))
);

function word(token: WordToken): GapWord {
	return { token, entry: view.byId.get(token.lemma)! };
}
/** The article word a bank text stands for (bank words are article tokens, as printed). */
function articleWord(text: string): GapWord {
	const found = view.tokens.find((t) => t.token.text === text);
	if (!found) throw new Error(`${text} is not a word of the article`);
	return word(found.token);
}
function tokenAt(sentence: string, index: number): WordToken {
	const token = sentences.get(sentence)!.tokens[index]!;
	if (token.kind !== 'word') throw new Error(`${sentence}[${index}] is not a word`);
	return token;
}

const vocabulary = vocabularyOf(lesson);

/** Every cloze the generator makes from `random`: its key and its bank words. */
function clozesFrom(questions: Iterable<QuestionOf<'cloze'>>) {
	return [...questions].map((q) => ({
		id: q.id,
		key: word(tokenAt(q.sentence, q.gaps[0]!.token)),
		bank: q.distractors.map(articleWord)
	}));
}
/** The clozes of a vocabulary set as the page builds it from `seed`. */
const clozesOf = (seed: number) =>
	clozesFrom(
		generateExercises(lesson, { seed, kinds: ['cloze'], count: 20 }).filter(
			(q) => q.kind === 'cloze'
		)
	);

// The test's own view of a pair that names one referent: both tokens described as duals by the
// annotator (the free-text role, which the generator does not read), with the same proclitics.
const annotatedDual = (w: GapWord) => /\bdual\b/u.test(w.token.role ?? '');
const sameProclitics = (a: GapWord, b: GapWord) =>
	(a.token.pre ?? []).map((c) => c.text).join() === (b.token.pre ?? []).map((c) => c.text).join();

describe('cloze: two right answers (issue 9 point 11)', () => {
	it('seed 1 no longer offers البلدين beside الجانبين (both "Russia and Iran")', () => {
		const gap = clozesOf(1).find((c) => c.key.token.text === 'الجانبين');
		expect(gap, 'seed 1 still blanks الجانبين').toBeDefined();
		expect(gap!.bank.map((w) => w.token.text)).not.toContain('البلدين');
		expect(gap!.bank.map((w) => w.token.text)).not.toContain('الطرفان');
	});

	it('reads the number of the article duals and plurals from their spelling', () => {
		expect(numberOf(articleWord('الجانبين'))).toBe('dual');
		expect(numberOf(articleWord('البلدين'))).toBe('dual');
		expect(numberOf(articleWord('الطرفان'))).toBe('dual');
		expect(numberOf(articleWord('المجالين'))).toBe('dual');
		// The same letters as "the two countries", but the article's word is the plural بُلْدَان.
		expect(numberOf(articleWord('البلدان'))).toBe('plural');
		expect(numberOf(articleWord('العلاقات'))).toBe('plural'); // a sound plural the entry lists
		expect(numberOf(articleWord('الدول'))).toBe('plural');
		expect(numberOf(articleWord('وزير'))).toBe('singular');
	});

	it('a distractor fits as well when it is a dual with the same clitics, a synonym, or the same word', () => {
		const key = articleWord('الجانبين');
		expect(fitsGapAsWell(key, articleWord('البلدين'))).toBe(true);
		expect(fitsGapAsWell(key, articleWord('الطرفان'))).toBe(true);
		expect(fitsGapAsWell(articleWord('الدول'), articleWord('البلدان'))).toBe(true);
		expect(fitsGapAsWell(key, articleWord('الصواريخ'))).toBe(false);
		expect(fitsGapAsWell(key, articleWord('الأثناء'))).toBe(false);
	});

	it('over seeds 1-500, no bank word fits its gap as well as the key', { timeout: 60_000 }, () => {
		let gaps = 0;
		for (let seed = 1; seed <= 500; seed++)
			for (const { id, key, bank } of clozesFrom(
				clozeExercises(vocabulary, createRandom(seed), 20)
			))
				for (const other of bank) {
					gaps++;
					const where = `seed ${seed}, ${id}: ${key.token.text} / ${other.token.text}`;
					expect(fitsGapAsWell(key, other), where).toBe(false);
					// And by the test's own reading: not two annotated duals with the same clitics,
					// not synonyms, not the same bare word.
					expect(
						annotatedDual(key) && annotatedDual(other) && sameProclitics(key, other),
						where
					).toBe(false);
					expect(synonyms(key.entry, other.entry), where).toBe(false);
					expect(bare(key.token.text) === bare(other.token.text), where).toBe(false);
				}
		expect(gaps).toBeGreaterThan(1000);
	});
});
