/** Matching: the `fahm grade` answer parser and the bench answers. */
import { normalize } from '../../domain/arabic/normalize';
import type { BenchAnswers, CommandLineAnswer } from '../kind';
import type { MatchingQuestion, MatchingResponse } from './schema';

const offered = (q: MatchingQuestion) => [...q.pairs.map((p) => p.right), ...q.distractors];

/** A typed right-hand text, as the offered item it names (compared folded). */
function offeredItem(q: MatchingQuestion, text: string): string {
	const key = normalize(text, 'standard');
	return offered(q).find((o) => normalize(o, 'standard') === key) ?? text;
}

export const answer: CommandLineAnswer<MatchingQuestion, MatchingResponse> = {
	format: '"pairId=right text;pairId=right text"',
	parse(q, answer) {
		const matches: Record<string, string | null> = {};
		for (const part of answer.split(';').filter((p) => p.trim())) {
			const eq = part.indexOf('=');
			if (eq < 0) return `"${part.trim()}" is not pairId=right text`;
			const right = part.slice(eq + 1).trim();
			matches[part.slice(0, eq).trim()] = right ? offeredItem(q, right) : null;
		}
		return { kind: 'matching', matches };
	},
	choices: (q) =>
		`; pairs: ${q.pairs.map((p) => p.id).join(', ')}; right texts: ${offered(q).join(' / ')}`
};

export const bench: BenchAnswers<MatchingQuestion, MatchingResponse> = {
	responses(q) {
		const right = Object.fromEntries(q.pairs.map((p) => [p.id, p.right]));
		const [a, b] = q.pairs;
		const swapped = { ...right, [a!.id]: b!.right, [b!.id]: a!.right };
		return [right, swapped, {}].map((matches) => ({ kind: 'matching', matches }));
	}
};
