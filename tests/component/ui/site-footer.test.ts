import { render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import SiteFooter from '../../../src/lib/components/ui/SiteFooter.svelte';

it('says where progress is kept, and links to the sources and licences and to this device', () => {
	render(SiteFooter);
	const footer = screen.getByRole('contentinfo');
	expect(footer).toHaveTextContent('Fahm stores your progress on this device only.');
	expect(screen.getByRole('link', { name: 'Sources and licences' })).toHaveAttribute(
		'href',
		'/sources'
	);
	expect(screen.getByRole('link', { name: 'This device' })).toHaveAttribute('href', '/device');
});
