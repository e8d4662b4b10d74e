/**
 * Reading aloud with the Web Speech API, in an Arabic voice only: a device without one says so
 * (status 'no-voice') instead of reading Arabic letters with an English voice or failing silently.
 */

export type SpeechStatus = 'checking' | 'ready' | 'no-voice' | 'unsupported';

export interface SpokenSentence {
	id: string;
	text: string;
}

// Voices load asynchronously in Chromium; after this long without an Arabic one, say there is none.
const VOICE_WAIT_MS = 1500;

export class Speech {
	#status = $state<SpeechStatus>('checking');
	#speaking = $state<string | undefined>();
	#voice: SpeechSynthesisVoice | undefined;
	#synth: SpeechSynthesis | undefined;

	get status(): SpeechStatus {
		return this.#status;
	}
	/** The id of the sentence being read, if any. */
	get speaking(): string | undefined {
		return this.#speaking;
	}

	/** Looks for an Arabic voice; call in the browser. Returns a function that stops listening. */
	start(): () => void {
		const synth = globalThis.speechSynthesis;
		if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
			this.#status = 'unsupported';
			return () => undefined;
		}
		this.#synth = synth;
		const look = () => {
			this.#voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith('ar'));
			if (this.#voice) this.#status = 'ready';
			return !!this.#voice;
		};
		if (look()) return () => undefined;
		const timer = setTimeout(() => {
			if (!look()) this.#status = 'no-voice';
		}, VOICE_WAIT_MS);
		const onChange = () => void look();
		synth.addEventListener('voiceschanged', onChange);
		return () => {
			clearTimeout(timer);
			synth.removeEventListener('voiceschanged', onChange);
			this.stop();
		};
	}

	/** Reads the sentences in order, marking each as it is read. */
	speak(sentences: readonly SpokenSentence[]): void {
		const synth = this.#synth;
		if (!synth || !this.#voice) return;
		synth.cancel();
		sentences.forEach((sentence, i) => {
			const utterance = new SpeechSynthesisUtterance(sentence.text);
			utterance.voice = this.#voice!;
			utterance.lang = this.#voice!.lang;
			utterance.onstart = () => (this.#speaking = sentence.id);
			const done = () => {
				if (i === sentences.length - 1 && this.#speaking === sentence.id)
					this.#speaking = undefined;
			};
			utterance.onend = done;
			utterance.onerror = done;
			synth.speak(utterance);
		});
	}

	stop(): void {
		this.#synth?.cancel();
		this.#speaking = undefined;
	}
}
