import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/content/index';
import { QuestionSchema, type Question } from '../../../../src/lib/content/question-schema';
import {
	EXERCISE_FAMILIES,
	generateExercises,
	type ExerciseFamily
} from '../../../../src/lib/domain/exercises/index';
import { SEED_LESSON } from './helpers';

const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** The family a generated question belongs to, from its id. */
function familyOf(q: Question): ExerciseFamily {
	const family = /^ex-(meaning|root|cloze|family|production)-/.exec(q.id)?.[1];
	if (!family) throw new Error(`${q.id} names no family`);
	return family as ExerciseFamily;
}

describe('generateExercises', async () => {
	const lesson = (await loadLesson(SEED_LESSON))!;

	it('gives the same questions for the same lesson, seed and options', () => {
		fc.assert(
			fc.property(seeds, fc.integer({ min: 1, max: 40 }), (seed, count) => {
				expect(generateExercises(lesson, { seed, count })).toEqual(
					generateExercises(lesson, { seed, count })
				);
			}),
			{ numRuns: 30 }
		);
	}, 60_000);

	it('gives different questions for different seeds', () => {
		const ids = (seed: number) => generateExercises(lesson, { seed }).map((q) => q.id);
		const runs = [1, 2, 3, 4, 5].map((seed) => ids(seed).join(' '));
		expect(new Set(runs).size).toBe(runs.length);
		expect(generateExercises(lesson, { seed: 1 })).not.toEqual(
			generateExercises(lesson, { seed: 2 })
		);
	});

	it('mixes all five families by default, twenty questions, taking turns', () => {
		const questions = generateExercises(lesson, { seed: 99 });
		expect(questions).toHaveLength(20);
		expect(questions.slice(0, 5).map(familyOf)).toEqual([...EXERCISE_FAMILIES]);
		expect(new Set(questions.map((q) => q.kind))).toEqual(
			new Set(['single-choice', 'multiple-response', 'matching', 'cloze', 'short-answer'])
		);
	});

	it('keeps to the families asked for, and their questions do not depend on the others', () => {
		const only = generateExercises(lesson, { seed: 5, count: 10, kinds: ['cloze', 'root'] });
		expect(only).toHaveLength(10);
		expect(new Set(only.map(familyOf))).toEqual(new Set(['cloze', 'root']));
		const clozeAlone = generateExercises(lesson, { seed: 5, count: 5, kinds: ['cloze'] });
		expect(only.filter((q) => q.kind === 'cloze')).toEqual(clozeAlone);
	});

	it('gives fewer questions when the lesson runs out of fair ones, never duplicates', () => {
		const questions = generateExercises(lesson, { seed: 3, count: 10_000, kinds: ['family'] });
		expect(questions.length).toBeLessThan(10_000);
		expect(questions.length).toBeGreaterThan(40);
		expect(generateExercises(lesson, { seed: 3, count: 0 })).toEqual([]);
	});

	it('gives valid questions with unique ids, whatever the seed and count', () => {
		fc.assert(
			fc.property(
				seeds,
				fc.integer({ min: 1, max: 60 }),
				fc.subarray([...EXERCISE_FAMILIES], { minLength: 1 }),
				(seed, count, kinds) => {
					const questions = generateExercises(lesson, { seed, count, kinds });
					expect(questions.length).toBeLessThanOrEqual(count);
					expect(questions.length).toBeGreaterThan(0);
					expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
					for (const q of questions) {
						expect(kinds).toContain(familyOf(q));
						expect(v.safeParse(QuestionSchema, q).success).toBe(true);
					}
				}
			),
			{ numRuns: 200 }
		);
	}, 60_000);
});
