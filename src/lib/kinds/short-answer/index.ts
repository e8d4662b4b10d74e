/** Short answer, as one kind module. */
import type { Bilingual } from '../../content/question-parts';
import { repeatedTexts } from '../rules';
import type { KindModule } from '../kind';
import { empty } from './empty';
import { isResponse } from './response';
import { gradeShortAnswer } from './grade';
import { shortAnswerSchema, type ShortAnswerResponse } from './schema';

export const shortAnswer: KindModule<ReturnType<typeof shortAnswerSchema>, ShortAnswerResponse> = {
	kind: 'short-answer',
	interaction: 'fill-in',
	schema: shortAnswerSchema,
	isResponse,
	empty,
	grade: gradeShortAnswer,
	blank: () => ({ answerLanguage: 'ar', profile: 'standard', accepted: [{ text: '', credit: 1 }] }),
	rules: (q) =>
		repeatedTexts(
			'accepted',
			q.accepted.map((a) => a.text)
		),
	texts: (q) =>
		q.accepted.flatMap((a, i): [string, Bilingual][] =>
			a.feedback ? [[`accepted[${i}].feedback`, a.feedback]] : []
		),
	tools: () => import('./tools')
};
