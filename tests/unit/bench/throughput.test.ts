import { describe, expect, it } from 'vitest';
import { throughput } from '../../../bench/lib/throughput';

/** A clock that moves only when the work under test advances it. */
function fakeClock() {
	let now = 1000;
	return { clock: () => now, advance: (ms: number) => (now += ms) };
}

describe('throughput', () => {
	it('runs whole passes until the slice is over and gives items per second', () => {
		const { clock, advance } = fakeClock();
		const seen: number[] = [];
		// 2 ms an item, 3 items a pass: 6 ms a pass, so 17 passes to reach 100 ms.
		const result = throughput(
			(item: number) => {
				seen.push(item);
				advance(2);
			},
			[1, 2, 3],
			clock,
			100
		);
		expect(result).toEqual({ items: 51, ms: 102, perSecond: 500 });
		expect(seen.slice(0, 6)).toEqual([1, 2, 3, 1, 2, 3]);
		expect(seen).toHaveLength(51);
	});

	it('reads the clock once per pass, not per item', () => {
		let reads = 0;
		let now = 0;
		const clock = () => {
			reads += 1;
			return now;
		};
		throughput(() => (now += 1), Array.from({ length: 10 }), clock, 30);
		// One read to start, then one after each of the 3 passes.
		expect(reads).toBe(4);
	});

	it('refuses no items and a slice that is not positive', () => {
		const { clock } = fakeClock();
		expect(() => throughput(() => 0, [], clock, 100)).toThrow('no items');
		expect(() => throughput(() => 0, [1], clock, 0)).toThrow('positive');
		expect(() => throughput(() => 0, [1], clock, Number.NaN)).toThrow('positive');
	});
});
