/** Free response, as one kind module. */
import { isArrayOf, isIndex, isString } from '../../storage/guards';
import { listedIds, responseGuard, type KindModule } from '../kind';
import { gradeFreeResponse } from './grade';
import { freeResponseSchema, type FreeResponseResponse } from './schema';

export const freeResponse: KindModule<
	ReturnType<typeof freeResponseSchema>,
	FreeResponseResponse
> = {
	kind: 'free-response',
	schema: freeResponseSchema,
	isResponse: responseGuard<FreeResponseResponse>('free-response', {
		text: isString,
		checked: isArrayOf(isIndex)
	}),
	empty: () => ({ kind: 'free-response', text: '', checked: [] }),
	grade: gradeFreeResponse,
	answer: {
		format: 'the answer as text, and --checked 0,2 for the checklist points covered',
		parse(_, text, checked) {
			const points = checked === undefined ? [] : listedIds(checked);
			if (points.some((p) => !/^\d+$/u.test(p)))
				return `--checked takes point numbers: "${checked}"`;
			return { kind: 'free-response', text, checked: points.map(Number) };
		},
		choices: () => ''
	},
	bench: {
		responses(q) {
			const all = q.checklist.map((_, i) => i);
			return [
				{ kind: 'free-response', text: q.sampleAnswer, checked: all },
				{ kind: 'free-response', text: q.sampleAnswer, checked: all.slice(0, 1) },
				{ kind: 'free-response', text: '', checked: [] }
			];
		}
	}
};
