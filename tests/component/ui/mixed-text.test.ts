import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MixedText from '../../../src/lib/components/ui/MixedText.svelte';

function shown(props: { text: string; lang: 'ar' | 'en'; as?: 'span' | 'p' | 'div' }) {
	const { container } = render(MixedText, props);
	const outer = container.querySelector('.mixed');
	if (!outer) throw new Error('MixedText rendered nothing');
	return outer as HTMLElement;
}

describe('MixedText', () => {
	it('sets English feedback left to right with its Arabic quote isolated as Arabic', () => {
		const outer = shown({ text: 'Yes: الصواريخ (p12)', lang: 'en' });
		expect(outer).toHaveAttribute('lang', 'en');
		expect(outer).toHaveAttribute('dir', 'ltr');
		expect(outer).toHaveTextContent('Yes: الصواريخ (p12)');
		const isolated = [...outer.querySelectorAll('bdi')];
		expect(isolated.map((b) => [b.textContent, b.lang, b.dir])).toEqual([
			['الصواريخ', 'ar', 'rtl']
		]);
	});

	it('keeps a vocabulary explanation that begins with its Arabic word in English order', () => {
		// The bug: direction came from the first letter, so this English sentence was laid out right to left.
		const outer = shown({
			text: 'تَعْزِيز (verbal noun, root ع ز ز): strengthening',
			lang: 'en',
			as: 'p'
		});
		expect(outer.tagName).toBe('P');
		expect(outer).toHaveAttribute('dir', 'ltr');
		expect(outer).toHaveAttribute('lang', 'en');
		expect([...outer.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([
			'تَعْزِيز',
			'ع ز ز'
		]);
	});

	it('sets an Arabic option right to left with the English inside it isolated as English', () => {
		const outer = shown({ text: 'وكالة نوفوستي (RIA Novosti)', lang: 'ar' });
		expect(outer).toHaveAttribute('lang', 'ar');
		expect(outer).toHaveAttribute('dir', 'rtl');
		const bdi = outer.querySelector('bdi');
		expect(bdi).toHaveTextContent('RIA Novosti');
		expect(bdi).toHaveAttribute('lang', 'en');
		expect(bdi).toHaveAttribute('dir', 'ltr');
	});

	it('adds no isolate to text wholly in its declared language, and renders markup as text', () => {
		const outer = shown({ text: 'Read <b>p2</b> again.', lang: 'en' });
		expect(outer.querySelector('bdi')).toBeNull();
		expect(outer.querySelector('b')).toBeNull();
		expect(outer).toHaveTextContent('Read <b>p2</b> again.');
	});
});
