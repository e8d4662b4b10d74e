/** Single choice, as one kind module. */
import { isNullable, isString } from '../../storage/guards';
import { responseGuard, type KindModule } from '../kind';
import { gradeSingleChoice } from './grade';
import { singleChoiceSchema, type SingleChoiceResponse } from './schema';

export const singleChoice: KindModule<
	ReturnType<typeof singleChoiceSchema>,
	SingleChoiceResponse
> = {
	kind: 'single-choice',
	schema: singleChoiceSchema,
	isResponse: responseGuard<SingleChoiceResponse>('single-choice', {
		option: isNullable(isString)
	}),
	empty: () => ({ kind: 'single-choice', option: null }),
	grade: gradeSingleChoice,
	answer: {
		format: 'an option id',
		parse: (_, answer) => ({ kind: 'single-choice', option: answer.trim() || null }),
		choices: (q) => `; options: ${q.options.map((o) => o.id).join(', ')}`
	},
	bench: {
		responses(q) {
			const right = q.options.find((o) => o.correct)!.id;
			const wrong = q.options.find((o) => !o.correct)!.id;
			return [right, wrong, null].map((option) => ({ kind: 'single-choice', option }));
		}
	}
};
