/**
 * Test-side views of the seed lesson, written apart from the generators so the fairness checks do
 * not just repeat the code they check.
 */
import type { GlossaryEntry, Lesson, WordToken } from '../../../../src/lib/content/schema';

export const SEED_LESSON = 'shoigu-tehran-2023';
export const CONTENT_POS = ['noun', 'verbal-noun', 'adjective', 'participle', 'verb'];

export interface LessonView {
	byId: Map<string, GlossaryEntry>;
	byLemma: Map<string, GlossaryEntry[]>;
	/** Every word token with its sentence id and index. */
	tokens: { sentence: string; index: number; token: WordToken }[];
	sentenceIds: Set<string>;
	/** Roots of glossary entries the article uses. */
	roots: Set<string>;
}

export function viewOf(lesson: Lesson): LessonView {
	const byId = new Map(lesson.glossary.map((e) => [e.id, e]));
	const byLemma = new Map<string, GlossaryEntry[]>();
	for (const e of lesson.glossary) byLemma.set(e.lemma, [...(byLemma.get(e.lemma) ?? []), e]);
	const tokens = lesson.article.blocks.flatMap((b) =>
		b.sentences.flatMap((s) =>
			s.tokens.flatMap((token, index) =>
				token.kind === 'word' ? [{ sentence: s.id, index, token }] : []
			)
		)
	);
	const used = new Set(tokens.map((t) => t.token.lemma));
	const roots = new Set(
		lesson.glossary.filter((e) => used.has(e.id) && e.root).map((e) => e.root as string)
	);
	const sentenceIds = new Set(tokens.map((t) => t.sentence));
	return { byId, byLemma, tokens, sentenceIds, roots };
}

/** The lemma id a generated question is about, read back from its id. */
export function lemmaOf(id: string, family: string): string {
	const match = new RegExp(`^ex-${family}-(.+)-(\\d+)$`).exec(id);
	if (!match?.[1]) throw new Error(`${id} is not an ${family} id`);
	return match[1];
}

/** Senses as a reader would compare them: lower case, no asides, no leading "to". */
export function senses(entry: GlossaryEntry): string[] {
	const cached = sensesCache.get(entry);
	if (cached) return cached;
	const found = entry.glosses.flatMap((g) =>
		g
			.replace(/\([^)]*\)/g, '')
			.toLowerCase()
			.split(/[,;]/)
			.map((s) => s.trim().replace(/^to /, ''))
			.filter((s) => s !== '')
	);
	sensesCache.set(entry, found);
	return found;
}
const sensesCache = new WeakMap<GlossaryEntry, string[]>();

/** True when two entries share a sense, or their first senses start with the same word. */
export function synonyms(a: GlossaryEntry, b: GlossaryEntry): boolean {
	const mine = new Set(senses(a));
	if (senses(b).some((s) => mine.has(s))) return true;
	const head = (e: GlossaryEntry) => senses(e)[0]?.split(' ')[0];
	return head(a) === head(b);
}

/** Marks and letter shapes a learner would not tell apart. */
export function bare(text: string): string {
	return text
		.replace(/[\u064B-\u0652\u0670\u0640]/g, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه');
}

export function rootUncertain(entry: GlossaryEntry): boolean {
	return /root/i.test(entry.uncertain ?? '');
}
