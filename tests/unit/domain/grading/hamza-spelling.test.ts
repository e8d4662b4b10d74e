import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../src/lib/domain/arabic/normalize';
import { PROFILES } from '../../../../src/lib/domain/arabic/normalize';
import { gradeShortAnswer } from '../../../../src/lib/kinds/short-answer/grade';
import { SPELLING_CREDIT, SPELLING_FOLDS } from '../../../../src/lib/domain/grading/typed';
import type { GradeNote } from '../../../../src/lib/domain/grading/types';
import { fixture } from '../../fixtures/question-set';

// Issue 9, point 10: "الطايرات" (ئ written as ي) and "امريكا" (أ written as ا) are the same kind
// of difference, the spelling of the hamza; each profile gives them one credit, and the note says
// what that credit was.

const RIGHT = { en: 'Right.', ar: 'صحيح.' };
const base = fixture('short-answer', 'fx-sa');
const question = (text: string, profile: Profile) => ({
	...base,
	profile,
	accepted: [{ text, credit: 1, feedback: RIGHT }]
});
const grade = (answer: string, text: string, profile: Profile) =>
	gradeShortAnswer(question(text, profile), { kind: 'short-answer', text: answer });

const EXAMPLES = [
	{ answer: 'الطايرات', accepted: 'الطائرات', what: 'a hamza seat written as ي' },
	{ answer: 'امريكا', accepted: 'أمريكا', what: 'an alef without its hamza' },
	{ answer: 'مسئول', accepted: 'مسؤول', what: 'the hamza on another seat' },
	{ answer: 'شي', accepted: 'شيء', what: 'the hamza on the line left out' }
];

const EXPECTED: Record<Profile, { score: number; verdict: string; feedback: (typeof RIGHT)[] }> = {
	strict: { score: 0, verdict: 'incorrect', feedback: [] },
	standard: { score: 1, verdict: 'correct', feedback: [RIGHT] },
	lenient: { score: 1, verdict: 'correct', feedback: [RIGHT] }
};

describe('inconsistent hamza grading (issue 9 point 10): one rule per profile', () => {
	for (const profile of ['strict', 'standard', 'lenient'] as const)
		it.each(EXAMPLES)(`${profile}: $what ($answer for $accepted)`, ({ answer, accepted }) => {
			const g = grade(answer, accepted, profile);
			expect(g).toMatchObject(EXPECTED[profile]);
			// The note names the hamza and the credit it kept, which is the score the learner sees.
			expect(g.notes).toEqual([{ code: 'hamza-differs', credit: EXPECTED[profile].score }]);
		});

	it('a hamza difference beside another spelling difference: the lower credit wins, each named', () => {
		// الطايره for الطائرة: hamza (forgiven under standard) and final ة (half under standard).
		const g = grade('الطايره', 'الطائرة', 'standard');
		expect(g).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(g.notes).toEqual([
			{ code: 'hamza-differs', credit: 1 },
			{ code: 'ta-marbuta-differs', credit: 0.5 }
		]);
		const seat = grade('مسئوله', 'مسؤولة', 'standard');
		expect(seat).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(seat.notes).toEqual([
			{ code: 'hamza-differs', credit: 1 },
			{ code: 'ta-marbuta-differs', credit: 0.5 }
		]);
	});

	it('no note ever keeps less credit than the answer got, nor full credit beside a lower score', () => {
		const answers = ['الطايرات', 'الطائرات', 'الطايره', 'الطائره', 'الطائرة', 'الطَّائِرَات'];
		for (const profile of ['strict', 'standard', 'lenient'] as const)
			for (const answer of answers) {
				const g = grade(answer, 'الطائرات', profile);
				const credits = g.notes.flatMap((n: GradeNote) =>
					n.credit === undefined ? [] : [n.credit]
				);
				if (credits.length) expect(Math.min(...credits), `${profile} ${answer}`).toBe(g.score);
			}
	});

	it('the credit table agrees with the profiles: full credit exactly where the profile folds it', () => {
		for (const profile of ['strict', 'standard', 'lenient'] as const)
			for (const [difference, folds] of Object.entries(SPELLING_FOLDS)) {
				const folded = folds.every((f) => PROFILES[profile].has(f));
				const credit = SPELLING_CREDIT[profile][difference as keyof typeof SPELLING_FOLDS];
				expect(credit === 1, `${profile} ${difference}`).toBe(folded);
			}
	});
});
