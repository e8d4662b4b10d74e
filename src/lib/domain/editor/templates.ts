/**
 * Blank questions: what "Add question" puts in the set for each kind. Each has the shape its
 * schema wants (so the kind's editor can bind every field) with the texts left empty for the
 * teacher; the problems list then says what is still to write.
 */
import type { QuestionInput, QuestionKind } from '../../content/question-schema';

type Blank<K extends QuestionKind> = Extract<QuestionInput, { kind: K }>;

const emptyText = () => ({ en: '', ar: '' });

/** The fields every kind shares, empty. */
function common(id: string) {
	return {
		id,
		prompt: emptyText(),
		hints: [],
		explanation: emptyText(),
		evidence: [],
		points: 1,
		tier: 1 as const,
		skill: 'literal' as const
	};
}

const option = (id: string) => ({ id, text: '', correct: false });

const blanks: { [K in QuestionKind]: (id: string) => Blank<K> } = {
	'single-choice': (id) => ({
		...common(id),
		kind: 'single-choice',
		options: [option('a'), option('b')]
	}),
	'multiple-response': (id) => ({
		...common(id),
		kind: 'multiple-response',
		options: [option('a'), option('b'), option('c')]
	}),
	'true-false-not-stated': (id) => ({
		...common(id),
		kind: 'true-false-not-stated',
		answer: 'true',
		feedback: {}
	}),
	'short-answer': (id) => ({
		...common(id),
		kind: 'short-answer',
		answerLanguage: 'ar',
		profile: 'standard',
		accepted: [{ text: '', credit: 1 }]
	}),
	numerical: (id) => ({ ...common(id), kind: 'numerical', answer: 0, tolerance: 0 }),
	matching: (id) => ({
		...common(id),
		kind: 'matching',
		pairs: [
			{ id: 'p1', left: '', right: '' },
			{ id: 'p2', left: '', right: '' }
		],
		distractors: []
	}),
	ordering: (id) => ({
		...common(id),
		kind: 'ordering',
		items: [
			{ id: 'i1', text: '' },
			{ id: 'i2', text: '' },
			{ id: 'i3', text: '' }
		]
	}),
	cloze: (id) => ({
		...common(id),
		kind: 'cloze',
		sentence: '',
		gaps: [],
		mode: 'bank',
		distractors: [],
		profile: 'standard'
	}),
	evidence: (id) => ({ ...common(id), kind: 'evidence', claim: '' }),
	'free-response': (id) => ({
		...common(id),
		kind: 'free-response',
		sampleAnswer: '',
		checklist: [emptyText()]
	})
};

/** Every kind, in the order "Add question" offers them. */
export const EDITABLE_KINDS = Object.keys(blanks) as QuestionKind[];

/** A new, empty question of `kind` with the id `id`. */
export function blankQuestion<K extends QuestionKind>(kind: K, id: string): Blank<K> {
	return (blanks[kind] as (id: string) => Blank<K>)(id);
}

const SHARED = ['id', 'prompt', 'hints', 'explanation', 'evidence', 'points', 'tier', 'skill'];

/**
 * `question` as a question of `kind`: what all kinds share (id, prompt, hints, explanation,
 * evidence, points, tier, skill) is kept, the rest starts blank; options move between the two
 * choice kinds (multiple response gets a third when it had two).
 */
export function withKind(question: QuestionInput, kind: QuestionKind): QuestionInput {
	if (question.kind === kind) return structuredClone(question);
	const source = question as unknown as Record<string, unknown>;
	const next = blankQuestion(kind, String(source.id ?? '')) as unknown as Record<string, unknown>;
	for (const key of SHARED) if (key in source) next[key] = structuredClone(source[key]);
	const choice = (k: string) => k === 'single-choice' || k === 'multiple-response';
	if (choice(kind) && choice(question.kind) && Array.isArray(source.options)) {
		const options = structuredClone(source.options) as { id: string }[];
		const ids = options.map((o) => o.id);
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		while (kind === 'multiple-response' && options.length < 3) {
			const id = [...letters].find((l) => !ids.includes(l)) ?? `o${options.length + 1}`;
			ids.push(id);
			options.push(option(id));
		}
		next.options = options;
	}
	return next as unknown as QuestionInput;
}
