import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson, lessonText } from '../../../src/lib/content/check';
import { lessonIds, loadLesson } from '../../../src/lib/content/index';
import { clusters, stripMarks } from '../../../src/lib/domain/arabic/letters';
import { segmentsOf } from '../../../src/lib/domain/arabic/segments';

const ID = 'shoigu-tehran-2023';
const dir = resolve('src/lib/content/articles', ID);
const source = readFileSync(resolve(dir, 'source.ar.txt'), 'utf8');
// The shared seed is read only through this overridable path, and only when it is there.
const sharedSeed = resolve(
	process.env.FAHM_SHARED_DIR ?? '../shared',
	'article/seed-article.ar.txt'
);

describe('the seed lesson', async () => {
	const lesson = (await loadLesson(ID))!;
	const words = lesson.article.blocks.flatMap((b) =>
		b.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'))
	);

	it('is listed in the catalogue', () => {
		expect(lessonIds).toContain(ID);
	});

	it('passes every schema rule and invariant', () => {
		expect(checkLesson(lesson, source)).toEqual([]);
	});

	it('reproduces its source text byte for byte', () => {
		expect(lessonText(lesson)).toBe(source);
	});

	it.skipIf(!existsSync(sharedSeed))(
		'keeps its source identical to the shared seed article',
		() => {
			expect(source).toBe(readFileSync(sharedSeed, 'utf8'));
		}
	);

	it('vowels every word and spells the same letters (a noted slip: the letters it is read as)', () => {
		for (const w of words) {
			expect(stripMarks(w.vocalized), w.text).toBe(stripMarks(w.readAs ?? w.text));
			expect(w.vocalized.length, `${w.text} has no marks added`).toBeGreaterThan(w.text.length - 1);
		}
	});

	it('keeps the marks the source already carries', () => {
		const marked = Object.fromEntries(
			words.filter((w) => w.text !== stripMarks(w.text)).map((w) => [w.text, w.vocalized])
		);
		expect(Object.keys(marked).sort()).toEqual(
			[
				'أيضاً',
				'إضافةً',
				'بشكلٍ',
				'سياقٍ',
				'ضدّ',
				'لافتاً',
				'متعدّد',
				'مشيراً',
				'معتبراً',
				'مكثّف',
				'يعدّ'
			].sort()
		);
		const tha = clusters(marked['مكثّف']!).find((c) => c.startsWith('ث'))!;
		expect(tha).toContain('\u0651');
		expect(marked['أيضاً']!.endsWith('اً')).toBe(true);
	});

	it('splits clitics so that they spell each word', () => {
		const withClitics = words.filter((w) => w.pre || w.post);
		expect(withClitics.length).toBeGreaterThan(80);
		for (const w of withClitics)
			expect(
				segmentsOf(w)
					.map((s) => s.text)
					.join('')
			).toBe(w.text);
		const wa = words.find((w) => w.text === 'ونقلت')!;
		expect(segmentsOf(wa)[0]).toMatchObject({ role: 'proclitic', text: 'و', kind: 'conjunction' });
	});

	it('keeps stable ids: one sentence per block, in reading order', () => {
		const ids = lesson.article.blocks.flatMap((b) => b.sentences.map((s) => s.id));
		expect(ids).toEqual([
			'headline.s1',
			'dateline.s1',
			...Array.from({ length: 13 }, (_, i) => `p${i + 1}.s1`)
		]);
	});

	it("keeps the source's own slips and says so on the token", () => {
		const ila = words.find((w) => w.text === 'الى')!;
		expect(ila.note).toMatch(/إلى/u);
		// Read ʾilā: its vowelled form carries the hamza the source leaves off.
		expect(ila).toMatchObject({ readAs: 'إلى', vocalized: 'إِلَى' });
		expect(words.filter((w) => w.readAs).map((w) => w.text)).toEqual(['الى']);
		const sides = words.find((w) => w.text === 'الجانبين')!;
		expect(sides.note).toMatch(/الجانبان/u);
	});

	it('glosses every lemma with a root of 3 or 4 letters, or none for names', () => {
		for (const entry of lesson.glossary) {
			expect(entry.glosses.length).toBeGreaterThan(0);
			if (entry.root !== null) expect([...entry.root].length).toBeGreaterThanOrEqual(3);
			if (entry.pos === 'proper-noun') expect(entry.root).toBeNull();
		}
	});

	it('names the people with the roles the article gives them', () => {
		const people = lesson.entities.filter((e) => e.type === 'person').map((e) => e.nameEn);
		expect(people).toEqual(['Sergei Shoigu', 'Mohammad-Reza Ashtiani', 'Ali Akbar Ahmadian']);
		const shoigu = words.filter((w) => w.entity === 'shoigu');
		expect(shoigu.length).toBeGreaterThanOrEqual(6);
	});
});
