import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/lib/content/index';
import { fieldLanguage } from '../../../src/lib/content/field-language';
import { generateExercises } from '../../../src/lib/domain/exercises/index';
import { SEED_LESSON } from '../domain/exercises/helpers';

const ARABIC = /\p{Script=Arabic}/u;

describe('fieldLanguage', () => {
	it('declares each side of the prompt, and what is quoted from the article Arabic', () => {
		const q = { answerLanguage: undefined };
		expect(fieldLanguage(q, 'claim')).toBe('ar');
		expect(fieldLanguage(q, 'promptAr')).toBe('ar');
		expect(fieldLanguage(q, 'promptEn')).toBe('en');
	});

	it("gives the answers the question's language, Arabic when it declares none", () => {
		expect(fieldLanguage({ answerLanguage: undefined }, 'answers')).toBe('ar');
		expect(fieldLanguage({ answerLanguage: 'en' }, 'answers')).toBe('en');
	});

	it('matches what the vocabulary generator writes: English glosses are declared English', async () => {
		const lesson = (await loadLesson(SEED_LESSON))!;
		for (const seed of [1, 2, 3]) {
			for (const q of generateExercises(lesson, { seed })) {
				const answers =
					q.kind === 'single-choice' || q.kind === 'multiple-response'
						? q.options.map((o) => o.text)
						: q.kind === 'matching'
							? q.pairs.map((p) => p.right)
							: [];
				for (const text of answers)
					expect(ARABIC.test(text), `${q.id}: ${text}`).toBe(fieldLanguage(q, 'answers') === 'ar');
				for (const text of [q.explanation, ...q.hints]) {
					expect(/[a-z]/iu.test(text.en), `${q.id}: ${text.en}`).toBe(true);
					expect(ARABIC.test(text.ar), `${q.id}: ${text.ar}`).toBe(true);
				}
			}
		}
	});
});
