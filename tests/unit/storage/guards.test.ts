import { describe, expect, it } from 'vitest';
import { hasFields, isNumber, isText, readEach } from '../../../src/lib/storage/guards';

describe('readEach', () => {
	const read = (raw: unknown) =>
		hasFields({ id: isText, at: isNumber })(raw) ? (raw as { id: string; at: number }) : undefined;

	it('keeps the readable records in order and counts the others', () => {
		const raws = [{ id: 'a', at: 1 }, { id: '', at: 2 }, null, { id: 'b', at: 3 }, { id: 'c' }];
		expect(readEach(raws, read)).toEqual({
			records: [
				{ id: 'a', at: 1 },
				{ id: 'b', at: 3 }
			],
			unreadable: 3
		});
	});

	it('reads nothing from nothing', () => {
		expect(readEach([], read)).toEqual({ records: [], unreadable: 0 });
	});
});
