/**
 * The on-screen Arabic keyboard's keys, row by row: the letter rows follow the standard Arabic
 * (101) layout, then the hamza forms with ة and ى, then the marks. Each key has a spoken name.
 */
import {
	DAMMA,
	DAMMATAN,
	FATHA,
	FATHATAN,
	KASRA,
	KASRATAN,
	SHADDA,
	SUKUN
} from '$lib/domain/arabic/letters';
import { m } from '$lib/paraglide/messages';

export interface Key {
	/** What the key types. */
	text: string;
	/** The key's accessible name, in the UI language. */
	name: () => string;
	/** A combining mark, shown on a dotted circle. */
	mark?: boolean;
}

export interface KeyRow {
	label: () => string;
	keys: Key[];
}

const k = (text: string, name: () => string): Key => ({ text, name });
const mk = (text: string, name: () => string): Key => ({ text, name, mark: true });

export const keyRows: KeyRow[] = [
	{
		label: () => m.quiz_keyboard_letters({ row: 1 }),
		keys: [
			k('ض', m.quiz_key_dad),
			k('ص', m.quiz_key_sad),
			k('ث', m.quiz_key_tha),
			k('ق', m.quiz_key_qaf),
			k('ف', m.quiz_key_fa),
			k('غ', m.quiz_key_ghayn),
			k('ع', m.quiz_key_ayn),
			k('ه', m.quiz_key_ha),
			k('خ', m.quiz_key_kha),
			k('ح', m.quiz_key_hha),
			k('ج', m.quiz_key_jim),
			k('د', m.quiz_key_dal)
		]
	},
	{
		label: () => m.quiz_keyboard_letters({ row: 2 }),
		keys: [
			k('ش', m.quiz_key_shin),
			k('س', m.quiz_key_sin),
			k('ي', m.quiz_key_ya),
			k('ب', m.quiz_key_ba),
			k('ل', m.quiz_key_lam),
			k('ا', m.quiz_key_alif),
			k('ت', m.quiz_key_ta),
			k('ن', m.quiz_key_nun),
			k('م', m.quiz_key_mim),
			k('ك', m.quiz_key_kaf),
			k('ط', m.quiz_key_tta)
		]
	},
	{
		label: () => m.quiz_keyboard_letters({ row: 3 }),
		keys: [
			k('ذ', m.quiz_key_dhal),
			k('ر', m.quiz_key_ra),
			k('ز', m.quiz_key_zay),
			k('و', m.quiz_key_waw),
			k('ظ', m.quiz_key_zza)
		]
	},
	{
		label: () => m.quiz_keyboard_hamza(),
		keys: [
			k('ء', m.quiz_key_hamza),
			k('أ', m.quiz_key_alif_hamza_above),
			k('إ', m.quiz_key_alif_hamza_below),
			k('آ', m.quiz_key_alif_madda),
			k('ؤ', m.quiz_key_waw_hamza),
			k('ئ', m.quiz_key_ya_hamza),
			k('ة', m.quiz_key_ta_marbuta),
			k('ى', m.quiz_key_alif_maqsura)
		]
	},
	{
		label: () => m.quiz_keyboard_marks(),
		keys: [
			mk(FATHA, m.quiz_key_fatha),
			mk(DAMMA, m.quiz_key_damma),
			mk(KASRA, m.quiz_key_kasra),
			mk(SUKUN, m.quiz_key_sukun),
			mk(SHADDA, m.quiz_key_shadda),
			mk(FATHATAN, m.quiz_key_fathatan),
			mk(DAMMATAN, m.quiz_key_dammatan),
			mk(KASRATAN, m.quiz_key_kasratan)
		]
	}
];
