import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/content/index';
import type { Lesson, WordToken } from '../../../../src/lib/content/schema';
import { generateExercises } from '../../../../src/lib/domain/exercises';
import { drilledEntry } from '../../../../src/lib/domain/scheduling/missed';

const lesson = (await loadLesson('shoigu-tehran-2023')) as Lesson;

describe('drilledEntry', () => {
	it('names the entry of every generated exercise that drills one word, and none for matching', () => {
		const questions = generateExercises(lesson, { seed: 42, count: 40 });
		const ids = new Set(lesson.glossary.map((e) => e.id));
		for (const q of questions) {
			const entry = drilledEntry(q.id, lesson);
			if (q.kind === 'matching') expect(entry).toBeUndefined();
			else expect(ids.has(entry ?? ''), q.id).toBe(true);
		}
		expect(questions.some((q) => q.kind !== 'matching')).toBe(true);
	});

	it('reads a cloze gap back to the lemma of the word in that place', () => {
		const sentence = lesson.article.blocks[1]!.sentences[0]!;
		const index = sentence.tokens.findIndex((t) => t.kind === 'word');
		const token = sentence.tokens[index] as WordToken;
		expect(drilledEntry(`ex-cloze-${sentence.id}-${index}`, lesson)).toBe(token.lemma);
		expect(drilledEntry(`ex-cloze-${sentence.id}-999`, lesson)).toBeUndefined();
		expect(drilledEntry('q-comprehension-1', lesson)).toBeUndefined();
		expect(drilledEntry('ex-meaning-not-an-entry-1', lesson)).toBeUndefined();
	});
});
