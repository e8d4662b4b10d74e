/**
 * The options of the choice kinds (single choice, multiple response): blank ones for a new
 * question, and the ones a question of another choice kind brings along when the teacher changes
 * its kind. Pure: the editor's templates call these through each kind's `blank` and `carry`.
 */
import { hasFields, isArrayOf, isBoolean, isString } from '../storage/guards';

/** An option as a teacher writes it. */
export type OptionInput = {
	id: string;
	text: string;
	correct: boolean;
	feedback?: { en: string; ar: string };
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const blankOption = (id: string): OptionInput => ({ id, text: '', correct: false });
const isOptions = isArrayOf(hasFields({ id: isString, text: isString, correct: isBoolean }));

/** `options` topped up with blank ones, named by the first free letter, to at least `min`. */
function toppedUp(options: OptionInput[], min: number): OptionInput[] {
	const ids = options.map((o) => o.id);
	while (options.length < min) {
		const id = [...LETTERS].find((l) => !ids.includes(l)) ?? `o${options.length + 1}`;
		ids.push(id);
		options.push(blankOption(id));
	}
	return options;
}

/** `count` blank options: a, b, c... */
export const blankOptions = (count: number): OptionInput[] => toppedUp([], count);

/**
 * The options of `from` (a question of another kind), copied and topped up to `min`, when it has
 * options of the choice shape; nothing otherwise.
 */
export function carriedOptions(
	from: Readonly<Record<string, unknown>>,
	min: number
): { options?: OptionInput[] } {
	if (!isOptions(from.options)) return {};
	return { options: toppedUp(structuredClone(from.options as OptionInput[]), min) };
}

/** Each option's feedback, with its field (`options[1].feedback`), for the language checks. */
export function optionFeedbackTexts(
	options: readonly { feedback?: { en: string; ar: string } }[]
): [string, { en: string; ar: string }][] {
	return options.flatMap((o, i): [string, { en: string; ar: string }][] =>
		o.feedback ? [[`options[${i}].feedback`, o.feedback]] : []
	);
}
