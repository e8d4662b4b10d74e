/** Short answer: a typed answer compared with the accepted ones under the question's profile. */
import type { ShortAnswerQuestion, ShortAnswerResponse } from './schema';
import { invalid, scored, unanswered } from '../../domain/grading/grade';
import { isBlank, matchTyped, toTarget, type Target } from '../../domain/grading/typed';
import type { Grade } from '../../domain/grading/types';

type Q = ShortAnswerQuestion;
const targets = new WeakMap<Q, Target[]>();

function targetsOf(question: Q): Target[] {
	let found = targets.get(question);
	if (!found) {
		found = question.accepted.map((a) => toTarget(a, question.profile));
		targets.set(question, found);
	}
	return found;
}

/**
 * The best accepted answer's credit: in full when equal under the profile, halved when equal only
 * once hamza, ya and ta marbuta are folded too (nothing under strict), halved when one letter off
 * (see typed.ts). Feedback: the matched accepted answer's. Notes name what differed.
 */
export function gradeShortAnswer(question: Q, response: ShortAnswerResponse): Grade {
	if (typeof response.text !== 'string') return invalid();
	if (isBlank(response.text)) return unanswered();
	const match = matchTyped(
		response.text,
		targetsOf(question),
		question.profile,
		question.answerLanguage
	);
	const feedback = match.target?.feedback ? [match.target.feedback] : [];
	return scored(question, match.credit, [], feedback, match.notes);
}
