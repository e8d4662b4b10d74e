/**
 * Every rule a parsed question must keep beyond its schema: the evidence rules every kind shares,
 * then its kind's own (`rules` in its module). `fahm check` and the teacher editor both report
 * through this one list.
 */
import { KINDS } from '../kinds';
import { kindTable, type AnyKind } from '../kinds/kind';
import { repeats, type RuleContext, type RuleIssue } from '../kinds/rules';
import type { Question } from './question-schema';

const kinds = kindTable(KINDS as readonly AnyKind[]);

/** The rules `question` breaks, evidence first, in the order of its fields. */
export function questionRules(question: Question, context: RuleContext): RuleIssue[] {
	const issues: RuleIssue[] = [];
	question.evidence.forEach((sentence, i) => {
		if (!context.sentences.has(sentence))
			issues.push({ field: `evidence.${i}`, code: 'evidence-missing', params: { sentence } });
	});
	for (const i of repeats(question.evidence))
		issues.push({
			field: `evidence.${i}`,
			code: 'evidence-twice',
			params: { sentence: question.evidence[i]! }
		});
	issues.push(...(kinds.get(question.kind)?.rules?.(question, context) ?? []));
	return issues;
}
