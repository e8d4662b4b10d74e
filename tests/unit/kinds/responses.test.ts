import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/lib/kinds';
import { EMPTY_RESPONSES } from '../../../src/lib/kinds/empty-responses';
import { isStoredResponse, RESPONSE_GUARDS } from '../../../src/lib/kinds/responses';

// Blank questions are shown and saved answers read with tables of the kinds' empty answers and
// guards alone (no graders until a learner answers, none on the progress page): each table must
// hold each kind module's own, for every kind and no other.
describe('the empty answers and stored-answer guards, apart from the kind modules', () => {
	it("are each kind module's own, for every kind", () => {
		const every = KINDS.map((k) => k.kind).sort();
		expect(Object.keys(RESPONSE_GUARDS).sort()).toEqual(every);
		expect(Object.keys(EMPTY_RESPONSES).sort()).toEqual(every);
		for (const kind of KINDS) {
			expect(RESPONSE_GUARDS[kind.kind], kind.kind).toBe(kind.isResponse);
			expect(EMPTY_RESPONSES[kind.kind], kind.kind).toBe(kind.empty);
		}
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
