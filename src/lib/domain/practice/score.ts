/**
 * A quiz's score: points over the set's total, the share of it, and the band that picks the
 * feedback message. Questions not answered count 0 only once the learner has finished.
 */

/** How one question stands: checked (with its points), solution shown first, or not answered. */
export type Outcome =
	| { status: 'answered'; points: number; max: number }
	| { status: 'revealed'; max: number }
	| { status: 'unanswered'; max: number };

/** excellent: 90% and up; passed: at the pass mark or above; below: under the pass mark. */
export type ScoreBand = 'excellent' | 'passed' | 'below';

/** The share at and above which a score is excellent, whatever the pass mark. */
export const EXCELLENT = 0.9;

export interface ScoreSummary {
	points: number;
	total: number;
	/** points / total, 0 to 1 (0 for an empty set). */
	share: number;
	passMark: number;
	passed: boolean;
	band: ScoreBand;
	answered: number;
	/** Counted 0: the learner finished without answering them. */
	unanswered: number;
	/** Counted 0: the solution was shown before an answer was checked. */
	revealed: number;
}

/** The band of a share: excellent at 90% (or the pass mark, if higher), passed at the pass mark. */
export function scoreBand(share: number, passMark: number): ScoreBand {
	// Rounding keeps 0.7 from falling short of itself (7/10 computed as 0.7000000000000001 or 0.6999...).
	const s = Math.round(share * 1e9) / 1e9;
	if (s >= Math.max(EXCELLENT, passMark)) return 'excellent';
	return s >= passMark ? 'passed' : 'below';
}

/** Sums the outcomes; unanswered and revealed questions count 0 points. */
export function summarizeScore(outcomes: readonly Outcome[], passMark: number): ScoreSummary {
	let points = 0;
	let total = 0;
	let answered = 0;
	let unanswered = 0;
	let revealed = 0;
	for (const outcome of outcomes) {
		total += outcome.max;
		if (outcome.status === 'answered') {
			answered++;
			points += Math.min(outcome.max, Math.max(0, outcome.points));
		} else if (outcome.status === 'revealed') revealed++;
		else unanswered++;
	}
	const share = total > 0 ? points / total : 0;
	const band = scoreBand(share, passMark);
	return {
		points,
		total,
		share,
		passMark,
		passed: band !== 'below',
		band,
		answered,
		unanswered,
		revealed
	};
}

/** A share as a whole percentage, rounded down so that 89.6% never reads as 90%. */
export function percent(share: number): number {
	return Math.floor(Math.round(share * 1e6) / 1e4);
}
