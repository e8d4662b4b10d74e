/**
 * The words of a backup's outcome: why a file was refused, and the stores an import plan lists.
 * Fetched with the import (BackupPanel.svelte), not with the dashboard (issue 12).
 */
import { BACKUP_VERSION, type BackupKind, type BackupProblem } from '$lib/interop/progress-backup';
import { m } from '$lib/paraglide/messages';
import { formatCount, isolate } from './labels';

export const recordLabels: Record<BackupKind, () => string> = {
	attempts: m.progress_records_attempts,
	quizProgress: m.progress_records_quizProgress,
	savedWords: m.progress_records_savedWords,
	reviewCards: m.progress_records_reviewCards,
	settings: m.progress_records_settings,
	drafts: m.progress_records_drafts
};

/** Why a file was refused, in the UI language, with where the problem is. */
export function refusalText(problem: BackupProblem): string {
	let reason: string;
	switch (problem.code) {
		case 'not-json':
			reason = m.progress_refused_not_json();
			break;
		case 'not-a-backup':
			reason = m.progress_refused_not_backup();
			break;
		case 'newer-version':
			reason = m.progress_refused_newer({
				version: formatCount(problem.version),
				supported: formatCount(BACKUP_VERSION)
			});
			break;
		case 'not-a-list':
			reason = m.progress_refused_not_a_list({ path: isolate(problem.path) });
			break;
		case 'not-an-object':
			reason = m.progress_refused_not_an_object({ path: isolate(problem.path) });
			break;
		case 'not-text':
			reason = m.progress_refused_not_text({ path: isolate(problem.path) });
			break;
		case 'not-a-number':
			reason = m.progress_refused_not_a_number({ path: isolate(problem.path) });
			break;
		case 'unreadable-record':
			reason = m.progress_refused_unreadable({ path: isolate(problem.path) });
			break;
	}
	return m.progress_refused({ reason });
}
