import {
	DEFAULT_READER_SETTINGS,
	TEXT_SIZES,
	loadReaderSettings,
	saveReaderSettings,
	type ReaderSettingsValue
} from '$lib/storage/reader-settings';
import type { Language } from '$lib/domain/arabic/script';
import {
	definitionLanguages,
	effectiveDefinitionChoice,
	type DefinitionChoice
} from '$lib/domain/reader/definitions';
import type { VowelMode } from '$lib/domain/reader/vowels';

/** How many text sizes the reader offers (the toolbar shows the size as n of them). */
export { TEXT_SIZES } from '$lib/storage/reader-settings';

/** The reader's settings: every change is saved on the device at once. */
export class ReaderSettings {
	#value = $state<ReaderSettingsValue>({ ...DEFAULT_READER_SETTINGS });
	/** The interface's language: it decides the definitions' languages until the reader does. */
	readonly #interfaceLanguage: Language;

	constructor(interfaceLanguage: Language = 'en') {
		this.#interfaceLanguage = interfaceLanguage;
	}

	/** Reads the saved settings; call in the browser only (prerendered pages use the defaults). */
	load(): void {
		this.#value = loadReaderSettings();
	}

	#set<K extends keyof ReaderSettingsValue>(key: K, value: ReaderSettingsValue[K]): void {
		this.#value[key] = value;
		saveReaderSettings($state.snapshot(this.#value));
	}

	get textSize(): number {
		return this.#value.textSize;
	}
	set textSize(size: number) {
		this.#set('textSize', Math.min(Math.max(Math.round(size), 0), TEXT_SIZES - 1));
	}
	get canGrow(): boolean {
		return this.textSize < TEXT_SIZES - 1;
	}
	get canShrink(): boolean {
		return this.textSize > 0;
	}

	get vowels(): VowelMode {
		return this.#value.vowels;
	}
	set vowels(mode: VowelMode) {
		this.#set('vowels', mode);
	}

	get parallel(): boolean {
		return this.#value.parallel;
	}
	set parallel(on: boolean) {
		this.#set('parallel', on);
	}

	get entities(): boolean {
		return this.#value.entities;
	}
	set entities(on: boolean) {
		this.#set('entities', on);
	}

	get expressions(): boolean {
		return this.#value.expressions;
	}
	set expressions(on: boolean) {
		this.#set('expressions', on);
	}

	/** English, Arabic or both: the reader's choice, or the interface's default. */
	get definitions(): DefinitionChoice {
		return effectiveDefinitionChoice(this.#value.definitions, this.#interfaceLanguage);
	}
	set definitions(choice: DefinitionChoice) {
		this.#set('definitions', choice);
	}

	/** The languages definitions and notes are shown in, in order. */
	get definitionLanguages(): readonly Language[] {
		return definitionLanguages(this.#value.definitions, this.#interfaceLanguage);
	}
}
