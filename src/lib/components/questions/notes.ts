/** Grade notes worded in the learner's language. */
import type { GradeNote, GradeNoteCode } from '$lib/domain/grading/types';
import { m } from '$lib/paraglide/messages';

const wording: Record<GradeNoteCode, (note: GradeNote) => string> = {
	'marks-ignored': () => m.quiz_note_marks_ignored(),
	'marks-differ': () => m.quiz_note_marks_differ(),
	'tatweel-ignored': () => m.quiz_note_tatweel_ignored(),
	'hamza-differs': () => m.quiz_note_hamza_differs(),
	'alef-form-differs': () => m.quiz_note_alef_form_differs(),
	'ya-alef-maqsura-differs': () => m.quiz_note_ya_alef_maqsura_differs(),
	'ta-marbuta-differs': () => m.quiz_note_ta_marbuta_differs(),
	'letters-off': (note) => m.quiz_note_letters_off({ count: note.count ?? 1 }),
	'latin-letters': () => m.quiz_note_latin_letters(),
	'digits-read': () => m.quiz_note_digits_read(),
	'not-a-number': () => m.quiz_note_not_a_number(),
	'spacing-ignored': () => m.quiz_note_spacing_ignored(),
	'punctuation-ignored': () => m.quiz_note_punctuation_ignored()
};

/** The spelling differences, named without a verdict: the note's credit supplies it. */
const differences: Partial<Record<GradeNoteCode, () => string>> = {
	'hamza-differs': m.grading_difference_hamza,
	'alef-form-differs': m.grading_difference_hamza,
	'ya-alef-maqsura-differs': m.grading_difference_final_ya,
	'ta-marbuta-differs': m.grading_difference_ta_marbuta,
	'marks-differ': m.grading_difference_marks
};

/**
 * What a grade note says, as a sentence for the learner. A spelling difference says what it cost
 * (nothing, half, everything), so the note always agrees with the score beside it; notes stored
 * before they carried their credit keep their old wording.
 */
export function noteText(note: GradeNote): string {
	const difference = differences[note.code];
	if (difference && note.credit !== undefined) {
		const what = { difference: difference() };
		if (note.credit >= 1) return m.grading_note_forgiven(what);
		return note.credit > 0 ? m.grading_note_half(what) : m.grading_note_no_credit(what);
	}
	return wording[note.code](note);
}
