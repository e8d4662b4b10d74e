import type { PendingMeasure } from '../lib/types';

/**
 * Words per second turned from pasted Arabic text into a lesson, in Node (no browser): a teacher
 * pasting a long article must not wait. To build: run the pipeline on a fixed article (for example
 * src/lib/content/articles/shoigu-tehran-2023/source.ar.txt) in a loop; return `{ wordsPerSecond }`.
 */
export const textToLesson: PendingMeasure = {
	name: 'text-to-lesson',
	how: 'run the text-to-lesson pipeline on a fixed article in Node; words per second',
	kind: 'timing',
	scope: 'app',
	metrics: [
		{
			key: 'wordsPerSecond',
			label: 'text to lesson throughput',
			unit: 'per-second',
			budget: 'textToLessonWordsPerSecond'
		}
	],
	notMeasuredYet: 'no text-to-lesson pipeline yet'
};
