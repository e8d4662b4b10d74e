/**
 * Undo and redo over snapshots of the set (JSON text). Typing in one field makes one step, not one
 * per key: a change that only edits the same text field as the step before replaces that step.
 */

/** The paths of the leaves that differ between `a` and `b`, up to `limit` of them. */
export function changedLeaves(a: unknown, b: unknown, limit = 2, path = ''): string[] {
	if (Object.is(a, b)) return [];
	const object = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
	if (!object(a) || !object(b) || Array.isArray(a) !== Array.isArray(b)) return [path];
	const out: string[] = [];
	for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
		out.push(...changedLeaves(a[key], b[key], limit - out.length, path ? `${path}.${key}` : key));
		if (out.length >= limit) break;
	}
	return out;
}

/** The one text field edited between two snapshots, or undefined for any other change. */
function typedField(before: string, after: string): string | undefined {
	const a: unknown = JSON.parse(before);
	const b: unknown = JSON.parse(after);
	const leaves = changedLeaves(a, b);
	if (leaves.length !== 1) return undefined;
	const at = (x: unknown) =>
		leaves[0]!.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], x);
	return typeof at(a) === 'string' && typeof at(b) === 'string' ? leaves[0] : undefined;
}

/** The most steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export class EditHistory {
	#steps: string[];
	#at = 0;
	/** The field the last step typed in, while typing there may extend it. */
	#typing: string | undefined;

	constructor(initial: string) {
		this.#steps = [initial];
	}

	get current(): string {
		return this.#steps[this.#at]!;
	}
	get canUndo(): boolean {
		return this.#at > 0;
	}
	get canRedo(): boolean {
		return this.#at < this.#steps.length - 1;
	}

	/**
	 * Records `snapshot` as a step; false when nothing changed. `alone`: never merged with the
	 * step before (a version taken from another tab).
	 */
	record(snapshot: string, alone = false): boolean {
		if (snapshot === this.current) return false;
		const field = alone ? undefined : typedField(this.current, snapshot);
		this.#steps.length = this.#at + 1;
		if (field !== undefined && field === this.#typing && this.#at > 0)
			this.#steps[this.#at] = snapshot;
		else {
			this.#steps.push(snapshot);
			if (this.#steps.length > HISTORY_LIMIT) this.#steps.shift();
			this.#at = this.#steps.length - 1;
		}
		this.#typing = field;
		return true;
	}

	/** The snapshot to go back to, or undefined at the start. */
	undo(): string | undefined {
		if (!this.canUndo) return undefined;
		this.#typing = undefined;
		return this.#steps[--this.#at];
	}

	redo(): string | undefined {
		if (!this.canRedo) return undefined;
		this.#typing = undefined;
		return this.#steps[++this.#at];
	}
}
