/** A small lesson and question builders for the player tests. */
import * as v from 'valibot';
import {
	QuestionSchema,
	type QuestionInput,
	type QuestionKind,
	type QuestionOf
} from '../../../src/lib/content/question-schema';
import type { Lesson, Sentence, Token } from '../../../src/lib/content/schema';
import type { Grade } from '../../../src/lib/domain/grading/types';

function sentence(id: string, words: string[], translation: string): Sentence {
	const tokens: Token[] = words.map((text, i) =>
		text === '.'
			? { kind: 'punct', text, ws: '' }
			: {
					kind: 'word',
					text,
					ws: words[i + 1] === '.' || i === words.length - 1 ? '' : ' ',
					vocalized: text,
					lemma: 'x'
				}
	);
	return { id, translation, tokens };
}

export const lesson: Lesson = {
	article: {
		id: 'test-article',
		title: 'شويغو في طهران',
		titleEn: 'Shoigu in Tehran',
		language: 'ar',
		level: 'B1',
		source: { name: 'Test', licence: 'Test only' },
		blocks: [
			{
				id: 'headline',
				kind: 'headline',
				sentences: [sentence('headline.s1', ['شويغو', 'في', 'طهران'], 'Shoigu in Tehran')]
			},
			{
				id: 'p1',
				kind: 'paragraph',
				sentences: [
					sentence(
						'p1.s1',
						['وصل', 'وزير', 'الدفاع', 'الروسي', 'إلى', 'طهران', '.'],
						'The Russian defence minister arrived in Tehran.'
					)
				]
			},
			{
				id: 'p2',
				kind: 'paragraph',
				sentences: [
					sentence('p2.s1', ['والتقى', 'رئيس', 'الأركان', '.'], 'He met the chief of staff.'),
					sentence('p2.s2', ['وزار', 'معرضا', 'للطائرات', '.'], 'He visited a drone exhibition.')
				]
			}
		]
	},
	glossary: [{ id: 'x', lemma: 'x', root: null, pos: 'noun', glosses: ['x'] }],
	expressions: [],
	entities: []
};

const common = {
	prompt: { ar: 'من وصل إلى طهران؟', en: 'Who arrived in Tehran?' },
	explanation: { en: 'The first paragraph says so.', ar: 'تقول ذلك الفقرة الأولى.' },
	evidence: ['p1.s1'],
	tier: 1 as const,
	skill: 'literal' as const
};

/** A parsed question of `kind` (defaults filled in), from the fields given. */
export function question<K extends QuestionKind>(
	kind: K,
	fields: Record<string, unknown>
): QuestionOf<K> {
	const input = { id: `q-${kind}`, ...common, kind, ...fields } as QuestionInput;
	return v.parse(QuestionSchema, input) as QuestionOf<K>;
}

/** A hand-made grade: the players show what they are given, whichever grader made it. */
export function gradeOf(
	verdict: Grade['verdict'],
	parts: Grade['parts'] = [],
	extra: Partial<Grade> = {}
): Grade {
	const score = verdict === 'correct' ? 1 : verdict === 'partial' ? 0.5 : 0;
	return { verdict, score, points: score, feedback: [], notes: [], parts, ...extra };
}
