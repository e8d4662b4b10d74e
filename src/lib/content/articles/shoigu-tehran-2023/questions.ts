/**
 * The seed lesson's comprehension questions. Prompts, options, answers, claims and sample answers
 * are in Arabic (each prompt with its English); hints, feedback, explanations and checklists are in
 * both languages: the English quotes the Arabic it points to, the Arabic quotes it in «» and names
 * paragraphs as «الفقرة 13», so a learner can act on them in either language.
 * Paragraphs are named as the reader numbers them: p1 is the first paragraph after the dateline.
 * Every question names the reading skill it tests; the questions live in questions/, one file for
 * the first 42 (mostly facts as stated) and one for each skill the later questions add.
 */
import type { QuestionSetInput } from '../../question-schema';
import { discourseQuestions } from './questions/discourse';
import { inferenceQuestions } from './questions/inference';
import { mainIdeaQuestions } from './questions/main-idea';
import { referenceQuestions } from './questions/reference';
import { seedQuestions } from './questions/seed';
import { sourceQuestions } from './questions/source';
import { vocabularyQuestions } from './questions/vocabulary';

export const questionSets = [
	{
		id: 'shoigu-tehran-2023-comprehension',
		article: 'shoigu-tehran-2023',
		title: {
			ar: 'فهم المقروء: وزير الدفاع الروسي في إيران',
			en: 'Reading comprehension: the Russian defence minister in Iran'
		},
		passMark: 0.7,
		/** Every reading skill is practised at least this often (fahm check counts). */
		minPerSkill: 3,
		questions: [
			...seedQuestions,
			...referenceQuestions,
			...inferenceQuestions,
			...vocabularyQuestions,
			...mainIdeaQuestions,
			...discourseQuestions,
			...sourceQuestions
		]
	}
] satisfies QuestionSetInput[];
