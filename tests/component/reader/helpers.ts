import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { render } from '@testing-library/svelte';
import { lesson } from '../../../src/lib/content/articles/shoigu-tehran-2023';
import Reader from '../../../src/lib/components/reader/Reader.svelte';
import { closeDatabase } from '../../../src/lib/storage/db';
import { vi } from 'vitest';

// A few hundred buttons in jsdom are slow on a busy two-core machine.
vi.setConfig({ testTimeout: 20_000 });

/** The seed lesson cut to its headline, dateline and first two paragraphs, to keep jsdom quick. */
export const shortLesson = {
	...lesson,
	article: { ...lesson.article, blocks: lesson.article.blocks.slice(0, 4) }
};

/** Renders the reader on the seed lesson with a fresh database and no saved settings. */
export function renderReader() {
	closeDatabase();
	globalThis.indexedDB = new IDBFactory();
	localStorage.clear();
	return render(Reader, { lesson: shortLesson });
}

/** The word buttons of the article, in reading order. */
export function wordButtons(container: HTMLElement): HTMLButtonElement[] {
	return [...container.querySelectorAll<HTMLButtonElement>('button.word')];
}
