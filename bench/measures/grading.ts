import { performance } from 'node:perf_hooks';
import { loadLesson, loadQuestionSets } from '../../src/lib/content/index';
import { gradeAny } from '../../src/lib/domain/grading/index';
import { gradingWorkload, type GradingCase } from '../../src/lib/domain/grading/workload';
import { throughput } from '../lib/throughput';
import type { ReadyBenchMeasure } from './measure';

/** The lesson whose question sets are graded: the seed article, every question kind. */
const LESSON = 'shoigu-tehran-2023';
/** Grading before the timed slice, so V8 has compiled the graders and filled their caches. */
const WARM_UP_MS = 2000;
/** The timed slice of one run. */
const SLICE_MS = 500;

let workload: GradingCase[] | undefined;

/** Every question of the lesson's sets with the answers learners typically send (workload.ts). */
async function loadWorkload(): Promise<GradingCase[]> {
	if (workload) return workload;
	const lesson = await loadLesson(LESSON);
	if (!lesson) throw new Error(`no lesson ${LESSON}`);
	const sets = await loadQuestionSets(LESSON);
	workload = (await Promise.all(sets.map((set) => gradingWorkload(set.questions, lesson)))).flat();
	if (workload.length === 0) throw new Error(`${LESSON} has no questions to grade`);
	return workload;
}

const grade = (c: GradingCase) => gradeAny(c.question, c.response, c.context);

/**
 * Answers graded per second by `gradeAny`, in this Node process (no browser): the bound on how
 * large a class's results a teacher can grade at once. The workload is the seed lesson's question
 * sets with right, wrong, nearly right and empty answers to each question.
 */
export const grading: ReadyBenchMeasure = {
	name: 'grading',
	how: `gradeAny over the seed lesson's workload in Node: ${WARM_UP_MS} ms warm-up, then answers per second over ${SLICE_MS} ms`,
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
	async run() {
		const cases = await loadWorkload();
		const clock = () => performance.now();
		throughput(grade, cases, clock, WARM_UP_MS);
		return { answersPerSecond: throughput(grade, cases, clock, SLICE_MS).perSecond };
	}
};
