/**
 * The language of every text field of a question and of a lesson, declared once here and read by the views, so
 * no view guesses a language from the letters of a string.
 */
import type { Question } from './question-schema';

/** The two languages of content and interface. */
export type Language = 'ar' | 'en';

/**
 * Prompts, and what the teacher says about the question (hints, feedback, the explanation, a free
 * response's checklist), come in both languages as `{ en, ar }`: each side is in its own language.
 * The claim of an evidence question, a sample answer and the left side of a matching are Arabic.
 * Everything the learner picks, orders, matches or types follows the question's `answerLanguage`.
 */
export const FIELD_LANGUAGE = {
	promptAr: 'ar',
	promptEn: 'en',
	claim: 'ar',
	sampleAnswer: 'ar',
	matchLeft: 'ar',
	answers: 'answer'
} as const satisfies Record<string, Language | 'answer'>;

export type QuestionField = keyof typeof FIELD_LANGUAGE;

/**
 * The languages of a lesson's own fields: the title is in the article's language (Arabic), and
 * everything written about the article (English title, source, licence, glosses, notes, roles,
 * translations) is English, quoting Arabic where it needs to.
 */
export const LESSON_FIELD_LANGUAGE = {
	titleEn: 'en',
	source: 'en',
	licence: 'en',
	gloss: 'en',
	note: 'en',
	translation: 'en'
} as const satisfies Record<string, Language>;

/** The language `field` of `question` is written in. */
export function fieldLanguage(
	question: Pick<Question, 'answerLanguage'>,
	field: QuestionField
): Language {
	const declared = FIELD_LANGUAGE[field];
	return declared === 'answer' ? (question.answerLanguage ?? 'ar') : declared;
}
