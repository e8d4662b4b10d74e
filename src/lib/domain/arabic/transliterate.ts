/**
 * Romanization of vowelled Arabic, for learners reading aloud.
 *
 * The scheme is ALA-LC's letters (ʾ ʿ ḥ ṣ ḍ ṭ ẓ, th kh dh sh gh, ā ī ū), read as a learner says the
 * word in connected speech: the article assimilates to sun letters (al-qamar, ash-shams), hamzat
 * al-wasl is silent after a proclitic (wa-l-…), ة is -a in pause and -t- before a case ending, and
 * tanwin is -un/-an/-in. Input without marks gives consonants only: the function reads what is
 * written, it does not guess vowels.
 */
import {
	DAGGER_ALEF,
	DAMMA,
	DAMMATAN,
	FATHA,
	FATHATAN,
	KASRA,
	KASRATAN,
	SHADDA,
	SUKUN,
	clusters
} from './letters';

const CONSONANTS: Record<string, string> = {
	ء: 'ʾ',
	أ: 'ʾ',
	إ: 'ʾ',
	ؤ: 'ʾ',
	ئ: 'ʾ',
	ب: 'b',
	ت: 't',
	ث: 'th',
	ج: 'j',
	ح: 'ḥ',
	خ: 'kh',
	د: 'd',
	ذ: 'dh',
	ر: 'r',
	ز: 'z',
	س: 's',
	ش: 'sh',
	ص: 'ṣ',
	ض: 'ḍ',
	ط: 'ṭ',
	ظ: 'ẓ',
	ع: 'ʿ',
	غ: 'gh',
	ف: 'f',
	ق: 'q',
	ك: 'k',
	ل: 'l',
	م: 'm',
	ن: 'n',
	ه: 'h',
	و: 'w',
	ي: 'y',
	ڤ: 'v',
	پ: 'p',
	گ: 'g',
	چ: 'ch'
};

const SUN_LETTERS = new Set([...'تثدذرزسشصضطظلن']);
const VOWEL: Record<string, string> = {
	[FATHA]: 'a',
	[DAMMA]: 'u',
	[KASRA]: 'i',
	[FATHATAN]: 'an',
	[DAMMATAN]: 'un',
	[KASRATAN]: 'in'
};

interface Cluster {
	base: string;
	shadda: boolean;
	vowel: string;
	sukun: boolean;
	dagger: boolean;
}

function parse(cluster: string): Cluster {
	const [base = '', ...marks] = [...cluster];
	let vowel = '';
	for (const m of marks) if (VOWEL[m]) vowel = VOWEL[m]!;
	return {
		base,
		shadda: marks.includes(SHADDA),
		vowel,
		sukun: marks.includes(SUKUN),
		dagger: marks.includes(DAGGER_ALEF)
	};
}

interface ArticleAt {
	/** Index of the article's alef, or -1 where لِ + ال contracted to لِلْ and the alef is unwritten. */
	alef: number;
	lam: number;
}

const PROCLITIC_LETTERS = 'وفبك';

/** Finds the definite article after any proclitics in a vowelled word. */
function findArticle(cs: Cluster[]): ArticleAt | null {
	for (let i = 0; i <= 2 && i + 2 < cs.length; i++) {
		const before = cs.slice(0, i);
		const procliticsOnly = before.every((c) => PROCLITIC_LETTERS.includes(c.base) && c.vowel);
		if (!procliticsOnly) break;
		const [a, b] = [cs[i]!, cs[i + 1]!];
		// The lam may carry a helping kasra before hamzat al-wasl: الِاسْتِقْرَار.
		const helped = b.vowel === 'i' && cs[i + 2]?.base === 'ا' && !cs[i + 2]?.vowel;
		const bareLam = b.base === 'ل' && (!b.vowel || helped) && !b.shadda;
		if ((a.base === 'ا' || a.base === 'ٱ') && !a.vowel && bareLam) return { alef: i, lam: i + 1 };
		if (a.base === 'ل' && a.vowel === 'i' && bareLam) return { alef: -1, lam: i + 1 };
	}
	return null;
}

/** Appends a long vowel, absorbing the short vowel written before it (فَا → fā, not faā). */
function long(out: string, short: string, longVowel: string): string {
	return (out.endsWith(short) ? out.slice(0, -short.length) : out) + longVowel;
}

/** Romanizes one vowelled word. */
export function transliterateWord(word: string): string {
	const cs = clusters(word).map(parse);
	const art = findArticle(cs);
	const afterArticle = art ? cs[art.lam + 1] : undefined;
	const assimilates = !!afterArticle?.shadda && SUN_LETTERS.has(afterArticle.base);
	let out = '';
	for (let i = 0; i < cs.length; i++) {
		const c = cs[i]!;
		const prev = cs[i - 1];
		if (art && i === art.alef) {
			out += i === 0 ? 'a' : '-';
			continue;
		}
		if (art && i === art.lam) {
			if (art.alef === -1) out += '-';
			out += (assimilates ? CONSONANTS[afterArticle!.base] : 'l') + '-';
			if (c.vowel === 'i') {
				out += 'i';
				i++; // the wasla alif the kasra stands for
			}
			continue;
		}
		const doubled = c.shadda && !(assimilates && art && i === art.lam + 1);
		switch (c.base) {
			case 'ا':
			case 'ٱ':
				if (i === 0) out += c.vowel || (cs[1]?.base === 'ل' ? 'a' : 'i');
				// Hamzat al-wasl after a proclitic (وَاجْتِمَاع): silent, the clitic's vowel carries on.
				else if (!c.vowel && cs[i + 1]?.sukun && i === 1) out += '-';
				// Tanwin fath written on the alif (ـاً) rather than on the letter before it (ـًا).
				else if (c.vowel === 'an') out = (out.endsWith('a') ? out.slice(0, -1) : out) + 'an';
				else if (prev?.vowel !== 'an') out = long(out, 'a', 'ā');
				break;
			case 'آ':
				out += (i === 0 ? '' : 'ʾ') + 'ā';
				break;
			case 'ى':
				if (prev?.vowel !== 'an') out = long(out, 'a', 'ā');
				break;
			case 'ة':
				out += c.vowel ? `t${c.vowel}` : '';
				break;
			default: {
				const bare = !c.vowel && !c.shadda;
				if (bare && c.base === 'و' && prev?.vowel === 'u') out = long(out, 'u', 'ū');
				else if (bare && c.base === 'ي' && prev?.vowel === 'i') out = long(out, 'i', 'ī');
				else {
					const consonant = CONSONANTS[c.base] ?? c.base;
					if (!(i === 0 && consonant === 'ʾ')) out += doubled ? consonant + consonant : consonant;
					out += c.vowel;
				}
			}
		}
		if (c.dagger) out = long(out, 'a', 'ā');
	}
	return out;
}

/** Romanizes vowelled text word by word, keeping spaces and punctuation. */
export function transliterate(text: string): string {
	return text.replace(/[\u0621-\u0652\u0670\u0671]+/gu, (word) => transliterateWord(word));
}

/**
 * The plain-ASCII id a glossary entry takes from its vowelled lemma: the romanization without
 * diacritics, ʾ or ʿ (`وَزِير` → `wazir`, `أَعْرَبَ` → `araba`). Ids that collide get a suffix in
 * the data (`-2`), chosen by the author.
 */
export function lemmaId(vowelledLemma: string): string {
	return transliterateWord(vowelledLemma)
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/gu, '')
		.replace(/[ʾʿ']/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9-]/gu, '')
		.replace(/^-+|-+$/gu, '');
}
