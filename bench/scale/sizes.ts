/**
 * The reader's scale check: which lesson is repeated, to what lengths, and the synthetic lessons'
 * ids. The seed is the lesson of the reading route the bench times clicks on (routes.ts).
 */
import { ROUTES } from '../routes';

/** Article lengths in words, beside the seed's own; issue 12 asks for up to 5,000. */
export const SCALE_SIZES = [1250, 2500, 5000] as const;

export type ScaleSize = (typeof SCALE_SIZES)[number];

function seedLesson(): string {
	const reader = ROUTES.find((route) => route.popover);
	const id = reader?.path.match(/^\/read\/([^/?]+)$/u)?.[1];
	if (id === undefined) throw new Error('bench/routes.ts has no /read/<lesson> route to scale');
	return id;
}

/** The lesson whose paragraphs the synthetic articles repeat. */
export const SCALE_SEED = seedLesson();

/** A synthetic lesson's id (also its article's). */
export const scaleLessonId = (words: number): string => `bench-scale-${words}`;
