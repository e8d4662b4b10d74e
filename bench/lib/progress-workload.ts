/**
 * A large, realistic progress history for the dashboard bench: attempts spread over a year across
 * question kinds, skills and sets (a first check and sometimes a retry), and review cards in every
 * state. Seeded, so every run measures the same data.
 */
import { SKILLS } from '../../src/lib/content/skills';
import type { NewAttempt } from '../../src/lib/storage/attempts';
import { CARD_STATES, type ReviewCard } from '../../src/lib/storage/review-cards';

const DAY = 86_400_000;
const KINDS = [
	'single-choice',
	'short-answer',
	'ordering',
	'cloze',
	'true-false-not-stated'
] as const;

/** A small seeded generator (mulberry32): the same numbers on every run. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function response(kind: (typeof KINDS)[number], i: number): NewAttempt['response'] {
	switch (kind) {
		case 'single-choice':
			return { kind, option: `o${i % 4}` };
		case 'short-answer':
			return { kind, text: 'طهران' };
		case 'ordering':
			return { kind, order: ['a', 'b', 'c'] };
		case 'cloze':
			return { kind, gaps: ['في', null] };
		case 'true-false-not-stated':
			return { kind, value: 'true' };
	}
}

/** `count` attempts over the year before `now`, oldest first, over 10 lessons of 3 sets of 12 questions. */
export function generateAttempts(count: number, now: number, random = seeded(1)): NewAttempt[] {
	const attempts: NewAttempt[] = [];
	for (let i = 0; i < count; i++) {
		const kind = KINDS[Math.floor(random() * KINDS.length)]!;
		const score = random() < 0.7 ? 1 : random() < 0.5 ? 0.5 : 0;
		const verdict = score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect';
		const checks = random() < 0.8 ? 1 : 2;
		attempts.push({
			lessonId: `lesson-${Math.floor(random() * 10)}`,
			setId: random() < 0.3 ? 'woven:comprehension' : `set-${Math.floor(random() * 3)}`,
			questionId: `q${Math.floor(random() * 12)}`,
			skill: SKILLS[Math.floor(random() * SKILLS.length)],
			response: response(kind, i),
			grade: { verdict, score, points: score, feedback: [], notes: [], parts: [] },
			answeredAt: now - 365 * DAY + Math.floor((i / count) * 365 * DAY),
			mode: 'practice',
			first: { verdict, score, points: score },
			checks
		});
	}
	return attempts;
}

/** `count` review cards in every state, due from a week ago to a month ahead, each with a log. */
export function generateCards(count: number, now: number, random = seeded(2)): ReviewCard[] {
	return Array.from({ length: count }, (_, i) => {
		const state = CARD_STATES[i % CARD_STATES.length]!;
		const reviews = state === 'new' ? 0 : 1 + Math.floor(random() * 8);
		const iso = (ms: number) => new Date(ms).toISOString();
		const log = Array.from({ length: reviews }, (_, r) => ({
			rating: 'good' as const,
			review: iso(now - (reviews - r) * 3 * DAY),
			state,
			due: iso(now - (reviews - r) * 3 * DAY),
			stability: 3,
			difficulty: 5,
			elapsedDays: 3,
			lastElapsedDays: 3,
			scheduledDays: 3,
			learningSteps: 0
		}));
		return {
			schemaVersion: 1,
			id: `lesson-${i % 10}:entry-${i}`,
			lessonId: `lesson-${i % 10}`,
			entryId: `entry-${i}`,
			source: 'saved',
			prompt: 'recognise',
			addedAt: now - 200 * DAY,
			due: iso(now + Math.floor((random() * 37 - 7) * DAY)),
			stability: 3,
			difficulty: 5,
			elapsedDays: 3,
			scheduledDays: 3,
			learningSteps: 0,
			reps: reviews,
			lapses: 0,
			state,
			lastReview: reviews > 0 ? log[reviews - 1]!.review : null,
			log
		} satisfies ReviewCard;
	});
}
