/** Renders an editor through the harness; `question()` reads back the question it has edited. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { QuestionKind } from '../../../src/lib/content/question-schema';
import type {
	Editor,
	FieldProblems,
	QuestionInputOf
} from '../../../src/lib/components/questions/player';
import EditorHarness from './EditorHarness.svelte';

export function renderEditor<K extends QuestionKind>(
	editor: Editor<K>,
	initial: QuestionInputOf<K>,
	problems: FieldProblems = {}
) {
	const user = userEvent.setup();
	render(EditorHarness<K>, { editor, initial: structuredClone(initial), problems });
	const question = () =>
		JSON.parse(screen.getByTestId('question').textContent ?? 'null') as QuestionInputOf<K>;
	const changes = () => Number(screen.getByTestId('changes').textContent);
	return { user, question, changes };
}

/** The fields every question has, which the kinds' editors leave alone. */
export const common = {
	id: 'q-test',
	prompt: { en: 'Which one?', ar: 'أيها؟' },
	explanation: { en: 'Because.', ar: 'لأن.' },
	evidence: ['p1.s1'],
	tier: 1 as const,
	skill: 'literal' as const
};

/** The element a field's aria-describedby points at, by id. */
export function describedBy(element: HTMLElement): string {
	const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
	return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? `#${id}?`).join(' ');
}

/** Ids used by more than one element: a label or a problem link would land on the wrong one. */
export function duplicateIds(): string[] {
	const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
