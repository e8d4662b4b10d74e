import { render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import SiteFooter from '../../../src/lib/components/ui/SiteFooter.svelte';

it("names each lesson's source and licence, with the Arabic title marked as Arabic", () => {
	render(SiteFooter, {
		lessons: [
			{
				id: 'x',
				title: 'عنوان الخبر',
				titleEn: 'Headline',
				source: 'Example Agency',
				date: '2023-09',
				licence: 'Quoted for teaching.',
				level: 'B1',
				words: 12
			}
		]
	});
	const item = screen.getByRole('listitem');
	expect(item).toHaveTextContent('Example Agency, 2023-09');
	expect(item).toHaveTextContent('Quoted for teaching.');
	expect(screen.getByText('عنوان الخبر')).toHaveAttribute('lang', 'ar');
	expect(screen.getByText('عنوان الخبر')).toHaveAttribute('dir', 'rtl');
});

it('sets the source and licence as English, the Arabic inside them isolated as Arabic', () => {
	// In the Arabic interface the English line sat in a right-to-left paragraph with no lang, so
	// its full stops and brackets moved to the wrong ends and it took the Arabic face.
	render(SiteFooter, {
		lessons: [
			{
				id: 'x',
				title: 'عنوان الخبر',
				titleEn: 'Headline',
				source: 'Wire report (وكالات, “agencies”), Tehran',
				date: '2023-09',
				licence: 'Quoted for teaching.',
				level: 'B1',
				words: 12
			}
		]
	});
	const english = screen.getByText(/Wire report/);
	expect(english).toHaveAttribute('lang', 'en');
	expect(english).toHaveAttribute('dir', 'ltr');
	expect(english).toHaveTextContent(
		'Wire report (وكالات, “agencies”), Tehran, 2023-09. Quoted for teaching.'
	);
	const quoted = screen.getByText('وكالات');
	expect(quoted.tagName).toBe('BDI');
	expect(quoted).toHaveAttribute('lang', 'ar');
});
