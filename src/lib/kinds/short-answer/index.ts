/** Short answer, as one kind module. */
import type { Bilingual } from '../../content/question-parts';
import { isString } from '../../storage/guards';
import { repeatedTexts } from '../rules';
import { responseGuard, type KindModule } from '../kind';
import { gradeShortAnswer } from './grade';
import { shortAnswerSchema, type ShortAnswerResponse } from './schema';

export const shortAnswer: KindModule<ReturnType<typeof shortAnswerSchema>, ShortAnswerResponse> = {
	kind: 'short-answer',
	interaction: 'fill-in',
	schema: shortAnswerSchema,
	isResponse: responseGuard<ShortAnswerResponse>('short-answer', { text: isString }),
	empty: () => ({ kind: 'short-answer', text: '' }),
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
