import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { aggregateDashboard } from '../../src/lib/domain/progress/aggregate';
import { localDayOf } from '../../src/lib/domain/progress/days';
import type { ProgressSet } from '../../src/lib/domain/progress/types';
import { readAttempt, recordAttempt, type Attempt } from '../../src/lib/storage/attempts';
import { readDevice } from '../../src/lib/storage/backup';
import { database } from '../../src/lib/storage/db';
import { progressCard } from '../../src/lib/state/progress.svelte';
import { generateAttempts, generateCards } from '../lib/progress-workload';
import { median } from '../lib/stats';
import type { ReadyBenchMeasure } from './measure';

export const ATTEMPTS = 100_000;
export const CARDS = 2_000;
/** Answers recorded one by one into the full database; the figure is their median. */
const RECORDS = 30;
const NOW = Date.parse('2026-03-10T12:00:00Z');

const SETS: ProgressSet[] = Array.from({ length: 10 }, (_, l) =>
	Array.from({ length: 3 }, (_, s) => ({
		lessonId: `lesson-${l}`,
		setId: s === 0 ? 'comprehension' : `set-${s}`,
		questionIds: Array.from({ length: 12 }, (_, q) => `q${q}`)
	}))
).flat();

let seededOnce: Promise<void> | undefined;

/** Fills fake-indexeddb once per process, in one transaction per store. */
function seed(): Promise<void> {
	seededOnce ??= (async () => {
		const db = await database();
		const tx = db.transaction(['attempts', 'reviewCards'], 'readwrite');
		for (const a of generateAttempts(ATTEMPTS, NOW))
			void tx.objectStore('attempts').add({ ...a, schemaVersion: 2 });
		for (const c of generateCards(CARDS, NOW)) void tx.objectStore('reviewCards').put(c);
		await tx.done;
	})();
	return seededOnce;
}

/**
 * In Node, on fake-indexeddb holding 100,000 attempts and 2,000 cards: the time to read every store
 * (as the progress page does), to aggregate the dashboard from what was read, and to record one
 * more answer (the median of 30, each to disk).
 */
export const progressData: ReadyBenchMeasure = {
	name: 'progress-data',
	how: `fake-indexeddb with ${ATTEMPTS} attempts and ${CARDS} cards in Node: read all, aggregate the dashboard, record one answer (median of ${RECORDS})`,
	kind: 'timing',
	scope: 'app',
	metrics: [
		{ key: 'readMs', label: 'progress: read every store', unit: 'ms' },
		{
			key: 'aggregateMs',
			label: 'progress: dashboard aggregation',
			unit: 'ms',
			budget: 'dashboardAggregateMs'
		},
		{ key: 'recordMs', label: 'record one answer', unit: 'ms', budget: 'recordAnswerMs' }
	],
	async run() {
		await seed();
		let start = performance.now();
		const device = await readDevice();
		const readMs = performance.now() - start;
		if (device.attempts.length < ATTEMPTS) throw new Error('the seeded attempts did not all read');

		start = performance.now();
		const dashboard = aggregateDashboard({
			attempts: device.attempts,
			cards: device.reviewCards.map(progressCard),
			savedWordIds: device.savedWords.map((w) => w.id),
			sets: SETS,
			now: NOW,
			dayOf: localDayOf
		});
		const aggregateMs = performance.now() - start;
		if (dashboard.attempts !== device.attempts.length) throw new Error('aggregation lost attempts');

		const times: number[] = [];
		const [template] = generateAttempts(1, NOW);
		for (let i = 0; i < RECORDS; i++) {
			start = performance.now();
			const saved: Attempt = await recordAttempt({ ...template!, answeredAt: NOW + i });
			times.push(performance.now() - start);
			if (!readAttempt(saved)) throw new Error('the recorded answer does not read back');
		}
		return { readMs, aggregateMs, recordMs: median(times) };
	}
};
