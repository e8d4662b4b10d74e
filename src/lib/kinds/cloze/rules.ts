/**
 * A cloze question's rules beyond its schema: its sentence is in the article, each gap is on a
 * word of it (once), and no distractor of the bank fills a gap or is there twice. Pure.
 */
import {
	distractorsAnswering,
	repeatedTexts,
	repeats,
	type RuleContext,
	type RuleIssue
} from '../rules';
import type { ClozeQuestion } from './schema';

export function clozeRules(q: ClozeQuestion, { sentences }: RuleContext): RuleIssue[] {
	const sentence = sentences.get(q.sentence);
	if (!sentence)
		return [{ field: 'sentence', code: 'sentence-missing', params: { sentence: q.sentence } }];
	const issues: RuleIssue[] = [];
	const answers: string[] = [];
	q.gaps.forEach((gap, i) => {
		const token = sentence.tokens[gap.token];
		const field = `gaps.${i}.token`;
		// `gap` and `position` count from 1, for people; `token` is the data's 0-based index.
		const where = { gap: i + 1, token: gap.token, position: gap.token + 1, sentence: sentence.id };
		if (!token)
			issues.push({
				field,
				code: 'gap-out-of-range',
				params: { ...where, count: sentence.tokens.length }
			});
		else if (token.kind !== 'word')
			issues.push({
				field,
				code: 'gap-not-word',
				params: { ...where, tokenKind: token.kind, text: token.text }
			});
		else answers.push(token.text, ...gap.alsoAccept);
	});
	for (const i of repeats(q.gaps.map((gap) => String(gap.token))))
		issues.push({
			field: `gaps.${i}.token`,
			code: 'gap-twice',
			params: { gap: i + 1, token: q.gaps[i]!.token }
		});
	issues.push(...distractorsAnswering(q.distractors, answers, 'gap'));
	issues.push(...repeatedTexts('distractors', q.distractors, ''));
	return issues;
}
