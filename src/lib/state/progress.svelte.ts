/**
 * The progress page: the dashboard's figures from everything stored on the device, and the
 * backup, import, erase and report actions. The store, the clock and the learner's day are passed
 * in, so tests run it on fixed data; the page uses the device's.
 */
import { aggregateDashboard } from '$lib/domain/progress/aggregate';
import { localDayOf, type DayOf } from '$lib/domain/progress/days';
import type { Dashboard, ProgressCard, ProgressSet } from '$lib/domain/progress/types';
import { lazyOnce } from '$lib/lazy-once';
import { BackupError, type BackupProblem, type BackupRecords } from '$lib/interop/backup-records';
import type { MergePlan } from '$lib/interop/progress-backup';
import * as backup from '$lib/storage/backup';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import type { ReviewCard } from '$lib/storage/review-cards';

/** What the progress page needs of storage; tests pass a stand-in. */
export interface ProgressStore {
	read(): Promise<backup.DeviceSnapshot>;
	preview(records: BackupRecords): Promise<MergePlan>;
	import(records: BackupRecords): Promise<MergePlan>;
	erase(): Promise<void>;
	learnerId(make: () => string): Promise<string>;
}

// Building, checking and merging a backup file, and erasing: fetched when the learner first
// exports, imports or erases, not with the dashboard (issue 12).
const loadFormat = lazyOnce(() => import('$lib/interop/progress-backup'));
const loadImport = lazyOnce(() => import('$lib/storage/backup-import'));

export const deviceStore: ProgressStore = {
	read: backup.readDevice,
	preview: async (records) => (await loadImport()).previewImport(records),
	import: async (records) => (await loadImport()).importRecords(records),
	erase: async () => (await loadImport()).eraseDevice(),
	learnerId: backup.learnerId
};

/** A review card as the dashboard counts it. */
export function progressCard(card: ReviewCard): ProgressCard {
	return {
		id: card.id,
		state: card.state,
		due: Date.parse(card.due),
		reviews: card.log.map((entry) => Date.parse(entry.review))
	};
}

/** The teacher's report formats (CSV, xAPI): fetched on the first report asked for, not with the page. */
const loadReports = lazyOnce(() => import('$lib/interop/learner-report'));

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A file to download: its name, type and text. */
export interface DownloadFile {
	name: string;
	type: string;
	text: string;
}

/** An import the learner has chosen but not confirmed: what it would change. */
export interface PendingImport {
	fileName: string;
	plan: MergePlan;
	records: BackupRecords;
	/** The file holds nothing the device lacks. */
	empty: boolean;
}

export interface ProgressOptions {
	sets: readonly ProgressSet[];
	store?: ProgressStore;
	clock?: () => number;
	dayOf?: DayOf;
	/** An anonymous id for a learner who has none yet. */
	makeId?: () => string;
}

export class ProgressPage {
	readonly #sets: readonly ProgressSet[];
	readonly #store: ProgressStore;
	readonly #clock: () => number;
	readonly #dayOf: DayOf;
	readonly #makeId: () => string;
	#snapshot: backup.DeviceSnapshot | undefined;

	dashboard = $state.raw<Dashboard | undefined>();
	/** True once the first read of the device has ended, whether it could be read or not. */
	ready = $state(false);
	/** Stored records that could not be read (kept in place, left out of the figures). */
	unreadable = $state(0);
	error = $state<StorageErrorKind | undefined>();
	// Raw, not deep state: the records go to IndexedDB, which cannot clone a reactive proxy.
	pending = $state.raw<PendingImport | undefined>();
	/** Why the chosen file was refused; nothing was changed. */
	refused = $state<BackupProblem | undefined>();
	/** What the last import added, once it is on disk. */
	imported = $state.raw<MergePlan | undefined>();
	erased = $state(false);

	constructor(options: ProgressOptions) {
		this.#sets = options.sets;
		this.#store = options.store ?? deviceStore;
		this.#clock = options.clock ?? Date.now;
		this.#dayOf = options.dayOf ?? localDayOf;
		this.#makeId = options.makeId ?? (() => crypto.randomUUID());
	}

	/** Reads every store and computes the dashboard. */
	async load(): Promise<void> {
		await this.#run(async () => {
			const snapshot = await this.#store.read();
			this.#snapshot = snapshot;
			this.unreadable = Object.values(snapshot.unreadable).reduce((a, b) => a + b, 0);
			this.dashboard = aggregateDashboard({
				attempts: snapshot.attempts,
				cards: snapshot.reviewCards.map(progressCard),
				savedWordIds: snapshot.savedWords.map((w) => w.id),
				sets: this.#sets,
				now: this.#clock(),
				dayOf: this.#dayOf
			});
		});
		this.ready = true;
	}

	/** How many answers, words and cards are stored (readable ones). */
	get totals(): { attempts: number; savedWords: number; reviewCards: number } {
		void this.dashboard;
		const s = this.#snapshot;
		return {
			attempts: s?.attempts.length ?? 0,
			savedWords: s?.savedWords.length ?? 0,
			reviewCards: s?.reviewCards.length ?? 0
		};
	}

	/** Today's date for file names (UTC, as the file's own timestamps). */
	#date(): string {
		return isoDate(this.#clock());
	}

	/** The backup file of everything readable on the device (its code is fetched when asked for). */
	async exportFile(): Promise<DownloadFile | undefined> {
		const snapshot = this.#snapshot;
		if (!snapshot) return undefined;
		let format: Awaited<ReturnType<typeof loadFormat>>;
		try {
			format = await loadFormat();
		} catch (error) {
			// The code could not be fetched (offline before the app was ever cached).
			this.error = toStorageError(error).kind;
			return undefined;
		}
		return {
			name: `fahm-progress-${this.#date()}.json`,
			type: 'application/json',
			text: `${JSON.stringify(format.buildBackup(snapshot.records, this.#clock()), null, '\t')}\n`
		};
	}

	/** The teacher's report of every answer, as CSV (its code is fetched when asked for). */
	async csvReport(): Promise<DownloadFile | undefined> {
		if (!this.#snapshot) return undefined;
		const { attemptsToCsv } = await loadReports();
		return {
			name: `fahm-report-${this.#date()}.csv`,
			type: 'text/csv',
			text: attemptsToCsv(this.#snapshot.attempts)
		};
	}

	/** The same answers as xAPI statements, the actor an anonymous account at `homePage`. */
	async xapiReport(homePage: string): Promise<DownloadFile | undefined> {
		if (!this.#snapshot) return undefined;
		const attempts = this.#snapshot.attempts;
		let learner: string | undefined;
		await this.#run(async () => {
			learner = await this.#store.learnerId(this.#makeId);
		});
		if (!learner) return undefined;
		const { attemptsToXapi } = await loadReports();
		return {
			name: `fahm-report-${this.#date()}.xapi.json`,
			type: 'application/json',
			text: `${JSON.stringify(attemptsToXapi(attempts, { homePage, learner }), null, '\t')}\n`
		};
	}

	/** Checks a chosen file and, when it is a backup this app reads, plans its merge for the learner to confirm. */
	async choose(fileName: string, text: string): Promise<void> {
		this.pending = undefined;
		this.refused = undefined;
		this.imported = undefined;
		this.erased = false;
		// A file that is not a backup is refused by #run (a BackupError), before the device is read.
		await this.#run(async () => {
			const { parseBackup, isEmptyPlan } = await loadFormat();
			const records = parseBackup(text);
			const plan = await this.#store.preview(records);
			this.pending = { fileName, plan, records, empty: isEmptyPlan(plan) };
		});
	}

	cancelImport(): void {
		this.pending = undefined;
	}

	/** Merges the chosen file (as planned again at write time) and reloads the dashboard. */
	async confirmImport(): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		await this.#run(async () => {
			this.imported = await this.#store.import(pending.records);
			this.pending = undefined;
		});
		await this.load();
	}

	/** Empties every store, then shows the (empty) dashboard. */
	async erase(): Promise<void> {
		this.pending = undefined;
		this.imported = undefined;
		await this.#run(async () => {
			await this.#store.erase();
			this.erased = true;
		});
		await this.load();
	}

	async #run(work: () => Promise<void>): Promise<void> {
		try {
			await work();
			this.error = undefined;
		} catch (error) {
			if (error instanceof BackupError) this.refused = error.problem;
			else this.error = toStorageError(error).kind;
		}
	}
}
