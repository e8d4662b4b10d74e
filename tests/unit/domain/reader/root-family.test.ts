import { describe, expect, it } from 'vitest';
import { lesson } from '../../../../src/lib/content/articles/shoigu-tehran-2023';
import { rootFamily } from '../../../../src/lib/domain/reader/root-family';
import { wordsOf } from '../../../../src/lib/domain/reader/words';

const words = wordsOf(lesson.article);
const glossary = new Map(lesson.glossary.map((e) => [e.id, e]));

describe('rootFamily', () => {
	it('gathers every word of the root, grouped by pattern', () => {
		const family = rootFamily('عرض', words, glossary);
		const lemmas = family.flatMap((g) => g.members.map((m) => m.entry.lemma));
		const inArticle = new Set(
			words.filter((w) => glossary.get(w.token.lemma)?.root === 'عرض').map((w) => w.token.lemma)
		);
		expect(lemmas).toHaveLength(inArticle.size);
		expect(lemmas.length).toBeGreaterThanOrEqual(3);
		for (const group of family)
			for (const member of group.members) expect(member.entry.pattern ?? null).toBe(group.pattern);
		expect(new Set(family.map((g) => g.pattern)).size).toBe(family.length);
	});

	it('counts uses, keeps distinct forms, and points at the first use', () => {
		const family = rootFamily('عون', words, glossary);
		const member = family[0]!.members[0]!;
		expect(member.count).toBe(words.filter((w) => w.token.lemma === member.entry.id).length);
		expect(new Set(member.forms).size).toBe(member.forms.length);
		expect(words[member.first]!.token.lemma).toBe(member.entry.id);
	});

	it('is empty for a root the article does not use', () => {
		expect(rootFamily('كتب', words, glossary)).toEqual([]);
	});
});
