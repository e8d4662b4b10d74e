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

/** What a grade note says, as a sentence for the learner. */
export function noteText(note: GradeNote): string {
	return wording[note.code](note);
}
