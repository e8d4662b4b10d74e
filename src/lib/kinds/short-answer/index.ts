/** Short answer, as one kind module. */
import { isString } from '../../storage/guards';
import { responseGuard, slip, type KindModule } from '../kind';
import { gradeShortAnswer } from './grade';
import { shortAnswerSchema, type ShortAnswerResponse } from './schema';

export const shortAnswer: KindModule<ReturnType<typeof shortAnswerSchema>, ShortAnswerResponse> = {
	kind: 'short-answer',
	schema: shortAnswerSchema,
	isResponse: responseGuard<ShortAnswerResponse>('short-answer', { text: isString }),
	empty: () => ({ kind: 'short-answer', text: '' }),
	grade: gradeShortAnswer,
	answer: {
		format: 'the answer as text',
		parse: (_, text) => ({ kind: 'short-answer', text }),
		choices: () => ''
	},
	bench: {
		responses(q) {
			const text = q.accepted[0]!.text;
			return [text, ` ${text}.`, slip(text), 'لا أعرف', ''].map((typed) => ({
				kind: 'short-answer',
				text: typed
			}));
		},
		typed: (q, right) => (right ? q.accepted[0]?.text : undefined)
	}
};
