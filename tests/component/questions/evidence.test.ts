import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EvidencePlayer from '../../../src/lib/kinds/evidence/EvidencePlayer.svelte';
import { graders } from '../../../src/lib/domain/grading';
import { lesson, question } from './fixtures';
import { renderPlayer } from './render';

const q = question('evidence', {
	prompt: { ar: 'اختر الجمل التي تدعم العبارة.', en: 'The minister met an Iranian officer.' },
	claim: 'التقى الوزير مسؤولا عسكريا إيرانيا.',
	evidence: ['p2.s1']
});
const label = (text: string) => screen.getByText(text).closest('label')!;

describe('EvidencePlayer', () => {
	it('shows the claim and a checkbox for every sentence of the article, in Arabic', () => {
		renderPlayer(EvidencePlayer, q);
		expect(screen.getByText('التقى الوزير مسؤولا عسكريا إيرانيا.')).toHaveAttribute('lang', 'ar');
		expect(screen.getAllByRole('checkbox')).toHaveLength(4);
		const sentence = screen.getByText('والتقى رئيس الأركان.');
		expect(sentence).toHaveAttribute('lang', 'ar');
		expect(sentence).toHaveAttribute('dir', 'rtl');
		expect(label('والتقى رئيس الأركان.')).toHaveTextContent('Paragraph 2, sentence 1');
		expect(label('شويغو في طهران')).toHaveTextContent('Headline');
	});

	it('collects the sentences ticked by keyboard, in reading order', async () => {
		const { user, response } = renderPlayer(EvidencePlayer, q);
		screen.getByRole('checkbox', { name: /وزار معرضا/ }).focus();
		await user.keyboard(' ');
		await user.tab({ shift: true });
		await user.keyboard(' ');
		expect(response()).toEqual({ kind: 'evidence', sentences: ['p2.s1', 'p2.s2'] });
	});

	it('locks under the grader’s grade and marks right, wrong and missed sentences', () => {
		const answer = { kind: 'evidence' as const, sentences: ['p1.s1'] };
		renderPlayer(EvidencePlayer, q, {
			initial: answer,
			grade: graders.evidence(q, answer, { lesson })
		});
		for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
		expect(label('وصل وزير الدفاع الروسي إلى طهران.')).toHaveTextContent('✗ Wrong');
		expect(label('والتقى رئيس الأركان.')).toHaveTextContent('Missed');
	});

	it('marks the evidence sentences when the solution is shown', () => {
		renderPlayer(EvidencePlayer, q, { showSolution: true });
		expect(label('والتقى رئيس الأركان.')).toHaveTextContent('Right answer');
		expect(label('وزار معرضا للطائرات.')).not.toHaveTextContent('Right answer');
	});
});
