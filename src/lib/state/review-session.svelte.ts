/**
 * A review session: the cards due now (from saved words and missed exercises), the card shown,
 * its answer revealed or typed, and the four ratings with their next intervals. Each rating is
 * saved at once; where the learner is (the card, the answer shown, a half-typed word) is kept as
 * a draft, so a reload continues there. A failed write keeps the session going in memory.
 */
import type { Lesson } from '$lib/content/schema';
import { cardFace, type CardFace } from '$lib/domain/scheduling/card-face';
import type { TypedVerdict } from '$lib/domain/scheduling/typed-check';
import { shortInterval, type ShortInterval } from '$lib/domain/scheduling/interval';
import { reviewQueue } from '$lib/domain/scheduling/queue';
import type { Scheduler } from '$lib/domain/scheduling/scheduler';
import { RATINGS, type CardRating } from '$lib/domain/scheduling/types';
import { lazyOnce } from '$lib/lazy-once';
import { toStorageError, type StorageErrorKind } from '$lib/storage/db';
import type { ReviewCard } from '$lib/storage/review-cards';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettingsValues } from '$lib/storage/settings';
import { durability } from './durability.svelte';
import {
	NO_LESSONS,
	NO_SENTENCES,
	cardsForSavedWords,
	dateAt,
	lessonsToLoad,
	newReviewCard,
	overlay,
	savedSentences,
	systemClock,
	unsavedCards,
	withLessons
} from './review-plan';
import { deviceReviewStore, type ReviewStore } from './review-store';

export { newReviewCard };

/** The scheduler's code, fetched once a card's answer is first shown (issue 12). */
const loadScheduling = lazyOnce(() => import('$lib/domain/scheduling/scheduler'));
const loadTypedCheck = lazyOnce(() => import('$lib/domain/scheduling/typed-check'));
type SchedulingModule = Awaited<ReturnType<typeof loadScheduling>>;

/** The draft that holds where the learner is in the session. */
export const REVIEW_DRAFT_ID = 'review:session';

interface Place {
	cardId: string;
	revealed: boolean;
	typed: string;
}

export interface ReviewOptions {
	store?: ReviewStore;
	/** A lesson's data; undefined when there is no such lesson. */
	lessons: (id: string) => Promise<Lesson | undefined>;
	now?: () => Date;
}

export class ReviewSession {
	#store: ReviewStore;
	#lessonsOf: ReviewOptions['lessons'];
	#clock: () => Date;

	#cards = $state.raw<ReviewCard[]>([]);
	#settings = $state<ReviewSettingsValues>({ ...DEFAULT_REVIEW_SETTINGS });
	#lessons = $state.raw<ReadonlyMap<string, Lesson>>(NO_LESSONS);
	/** The sentence each saved word was saved from, by card id. */
	#savedIn = NO_SENTENCES;
	/** Rated cards whose write failed (a full disk): kept in memory for the rest of the session. */
	readonly #unsaved = unsavedCards();
	/** The session's time, in milliseconds: moved on at load and at each rating. */
	#now = $state(0);
	#loaded = $state(false);
	#error = $state<StorageErrorKind>();
	#unreadable = $state(0);
	#settingsUnreadable = $state(false);
	#revealed = $state(false);
	#typed = $state('');
	#verdict = $state<TypedVerdict>();
	#reviewedNow = $state(0);
	/** Cards set aside for this session (their lesson could not be loaded); kept as they are. */
	#skipped = $state<Record<string, true>>({});

	readonly queue = $derived(
		reviewQueue(
			this.#cards.filter((c) => !this.#skipped[c.id]),
			dateAt(this.#now),
			this.#settings.newCardsPerDay
		)
	);
	/** The card shown, if any is due. */
	readonly current = $derived<ReviewCard | undefined>(this.queue.due[0]);
	/**
	 * The scheduler's code (ts-fsrs), loaded once an answer is shown: the ratings need it, the
	 * first card does not (issue 12). A failed load is tried again at the next attempt.
	 */
	#createScheduler = $state.raw<SchedulingModule['createScheduler']>();
	#schedulerFailed = $state(false);
	readonly #scheduler = $derived(
		this.#createScheduler?.({ desiredRetention: this.#settings.desiredRetention })
	);
	/** What the current card shows, once its lesson is loaded. */
	readonly face = $derived.by<CardFace | undefined>(() => {
		const card = this.current;
		const lesson = card && this.#lessons.get(card.lessonId);
		return lesson && card ? cardFace(lesson, card.entryId, this.#savedIn.get(card.id)) : undefined;
	});
	/** The next interval each rating would give the current card. */
	readonly intervals = $derived.by<Record<CardRating, ShortInterval> | undefined>(() => {
		const card = this.current;
		if (!card || !this.#scheduler) return undefined;
		const preview = this.#scheduler.preview(card, dateAt(this.#now));
		return Object.fromEntries(
			RATINGS.map((r) => [r, shortInterval(preview[r].interval)])
		) as Record<CardRating, ShortInterval>;
	});

	constructor(options: ReviewOptions) {
		this.#store = options.store ?? deviceReviewStore;
		this.#lessonsOf = options.lessons;
		this.#clock = options.now ?? systemClock;
	}

	get loaded(): boolean {
		return this.#loaded;
	}
	/** The last storage failure, until the next operation succeeds. */
	get error(): StorageErrorKind | undefined {
		return this.#error;
	}
	/** Stored cards and saved words that could not be read (they are kept, not deleted). */
	get unreadable(): number {
		return this.#unreadable;
	}
	get settingsUnreadable(): boolean {
		return this.#settingsUnreadable;
	}
	get settings(): ReviewSettingsValues {
		return this.#settings;
	}
	get cards(): readonly ReviewCard[] {
		return this.#cards;
	}
	get revealed(): boolean {
		return this.#revealed;
	}
	get typed(): string {
		return this.#typed;
	}
	/** The check of the typed answer, once checked. */
	get verdict(): TypedVerdict | undefined {
		return this.#verdict;
	}
	/** The scheduler's code could not be loaded (offline before the app was installed). */
	get schedulerFailed(): boolean {
		return this.#schedulerFailed;
	}
	/** Cards rated since the page opened. */
	get reviewedNow(): number {
		return this.#reviewedNow;
	}

	/**
	 * Reads cards, settings and saved words (a saved word without a card gets one), the lessons
	 * of the cards due, and the place the learner left. Call again to refresh (another tab).
	 */
	async load(): Promise<void> {
		const now = this.#clock();
		const shown = this.current?.id;
		await this.#run(async () => {
			const [saved, list, loadedSettings] = await Promise.all([
				this.#store.listSavedWords(),
				this.#store.listCards(),
				this.#store.loadSettings()
			]);
			this.#savedIn = savedSentences(saved.words);
			const missing = cardsForSavedWords(saved.words, list.cards);
			// Ratings a full disk refused stay as they were given, over what storage holds.
			this.#cards = overlay([...list.cards, ...missing], this.#unsaved);
			if (missing.length) void this.#run(() => this.#store.addCards(missing));
			this.#unreadable = list.unreadable + saved.unreadable;
			this.#settings = {
				desiredRetention: loadedSettings.settings.desiredRetention,
				newCardsPerDay: loadedSettings.settings.newCardsPerDay
			};
			this.#settingsUnreadable = loadedSettings.unreadable;
		});
		this.#now = now.getTime();
		await this.#loadLessons();
		if (!this.#loaded) await this.#restorePlace();
		else if (this.current?.id !== shown) this.#clearAnswer();
		this.#loaded = true;
	}

	async #loadLessons(): Promise<void> {
		const missing = lessonsToLoad(this.queue.due, this.#lessons);
		if (!missing.length) return;
		const found = await Promise.all(
			missing.map((id) => this.#lessonsOf(id).catch(() => undefined))
		);
		this.#lessons = withLessons(this.#lessons, found);
	}

	async #restorePlace(): Promise<void> {
		const draft = await this.#store.loadDraft(REVIEW_DRAFT_ID).catch(() => undefined);
		const place = draft?.value as Partial<Place> | undefined;
		if (!place || place.cardId !== this.current?.id) return;
		this.#revealed = place.revealed === true;
		this.#typed = typeof place.typed === 'string' ? place.typed : '';
		if (this.#revealed) void this.loadScheduler().catch(() => {});
	}

	/** Loads the scheduler's code once (the ratings show when it is there). */
	loadScheduler(): Promise<void> {
		return loadScheduling().then(
			(module) => {
				this.#createScheduler = module.createScheduler;
				this.#schedulerFailed = false;
			},
			(error: unknown) => {
				this.#schedulerFailed = true;
				throw error;
			}
		);
	}

	#savePlace(): void {
		const card = this.current;
		if (!card) return;
		const place: Place = { cardId: card.id, revealed: this.#revealed, typed: this.#typed };
		void this.#run(() => this.#store.saveDraft(REVIEW_DRAFT_ID, place, this.#clock().getTime()));
	}

	/** Show answer (a typed answer's check is fetched the first time). */
	async reveal(): Promise<void> {
		const card = this.current;
		if (!card || this.#revealed) return;
		const face = this.face;
		if (card.prompt === 'type' && face) {
			// Without its code (offline before the app was cached), the answer shows unchecked.
			const check = await loadTypedCheck().catch(() => undefined);
			// Shown already, or moved on, while the check was loading.
			if (this.current !== card || this.#revealed) return;
			if (check) this.#verdict = check.checkTyped(this.#typed, face);
		}
		this.#revealed = true;
		this.#savePlace();
		void this.loadScheduler().catch(() => {});
	}

	/** The learner's typed answer, saved as it is typed. */
	set typed(text: string) {
		if (this.#revealed) return;
		this.#typed = text;
		this.#savePlace();
	}

	/** Rates the current card, saves it, and moves on to the next one. */
	async rate(rating: CardRating): Promise<void> {
		const card = this.current;
		if (!card || !this.#revealed) return;
		const scheduler = this.#scheduler ?? (await this.#loadedScheduler());
		// Rated already, or moved on, while the scheduler was loading.
		if (!scheduler || this.current !== card || !this.#revealed) return;
		const now = this.#clock();
		const { schedule, log } = scheduler.rate(card, rating, now);
		const rated: ReviewCard = { ...card, ...schedule, log: [...card.log, log] };
		// The session moves on whether or not the write lands: a full disk must not stop it.
		this.#cards = this.#cards.map((c) => (c.id === rated.id ? rated : c));
		this.#clearAnswer();
		this.#reviewedNow++;
		this.#now = now.getTime();
		const saved = await this.#run(() => this.#store.putCard(rated));
		if (saved) this.#unsaved.delete(rated.id);
		else this.#unsaved.set(rated.id, rated);
		await this.#run(() => this.#store.deleteDraft(REVIEW_DRAFT_ID));
		await this.#loadLessons();
	}

	async #loadedScheduler(): Promise<Scheduler | undefined> {
		try {
			await this.loadScheduler();
		} catch {
			return undefined;
		}
		return this.#scheduler;
	}

	/** Sets the current card aside until the next visit, unrated and unchanged. */
	async skip(): Promise<void> {
		const card = this.current;
		if (!card) return;
		this.#skipped[card.id] = true;
		this.#clearAnswer();
		await this.#run(() => this.#store.deleteDraft(REVIEW_DRAFT_ID));
		await this.#loadLessons();
	}

	#clearAnswer(): void {
		this.#revealed = false;
		this.#typed = '';
		this.#verdict = undefined;
	}

	/** Saves new review settings; out-of-range values are refused and nothing changes. */
	async saveSettings(values: ReviewSettingsValues): Promise<boolean> {
		const ok = await this.#run(async () => {
			await this.#store.saveSettings(values);
		});
		if (ok) {
			this.#settings = { ...values };
			this.#now = this.#clock().getTime();
			await this.#loadLessons();
		}
		return ok;
	}

	/** Adds a card (if the entry has none) for a word missed in an exercise. */
	async addMissed(lessonId: string, entryId: string): Promise<void> {
		await this.#run(async () => {
			await this.#store.addCards([newReviewCard(lessonId, entryId, 'missed', this.#clock())]);
		});
	}

	async #run(operation: () => Promise<unknown>): Promise<boolean> {
		try {
			await operation();
			this.#error = undefined;
			return true;
		} catch (error) {
			const kind = error instanceof RangeError ? 'unknown' : toStorageError(error).kind;
			this.#error = kind;
			if (kind === 'quota') durability.reportFull();
			return false;
		}
	}
}
