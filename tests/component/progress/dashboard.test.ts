import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { fixedOffsetDayOf } from '../../../src/lib/domain/progress/days';
import {
	BACKUP_KINDS,
	buildBackup,
	type BackupRecords,
	type MergePlan
} from '../../../src/lib/interop/progress-backup';
import type { Attempt } from '../../../src/lib/storage/attempts';
import type { DeviceSnapshot } from '../../../src/lib/storage/backup';
import type { ReviewCard } from '../../../src/lib/storage/review-cards';
import type { SavedWord } from '../../../src/lib/storage/saved-words';
import { ProgressPage, type ProgressStore } from '../../../src/lib/state/progress.svelte';
import ProgressHarness from './ProgressHarness.svelte';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-03-10T12:00:00Z');

const attempt = (
	questionId: string,
	iso: string,
	score: number,
	more: Partial<Attempt> = {}
): Attempt => ({
	schemaVersion: 2,
	id: 1,
	lessonId: 'shoigu',
	setId: 'comprehension',
	questionId,
	skill: 'literal',
	response: { kind: 'single-choice', option: 'a' },
	grade: {
		verdict: score === 1 ? 'correct' : 'incorrect',
		score,
		points: score,
		feedback: [],
		notes: [],
		parts: []
	},
	answeredAt: at(iso),
	mode: 'practice',
	first: { verdict: 'correct', score, points: score },
	checks: 1,
	...more
});

const ATTEMPTS = [
	attempt('q1', '2026-03-09T09:00:00Z', 1),
	attempt('q2', '2026-03-10T09:00:00Z', 0, {
		skill: 'inference',
		response: { kind: 'short-answer', text: 'x' }
	}),
	attempt('q3', '2026-03-10T09:05:00Z', 0)
];

const card = (entryId: string, state: ReviewCard['state'], due: string): ReviewCard => ({
	schemaVersion: 1,
	id: `shoigu:${entryId}`,
	lessonId: 'shoigu',
	entryId,
	source: 'saved',
	prompt: 'recognise',
	addedAt: 0,
	due,
	stability: 1,
	difficulty: 5,
	elapsedDays: 0,
	scheduledDays: 1,
	learningSteps: 0,
	reps: 1,
	lapses: 0,
	state,
	lastReview: '2026-03-09T08:00:00.000Z',
	log: []
});

const CARDS = [
	card('wazir', 'review', '2026-03-11T09:00:00.000Z'),
	card('amn', 'learning', '2026-03-10T12:05:00.000Z')
];
const WORDS = [{ id: 'shoigu:sila' }] as SavedWord[];

class MemoryStore implements ProgressStore {
	erased = 0;
	imports: BackupRecords[] = [];
	read = async (): Promise<DeviceSnapshot> => {
		const none = {
			attempts: 0,
			quizProgress: 0,
			savedWords: 0,
			reviewCards: 0,
			settings: 0,
			drafts: 0
		};
		if (this.erased > 0)
			return {
				records: {
					attempts: [],
					quizProgress: [],
					savedWords: [],
					reviewCards: [],
					settings: [],
					drafts: []
				},
				attempts: [],
				savedWords: [],
				reviewCards: [],
				unreadable: none
			};
		return {
			records: {
				attempts: ATTEMPTS as never,
				quizProgress: [],
				savedWords: WORDS as never,
				reviewCards: CARDS,
				settings: [],
				drafts: []
			},
			attempts: ATTEMPTS,
			savedWords: WORDS,
			reviewCards: CARDS,
			unreadable: none
		};
	};
	preview = vi.fn<ProgressStore['preview']>(async () => {
		throw new Error('not expected');
	});
	import = vi.fn(async () => {
		throw new Error('not expected');
	});
	erase = async () => {
		this.erased++;
	};
	learnerId = async () => 'anon';
}

async function setUp() {
	const store = new MemoryStore();
	const page = new ProgressPage({
		sets: [{ lessonId: 'shoigu', setId: 'comprehension', questionIds: ['q1', 'q2', 'q3', 'q4'] }],
		store,
		clock: () => NOW,
		dayOf: fixedOffsetDayOf(0)
	});
	await page.load();
	render(ProgressHarness, {
		page,
		setTitles: { 'shoigu:comprehension': { en: 'Comprehension', ar: 'الفهم' } }
	});
	return { store, page, user: userEvent.setup() };
}

/** A table's body rows as lists of cell texts (row header first). */
const rows = (name: string) =>
	within(screen.getByRole('table', { name }))
		.getAllByRole('row')
		.slice(1)
		.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()));

/** Opens the table of the chart `name` ("Show as table"), as a learner does, and waits for it. */
async function openTable(user: ReturnType<typeof userEvent.setup>, name: string) {
	const details = screen.getByRole('group', { name }).closest('details')!;
	await user.click(within(details).getByText('Show as table'));
	await screen.findByRole('table', { name });
}

it('gives every chart its figures in a real table, made when it is opened', async () => {
	const { user } = await setUp();
	expect(screen.queryAllByRole('table')).toEqual([]);
	for (const toggle of screen.getAllByText('Show as table')) await user.click(toggle);
	await vi.waitFor(() => expect(screen.getAllByRole('table')).toHaveLength(6));
	expect(rows('Lesson completion')).toEqual([
		['Shoigu in Tehran', 'Comprehension', '3 of 4', '75%']
	]);
	expect(rows('Accuracy by question kind')).toEqual([
		['Single choice', '2', '50%'],
		['Short answer', '1', '0%']
	]);
	expect(rows('Accuracy by reading skill')).toEqual([
		['Stated facts', '2', '50%'],
		['Inference', '1', '0%']
	]);
	expect(rows('Vocabulary by review state')).toEqual([
		['New', '1'],
		['Learning', '1'],
		['In review', '1'],
		['Relearning', '0']
	]);
	const due = rows('Reviews due in the next 14 days');
	expect(due).toHaveLength(14);
	expect(due[0]).toEqual([expect.stringMatching(/Mar 10/u), '1']);
	expect(due[1]).toEqual([expect.stringMatching(/Mar 11/u), '1']);
	expect(rows('First-attempt score by day: Shoigu in Tehran')).toEqual([
		[expect.stringMatching(/Mar 9/u), '1', '100%'],
		[expect.stringMatching(/Mar 10/u), '2', '0%']
	]);
	expect(screen.getAllByRole('img', { name: /^Chart: / })).toHaveLength(6);
});

it('refuses a damaged file, saying where, without asking the store to import anything', async () => {
	const { store, user } = await setUp();
	const backup = buildBackup(
		{
			attempts: [{ ...ATTEMPTS[0]!, answeredAt: 'yesterday' } as never],
			quizProgress: [],
			savedWords: [],
			reviewCards: [],
			settings: [],
			drafts: []
		},
		NOW
	);
	const file = new File([JSON.stringify(backup)], 'progress.json', { type: 'application/json' });
	await user.upload(screen.getByLabelText('Import progress'), file);
	// The words of a refusal come with it (fetched with the action).
	await vi.waitFor(() =>
		expect(screen.getByRole('alert')).toHaveTextContent(
			'This file was not imported, and nothing changed: \u2068attempts[0].answeredAt\u2069 is not a number.'
		)
	);
	expect(store.preview).not.toHaveBeenCalled();
	expect(store.import).not.toHaveBeenCalled();
});

it('shows the backup panel once the device is read, and keeps it through a restore when it cannot be read', async () => {
	const store = new MemoryStore();
	store.read = async () => {
		throw new DOMException('The disk is gone', 'UnknownError');
	};
	store.preview = vi.fn(async (records: BackupRecords): Promise<MergePlan> => ({
		writes: records,
		counts: Object.fromEntries(
			BACKUP_KINDS.map((kind) => [kind, { added: records[kind].length, updated: 0, unchanged: 0 }])
		) as MergePlan['counts']
	}));
	const page = new ProgressPage({ sets: [], store, clock: () => NOW, dayOf: fixedOffsetDayOf(0) });
	render(ProgressHarness, { page, setTitles: {} });
	// Before the first read ends there is nothing for the dashboard to push down the screen.
	expect(screen.queryByLabelText('Import progress')).not.toBeInTheDocument();

	await page.load();
	expect(page.error).toBe('unknown');
	const user = userEvent.setup();
	const records = {
		attempts: [ATTEMPTS[0]!],
		quizProgress: [],
		savedWords: [],
		reviewCards: [],
		settings: [],
		drafts: []
	} as unknown as BackupRecords;
	const file = new File([JSON.stringify(buildBackup(records, NOW))], 'progress.json', {
		type: 'application/json'
	});
	await user.upload(await screen.findByLabelText('Import progress'), file);
	// The file was planned (the error is gone), the device is still unread: the panel stays.
	expect(await screen.findByRole('button', { name: 'Add to my progress' })).toBeVisible();
	expect(page.error).toBeUndefined();
	expect(page.dashboard).toBeUndefined();
});

it('erases only after the confirmation in the page, and Keep my data keeps it', async () => {
	const { store, user } = await setUp();
	await user.click(screen.getByRole('button', { name: 'Erase my data' }));
	expect(screen.getByRole('button', { name: 'Keep my data' })).toHaveFocus();
	await user.click(screen.getByRole('button', { name: 'Keep my data' }));
	expect(store.erased).toBe(0);
	expect(screen.queryByRole('button', { name: 'Yes, erase everything' })).toBeNull();
	await user.click(screen.getByRole('button', { name: 'Erase my data' }));
	await user.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
	expect(store.erased).toBe(1);
	expect(await screen.findByText('Everything Fahm kept on this device was erased.')).toBeVisible();
	await openTable(user, 'Vocabulary by review state');
	expect(rows('Vocabulary by review state')[0]).toEqual(['New', '0']);
});
