/**
 * The saved-words list words a storage problem in the learner's language; that wording is fetched
 * with the first problem (issue 12), and still says what is wrong and that nothing was lost.
 */
import { IDBFactory } from 'fake-indexeddb';
import { render, screen } from '@testing-library/svelte';
import { afterEach, expect, it } from 'vitest';
import Reader from '../../../src/lib/components/reader/Reader.svelte';
import { closeDatabase, database, setMemoryFallback } from '../../../src/lib/storage/db';
import { shortLesson } from './helpers';

afterEach(() => {
	closeDatabase();
	setMemoryFallback(true);
	globalThis.indexedDB = new IDBFactory();
});

it('names the saved records it could not read, and keeps them', async () => {
	closeDatabase();
	globalThis.indexedDB = new IDBFactory();
	const broken = { id: 'shoigu-tehran-2023:broken', lessonId: 'shoigu-tehran-2023' };
	await (await database()).put('savedWords', broken as never);
	render(Reader, { lesson: shortLesson });
	expect(await screen.findByText(/^One saved record .* It is kept/u)).toBeInTheDocument();
	expect(await (await database()).get('savedWords', broken.id)).toEqual(broken);
});

it('says so when this browser keeps no words', async () => {
	closeDatabase();
	setMemoryFallback(false);
	(globalThis as { indexedDB?: unknown }).indexedDB = undefined;
	render(Reader, { lesson: shortLesson });
	expect(await screen.findByRole('alert')).toHaveTextContent(
		'This browser does not let Fahm store words (a private window or a storage setting). Words you save now will not be kept.'
	);
});
