/**
 * The sets a teacher published on this device, under each lesson of the practice list: each set
 * under its own title, with links to practise it while reading and as a quiz.
 */
import { render, screen, within } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import OwnSetLinks from '../../../src/lib/components/practice/OwnSetLinks.svelte';
import type { QuestionSet } from '../../../src/lib/content/question-schema';

const set = (id: string, en: string) =>
	({
		id,
		article: 'shoigu',
		title: { en, ar: 'مجموعتي' },
		passMark: 0.7,
		minPerSkill: 0,
		questions: []
	}) as unknown as QuestionSet;

it("links each set's two ways to practise, named by its title, the set's id in the link", () => {
	render(OwnSetLinks, { lessonId: 'shoigu', sets: [set('mine', 'My set'), set('b', 'Second')] });
	const lists = screen.getAllByRole('list');
	expect(lists).toHaveLength(2);
	const first = screen.getByRole('list', { name: /My set/ });
	const links = within(first).getAllByRole('link');
	expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
		['Questions while you read', '/practice/shoigu?set=mine'],
		['Quiz', '/practice/shoigu/quiz?set=mine']
	]);
	expect(
		within(screen.getByRole('list', { name: /Second/ })).getAllByRole('link')[1]
	).toHaveAttribute('href', '/practice/shoigu/quiz?set=b');
});

it('shows nothing when no set was published for the lesson', () => {
	const { container } = render(OwnSetLinks, { lessonId: 'shoigu', sets: [] });
	expect(container.querySelector('section')).toBeNull();
	expect(screen.queryByRole('link')).toBeNull();
});
