/**
 * The reader's words are written two ways: as the prerendered page's markup (server) and by the
 * browser when it draws a sentence itself. A page that was prerendered keeps the server's words
 * and never re-renders them, so both ways must give the same words, attributes and text, and
 * every piece of text must stay text.
 */
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SentenceWordsMarkup from '../../../../src/lib/components/reader/SentenceWordsMarkup.svelte';
import {
	appendSentenceWords,
	type WordGroupMarkup
} from '../../../../src/lib/components/reader/sentence-words';
import { loadLesson } from '../../../../src/lib/content/index';
import { tokenKey, wordElementId, wordGroupsOf } from '../../../../src/lib/domain/reader/words';

const { document } = new JSDOM('<!doctype html><body></body>').window;

/** The server's markup as the browser parses it, without Svelte's hydration comments. */
function serverWords(groups: readonly WordGroupMarkup[]): HTMLElement {
	const host = document.createElement('div');
	host.innerHTML = render(SentenceWordsMarkup, { props: { groups: () => groups } }).body;
	const walker = document.createTreeWalker(host, 128 /* NodeFilter.SHOW_COMMENT */);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const comment of comments) comment.parentNode!.removeChild(comment);
	host.normalize();
	return host.firstElementChild as HTMLElement;
}

/** The same sentence drawn by the browser into an empty `span.words`. */
function browserWords(groups: readonly WordGroupMarkup[]): HTMLElement {
	const span = document.createElement('span');
	span.className = 'words';
	appendSentenceWords(span, groups);
	return span;
}

const word = (id: string, text: string, after = ' ', className = 'word') => ({
	id,
	className,
	text,
	after
});

describe('a sentence’s words, prerendered and drawn in the browser', () => {
	it('are the same buttons, in the same groups, with the same text between them', () => {
		const groups: WordGroupMarkup[] = [
			{
				expression: false,
				lead: '«',
				words: [word('w-0', 'قَالَ'), word('w-1', 'إِنَّ', '، ')],
				trail: ''
			},
			{
				expression: true,
				lead: '',
				words: [word('w-2', 'وَزِيرُ'), word('w-3', 'الدِّفَاعِ', '', 'word entity-org')],
				trail: ' '
			},
			{ expression: false, lead: '(2023) ', words: [word('w-4', 'NATO', '.»')], trail: '' }
		];
		const server = serverWords(groups);
		const browser = browserWords(groups);
		expect(browser.outerHTML).toBe(server.outerHTML);
		expect(browser.textContent).toBe('«قَالَ إِنَّ، وَزِيرُ الدِّفَاعِ (2023) NATO.»');
		const buttons = [...browser.querySelectorAll('button.word')];
		expect(buttons.map((b) => b.id)).toEqual(['w-0', 'w-1', 'w-2', 'w-3', 'w-4']);
		expect(browser.querySelectorAll('.expression button')).toHaveLength(2);
		expect(buttons.every((b) => b.getAttribute('tabindex') === '-1')).toBe(true);
		expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
	});

	it('keep text that looks like markup as text', () => {
		const hostile = '<img src=x onerror="alert(1)">&amp;';
		const groups: WordGroupMarkup[] = [
			{ expression: false, lead: hostile, words: [word('w-0', hostile, hostile)], trail: hostile }
		];
		for (const span of [serverWords(groups), browserWords(groups)]) {
			expect(span.querySelector('img')).toBeNull();
			expect(span.textContent).toBe(hostile.repeat(4));
			expect(span.querySelector('button')!.textContent).toBe(hostile);
		}
	});

	it('match for every sentence of the seed lesson', async () => {
		const lesson = (await loadLesson('shoigu-tehran-2023'))!;
		const sentences = lesson.article.blocks.flatMap((b) => b.sentences);
		expect(sentences.length).toBeGreaterThan(10);
		for (const sentence of sentences) {
			const groups: WordGroupMarkup[] = wordGroupsOf(sentence.tokens).map((g) => ({
				expression: g.expression !== undefined,
				lead: g.lead,
				trail: g.trail,
				words: g.words.map((w) => ({
					id: wordElementId(tokenKey(sentence.id, w.tokenIndex)),
					className: 'word',
					text: w.token.vocalized,
					after: w.after
				}))
			}));
			expect(browserWords(groups).outerHTML).toBe(serverWords(groups).outerHTML);
		}
	});
});
