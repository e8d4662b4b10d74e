import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '../../src/lib/intl-format';

describe('kept Intl formatters', () => {
	it('format in the locale asked for, with the options given', () => {
		expect(numberFormat('ar-EG', { maximumFractionDigits: 2 }).format(2.5)).toBe(
			new Intl.NumberFormat('ar-EG', { maximumFractionDigits: 2 }).format(2.5)
		);
		expect(numberFormat('en', { maximumFractionDigits: 2 }).format(2.125)).toBe('2.13');
		expect(numberFormat('en', { style: 'percent' }).format(0.5)).toBe('50%');
		expect(
			dateTimeFormat('en', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
				Date.UTC(2026, 2, 10, 12)
			)
		).toBe('Mar 10');
		expect(relativeTimeFormat('en', { numeric: 'auto' }).format(1, 'day')).toBe('tomorrow');
	});

	it('give back the formatter already made for the same locale and options, and no other', () => {
		const points = numberFormat('ar', { maximumFractionDigits: 2 });
		expect(numberFormat('ar', { maximumFractionDigits: 2 })).toBe(points);
		expect(numberFormat('en', { maximumFractionDigits: 2 })).not.toBe(points);
		expect(numberFormat('ar', { maximumFractionDigits: 6 })).not.toBe(points);
		expect(dateTimeFormat('ar')).not.toBe(numberFormat('ar'));
		expect(dateTimeFormat('ar')).toBe(dateTimeFormat('ar'));
	});
});
