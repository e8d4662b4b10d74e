import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Grade } from '../../../src/lib/domain/grading/types';
import FrameHarness from './FrameHarness.svelte';
import { gradeOf, lesson, question } from './fixtures';

const q = question('short-answer', {
	answerLanguage: 'ar',
	accepted: [{ text: 'وزير الدفاع' }],
	hints: ['انظر إلى الفقرة الأولى.', 'The word starts with و.'],
	evidence: ['p1.s1', 'p2.s1'],
	points: 2
});

function setup(props: { grade?: Grade; showSolution?: boolean; onevidence?: () => void } = {}) {
	const user = userEvent.setup();
	render(FrameHarness, { question: q, lesson, ...props });
	return user;
}

describe('QuestionFrame', () => {
	it('shows the Arabic prompt, and its English only on request', async () => {
		const user = setup();
		const prompt = screen.getByText('من وصل إلى طهران؟');
		expect(prompt).toHaveAttribute('lang', 'ar');
		expect(prompt).toHaveAttribute('dir', 'rtl');
		expect(screen.queryByText('Who arrived in Tehran?')).toBeNull();
		const toggle = screen.getByRole('button', { name: 'Show English' });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await user.click(toggle);
		expect(screen.getByText('Who arrived in Tehran?')).toHaveAttribute('lang', 'en');
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(toggle).toHaveAccessibleName('Hide English');
		await user.click(toggle);
		expect(screen.queryByText('Who arrived in Tehran?')).toBeNull();
	});

	it('reveals hints one at a time, counting them, then moves focus to the last', async () => {
		const user = setup();
		expect(screen.queryByText('انظر إلى الفقرة الأولى.')).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Show a hint (1 of 2)' }));
		// Hints are declared English; an Arabic one is an Arabic run isolated inside them.
		expect(screen.getByText('انظر إلى الفقرة الأولى')).toHaveAttribute('lang', 'ar');
		expect(screen.queryByText(/The word starts with/)).toBeNull();
		const next = screen.getByRole('button', { name: 'Show a hint (2 of 2)' });
		next.focus();
		await user.keyboard('{Enter}');
		const second = screen.getByText(/The word starts with/);
		expect(second).toHaveAttribute('lang', 'en');
		expect(second).toHaveTextContent('The word starts with و.');
		expect(screen.queryByRole('button', { name: /Show a hint/ })).toBeNull();
		expect(second.closest('li')).toHaveFocus();
	});

	it('words the grade notes in the UI language, with counts', async () => {
		setup({
			grade: gradeOf('partial', [], {
				points: 1,
				notes: [
					{ code: 'hamza-differs' },
					{ code: 'letters-off', count: 2 },
					{ code: 'latin-letters' }
				]
			})
		});
		expect(screen.getByText('Partly correct')).toBeInTheDocument();
		expect(screen.getByText('1 of 2 points')).toBeInTheDocument();
		const notes = await screen.findByRole('list', { name: 'About your answer' });
		expect(notes).toHaveTextContent('Correct apart from the hamza');
		expect(notes).toHaveTextContent('2 letters off');
		expect(notes).toHaveTextContent(/switch your keyboard to Arabic/);
		expect(notes).not.toHaveTextContent('letters-off');
	});

	it('asks for an answer when there is none, rather than calling it wrong', () => {
		setup({ grade: gradeOf('unanswered') });
		expect(screen.getByText(/No answer yet: answer the question/)).toBeInTheDocument();
		expect(screen.queryByText(/Not correct|Wrong/)).toBeNull();
		expect(screen.queryByText('Explanation')).toBeNull();
	});

	it('shows the verdict in words with an icon, the explanation and the evidence places', () => {
		setup({ grade: gradeOf('correct', [], { points: 2 }) });
		const verdict = screen.getByText('Correct').closest('p')!;
		expect(verdict).toHaveTextContent('✓');
		expect(verdict).toHaveTextContent('2 of 2 points');
		expect(screen.getByText('The first paragraph says so.')).toBeInTheDocument();
		expect(screen.getByText('Paragraph 1')).toBeInTheDocument();
		expect(screen.getByText('Paragraph 2, sentence 1')).toBeInTheDocument();
	});

	it('hands evidence sentence ids to the page, one or all', async () => {
		const onevidence = vi.fn();
		const user = setup({ showSolution: true, onevidence });
		await user.click(screen.getByRole('button', { name: 'Paragraph 2, sentence 1' }));
		expect(onevidence).toHaveBeenLastCalledWith(['p2.s1']);
		await user.click(screen.getByRole('button', { name: 'Show all in the article' }));
		expect(onevidence).toHaveBeenLastCalledWith(['p1.s1', 'p2.s1']);
	});
});
