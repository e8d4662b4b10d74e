/**
 * The set editor's screen, driven as a teacher would: the problem summary's links land in the
 * field, questions are added, duplicated, deleted and moved with focus following, Ctrl+Z and
 * Ctrl+Shift+Z undo and redo, sentences of the article toggle a question's evidence, and Publish
 * says why it waits.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SetEditorForm from '../../../src/lib/components/teach/SetEditorForm.svelte';
import type { QuestionInput } from '../../../src/lib/content/question-schema';
import { lesson } from '../questions/fixtures';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { filledQuestion, MemoryEditor } from './memory-editor.svelte';

const before = getLocale;

function setup(
	questions: QuestionInput[] = [filledQuestion('q1', 'First?'), filledQuestion('q2', 'Second?')]
) {
	const editor = new MemoryEditor(lesson, {
		id: 'mine',
		title: { en: 'My set', ar: 'مجموعتي' },
		questions
	});
	const user = userEvent.setup();
	render(SetEditorForm, { editor });
	return { editor, user };
}

const prompt = (n: number) =>
	screen.getAllByRole('textbox', { name: 'Question (English)' })[n - 1] as HTMLInputElement;

describe('the problem summary', () => {
	it('counts the problems and moves focus to the field of the one followed', async () => {
		const { user } = setup([filledQuestion('q1', 'First?'), filledQuestion('q2', '', [])]);
		await user.clear(screen.getByRole('textbox', { name: 'Title (Arabic)' }));

		const summary = screen.getByRole('region', { name: '3 problems' });
		const links = within(summary).getAllByRole('link');
		expect(links.map((l) => l.textContent)).toEqual([
			'Title: write something here',
			'Question 2: write something here',
			'Question 2: name at least one evidence sentence'
		]);

		await user.click(links[0]!);
		expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title (Arabic)' }));
		await user.click(links[1]!);
		expect(document.activeElement).toBe(prompt(2));
		expect(prompt(2)).toHaveAttribute('aria-invalid', 'true');
		await user.click(links[2]!);
		expect(document.activeElement).toHaveAttribute('id', 'q2-evidence');
	});

	it('lets Publish be pressed but not publish while there are problems, and says why', async () => {
		const { editor, user } = setup([filledQuestion('q1', '')]);
		const publish = screen.getByRole('button', { name: 'Publish' });
		expect(publish).toHaveAttribute('aria-disabled', 'true');
		expect(publish).toHaveAccessibleDescription(/problems listed above are fixed/u);
		await user.click(publish);
		expect(editor.publishedCount).toBe(0);

		await user.type(prompt(1), 'Who?');
		expect(publish).toHaveAttribute('aria-disabled', 'false');
		await user.click(publish);
		expect(editor.publishedCount).toBe(1);
		expect(await screen.findByText(/^Published\./u)).toBeInTheDocument();
	});
});

describe('the question actions', () => {
	it('adds a question of the chosen kind and moves focus to it', async () => {
		const { editor, user } = setup();
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'Kind of the new question' }),
			'ordering'
		);
		await user.click(screen.getByRole('button', { name: 'Add question' }));
		expect(editor.set.questions.map((q) => q.kind)).toEqual([
			'single-choice',
			'single-choice',
			'ordering'
		]);
		expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question 3' }));
	});

	it('duplicates a question right after it, focus on the copy', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Duplicate question 1' }));
		expect([1, 2, 3].map((n) => prompt(n).value)).toEqual(['First?', 'First?', 'Second?']);
		expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question 2' }));
	});

	it('deletes a question and moves focus to the neighbour, or to Add question when none is left', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Delete question 1' }));
		expect(prompt(1).value).toBe('Second?');
		expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question 1' }));
		await user.click(screen.getByRole('button', { name: 'Delete question 1' }));
		expect(screen.queryByRole('heading', { name: 'Question 1' })).toBeNull();
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add question' }));
	});

	it('moves a question and keeps focus on the same button of the moved question', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Move question 1 down' }));
		expect([prompt(1).value, prompt(2).value]).toEqual(['Second?', 'First?']);
		const down = screen.getByRole('button', { name: 'Move question 2 down' });
		expect(document.activeElement).toBe(down);
		// The last question cannot go further down: the button says so and does nothing.
		expect(down).toHaveAttribute('aria-disabled', 'true');
		await user.keyboard('{Enter}');
		expect([prompt(1).value, prompt(2).value]).toEqual(['Second?', 'First?']);
	});
});

describe('the fields every question has', () => {
	const hinted = () => [
		filledQuestion('q1', 'First?'),
		{
			...filledQuestion('q2', 'Second?'),
			hints: [
				{ en: 'Read the first line.', ar: 'اقرأ السطر الأول.' },
				{ en: 'Think of Moscow.', ar: 'فكّر في موسكو.' }
			]
		}
	];
	const hint = (n: number) => screen.getByRole('textbox', { name: `Hint ${n} (English)` });

	it('moves hints by button and by Alt+Arrow, named for their question, and undo puts them back', async () => {
		const { editor, user } = setup(hinted());
		const order = () => editor.set.questions[1]!.hints!.map((h) => h.en);
		await user.click(screen.getByRole('button', { name: 'Move hint 2 of question 2 up' }));
		expect(order()).toEqual(['Think of Moscow.', 'Read the first line.']);
		const up = screen.getByRole('button', { name: 'Move hint 1 of question 2 up' });
		expect(up).toHaveFocus();
		expect(up).toHaveAttribute('aria-disabled', 'true');

		await user.click(hint(1));
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(order()).toEqual(['Read the first line.', 'Think of Moscow.']);
		expect(hint(2)).toHaveFocus();
		expect(hint(2)).toHaveValue('Think of Moscow.');

		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(order()).toEqual(['Think of Moscow.', 'Read the first line.']);
	});

	it('adds and removes hints, focus on the hint or on Add', async () => {
		const { editor, user } = setup(hinted());
		await user.click(screen.getByRole('button', { name: 'Remove hint 1 of question 2' }));
		expect(editor.set.questions[1]!.hints).toEqual([
			{ en: 'Think of Moscow.', ar: 'فكّر في موسكو.' }
		]);
		expect(hint(1)).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Remove hint 1 of question 2' }));
		expect(editor.set.questions[1]!.hints).toEqual([]);
		expect(screen.getByRole('button', { name: 'Add a hint to question 2' })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(hint(1)).toHaveFocus();
		await user.keyboard('Look at the date.');
		expect(editor.set.questions[1]!.hints).toEqual([{ en: 'Look at the date.', ar: '' }]);
	});

	it('names the hint buttons with the question number in the Arabic interface too', async () => {
		overwriteGetLocale(() => 'ar');
		try {
			const { editor, user } = setup(hinted());
			await user.click(
				screen.getByRole('button', { name: 'انقل التلميح 2 من السؤال 2 إلى الأعلى' })
			);
			expect(editor.set.questions[1]!.hints!.map((h) => h.en)).toEqual([
				'Think of Moscow.',
				'Read the first line.'
			]);
			expect(screen.getByRole('button', { name: 'احذف التلميح 1 من السؤال 2' })).toBeVisible();
			expect(screen.getByRole('button', { name: 'أضف تلميحًا إلى السؤال 2' })).toBeVisible();
		} finally {
			overwriteGetLocale(before);
		}
	});

	it('takes points in either digit script, says when they are no number, and undo rewrites them', async () => {
		const { editor, user } = setup();
		const points = screen.getAllByRole('textbox', { name: 'Points' })[0]!;
		await user.clear(points);
		await user.type(points, '٣');
		expect(editor.set.questions[0]!.points).toBe(3);
		await user.type(points, 'x');
		expect(editor.set.questions[0]!.points).toBeUndefined();
		expect(points).toHaveAttribute('aria-invalid', 'true');
		expect(points).toHaveAccessibleDescription(/This is not a number/u);
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(editor.set.questions[0]!.points).toBe(3);
		expect(points).toHaveValue('3');
		expect(points).not.toHaveAttribute('aria-invalid');
	});
});

describe('undo and redo', () => {
	it('answer Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere on the page, and the buttons', async () => {
		const { user } = setup();
		const title = screen.getByRole('textbox', { name: 'Title (English)' }) as HTMLInputElement;
		await user.clear(title);
		await user.paste('Class 9B');
		expect(title.value).toBe('Class 9B');

		await user.keyboard('{Control>}z{/Control}');
		expect(title.value).toBe('');
		await user.keyboard('{Control>}z{/Control}');
		expect(title.value).toBe('My set');
		await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
		expect(title.value).toBe('');
		await user.keyboard('{Control>}y{/Control}');
		expect(title.value).toBe('Class 9B');

		await user.click(screen.getByRole('button', { name: 'Delete question 2' }));
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(prompt(2).value).toBe('Second?');
		await user.click(screen.getByRole('button', { name: 'Redo' }));
		expect(screen.queryByRole('heading', { name: 'Question 2' })).toBeNull();
		expect(screen.getByRole('button', { name: 'Redo' })).toHaveAttribute('aria-disabled', 'true');
	});
});

describe('evidence picked from the article', () => {
	it('toggles sentences in and out of the evidence of the question being edited', async () => {
		const { editor, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Choose evidence for question 2' }));
		const panel = screen.getByText('Article: evidence for question 2');
		expect(document.activeElement).toBe(panel);

		const sentence = screen.getByRole('button', { name: /p2\.s2 .*وزار معرضا للطائرات/u });
		expect(sentence).toHaveAttribute('aria-pressed', 'false');
		await user.click(sentence);
		expect(sentence).toHaveAttribute('aria-pressed', 'true');
		expect(editor.set.questions[1]!.evidence).toEqual(['p1.s1', 'p2.s2']);
		const second = screen.getByRole('region', { name: 'Question 2' });
		expect(within(second).getByRole('group', { name: 'Evidence' })).toHaveTextContent(
			'Paragraph 1 p1.s1Paragraph 2, sentence 2 p2.s2'
		);
		// Question 1 is untouched, and its own evidence shows when it is the one edited.
		expect(editor.set.questions[0]!.evidence).toEqual(['p1.s1']);

		await user.click(sentence);
		expect(sentence).toHaveAttribute('aria-pressed', 'false');
		expect(editor.set.questions[1]!.evidence).toEqual(['p1.s1']);
	});
});

describe('a long set', () => {
	const many = () =>
		['First?', 'Second?', 'Third?', 'Fourth?', 'Fifth?'].map((text, i) =>
			filledQuestion(`q${i + 1}`, text)
		);

	it('folds each question to its kind and prompt until it is opened, and keeps it open as it moves', async () => {
		const { user } = setup(many());
		expect(screen.queryAllByRole('textbox', { name: 'Question (English)' })).toHaveLength(0);
		expect(screen.getByText('Third?')).toBeInTheDocument();

		const open3 = screen.getByRole('button', { name: 'Edit question 3' });
		expect(open3).toHaveAttribute('aria-expanded', 'false');
		await user.click(open3);
		expect(prompt(1)).toHaveValue('Third?');
		expect(screen.getByRole('button', { name: 'Fold question 3' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);

		// Moved up, the open question stays open at its new place; the one it passed stays folded.
		await user.click(screen.getByRole('button', { name: 'Move question 3 up' }));
		expect(screen.getAllByRole('textbox', { name: 'Question (English)' })).toHaveLength(1);
		expect(prompt(1)).toHaveValue('Third?');
		expect(screen.getByRole('button', { name: 'Fold question 2' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Edit question 3' })).toBeInTheDocument();
	});

	it('opens the folded question a problem is in and puts focus in the field', async () => {
		const questions = many();
		questions[3] = filledQuestion('q4', '');
		const { user } = setup(questions);
		const summary = screen.getByRole('region', { name: '1 problem' });
		await user.click(
			within(summary).getByRole('link', { name: 'Question 4: write something here' })
		);
		expect(await screen.findByRole('button', { name: 'Fold question 4' })).toBeInTheDocument();
		expect(document.activeElement).toBe(prompt(1));
		expect(prompt(1)).toHaveAttribute('aria-invalid', 'true');
	});
});
