import { describe, expect, it } from 'vitest';
import { commonToAll } from '../../../bench/lib/shell';

describe('commonToAll', () => {
	it('keeps what every page names, in the first page order', () => {
		expect(
			commonToAll([
				['boot', 'start', 'shell', 'home'],
				['shell', 'reader', 'boot', 'start'],
				['start', 'boot', 'shell', 'quiz']
			])
		).toEqual(['boot', 'start', 'shell']);
	});

	it('is empty for no pages, and all of one page', () => {
		expect(commonToAll([])).toEqual([]);
		expect(commonToAll([['a', 'b']])).toEqual(['a', 'b']);
	});
});
