import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/lib/kinds';
import { isStoredResponse, RESPONSE_GUARDS } from '../../../src/lib/kinds/responses';

// Saved answers are read with the guards alone (no graders on the progress page): the table must be
// each kind module's own guard, for every kind and no other.
describe('the stored-answer guards, apart from the kind modules', () => {
	it("are each kind module's own guard, for every kind", () => {
		expect(Object.keys(RESPONSE_GUARDS).sort()).toEqual(KINDS.map((k) => k.kind).sort());
		for (const kind of KINDS) expect(RESPONSE_GUARDS[kind.kind], kind.kind).toBe(kind.isResponse);
	});

	it("accept each kind's empty answer and refuse what no kind wrote", () => {
		for (const kind of KINDS) {
			// A blank question as the editor makes it, with the lists the empty answers are made from.
			const question = {
				...kind.blank(),
				kind: kind.kind,
				pairs: [],
				gaps: [],
				items: []
			} as never;
			const empty = (kind.empty as (q: never, r: () => number) => unknown)(question, () => 0.5);
			expect(isStoredResponse(empty), kind.kind).toBe(true);
		}
		expect(isStoredResponse({ kind: 'essay', text: 'x' })).toBe(false);
		expect(isStoredResponse({ kind: 'toString' })).toBe(false);
		expect(isStoredResponse({ kind: 'short-answer' })).toBe(false);
		expect(isStoredResponse(null)).toBe(false);
	});
});
