import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import DurabilityNotice from '../../../src/lib/components/ui/DurabilityNotice.svelte';
import { durability } from '../../../src/lib/state/durability.svelte';

afterEach(() => vi.unstubAllGlobals());

it('says, once asked, that the browser agreed to keep progress; the learner can dismiss it', async () => {
	vi.stubGlobal('navigator', {
		...navigator,
		storage: { persisted: async () => false, persist: async () => true }
	});
	render(DurabilityNotice);
	const region = screen.getByRole('status');
	expect(region).toBeEmptyDOMElement();
	await durability.progressSaved();
	expect(
		await screen.findByText(/^Your progress is stored on this device, and the browser has agreed/u)
	).toBeInTheDocument();
	await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
	expect(screen.queryByText(/^Your progress is stored/u)).not.toBeInTheDocument();
	// A full disk is a warning: it replaces the answer and cannot be dismissed.
	durability.reportFull();
	expect(await screen.findByText(/^This device's storage is full/u)).toBeInTheDocument();
	expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
});
