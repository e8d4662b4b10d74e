/**
 * Which other tabs have the same teacher set open, and when one of them saved it: the editor's
 * tabs talk over a BroadcastChannel of their own (a tab never hears itself). A tab that opens a
 * set says so, and the tabs that have it open answer, so each knows of the others at once.
 */

const CHANNEL = 'fahm-teacher-sets';

type Message =
	| { type: 'open' | 'here' | 'closed'; setId: string; tab: string }
	| { type: 'saved'; setId: string; tab: string; updatedAt: number };

export interface PresenceEvents {
	/** How many other tabs have the set open. */
	others(count: number): void;
	/** Another tab saved the set; `updatedAt` is its record's. */
	saved(updatedAt: number): void;
}

export class SetPresence {
	readonly #setId: string;
	readonly #tab = globalThis.crypto.randomUUID();
	readonly #channel: BroadcastChannel | undefined;
	readonly #others = new Set<string>();
	readonly #events: PresenceEvents;

	constructor(setId: string, events: PresenceEvents) {
		this.#setId = setId;
		this.#events = events;
		if (typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(CHANNEL);
		(this.#channel as { unref?: () => void }).unref?.();
		this.#channel.onmessage = (event: MessageEvent<Message>) => this.#heard(event.data);
		this.#post({ type: 'open', setId, tab: this.#tab });
	}

	#closed = false;

	#post(message: Message): void {
		if (!this.#closed) this.#channel?.postMessage(message);
	}

	#heard(message: Message): void {
		if (message?.setId !== this.#setId || message.tab === this.#tab) return;
		const before = this.#others.size;
		if (message.type === 'closed') this.#others.delete(message.tab);
		else this.#others.add(message.tab);
		if (message.type === 'open') this.#post({ type: 'here', setId: this.#setId, tab: this.#tab });
		if (message.type === 'saved') this.#events.saved(message.updatedAt);
		if (this.#others.size !== before) this.#events.others(this.#others.size);
	}

	/** Tells the other tabs this one saved the set. */
	saved(updatedAt: number): void {
		this.#post({ type: 'saved', setId: this.#setId, tab: this.#tab, updatedAt });
	}

	/** Tells the other tabs this one closed the set; calling it again does nothing. */
	close(): void {
		this.#post({ type: 'closed', setId: this.#setId, tab: this.#tab });
		this.#closed = true;
		this.#channel?.close();
	}
}
