/**
 * The language rules `fahm check` applies to every text written in two languages: a question's
 * prompt, hints, explanation, feedback and checklist ({ en, ar }), and the lesson's Arabic fields
 * beside their English twins (definitionAr, noteAr, uncertainAr, roleAr, descriptionAr,
 * levelNoteAr).
 *
 * - Arabic: has Arabic letters, and no Latin word outside parentheses: a Latin name may stand in
 *   parentheses, "(Novosti)", and nothing else Latin.
 * - English: has a Latin-letter word, and more Latin words than Arabic runs. A run is a stretch
 *   of Arabic words with no Latin word between them, i.e. one quotation, however long: English
 *   feedback quotes the article at length, and counting its words would call it Arabic (on the
 *   seed set, 32 of 373 English texts have as many Arabic words as English ones), while an Arabic
 *   text with a Latin name in it has as many runs as Latin words or more.
 */
import type { Bilingual, Question, QuestionSet } from './question-schema';
import { KINDS } from '../kinds';
import { kindTable, type AnyKind } from '../kinds/kind';
import type { Problem } from './check';
import type { Lesson } from './schema';

const LATIN_WORD = /\p{Script=Latin}+/gu;
// Vowel marks are Inherited script, so a vowelled word is one word only with its marks included.
const WORD = /\p{Script=Latin}+|\p{Script=Arabic}[\p{Script=Arabic}\p{M}]*/gu;
const ARABIC = /\p{Script=Arabic}/u;

/** The Latin words of `text` outside parentheses: a Latin name is allowed only as "(Novosti)". */
export function latinOutsideParentheses(text: string): string[] {
	let bare = text;
	// Innermost parentheses first, so "(a (b) c)" goes whole.
	while (/\([^()]*\)/.test(bare)) bare = bare.replace(/\([^()]*\)/g, ' ');
	return bare.match(LATIN_WORD) ?? [];
}

/** Why `text` is not an Arabic field, or null when it is one. */
export function notArabic(text: string | undefined): string | null {
	if (text === undefined) return 'missing';
	if (!ARABIC.test(text)) return 'has no Arabic letters';
	const latin = latinOutsideParentheses(text);
	return latin.length ? `has Latin words outside parentheses: ${latin.join(' ')}` : null;
}

/** Latin words, and runs of Arabic words (a quotation counts once), in `text`. */
export function scriptCounts(text: string): { latin: number; arabicRuns: number } {
	let latin = 0;
	let arabicRuns = 0;
	let inRun = false;
	for (const [word] of text.matchAll(WORD)) {
		const arabic = ARABIC.test(word);
		if (arabic && !inRun) arabicRuns++;
		if (!arabic) latin++;
		inRun = arabic;
	}
	return { latin, arabicRuns };
}

/** Why `text` is not an English field, or null when it is one. */
export function notEnglish(text: string): string | null {
	const { latin, arabicRuns } = scriptCounts(text);
	if (latin === 0) return 'has no English (Latin-letter) words';
	if (latin <= arabicRuns)
		return `reads as Arabic: ${latin} Latin word(s) against ${arabicRuns} stretch(es) of Arabic`;
	return null;
}

/** Problems of one { en, ar } text: each side in its language. */
export function bilingualProblems(id: string, field: string, text: Bilingual): Problem[] {
	const problems: Problem[] = [];
	const en = notEnglish(text.en);
	if (en) problems.push({ id, field: `${field}.en`, message: `the English ${en}` });
	const ar = notArabic(text.ar);
	if (ar) problems.push({ id, field: `${field}.ar`, message: `the Arabic ${ar}` });
	return problems;
}

const kinds = kindTable(KINDS as readonly AnyKind[]);

/** Every text of a question a learner is told, with its field path. */
export function questionTexts(q: Question): [string, Bilingual][] {
	const texts: [string, Bilingual][] = [
		['prompt', q.prompt],
		['explanation', q.explanation],
		...q.hints.map((h, i): [string, Bilingual] => [`hints[${i}]`, h])
	];
	texts.push(...(kinds.get(q.kind)?.texts?.(q) ?? []));
	return texts;
}

export function questionLanguageProblems(q: Question): Problem[] {
	return questionTexts(q).flatMap(([field, text]) => bilingualProblems(q.id, field, text));
}

export function setTitleProblems(set: Pick<QuestionSet, 'id' | 'title'>): Problem[] {
	return bilingualProblems(set.id, 'title', set.title);
}

interface Twin {
	id: string;
	/** The Arabic field's name; its English twin is named in the message. */
	field: string;
	english: string;
	en: string | undefined;
	ar: string | undefined;
	/** The Arabic is wanted even without an English twin (a definition, a description). */
	required?: boolean;
}

function twinProblems(twins: Twin[]): Problem[] {
	return twins.flatMap(({ id, field, english, en, ar, required }) => {
		if (en === undefined && !required)
			return ar === undefined
				? []
				: [{ id, field, message: `Arabic without the English it renders (no ${english})` }];
		const why = notArabic(ar);
		if (why === 'missing')
			return [
				{
					id,
					field,
					message: required
						? `missing: write it in Arabic`
						: `missing: ${english} needs its Arabic version`
				}
			];
		return why ? [{ id, field, message: `the Arabic ${why}` }] : [];
	});
}

/** The lesson's Arabic fields: each where its rule wants it, in Arabic script. */
export function lessonLanguageProblems(lesson: Lesson): Problem[] {
	const { article, glossary, expressions, entities } = lesson;
	const twins: Twin[] = [
		{
			id: article.id,
			field: 'levelNoteAr',
			english: 'levelNote',
			en: article.levelNote,
			ar: article.levelNoteAr
		},
		{
			id: article.id,
			field: 'source.noteAr',
			english: 'source.note',
			en: article.source.note,
			ar: article.source.noteAr
		}
	];
	for (const block of article.blocks)
		for (const sentence of block.sentences)
			sentence.tokens.forEach((t, i) => {
				if (t.kind !== 'word') return;
				const at = `tokens[${i}]`;
				twins.push(
					{ id: sentence.id, field: `${at}.roleAr`, english: 'role', en: t.role, ar: t.roleAr },
					{ id: sentence.id, field: `${at}.noteAr`, english: 'note', en: t.note, ar: t.noteAr }
				);
			});
	for (const e of glossary)
		twins.push(
			{
				id: e.id,
				field: 'definitionAr',
				english: 'glosses',
				en: e.glosses[0],
				ar: e.definitionAr,
				required: true
			},
			{ id: e.id, field: 'noteAr', english: 'note', en: e.note, ar: e.noteAr },
			{ id: e.id, field: 'uncertainAr', english: 'uncertain', en: e.uncertain, ar: e.uncertainAr }
		);
	for (const e of expressions)
		twins.push(
			{
				id: e.id,
				field: 'definitionAr',
				english: 'gloss',
				en: e.gloss,
				ar: e.definitionAr,
				required: true
			},
			{ id: e.id, field: 'noteAr', english: 'note', en: e.note, ar: e.noteAr }
		);
	for (const e of entities)
		twins.push(
			{
				id: e.id,
				field: 'descriptionAr',
				english: 'nameEn',
				en: e.nameEn,
				ar: e.descriptionAr,
				required: true
			},
			{ id: e.id, field: 'noteAr', english: 'note', en: e.note, ar: e.noteAr }
		);
	return twinProblems(twins);
}
