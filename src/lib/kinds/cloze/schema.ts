/** Cloze: words blanked out of an article sentence, chosen from a bank or typed. */
import type { SchemaKit } from '../../content/question-parts';
import type { QuestionFrom } from '../kind';

export const clozeSchema = ({ v, common, id, text, foldProfile }: SchemaKit) =>
	v.object({
		...common,
		kind: v.literal('cloze'),
		/** The article sentence the gaps are cut from. */
		sentence: id,
		/** Token indexes (within that sentence) of the words to blank out, each with its answers. */
		gaps: v.pipe(
			v.array(
				v.object({
					token: v.pipe(v.number(), v.integer(), v.minValue(0)),
					/** Extra accepted answers besides the token's own text. */
					alsoAccept: v.optional(v.array(text), [])
				})
			),
			v.minLength(1, 'blank out at least one word')
		),
		/** 'bank': choose from the gap words plus distractors; 'typed': type each word. */
		mode: v.picklist(['bank', 'typed']),
		distractors: v.optional(v.array(text), []),
		profile: v.optional(foldProfile, 'standard')
	});

export type ClozeQuestion = QuestionFrom<ReturnType<typeof clozeSchema>>;
/** One entry per gap, in order: the word typed or chosen (null: left empty). */
export type ClozeResponse = { kind: 'cloze'; gaps: (string | null)[] };
