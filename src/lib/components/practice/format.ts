/** Numbers as the practice screens show them: Western digits in both interface languages. */
import { numberFormat } from '$lib/intl-format';
import { getLocale } from '$lib/paraglide/runtime';

/**
 * A number with at most two decimals (points can be fractional). A whole number under 1,000 is
 * written without Intl: it reads the same in both languages (no grouping, Western digits), and the
 * first Intl object a page makes costs Chrome 15 - 65 ms (issue 12), on a page that may need no other.
 */
export function formatNumber(n: number): string {
	if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
	return numberFormat(`${getLocale()}-u-nu-latn`, { maximumFractionDigits: 2 }).format(n);
}
