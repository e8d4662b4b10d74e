import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import type { Grade } from '../../../src/lib/domain/grading/types';
import FrameHarness from './FrameHarness.svelte';
import { gradeOf, lesson, question } from './fixtures';

const q = question('short-answer', {
	answerLanguage: 'ar',
	accepted: [{ text: 'وزير الدفاع' }],
	hints: [
		{ en: 'Look at the first paragraph.', ar: 'انظر إلى الفقرة الأولى.' },
		{ en: 'The word starts with و.', ar: 'تبدأ الكلمة بالواو.' }
	],
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
		expect(screen.queryByText('Look at the first paragraph.')).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Show a hint (1 of 2)' }));
		expect(screen.getByText('Look at the first paragraph.')).toHaveAttribute('lang', 'en');
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

	it('shows a hint in English with its Arabic a tap away, by keyboard too', async () => {
		const user = setup();
		await user.click(screen.getByRole('button', { name: 'Show a hint (1 of 2)' }));
		expect(screen.queryByText('انظر إلى الفقرة الأولى.')).toBeNull();
		const toggle = screen.getByRole('button', { name: 'Show in Arabic' });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		toggle.focus();
		await user.keyboard('{Enter}');
		const arabic = screen.getByText('انظر إلى الفقرة الأولى.');
		expect(arabic).toHaveAttribute('lang', 'ar');
		expect(arabic).toHaveAttribute('dir', 'rtl');
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(toggle).toHaveAttribute('aria-controls', arabic.id);
		expect(toggle).toHaveAccessibleName('Hide the Arabic');
		await user.keyboard(' ');
		expect(screen.queryByText('انظر إلى الفقرة الأولى.')).toBeNull();
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
		expect(screen.getByText('The first paragraph says so.')).toHaveAttribute('lang', 'en');
		expect(screen.queryByText('تقول ذلك الفقرة الأولى.')).toBeNull();
		expect(screen.getByText('Paragraph 1')).toBeInTheDocument();
		expect(screen.getByText('Paragraph 2, sentence 1')).toBeInTheDocument();
	});

	describe('in the Arabic interface', () => {
		const before = getLocale;
		afterEach(() => overwriteGetLocale(before));

		it('shows feedback and the explanation in Arabic first, the English a tap away', async () => {
			overwriteGetLocale(() => 'ar');
			const feedback = [{ en: 'Yes, the minister.', ar: 'نعم، الوزير.' }];
			const user = setup({ grade: gradeOf('correct', [], { points: 2, feedback }) });
			expect(screen.getByText('نعم، الوزير.')).toHaveAttribute('lang', 'ar');
			const explanation = screen.getByText('تقول ذلك الفقرة الأولى.');
			expect(explanation).toHaveAttribute('dir', 'rtl');
			expect(screen.queryByText('The first paragraph says so.')).toBeNull();
			const toggles = screen.getAllByRole('button', { name: 'اعرض بالإنجليزية' });
			expect(toggles).toHaveLength(2);
			await user.click(toggles[1]!);
			expect(screen.getByText('The first paragraph says so.')).toHaveAttribute('lang', 'en');
			expect(screen.queryByText('Yes, the minister.')).toBeNull();
		});
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
