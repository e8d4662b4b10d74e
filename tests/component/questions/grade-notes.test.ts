import { describe, expect, it } from 'vitest';
import { noteText } from '../../../src/lib/components/questions/notes';
import type { Profile } from '../../../src/lib/domain/arabic/normalize';
import { gradeShortAnswer } from '../../../src/lib/kinds/short-answer/grade';
import { question } from './fixtures';

// Issue 9, point 10: what the notes say agrees with the score beside them.

const ask = (accepted: string, profile: Profile) =>
	question('short-answer', { answerLanguage: 'ar', profile, accepted: [{ text: accepted }] });
const said = (answer: string, accepted: string, profile: Profile) => {
	const grade = gradeShortAnswer(ask(accepted, profile), { kind: 'short-answer', text: answer });
	return { score: grade.score, notes: grade.notes.map(noteText) };
};

describe('grade notes agree with the score', () => {
	it.each([
		['الطايرات', 'الطائرات'],
		['امريكا', 'أمريكا']
	])(
		'%s for %s: one wording per profile, never "correct apart from" beside 0',
		(answer, accepted) => {
			expect(said(answer, accepted, 'strict')).toEqual({
				score: 0,
				notes: [
					'The hamza is spelled differently from the answer (ء أ إ آ ؤ ئ): this question counts spelling, so no credit.'
				]
			});
			for (const profile of ['standard', 'lenient'] as const)
				expect(said(answer, accepted, profile)).toEqual({
					score: 1,
					notes: [
						'The hamza is spelled differently from the answer (ء أ إ آ ؤ ئ): this question does not count that.'
					]
				});
		}
	);

	it('half credit says half credit', () => {
		expect(said('الطائره', 'الطائرة', 'standard')).toEqual({
			score: 0.5,
			notes: ['Final ة or ه differs from the answer: half credit for that.']
		});
	});

	it('a note stored before notes carried their credit keeps its old wording', () => {
		expect(noteText({ code: 'alef-form-differs' })).toBe(
			'Correct apart from the form of alif (ا أ إ آ)'
		);
	});
});
