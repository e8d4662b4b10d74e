import { render, screen, within } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import LessonLinks from '../../../src/lib/components/ui/LessonLinks.svelte';

it("links a lesson's pages by name, as a named navigation on a page", () => {
	render(LessonLinks, {
		lesson: 'shoigu',
		pages: ['read', 'woven', 'quiz', 'vocabulary'],
		nav: true
	});
	const nav = screen.getByRole('navigation', { name: 'Next steps in this lesson' });
	const link = (name: string) => within(nav).getByRole('link', { name });
	expect(link('Read the article')).toHaveAttribute('href', '/read/shoigu');
	expect(link('Practise while reading')).toHaveAttribute('href', '/practice/shoigu');
	expect(link('Take the quiz')).toHaveAttribute('href', '/practice/shoigu/quiz');
	expect(link('Practise the vocabulary')).toHaveAttribute('href', '/practice/shoigu/vocabulary');
});

it('lists only the pages asked for, and no landmark on a card', () => {
	render(LessonLinks, { lesson: 'shoigu', pages: ['woven', 'quiz'] });
	expect(screen.queryByRole('navigation')).toBeNull();
	expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
		'Practise while reading',
		'Take the quiz'
	]);
});
