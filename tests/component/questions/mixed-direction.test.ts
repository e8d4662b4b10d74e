/**
 * Regression: teacher text took its direction from its first letter and its language from a count
 * of letters, so a generated explanation that starts with its Arabic word ("تَعْزِيز (verbal noun,
 * root ع ز ز): strengthening") was laid out right to left and read scrambled. Every field now
 * renders in its declared language, the other script isolated in a <bdi>.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MatchingPlayer from '../../../src/lib/kinds/matching/MatchingPlayer.svelte';
import SingleChoicePlayer from '../../../src/lib/kinds/single-choice/SingleChoicePlayer.svelte';
import FrameHarness from './FrameHarness.svelte';
import { gradeOf, lesson, question } from './fixtures';
import { renderPlayer } from './render';

const explanation = 'تَعْزِيز (verbal noun, root ع ز ز): strengthening, reinforcement';

describe('mixed-direction teacher text', () => {
	it('lays out an explanation that begins with an Arabic word as English, left to right', () => {
		const q = question('short-answer', {
			answerLanguage: 'ar',
			accepted: [{ text: 'تعزيز' }],
			explanation: { en: explanation, ar: 'تَعْزِيز (مصدر، الجذر ع ز ز): تقوية الشيء ودعمه' }
		});
		render(FrameHarness, { question: q, lesson, showSolution: true });
		const paragraph = screen.getByText(/verbal noun, root/);
		expect(paragraph.closest('p')).not.toBeNull();
		expect(paragraph).toHaveAttribute('lang', 'en');
		expect(paragraph).toHaveAttribute('dir', 'ltr');
		expect(paragraph).toHaveTextContent(explanation);
		expect(screen.getByText('تَعْزِيز')).toHaveAttribute('lang', 'ar');
		expect(screen.getByText('ع ز ز').tagName).toBe('BDI');
	});

	it('keeps "(p12)" after the Arabic quote in English feedback', () => {
		const q = question('short-answer', { answerLanguage: 'ar', accepted: [{ text: 'الصواريخ' }] });
		render(FrameHarness, {
			question: q,
			lesson,
			grade: gradeOf('correct', [], {
				feedback: [{ en: 'Yes: الصواريخ (p12)', ar: 'نعم: الصواريخ (الفقرة 12)' }]
			})
		});
		const line = screen.getByRole('list', { name: 'Feedback' }).querySelector('li .mixed')!;
		expect(line).toHaveAttribute('lang', 'en');
		expect(line).toHaveAttribute('dir', 'ltr');
		const quote = screen.getByText('الصواريخ');
		expect(quote.tagName).toBe('BDI');
		expect(quote).toHaveAttribute('dir', 'rtl');
		// The bracket stays outside the isolate, with the English it belongs to.
		expect(line).toHaveTextContent('Yes: الصواريخ (p12)');
	});

	it('sets English options left to right and Arabic ones right to left, as the question declares', () => {
		const english = question('single-choice', {
			answerLanguage: 'en',
			options: [
				{ id: 'a', text: 'strengthening', correct: true },
				{ id: 'b', text: 'weakening (cf. إضعاف)', correct: false }
			]
		});
		renderPlayer(SingleChoicePlayer, english);
		const option = screen.getByRole('radio', { name: /weakening/ });
		expect(option.closest('.choice')).toHaveAttribute('dir', 'ltr');
		expect(screen.getByText(/weakening/)).toHaveAttribute('lang', 'en');
		expect(screen.getByText('إضعاف')).toHaveAttribute('lang', 'ar');
	});

	it('gives a matching of Arabic words to English glosses English choices', () => {
		const q = question('matching', {
			answerLanguage: 'en',
			pairs: [
				{ id: 'p1', left: 'تَعْزِيز', right: 'strengthening' },
				{ id: 'p2', left: 'زِيَارَة', right: 'visit' }
			]
		});
		renderPlayer(MatchingPlayer, q);
		expect(screen.getByText('تَعْزِيز')).toHaveAttribute('lang', 'ar');
		const choice = screen.getAllByRole('option', { name: 'visit' })[0]!;
		expect(choice).toHaveAttribute('lang', 'en');
		expect(choice).toHaveAttribute('dir', 'ltr');
	});
});
