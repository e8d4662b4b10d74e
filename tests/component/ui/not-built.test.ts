import { render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import NotBuilt from '../../../src/lib/components/ui/NotBuilt.svelte';

it('says plainly that the page is not built and links back to the lessons', () => {
	render(NotBuilt, { page: 'Practice' });
	expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Practice: not built yet');
	expect(screen.getByRole('link', { name: 'Back to the lessons' })).toHaveAttribute('href', '/');
});
