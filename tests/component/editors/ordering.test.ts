import { screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import type { QuestionInputOf } from '../../../src/lib/components/questions/player';
import OrderingEditor from '../../../src/lib/kinds/ordering/OrderingEditor.svelte';
import { common, describedBy, duplicateIds, renderEditor } from './render';

const question: QuestionInputOf<'ordering'> = {
	...common,
	kind: 'ordering',
	items: [
		{ id: 'arrive', text: 'وصل' },
		{ id: 'meet', text: 'التقى' },
		{ id: 'visit', text: 'زار' }
	]
};

const field = (name: string) => screen.getByRole('textbox', { name });
const ids = (q: QuestionInputOf<'ordering'>) => q.items.map((i) => i.id);

describe('OrderingEditor', () => {
	it('lists the items in their correct order, Arabic right to left with the keyboard', () => {
		renderEditor(OrderingEditor, question);
		expect(screen.getByRole('group', { name: 'Items, in the correct order' })).toBeVisible();
		expect(
			['Item 1', 'Item 2', 'Item 3'].map((name) => (field(name) as HTMLInputElement).value)
		).toEqual(['وصل', 'التقى', 'زار']);
		expect(field('Item 3')).toHaveAttribute('dir', 'rtl');
		expect(screen.getAllByRole('button', { name: 'Show Arabic keyboard' })).toHaveLength(3);
	});

	it('types an item through the on-screen keyboard', async () => {
		const { user, question: edited } = renderEditor(OrderingEditor, question);
		await user.click(screen.getByRole('button', { name: 'Add item' }));
		expect(field('Item 4')).toHaveFocus();
		const keyboards = screen.getAllByRole('button', { name: 'Show Arabic keyboard' });
		await user.click(keyboards[3]!);
		// The keys load when the keyboard is first opened.
		await screen.findByRole('button', { name: 'ʿayn' }, { timeout: 10_000 });
		for (const name of ['ʿayn', 'alif', 'dāl'])
			await user.click(screen.getByRole('button', { name }));
		expect(edited().items[3]).toEqual({ id: 'item-4', text: 'عاد' });
	});

	it('reorders by Move up / Move down and by Alt+Arrow, focus staying with the moved item', async () => {
		const { user, question: edited } = renderEditor(OrderingEditor, question);
		await user.click(screen.getByRole('button', { name: 'Move item 3 up' }));
		expect(ids(edited())).toEqual(['arrive', 'visit', 'meet']);
		expect(screen.getByRole('button', { name: 'Move item 2 up' })).toHaveFocus();
		await user.keyboard(' ');
		expect(ids(edited())).toEqual(['visit', 'arrive', 'meet']);
		await user.click(field('Item 1'));
		await user.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
		expect(ids(edited())).toEqual(['arrive', 'meet', 'visit']);
		expect(field('Item 3')).toHaveFocus();
		expect(field('Item 3')).toHaveValue('زار');
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(ids(edited())).toEqual(['arrive', 'meet', 'visit']);
	});

	it('removes the last item and focuses the one before it', async () => {
		const { user, question: edited } = renderEditor(OrderingEditor, question);
		await user.click(screen.getByRole('button', { name: 'Remove item 3' }));
		expect(edited().items).toEqual([
			{ id: 'arrive', text: 'وصل' },
			{ id: 'meet', text: 'التقى' }
		]);
		expect(field('Item 2')).toHaveFocus();
	});

	it('gives a new item an id no other item has', async () => {
		const { user, question: edited } = renderEditor(OrderingEditor, {
			...question,
			items: [
				{ id: 'item-3', text: 'أ' },
				{ id: 'item-4', text: 'ب' }
			]
		});
		await user.click(screen.getByRole('button', { name: 'Add item' }));
		expect(ids(edited())).toEqual(['item-3', 'item-4', 'item-5']);
	});

	it('shows problems at the item and under the list', () => {
		renderEditor(OrderingEditor, question, {
			'items.1.text': 'item 2 is empty',
			items: 'give at least three items'
		});
		expect(field('Item 2')).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(field('Item 2'))).toBe('item 2 is empty');
		expect(duplicateIds()).toEqual([]);
		const group = screen.getByRole('group', { name: 'Items, in the correct order' });
		expect(group).toHaveAttribute('id', 'q1-items');
		expect(describedBy(group)).toBe('give at least three items');
	});

	describe('in the Arabic interface', () => {
		const before = getLocale;
		afterEach(() => overwriteGetLocale(before));

		it('names every control in Arabic, each list button saying which item', async () => {
			overwriteGetLocale(() => 'ar');
			const { user, question: edited } = renderEditor(OrderingEditor, question);
			expect(screen.getByRole('group', { name: 'العناصر بترتيبها الصحيح' })).toBeVisible();
			const second = screen.getByRole('button', { name: 'انقل العنصر 2 إلى الأعلى' });
			// The item is named to assistive technology; the button shows only its verb.
			const shown = second.cloneNode(true) as HTMLElement;
			shown.querySelector('.visually-hidden')?.remove();
			expect(shown).toHaveTextContent('انقل إلى الأعلى');
			expect(second.querySelector('.visually-hidden')).toHaveTextContent('العنصر 2');
			await user.click(second);
			expect(ids(edited())).toEqual(['meet', 'arrive', 'visit']);
			await user.click(screen.getByRole('button', { name: 'احذف العنصر 3' }));
			await user.click(screen.getByRole('button', { name: 'أضف عنصرًا' }));
			expect(screen.getByRole('textbox', { name: 'العنصر 3' })).toHaveFocus();
			expect(edited().items.map((i) => i.id)).toEqual(['meet', 'arrive', 'item-3']);
		});
	});
});
