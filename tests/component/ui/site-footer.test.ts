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
