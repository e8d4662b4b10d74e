/** Renders a player through the harness; `response()` reads back what it has collected. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { QuestionKind, QuestionOf } from '../../../src/lib/content/question-schema';
import type { Player } from '../../../src/lib/components/questions/player';
import { emptyResponse } from '../../../src/lib/components/questions/responses';
import type { Grade, ResponseOf } from '../../../src/lib/domain/grading/types';
import { lesson } from './fixtures';
import PlayerHarness from './PlayerHarness.svelte';

export function renderPlayer<K extends QuestionKind>(
	player: Player<K>,
	question: QuestionOf<K>,
	options: {
		grade?: Grade;
		showSolution?: boolean;
		initial?: ResponseOf<K>;
		onevidence?: (ids: string[]) => void;
	} = {}
) {
	const user = userEvent.setup();
	render(PlayerHarness<K>, {
		player,
		question,
		lesson,
		initial: options.initial ?? (emptyResponse(question) as ResponseOf<K>),
		grade: options.grade,
		showSolution: options.showSolution,
		onevidence: options.onevidence
	});
	const response = () =>
		JSON.parse(screen.getByTestId('response').textContent ?? 'null') as ResponseOf<K>;
	return { user, response };
}
