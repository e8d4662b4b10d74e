/**
 * Writes a teacher's set record, for the set editor: one write at a time, the latest draft each
 * time, and each only if the stored record is still the version this tab last saved
 * (`saveTeacherSetOver`). When another tab saved a newer one, writing stops and `stale` is set
 * until the teacher chooses: `adopt` takes the stored record, `overwrite` writes over it.
 */
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import { saveTeacherSetOver, type TeacherSetRecord } from '$lib/storage/teacher-sets';

export interface SaverDeps {
	/** The clock, in milliseconds since the epoch. */
	now: () => number;
	/** The draft as it is now, as plain data. */
	draft: () => Record<string, unknown>;
	/** A write went through; its record is stamped `updatedAt` (other tabs are told). */
	saved: (updatedAt: number) => void;
}

export class SetSaver {
	// Raw: a record is replaced whole, never changed in place, and must stay a plain object that
	// IndexedDB can store (a deep state proxy cannot be cloned into the database).
	#record = $state.raw() as TeacherSetRecord;
	saving = $state<'saved' | 'saving' | 'failed'>('saved');
	savedAt = $state<number | undefined>();
	/** Why the last save failed, when it was storage (full disk, storage refused). */
	error = $state<StorageErrorKind | undefined>();
	/** Another tab saved a newer version; nothing is written until the teacher chooses. */
	stale = $state(false);
	#deps: SaverDeps;
	#dirty = false;
	#writing: Promise<void> | undefined;
	/** The last write queued: writes go one at a time, each from the record the one before left. */
	#tail: Promise<unknown> = Promise.resolve();

	constructor(record: TeacherSetRecord, deps: SaverDeps) {
		this.#record = record;
		this.#deps = deps;
	}

	/** The record as last saved (or loaded). */
	get record(): TeacherSetRecord {
		return this.#record;
	}

	/** Another tab saved the set, stamped `updatedAt`: stale if that is newer than ours. */
	otherSaved(updatedAt: number): void {
		if (updatedAt > this.#record.updatedAt) this.stale = true;
	}

	/** Saves the draft as it is when its turn comes (changes made meanwhile are taken along). */
	save(): void {
		this.#dirty = true;
		this.saving = 'saving';
		this.#writing ??= this.#drain();
	}

	async #drain(): Promise<void> {
		while (this.#dirty && !this.stale) {
			this.#dirty = false;
			const draft = this.#deps.draft();
			await this.write((record) => ({ ...record, draft }), this.#deps.now());
		}
		this.#writing = undefined;
	}

	/**
	 * Writes the record `change` makes of the last saved one (stamped `now`), after every write
	 * queued before it, unless another tab saved a newer version first. One at a time: two writes
	 * of this tab in flight at once (a publish and the typing after it) would each find the other's
	 * stamp and take it for another tab's.
	 */
	write(change: (record: TeacherSetRecord) => TeacherSetRecord, now: number): Promise<boolean> {
		const run = this.#tail.then(() => this.#writeNow(change(this.#record), now));
		this.#tail = run;
		return run;
	}

	async #writeNow(record: TeacherSetRecord, now: number): Promise<boolean> {
		if (this.stale) return false;
		const updatedAt = Math.max(now, this.#record.updatedAt + 1);
		const next = { ...$state.snapshot(record), updatedAt } as TeacherSetRecord;
		try {
			const result = await saveTeacherSetOver(next, this.#record.updatedAt);
			if (!result.saved) {
				this.stale = true;
				this.saving = 'failed';
				return false;
			}
			this.#record = next;
			this.savedAt = now;
			this.error = undefined;
			if (!this.#dirty) this.saving = 'saved';
			this.#deps.saved(updatedAt);
			return true;
		} catch (error) {
			this.error = toStorageError(error).kind;
			this.saving = 'failed';
			return false;
		}
	}

	/** Waits until every change saved so far is written (or has failed). */
	async flush(): Promise<void> {
		while (this.#writing) await this.#writing;
	}

	/** The record as stored now (another tab may have saved it); undefined if gone or unreadable. */
	async stored(): Promise<TeacherSetRecord | undefined> {
		const { findTeacherSet } = await import('$lib/storage/teacher-sets');
		const stored = await findTeacherSet(this.#record.id);
		return stored && stored !== 'unreadable' ? stored : undefined;
	}

	/** Takes `stored` (see `stored`) as the record last saved: saving resumes from it. */
	adopt(stored: TeacherSetRecord): void {
		this.#record = stored;
		this.stale = false;
		this.saving = 'saved';
	}

	/** Writes the draft over the record another tab saved. */
	async overwrite(): Promise<void> {
		const stored = await this.stored();
		if (stored) this.#record = { ...this.#record, updatedAt: stored.updatedAt };
		this.stale = false;
		this.save();
		await this.flush();
	}
}
