/**
 * What a progress backup holds, and its one error: all a page needs to read the device for its
 * dashboard, apart from the code that builds, checks and merges a backup file
 * (progress-backup.ts), which the progress page fetches when the learner exports or imports
 * (issue 12).
 */

/** The stores a backup carries, in the order the file lists them. */
export const BACKUP_KINDS = [
	'attempts',
	'quizProgress',
	'savedWords',
	'reviewCards',
	'settings',
	'drafts'
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A stored record as it travels: plain JSON with its schema version (attempts lose their key). */
export type BackupRecord = Record<string, unknown> & { schemaVersion: number };

export type BackupRecords = Record<BackupKind, BackupRecord[]>;

/** What is wrong with a file, and where (`attempts[3].answeredAt`); the UI words each code. */
export type BackupProblem =
	| { code: 'not-json' }
	| { code: 'not-a-backup' }
	| { code: 'newer-version'; version: number }
	| { code: 'not-a-list' | 'not-an-object' | 'not-text' | 'not-a-number'; path: string }
	/** The record has the fields but its store cannot read it (storage's own check). */
	| { code: 'unreadable-record'; path: string };

export class BackupError extends Error {
	constructor(readonly problem: BackupProblem) {
		super(`backup: ${problem.code}${'path' in problem ? ` at ${problem.path}` : ''}`);
		this.name = 'BackupError';
	}
}
