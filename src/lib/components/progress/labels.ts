/** The progress page's names and numbers in the UI language. */
import { dayToUtcNoon } from '$lib/domain/progress/days';
import type { CardState } from '$lib/domain/progress/types';
import { BACKUP_VERSION, type BackupKind, type BackupProblem } from '$lib/interop/progress-backup';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dateTimeFormat, numberFormat } from '$lib/intl-format';

export const stateLabels: Record<CardState, () => string> = {
	new: m.progress_state_new,
	learning: m.progress_state_learning,
	review: m.progress_state_review,
	relearning: m.progress_state_relearning
};

export const recordLabels: Record<BackupKind, () => string> = {
	attempts: m.progress_records_attempts,
	quizProgress: m.progress_records_quizProgress,
	savedWords: m.progress_records_savedWords,
	reviewCards: m.progress_records_reviewCards,
	settings: m.progress_records_settings,
	drafts: m.progress_records_drafts
};

/** A path or a file name, isolated so `attempts[3].answeredAt` keeps its order in Arabic text. */
import { isolate } from '$lib/domain/arabic/script';
export { isolate };

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

export function formatCount(n: number): string {
	return numberFormat(getLocale()).format(n);
}

/** A share as a whole percentage, rounded down (89.6% never reads as 90%). */
export function formatPercent(share: number): string {
	const floored = Math.floor(Math.round(share * 1e6) / 1e4) / 100;
	return numberFormat(getLocale(), { style: 'percent' }).format(floored);
}

/** A day of the dashboard as a short date ("10 Mar"), in the UI language. */
export function formatDay(day: number, withWeekday = false): string {
	return dateTimeFormat(getLocale(), {
		timeZone: 'UTC',
		day: 'numeric',
		month: 'short',
		...(withWeekday ? { weekday: 'short' } : {})
	}).format(dayToUtcNoon(day));
}
