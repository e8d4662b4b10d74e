/**
 * The progress backup: one versioned JSON file holding everything the learner did on a device
 * (answers, quiz positions, saved words, review cards, settings, drafts). Pure: building the file,
 * checking one that is brought back, and planning what merging it would change. Storage
 * (storage/backup.ts, storage/backup-import.ts) reads and writes the stores around these.
 */

import {
	BACKUP_KINDS,
	BackupError,
	type BackupKind,
	type BackupProblem,
	type BackupRecord,
	type BackupRecords
} from './backup-records';

// The shapes and the error live apart, for pages that only read the device (backup-records.ts).
export * from './backup-records';

export const BACKUP_FORMAT = 'fahm-progress';
/** The version this code writes; files up to it are read, newer ones refused. */
export const BACKUP_VERSION = 1;

export interface ProgressBackup extends BackupRecords {
	format: typeof BACKUP_FORMAT;
	version: number;
	/** ISO 8601. */
	exportedAt: string;
}

/** The backup file of these records, exported at `now`. */
export function buildBackup(records: BackupRecords, now: number): ProgressBackup {
	const backup = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date(now).toISOString()
	} as ProgressBackup;
	for (const kind of BACKUP_KINDS)
		backup[kind] = records[kind].map((record) => {
			// An attempt's key is numbered by the device's store: another device numbers it again.
			if (kind !== 'attempts') return record;
			const { id: _key, ...rest } = record;
			return rest as BackupRecord;
		});
	return backup;
}

type Check = 'text' | 'number' | 'object';

/** The fields each kind must have for merging to work; storage checks the rest of each record. */
const REQUIRED: Record<BackupKind, Record<string, Check>> = {
	attempts: {
		schemaVersion: 'number',
		lessonId: 'text',
		setId: 'text',
		questionId: 'text',
		answeredAt: 'number',
		response: 'object',
		grade: 'object'
	},
	quizProgress: {
		schemaVersion: 'number',
		id: 'text',
		lessonId: 'text',
		setId: 'text',
		updatedAt: 'number'
	},
	savedWords: { schemaVersion: 'number', id: 'text', lessonId: 'text', savedAt: 'number' },
	reviewCards: { schemaVersion: 'number', id: 'text' },
	settings: { schemaVersion: 'number', id: 'text' },
	drafts: { schemaVersion: 'number', id: 'text', savedAt: 'number' }
};

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function fieldProblem(value: unknown, check: Check, path: string): BackupProblem | undefined {
	if (check === 'text' && !(typeof value === 'string' && value.length > 0))
		return { code: 'not-text', path };
	if (check === 'number' && !(typeof value === 'number' && Number.isFinite(value)))
		return { code: 'not-a-number', path };
	if (check === 'object' && !isObject(value)) return { code: 'not-an-object', path };
	return undefined;
}

/**
 * The backup in a file's text, checked; throws a BackupError naming the first problem found.
 * A file from an older version is read as it is (records migrate when storage reads them).
 */
export function parseBackup(text: string): ProgressBackup {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new BackupError({ code: 'not-json' });
	}
	if (!isObject(json) || json.format !== BACKUP_FORMAT)
		throw new BackupError({ code: 'not-a-backup' });
	const version = json.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		throw new BackupError({ code: 'not-a-number', path: 'version' });
	if (version > BACKUP_VERSION) throw new BackupError({ code: 'newer-version', version });
	for (const kind of BACKUP_KINDS) {
		// A kind left out (drafts are optional) is an empty list.
		const list = json[kind] ?? [];
		if (!Array.isArray(list)) throw new BackupError({ code: 'not-a-list', path: kind });
		list.forEach((record: unknown, i) => {
			const path = `${kind}[${i}]`;
			if (!isObject(record)) throw new BackupError({ code: 'not-an-object', path });
			for (const [field, check] of Object.entries(REQUIRED[kind])) {
				const problem = fieldProblem(record[field], check, `${path}.${field}`);
				if (problem) throw new BackupError(problem);
			}
		});
		json[kind] = list;
	}
	return json as unknown as ProgressBackup;
}

/** JSON with keys sorted at every level, so the same answer is the same text whichever key order it was written in. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (isObject(value))
		return `{${Object.keys(value)
			.sort()
			.filter((key) => value[key] !== undefined)
			.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** An attempt's identity: the same answer to the same question at the same moment. */
export function attemptIdentity(record: Record<string, unknown>): string {
	return canonicalJson([
		record.lessonId,
		record.setId,
		record.questionId,
		record.answeredAt,
		record.response
	]);
}

/**
 * Orders two versions of a record with the same id: positive when `incoming` should replace
 * `existing`. Review cards: more reviews win, then the later review.
 */
export type Newer = (incoming: BackupRecord, existing: BackupRecord) => number;

const byNumber =
	(field: string): Newer =>
	(a, b) =>
		Number(a[field] ?? 0) - Number(b[field] ?? 0);

/** Keep what the device has: a setting changed here stays as the learner left it. */
const keepExisting: Newer = () => 0;

export interface MergeRules {
	/** How review cards compare; storage's review card module knows their fields. */
	reviewCards: Newer;
}

export interface MergeCounts {
	/** Records the device does not have. */
	added: number;
	/** Records the device has in an older state, replaced by the file's. */
	updated: number;
	/** Records the device has already (or has in a newer state): left as they are. */
	unchanged: number;
}

export interface MergePlan {
	/** Records to write, per kind (new ones and replacements). */
	writes: BackupRecords;
	counts: Record<BackupKind, MergeCounts>;
}

/** True when the plan changes nothing (every record is on the device already). */
export function isEmptyPlan(plan: MergePlan): boolean {
	return BACKUP_KINDS.every((kind) => plan.writes[kind].length === 0);
}

/**
 * What merging `backup` into the device's `existing` records would write. Attempts are appended
 * unless the same answer is already there (see attemptIdentity); the other kinds are keyed by id,
 * and a record replaces the device's only when it is further along.
 */
export function planMerge(
	backup: BackupRecords,
	existing: BackupRecords,
	rules: MergeRules
): MergePlan {
	const newer: Record<Exclude<BackupKind, 'attempts'>, Newer> = {
		quizProgress: byNumber('updatedAt'),
		savedWords: keepExisting,
		reviewCards: rules.reviewCards,
		settings: keepExisting,
		drafts: byNumber('savedAt')
	};
	const writes = {} as BackupRecords;
	const counts = {} as Record<BackupKind, MergeCounts>;
	for (const kind of BACKUP_KINDS) {
		const count: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
		const out: BackupRecord[] = [];
		if (kind === 'attempts') {
			const seen = new Set(existing.attempts.map(attemptIdentity));
			for (const record of backup.attempts) {
				const identity = attemptIdentity(record);
				if (seen.has(identity)) count.unchanged++;
				else {
					seen.add(identity);
					const { id: _key, ...rest } = record;
					out.push(rest as BackupRecord);
					count.added++;
				}
			}
		} else {
			const have = new Map(existing[kind].map((r) => [r.id, r]));
			for (const record of backup[kind]) {
				const current = have.get(record.id);
				if (!current) count.added++;
				else if (newer[kind](record, current) > 0) count.updated++;
				else {
					count.unchanged++;
					continue;
				}
				have.set(record.id, record);
				out.push(record);
			}
		}
		writes[kind] = out;
		counts[kind] = count;
	}
	return { writes, counts };
}
