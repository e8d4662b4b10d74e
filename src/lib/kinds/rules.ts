/**
 * What a question must keep beyond its schema, where that needs the article or the whole question:
 * no text offered twice, no distractor that is also an answer, gaps on words that exist. Each kind
 * that has such rules lists them in its module (`rules`); the rules shared by every kind
 * (evidence) are in content/question-rules.ts. A rule reports codes with parameters, never words:
 * `fahm check` words them in English (content/question-check.ts), the teacher editor in the
 * interface language (domain/editor). Pure.
 */
import type { Sentence } from '../content/schema';

export type RuleCode =
	| 'evidence-missing'
	| 'evidence-twice'
	| 'repeated-text'
	| 'distractor-is-answer'
	| 'sentence-missing'
	| 'gap-out-of-range'
	| 'gap-not-word'
	| 'gap-twice';

/**
 * One broken rule. `field` is dotted from the question (`options.2.text`, `pairs.0.right`,
 * `distractors.1`); list positions are 0-based like the data.
 */
export interface RuleIssue {
	field: string;
	code: RuleCode;
	params: Record<string, string | number>;
}

/** What the rules may read besides the question: the lesson's sentences by id. */
export interface RuleContext {
	sentences: ReadonlyMap<string, Sentence>;
}

/** Indexes of texts already seen earlier in the list (leading and trailing spaces aside). */
export function repeats(texts: readonly string[]): number[] {
	const seen = new Set<string>();
	return texts.flatMap((text, i) => {
		const key = text.trim();
		if (seen.has(key)) return [i];
		seen.add(key);
		return [];
	});
}

/**
 * A `repeated-text` issue for each text of list `list` given again: at `<list>.<i><suffix>`
 * (`options.2.text`; distractors are plain texts, suffix '').
 */
export function repeatedTexts(
	list: string,
	texts: readonly string[],
	suffix = '.text'
): RuleIssue[] {
	return repeats(texts).map((i) => ({
		field: `${list}.${i}${suffix}`,
		code: 'repeated-text',
		params: { text: texts[i]! }
	}));
}

/**
 * A `distractor-is-answer` issue for each distractor that is also one of `answers`; `role` says
 * what the answer is ("pair": a right-hand text, "gap": a word of a gap).
 */
export function distractorsAnswering(
	distractors: readonly string[],
	answers: readonly string[],
	role: 'pair' | 'gap'
): RuleIssue[] {
	return distractors.flatMap((text, i) =>
		answers.includes(text.trim())
			? [
					{
						field: `distractors.${i}`,
						code: 'distractor-is-answer' as const,
						params: { text, role }
					}
				]
			: []
	);
}
