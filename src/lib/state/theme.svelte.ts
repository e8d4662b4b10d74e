import { loadTheme, saveTheme, type ThemeChoice } from '$lib/storage/preferences';

/** The colour theme: follows the device unless the learner picks light or dark. */
export class Theme {
	#choice = $state<ThemeChoice>('system');

	/** Reads the saved choice; call in the browser only. */
	load(): void {
		this.#choice = loadTheme();
	}

	get current(): ThemeChoice {
		return this.#choice;
	}

	set current(choice: ThemeChoice) {
		this.#choice = choice;
		saveTheme(choice);
		const root = document.documentElement;
		if (choice === 'system') root.removeAttribute('data-theme');
		else root.setAttribute('data-theme', choice);
	}
}
