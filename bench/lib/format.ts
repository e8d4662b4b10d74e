import type { Unit } from './types';

const KB = 1024;

/** A value as the report prints it: sizes in KB (1024 bytes), scores to two places. */
export function formatValue(value: number, unit: Unit): string {
	if (Number.isNaN(value)) return '-';
	switch (unit) {
		case 'bytes':
			return `${(value / KB).toFixed(1)} KB`;
		case 'count':
			return String(Math.round(value));
		case 'score':
			return value.toFixed(2);
		case 'ratio':
			return value.toFixed(3);
		case 'ms':
			return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
		case 'per-second':
			return `${Math.round(value).toLocaleString('en-US')}/s`;
	}
}

/** The runs' range, "min-max", or the single value when every run agreed. */
export function formatSpread(min: number, max: number, unit: Unit): string {
	if (Number.isNaN(min)) return '-';
	const low = formatValue(min, unit);
	const high = formatValue(max, unit);
	return low === high ? low : `${low} - ${high}`;
}
