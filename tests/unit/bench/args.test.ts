import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../bench/lib/args';

describe('parseBenchArgs', () => {
	it('defaults to 3 runs, every figure, the shipped budgets and a fresh build', () => {
		expect(parseBenchArgs([])).toEqual({
			runs: 3,
			sizeOnly: false,
			budgets: 'bench/budgets.json',
			build: true,
			help: false
		});
	});

	it('reads every flag', () => {
		const options = parseBenchArgs([
			'--runs',
			'5',
			'--size-only',
			'--budgets',
			'x.json',
			'--no-build'
		]);
		expect(options).toMatchObject({ runs: 5, sizeOnly: true, budgets: 'x.json', build: false });
	});

	it('refuses a bad run count and unknown flags', () => {
		expect(() => parseBenchArgs(['--runs', '0'])).toThrow('--runs');
		expect(() => parseBenchArgs(['--runs', '2.5'])).toThrow('--runs');
		expect(() => parseBenchArgs(['--fast'])).toThrow();
	});
});
