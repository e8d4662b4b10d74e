import { render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import LessonSources from '../../../src/lib/components/ui/LessonSources.svelte';
import type { LessonSummary } from '../../../src/lib/content/summary';

const lesson = (source: string): LessonSummary => ({
	id: 'x',
	title: 'عنوان الخبر',
	titleEn: 'Headline',
	source,
	date: '2023-09',
	licence: 'Quoted for teaching.',
	level: 'B1',
	words: 12
});

it("names each lesson's source and licence, with the Arabic title marked as Arabic and linked to its reader", () => {
	render(LessonSources, { lessons: [lesson('Example Agency')] });
	const item = screen.getByRole('listitem');
	expect(item).toHaveTextContent('Example Agency, 2023-09');
	expect(item).toHaveTextContent('Quoted for teaching.');
	const title = screen.getByRole('heading', { name: 'عنوان الخبر' });
	expect(title).toHaveAttribute('lang', 'ar');
	expect(title).toHaveAttribute('dir', 'rtl');
	expect(screen.getByRole('link', { name: 'عنوان الخبر' })).toHaveAttribute('href', '/read/x');
});

it('sets the source and licence as English, the Arabic inside them isolated as Arabic', () => {
	// In the Arabic interface the English line sat in a right-to-left paragraph with no lang, so
	// its full stops and brackets moved to the wrong ends and it took the Arabic face.
	render(LessonSources, { lessons: [lesson('Wire report (وكالات, “agencies”), Tehran')] });
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
