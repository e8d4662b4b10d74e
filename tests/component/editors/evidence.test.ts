import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import EvidenceEditor from '../../../src/lib/kinds/evidence/EvidenceEditor.svelte';
import { common, expectProblem, renderEditor } from './text-editor';

const start = (claim = 'وصل الوزير إلى طهران'): QuestionInputOf<'evidence'> => ({
	...common,
	id: 'q-claim',
	kind: 'evidence',
	claim
});

describe('EvidenceEditor', () => {
	it('edits the claim in Arabic, right to left, with the on-screen keyboard', async () => {
		const { user, question } = renderEditor(EvidenceEditor, start(''));
		const claim = screen.getByRole('textbox', { name: 'Claim' });
		expect(claim).toHaveAttribute('lang', 'ar');
		expect(claim).toHaveAttribute('dir', 'rtl');
		await user.click(claim);
		await user.keyboard('زار الوزير');
		await user.click(screen.getByRole('button', { name: 'Show Arabic keyboard' }));
		await user.click(claim);
		await user.click(await screen.findByRole('button', { name: 'Space' }, { timeout: 10_000 }));
		await user.click(screen.getByRole('button', { name: 'mīm' }));
		expect(question()).toEqual(start('زار الوزير م'));
	});

	it('says that the evidence sentences are picked in the article, and shows the claim’s problem', () => {
		renderEditor(EvidenceEditor, start(''), { claim: 'write the claim' });
		const claim = screen.getByRole('textbox', { name: 'Claim' });
		expect(claim).toHaveAccessibleDescription(/Choose those sentences under Evidence/);
		expectProblem(claim, 'write the claim');
		expect(claim).toHaveAttribute('id', 'q1-claim');
	});
});
