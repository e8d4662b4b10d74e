/**
 * Small guards that check stored records on the way out of IndexedDB. Storage uses these rather
 * than a schema library: the code ships with learner pages that have a JS budget, and a stored
 * record only needs its shape confirmed before the app trusts it.
 */

export type Guard = (value: unknown) => boolean;

export const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
export const isText: Guard = (x) => typeof x === 'string' && x.length > 0;
export const isString: Guard = (x) => typeof x === 'string';
export const isNumber: Guard = (x) => typeof x === 'number' && Number.isFinite(x);
export const isIndex: Guard = (x) => Number.isInteger(x) && (x as number) >= 0;
export const isBoolean: Guard = (x) => typeof x === 'boolean';

export const isNullable =
	(guard: Guard): Guard =>
	(x) =>
		x === null || guard(x);

export const isOptional =
	(guard: Guard): Guard =>
	(x) =>
		x === undefined || guard(x);

export const isArrayOf =
	(guard: Guard): Guard =>
	(x) =>
		Array.isArray(x) && x.every(guard);

export const isStringMap: Guard = (x) =>
	isRecord(x) && Object.values(x).every(isNullable(isString));

/** A guard for an object whose listed fields each pass their guard (other fields are allowed). */
export const hasFields =
	(fields: Record<string, Guard>): Guard =>
	(x) =>
		isRecord(x) && Object.entries(fields).every(([name, guard]) => guard(x[name]));

/**
 * The stored records `read` accepts, in the order given, and how many it refused. The refused
 * ones stay in the database untouched: the caller only counts them, for the learner to be told.
 */
export function readEach<T>(
	raws: readonly unknown[],
	read: (raw: unknown) => T | undefined
): { records: T[]; unreadable: number } {
	const records: T[] = [];
	for (const raw of raws) {
		const record = read(raw);
		if (record !== undefined) records.push(record);
	}
	return { records, unreadable: raws.length - records.length };
}
