import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../src/lib/components/practice/format';
import { getLocale, overwriteGetLocale } from '../../../../src/lib/paraglide/runtime';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('numbers on the practice screens', () => {
	for (const locale of ['en', 'ar'] as const) {
		it(`read as Intl writes them in Western digits, in the ${locale} interface`, () => {
			overwriteGetLocale(() => locale);
			const intl = new Intl.NumberFormat(`${locale}-u-nu-latn`, { maximumFractionDigits: 2 });
			for (const n of [0, 1, 7, 10, 99, 100, 250, 999, 1000, 12345, 0.5, 2.125, 1 / 3, -1]) {
				expect(formatNumber(n), String(n)).toBe(intl.format(n));
			}
			expect(formatNumber(12)).toBe('12');
		});
	}
});
