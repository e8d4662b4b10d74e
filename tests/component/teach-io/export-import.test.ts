import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lesson } from '../../../src/lib/content/articles/shoigu-tehran-2023';
import { LESSON_DATA_VERSION, type LessonData } from '../../../src/lib/content/lesson-data';
import { QuestionSetSchema, type QuestionSet } from '../../../src/lib/content/question-schema';
import ExportSet from '../../../src/lib/components/teach/io/ExportSet.svelte';
import ImportSet from '../../../src/lib/components/teach/io/ImportSet.svelte';
import { exportSetJson, exportSetModule } from '../../../src/lib/interop/set-export';
import { closeDatabase } from '../../../src/lib/storage/db';
import { listTeacherSets } from '../../../src/lib/storage/teacher-sets';
import { fixtureInput, fixtureSet } from '../../unit/fixtures/question-set';

/** What the page handed the browser to download: each file's name and text. */
let downloads: { name: string; text: Promise<string> }[];
beforeEach(() => {
	downloads = [];
	const blobs = new Map<string, Blob>();
	URL.createObjectURL = vi.fn((blob: Blob) => {
		const url = `blob:test/${blobs.size}`;
		blobs.set(url, blob);
		return url;
	});
	URL.revokeObjectURL = vi.fn();
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		downloads.push({ name: this.download, text: blobs.get(this.href)!.text() });
	});
	closeDatabase();
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

const lessonData = async (): Promise<LessonData> => ({
	version: LESSON_DATA_VERSION,
	lesson,
	questionSets: [{ id: 'shoigu-tehran-2023-comprehension' } as QuestionSet]
});

describe('ExportSet', () => {
	it('downloads the set as a bundle and as a module, named after the set', async () => {
		const user = userEvent.setup();
		render(ExportSet, { editor: { set: fixtureInput, lesson } });
		await user.click(screen.getByRole('button', { name: 'Export JSON' }));
		await user.click(screen.getByRole('button', { name: 'Export TypeScript' }));
		expect(downloads.map((d) => d.name)).toEqual(['fixture.json', 'fixture.ts']);
		expect(await downloads[0]!.text).toBe(exportSetJson(lesson, fixtureSet));
		expect(await downloads[1]!.text).toBe(exportSetModule(fixtureSet));
		expect(screen.getByRole('status')).toHaveTextContent('Saved as \u2068fixture.ts\u2069.');
		expect(screen.getByRole('link', { name: 'Print worksheet' })).toHaveAttribute(
			'href',
			'/teach/print?set=fixture'
		);
		expect(screen.getByRole('link', { name: 'Print answer key' })).toHaveAttribute(
			'href',
			'/teach/print?set=fixture&key'
		);
	});

	it('a set with problems is not exported, and the teacher is told why', async () => {
		const user = userEvent.setup();
		const broken = structuredClone(fixtureInput);
		broken.title.en = ' ';
		render(ExportSet, { editor: { set: broken, lesson } });
		await user.click(screen.getByRole('button', { name: 'Export JSON' }));
		expect(downloads).toEqual([]);
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Fix the problems in this set before exporting it: 1 to go.'
		);
	});
});

describe('ImportSet', () => {
	const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

	it('an exported set comes back as a new draft; a second import gets a new id, never overwrites', async () => {
		const user = userEvent.setup();
		const added = vi.fn();
		render(ImportSet, { deps: { loadLessonData: lessonData, now: () => 1_000 }, onadded: added });
		const input = screen.getByLabelText('Import JSON');
		const exported = exportSetJson(lesson, fixtureSet);

		await user.upload(input, file('fixture.json', exported));
		expect(
			await screen.findByText('\u2068fixture.json\u2069 holds a set you can add:')
		).toBeVisible();
		expect(screen.getByText('15 in all')).toBeVisible();
		expect(screen.getByText('Short answer: 4')).toBeVisible();
		expect(screen.getByText('Test questions')).toHaveAttribute('lang', 'en');
		await user.click(screen.getByRole('button', { name: 'Add this set' }));
		expect(
			await screen.findByText('Added to your sets as a draft, with the id \u2068fixture\u2069.')
		).toBeVisible();
		expect(added).toHaveBeenCalledWith('fixture');

		await user.upload(input, file('fixture.json', exported));
		await user.click(await screen.findByRole('button', { name: 'Add this set' }));
		expect(
			await screen.findByText(
				'A set with the id \u2068fixture\u2069 exists already, so this one was added as \u2068fixture-2\u2069; the other is unchanged.'
			)
		).toBeVisible();

		const { sets } = await listTeacherSets();
		expect(sets.map((s) => [s.id, s.lessonId, s.createdAt]).sort()).toEqual([
			['fixture', 'shoigu-tehran-2023', 1_000],
			['fixture-2', 'shoigu-tehran-2023', 1_000]
		]);
		const first = sets.find((s) => s.id === 'fixture')!;
		expect(v.parse(QuestionSetSchema, first.draft)).toEqual(fixtureSet);
		expect(first.published).toBeUndefined();
		expect(sets.find((s) => s.id === 'fixture-2')!.draft).toMatchObject({ id: 'fixture-2' });
	});

	it('a built-in set id is taken too', async () => {
		const user = userEvent.setup();
		render(ImportSet, { deps: { loadLessonData: lessonData, now: () => 5 } });
		const builtIn = { ...fixtureSet, id: 'shoigu-tehran-2023-comprehension' };
		await user.upload(
			screen.getByLabelText('Import JSON'),
			file('b.json', exportSetJson(lesson, builtIn))
		);
		await user.click(await screen.findByRole('button', { name: 'Add this set' }));
		await screen.findByText(/was added as \u2068shoigu-tehran-2023-comprehension-2\u2069/u);
		expect((await listTeacherSets()).sets.map((s) => s.id)).toEqual([
			'shoigu-tehran-2023-comprehension-2'
		]);
	});

	it('a bad file is reported line by line and nothing is saved', async () => {
		const user = userEvent.setup();
		render(ImportSet, { deps: { loadLessonData: lessonData, now: () => 5 } });
		const input = screen.getByLabelText('Import JSON');
		await user.upload(input, file('notes.json', '{\n\t"title": "x",\n'));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(
			'\u2068notes.json\u2069 cannot be added. Nothing was saved or changed.'
		);
		expect(alert).toHaveTextContent('Line 3, column 1: this is not valid JSON.');

		const broken = structuredClone(fixtureInput);
		(broken.questions[0] as { options: { text: string }[] }).options[1]!.text = '';
		broken.article = 'shoigu-tehran-2023';
		await user.upload(input, file('set.json', JSON.stringify(broken)));
		expect(
			await screen.findByText('questions[0].options[1].text: write something here')
		).toBeVisible();
		expect(screen.queryByRole('button', { name: 'Add this set' })).toBeNull();
		expect((await listTeacherSets()).sets).toEqual([]);
	});
});
