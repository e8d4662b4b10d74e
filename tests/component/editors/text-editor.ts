/** Renders a kind's editor through the harness; `question()` reads back the question it edits. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { QuestionKind } from '../../../src/lib/content/question-schema';
import type {
	Editor,
	FieldProblems,
	QuestionInputOf
} from '../../../src/lib/components/questions/player';
import { lesson } from '../questions/fixtures';
import TextEditorHarness from './TextEditorHarness.svelte';

/** The fields every kind shares, which these editors leave alone. */
export const common = {
	prompt: { en: 'Which city?', ar: 'أي مدينة؟' },
	explanation: { en: 'The first paragraph says so.', ar: 'تقول ذلك الفقرة الأولى.' },
	evidence: ['p1.s1'],
	tier: 1 as const,
	skill: 'literal' as const
};

export function renderEditor<K extends QuestionKind>(
	editor: Editor<K>,
	initial: QuestionInputOf<K>,
	problems: FieldProblems = {}
) {
	const user = userEvent.setup();
	render(TextEditorHarness<K>, { editor, initial, lesson, problems });
	const question = () =>
		JSON.parse(screen.getByTestId('question').textContent ?? 'null') as QuestionInputOf<K>;
	const changes = () => Number(screen.getByTestId('changes').textContent);
	return { user, question, changes };
}

/** Asserts that `field` is marked invalid and described by a message saying `message`. */
export function expectProblem(field: HTMLElement, message: string) {
	expect(field).toHaveAttribute('aria-invalid', 'true');
	expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
}

/** Asserts that a list or group is described by a message saying `message`. */
export function expectListProblem(group: HTMLElement, message: string) {
	expect(group).toHaveAccessibleDescription(expect.stringContaining(message));
}
