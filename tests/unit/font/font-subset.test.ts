/**
 * The Arabic face ships cut to the Arabic block (scripts/subset-font.sh): 25 KB instead of 52 on
 * every page's first load and in the offline install (issue 12). The cut must not cost a learner
 * a letter: inside the declared range it maps all that the full face maps, and every Arabic
 * character of every lesson, question set and Arabic interface text is drawn by it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonIds, loadLesson, loadQuestionSets } from '../../../src/lib/content/index';
import { mappedCodePoints } from './woff2-cmap';

const subset = mappedCodePoints(
	readFileSync('src/assets/fonts/noto-naskh-arabic-400-arabic.woff2')
);
const full = mappedCodePoints(
	readFileSync(
		'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2'
	)
);

/** The code points of a CSS `unicode-range` or the script's `--unicodes` list. */
function parseRanges(list: string): [number, number][] {
	return list.split(',').map((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/iu, '').split('-');
		return [parseInt(from!, 16), parseInt(to!, 16)];
	});
}

const cssRange = /unicode-range:\s*([^;]+);/u.exec(readFileSync('src/app.css', 'utf8'))?.[1];
const scriptRange = /RANGES='([^']+)'/u.exec(readFileSync('scripts/subset-font.sh', 'utf8'))?.[1];
const declared = parseRanges(cssRange ?? '');
const inDeclared = (c: number) => declared.some(([from, to]) => c >= from && c <= to);

/** Letters and marks of the Arabic script, in any of its Unicode blocks. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;

function arabicMessages(dir = 'messages'): string {
	return readdirSync(dir, { withFileTypes: true })
		.map((entry) =>
			entry.isDirectory()
				? arabicMessages(join(dir, entry.name))
				: entry.name === 'ar.json'
					? readFileSync(join(dir, entry.name), 'utf8')
					: ''
		)
		.join('');
}

describe('the Arabic font subset', () => {
	it('declares in CSS the ranges the script cuts to', () => {
		expect(cssRange).toBeDefined();
		expect(parseRanges(cssRange!)).toEqual(parseRanges(scriptRange ?? ''));
	});

	it('maps every code point of its range that the full face maps, and nothing outside it', () => {
		const lost = [...full].filter((c) => inDeclared(c) && !subset.has(c));
		expect(lost.map((c) => c.toString(16))).toEqual([]);
		expect([...subset].filter((c) => !inDeclared(c))).toEqual([]);
		// The Arabic block itself, letters, vowel marks and digits, is all there.
		expect(subset.has(0x0628) && subset.has(0x064e) && subset.has(0x0663)).toBe(true);
	});

	it('draws every Arabic character of the lessons, their questions and the Arabic interface', async () => {
		let text = arabicMessages();
		for (const id of lessonIds) {
			text += JSON.stringify(await loadLesson(id));
			text += JSON.stringify(await loadQuestionSets(id));
		}
		const used = new Set([...text.matchAll(ARABIC_SCRIPT)].map((m) => m[0].codePointAt(0)!));
		expect(used.size).toBeGreaterThan(40);
		const missing = [...used].filter((c) => !subset.has(c));
		expect(missing.map((c) => `U+${c.toString(16).toUpperCase()}`)).toEqual([]);
	});
});
