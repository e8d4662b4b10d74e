/** Numbers as the practice screens show them, in the UI language's digits. */
import { getLocale } from '$lib/paraglide/runtime';

/** A number with at most two decimals (points can be fractional). */
export function formatNumber(n: number): string {
	return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(n);
}
