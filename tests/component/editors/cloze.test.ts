import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import ClozeEditor from '../../../src/lib/kinds/cloze/ClozeEditor.svelte';
import { common, expectListProblem, expectProblem, renderEditor } from './text-editor';

const start = (fields: Partial<QuestionInputOf<'cloze'>> = {}): QuestionInputOf<'cloze'> => ({
	...common,
	id: 'q-gaps',
	kind: 'cloze',
	sentence: 'p1.s1',
	gaps: [{ token: 2 }],
	mode: 'bank',
	...fields
});
const word = (name: string) => screen.getByRole('button', { name });
const field = (name: string) => screen.getByRole('textbox', { name });

describe('ClozeEditor', () => {
	it('offers the lesson’s sentences and shows the chosen one’s words as toggles', () => {
		renderEditor(ClozeEditor, start());
		const select = screen.getByRole('combobox', { name: 'Sentence' });
		expect(select).toHaveValue('p1.s1');
		expect(screen.getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual([
			'',
			'headline.s1',
			'p1.s1',
			'p2.s1',
			'p2.s2'
		]);
		expect(
			screen.getByRole('option', { name: /^p2\.s2: .*وزار معرضا للطائرات\./ })
		).toBeInTheDocument();
		const words = screen.getByRole('group', { name: 'Gaps' }).querySelectorAll('button');
		expect([...words].map((b) => b.textContent)).toEqual([
			'وصل',
			'وزير',
			'الدفاع',
			'الروسي',
			'إلى',
			'طهران'
		]);
		expect(word('الدفاع')).toHaveAttribute('aria-pressed', 'true');
		expect(word('وزير')).toHaveAttribute('aria-pressed', 'false');
		expect(words[0]!.parentElement).toHaveAttribute('dir', 'rtl');
	});

	it('picks gaps by clicking words, in reading order, and puts them back', async () => {
		const { user, question, changes } = renderEditor(ClozeEditor, start());
		await user.click(word('طهران'));
		await user.click(word('وزير'));
		expect(question().gaps).toEqual([{ token: 1 }, { token: 2 }, { token: 5 }]);
		expect(word('وزير')).toHaveAttribute('aria-pressed', 'true');
		expect(changes()).toBe(2);
		await user.click(word('الدفاع'));
		expect(question()).toEqual(start({ gaps: [{ token: 1 }, { token: 5 }] }));
		expect(word('الدفاع')).toHaveAttribute('aria-pressed', 'false');
		expect(screen.getByText('Gap 2:').parentElement).toHaveTextContent('Gap 2: طهران');
	});

	it('picks gaps from the keyboard', async () => {
		const { user, question } = renderEditor(ClozeEditor, start({ gaps: [] }));
		word('وصل').focus();
		await user.keyboard('{Enter}');
		await user.tab();
		expect(word('وزير')).toHaveFocus();
		await user.tab();
		await user.keyboard(' ');
		expect(question().gaps).toEqual([{ token: 0 }, { token: 2 }]);
		await user.keyboard('{Enter}');
		expect(question().gaps).toEqual([{ token: 0 }]);
	});

	it('clears the gaps when another sentence is chosen', async () => {
		const { user, question } = renderEditor(ClozeEditor, start());
		await user.selectOptions(screen.getByRole('combobox', { name: 'Sentence' }), 'p2.s2');
		expect(question()).toEqual(start({ sentence: 'p2.s2', gaps: [] }));
		await user.click(word('معرضا'));
		expect(question().gaps).toEqual([{ token: 1 }]);
	});

	it('edits the other answers of a gap, the mode, the distractors and the profile', async () => {
		const { user, question } = renderEditor(ClozeEditor, start());
		await user.click(screen.getByRole('button', { name: 'Add an answer for gap 1' }));
		const other = field('Other answer 1 for gap 1');
		expect(other).toHaveFocus();
		expect(other).toHaveAttribute('dir', 'rtl');
		await user.keyboard('الحربية');
		await user.click(screen.getByRole('radio', { name: 'Typed' }));
		await user.click(screen.getByRole('button', { name: 'Add distractor' }));
		await user.keyboard('الخارجية');
		await user.click(screen.getByRole('button', { name: 'Add distractor' }));
		await user.keyboard('الداخلية');
		await user.click(screen.getByRole('radio', { name: 'Strict' }));
		expect(question()).toEqual(
			start({
				gaps: [{ token: 2, alsoAccept: ['الحربية'] }],
				mode: 'typed',
				distractors: ['الخارجية', 'الداخلية'],
				profile: 'strict'
			})
		);
		await user.click(screen.getByRole('button', { name: 'Move distractor 2 up' }));
		expect(question().distractors).toEqual(['الداخلية', 'الخارجية']);
		await user.click(screen.getByRole('button', { name: 'Remove distractor 1' }));
		expect(question().distractors).toEqual(['الخارجية']);
		expect(field('Distractor 1')).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Remove other answer 1 for gap 1' }));
		expect(question().gaps).toEqual([{ token: 2, alsoAccept: [] }]);
		expect(screen.getByRole('button', { name: 'Add an answer for gap 1' })).toHaveFocus();
	});

	it('shows each problem at its field, and the gaps’ under the sentence', () => {
		renderEditor(ClozeEditor, start({ distractors: [''] }), {
			gaps: 'blank out at least one word',
			'gaps.0.token': 'gap 1 is not a word of the sentence',
			'distractors.0': 'distractor 1 is empty',
			mode: 'choose a word bank or typed answers'
		});
		expectListProblem(screen.getByRole('group', { name: 'Gaps' }), 'blank out at least one word');
		expect(document.getElementById('q1-gaps-0-token')).toHaveAccessibleDescription(
			'gap 1 is not a word of the sentence'
		);
		expectProblem(field('Distractor 1'), 'distractor 1 is empty');
		expectProblem(
			screen.getByRole('radiogroup', { name: 'Mode' }),
			'choose a word bank or typed answers'
		);
	});

	it('opens a question with the same word blanked twice, and puts it back', async () => {
		const { user, question } = renderEditor(
			ClozeEditor,
			start({ gaps: [{ token: 2 }, { token: 2, alsoAccept: ['الحربية'] }] })
		);
		expect(field('Other answer 1 for gap 2')).toHaveValue('الحربية');
		await user.click(word('الدفاع'));
		expect(question().gaps).toEqual([]);
	});

	it('says when the sentence is not in the article', () => {
		renderEditor(ClozeEditor, start({ sentence: 'p9.s9' }));
		expectProblem(
			screen.getByRole('combobox', { name: 'Sentence' }),
			'The article has no sentence p9.s9'
		);
	});
});
