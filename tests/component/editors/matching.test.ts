import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import MatchingEditor from '../../../src/lib/kinds/matching/MatchingEditor.svelte';
import { common, describedBy, duplicateIds, renderEditor } from './render';

const question: QuestionInputOf<'matching'> = {
	...common,
	kind: 'matching',
	answerLanguage: 'en',
	pairs: [
		{ id: 'naziruhu', left: 'نظيره', right: 'Shoigu' },
		{ id: 'laha', left: 'لها', right: 'the activities' }
	]
};

const field = (name: string) => screen.getByRole('textbox', { name });

describe('MatchingEditor', () => {
	it('writes the left side in Arabic (rtl, keyboard) and the match in the answer language', () => {
		renderEditor(MatchingEditor, question);
		expect(field('Pair 1: item')).toHaveValue('نظيره');
		expect(field('Pair 1: item')).toHaveAttribute('dir', 'rtl');
		expect(field('Pair 1: its match')).toHaveAttribute('dir', 'ltr');
		expect(field('Pair 1: its match')).toHaveAttribute('lang', 'en');
		expect(screen.getAllByRole('button', { name: 'Show Arabic keyboard' })).toHaveLength(2);
	});

	it('edits a pair’s two sides, adds a pair with the next free id, and moves and removes pairs', async () => {
		const { user, question: edited } = renderEditor(MatchingEditor, question);
		await user.click(field('Pair 2: its match'));
		await user.clear(field('Pair 2: its match'));
		await user.keyboard('the planned activities');
		await user.click(screen.getByRole('button', { name: 'Add pair' }));
		expect(field('Pair 3: item')).toHaveFocus();
		await user.keyboard('حلفائها');
		await user.click(field('Pair 3: its match'));
		await user.keyboard('the United States');
		expect(edited().pairs).toEqual([
			{ id: 'naziruhu', left: 'نظيره', right: 'Shoigu' },
			{ id: 'laha', left: 'لها', right: 'the planned activities' },
			{ id: 'pair-3', left: 'حلفائها', right: 'the United States' }
		]);
		await user.click(screen.getByRole('button', { name: 'Move pair 1 down' }));
		await user.click(screen.getByRole('button', { name: 'Remove pair 3' }));
		expect(edited().pairs.map((p) => p.id)).toEqual(['laha', 'naziruhu']);
		expect(field('Pair 2: item')).toHaveFocus();
	});

	it('adds distractors to a question that had none, edits and removes them', async () => {
		const { user, question: edited } = renderEditor(MatchingEditor, question);
		expect(edited().distractors).toBeUndefined();
		await user.click(screen.getByRole('button', { name: 'Add distractor' }));
		expect(field('Distractor 1')).toHaveFocus();
		expect(field('Distractor 1')).toHaveAttribute('dir', 'ltr');
		await user.keyboard('Europe');
		await user.click(screen.getByRole('button', { name: 'Add distractor' }));
		await user.keyboard('the press');
		expect(edited().distractors).toEqual(['Europe', 'the press']);
		await user.click(screen.getByRole('button', { name: 'Move distractor 2 up' }));
		expect(edited().distractors).toEqual(['the press', 'Europe']);
		await user.click(screen.getByRole('button', { name: 'Remove distractor 1' }));
		expect(edited().distractors).toEqual(['Europe']);
		expect(field('Distractor 1')).toHaveFocus();
		expect(field('Distractor 1')).toHaveValue('Europe');
		await user.click(screen.getByRole('button', { name: 'Remove distractor 1' }));
		expect(edited().distractors).toEqual([]);
		expect(screen.getByRole('button', { name: 'Add distractor' })).toHaveFocus();
		expect(edited().pairs).toEqual(question.pairs);
	});

	it('shows problems at a pair’s side, at a distractor and under the pairs', () => {
		renderEditor(
			MatchingEditor,
			{ ...question, distractors: [''] },
			{
				'pairs.0.left': 'the item of pair 1 is empty',
				'distractors.0': 'distractor 1 is empty',
				pairs: 'give at least two pairs'
			}
		);
		expect(field('Pair 1: item')).toHaveAttribute('id', 'q1-pairs-0-left');
		expect(field('Pair 1: item')).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(field('Pair 1: item'))).toBe('the item of pair 1 is empty');
		expect(field('Pair 1: its match')).not.toHaveAttribute('aria-invalid');
		expect(describedBy(field('Distractor 1'))).toBe('distractor 1 is empty');
		expect(duplicateIds()).toEqual([]);
		expect(describedBy(screen.getByRole('group', { name: 'Pairs' }))).toBe(
			'give at least two pairs'
		);
	});
});
