import type { PendingMeasure } from '../lib/types';

/**
 * Answers graded per second by the domain's grading function, in Node (no browser): the bound on
 * how large a class's results a teacher can grade at once. To build: grade a fixed set of answers
 * in a loop for about a second and return `{ answersPerSecond }`.
 */
export const grading: PendingMeasure = {
	name: 'grading',
	how: 'grade a fixed answer set in a loop in Node for ~1 s; answers per second',
	kind: 'timing',
	scope: 'app',
	metrics: [
		{
			key: 'answersPerSecond',
			label: 'grading throughput',
			unit: 'per-second',
			budget: 'gradingAnswersPerSecond'
		}
	],
	notMeasuredYet: 'no grading module yet'
};
