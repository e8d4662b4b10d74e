import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ShortAnswerPlayer from '../../../src/lib/kinds/short-answer/ShortAnswerPlayer.svelte';
import { gradeOf, question } from './fixtures';
import { renderPlayer } from './render';

const arabic = question('short-answer', {
	prompt: { ar: 'إلى أي مدينة وصل الوزير؟', en: 'Which city did the minister reach?' },
	answerLanguage: 'ar',
	accepted: [{ text: 'طهران' }, { text: 'طهرن', credit: 0.5 }]
});

describe('ShortAnswerPlayer', () => {
	it('gives an Arabic answer an Arabic, right-to-left field and the on-screen keyboard', () => {
		renderPlayer(ShortAnswerPlayer, arabic);
		expect(screen.getByText('إلى أي مدينة وصل الوزير؟')).toHaveAttribute('lang', 'ar');
		const field = screen.getByRole('textbox', { name: 'Your answer (in Arabic)' });
		expect(field).toHaveAttribute('lang', 'ar');
		expect(field).toHaveAttribute('dir', 'rtl');
		expect(screen.getByRole('button', { name: 'Show Arabic keyboard' })).toBeInTheDocument();
	});

	it('gives an English answer an English field without the Arabic keyboard', () => {
		renderPlayer(
			ShortAnswerPlayer,
			question('short-answer', { answerLanguage: 'en', accepted: [{ text: 'Tehran' }] })
		);
		const field = screen.getByRole('textbox', { name: 'Your answer (in English)' });
		expect(field).toHaveAttribute('lang', 'en');
		expect(field).toHaveAttribute('dir', 'ltr');
		expect(screen.queryByRole('button', { name: 'Show Arabic keyboard' })).toBeNull();
	});

	it('collects what is typed, on a physical or the on-screen keyboard', async () => {
		const { user, response } = renderPlayer(ShortAnswerPlayer, arabic);
		await user.type(screen.getByRole('textbox'), 'طهرا');
		expect(response()).toEqual({ kind: 'short-answer', text: 'طهرا' });
		await user.click(screen.getByRole('button', { name: 'Show Arabic keyboard' }));
		await user.click(await screen.findByRole('button', { name: 'nūn' }, { timeout: 10_000 }));
		expect(response()).toEqual({ kind: 'short-answer', text: 'طهران' });
	});

	it('locks under a grade, marks the answer in words and words the notes', async () => {
		renderPlayer(ShortAnswerPlayer, arabic, {
			initial: { kind: 'short-answer', text: 'طهرن' },
			grade: gradeOf('incorrect', [], { notes: [{ code: 'letters-off', count: 1 }] })
		});
		expect(screen.getByRole('textbox')).toBeDisabled();
		expect(screen.getByText('Wrong')).toBeInTheDocument();
		expect(await screen.findByText('One letter off')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Show Arabic keyboard' })).toBeNull();
	});

	it('stays open under an unanswered grade, asking for an answer', async () => {
		const { user, response } = renderPlayer(ShortAnswerPlayer, arabic, {
			grade: gradeOf('unanswered')
		});
		expect(screen.getByText(/No answer yet/)).toBeInTheDocument();
		const field = screen.getByRole('textbox');
		expect(field).toBeEnabled();
		await user.type(field, 'طهران');
		expect(response().text).toBe('طهران');
	});

	it('shows the fully accepted answers as the solution', () => {
		renderPlayer(ShortAnswerPlayer, arabic, { showSolution: true });
		const solution = screen.getByText(/Accepted answer/);
		expect(solution).toHaveTextContent('طهران');
		expect(solution).not.toHaveTextContent('طهرن');
		expect(screen.getByText('طهران')).toHaveAttribute('lang', 'ar');
	});
});
