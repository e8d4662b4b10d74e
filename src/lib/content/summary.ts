import type { Lesson, Level } from './schema';

/** What a lesson list shows of a lesson, without its text. */
export interface LessonSummary {
	id: string;
	title: string;
	titleEn: string;
	source: string;
	date?: string;
	licence: string;
	level: Level;
	/** Word tokens in the whole article, headline and dateline included. */
	words: number;
}

/** Counts a lesson's word tokens and picks out what a lesson list shows. */
export function summarize({ article }: Lesson): LessonSummary {
	let words = 0;
	for (const block of article.blocks)
		for (const sentence of block.sentences)
			for (const token of sentence.tokens) if (token.kind === 'word') words++;
	return {
		id: article.id,
		title: article.title,
		titleEn: article.titleEn,
		source: article.source.name,
		date: article.source.date,
		licence: article.source.licence,
		level: article.level,
		words
	};
}
