/** Numerical: a number typed in any digit script, right within the question's tolerance. */
import type { NumericalQuestion, NumericalResponse } from './schema';
import { normalize } from '../../domain/arabic/normalize';
import { invalid, scored, unanswered } from '../../domain/grading/grade';
import type { Grade, GradeNote } from '../../domain/grading/types';

const EASTERN = /[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/u;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/u;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/u;
const ONE_COMMA = /^[^,.]*,[^,.]*$/u;
const MINUS = /[\u2212\u2013]/gu;
/** Words before the number, the number (signs, digits, separators, spaces), words after it. */
const PARTS = /^(\D*?)([+-]?[\d.,\s]*\d)(\D*)$/u;

const bare = (text: string) => normalize(text, 'lenient').replaceAll(' ', '');

/**
 * Reads a typed number: Arabic-Indic and Persian digits, ٫ or . as the decimal sign, ٬ (or ,
 * before groups of three) as the thousands sign, a lone , as a decimal comma; words around it
 * must be the question's unit (compared with every fold). NaN when the text is not a number.
 */
export function parseNumber(text: string, unit?: string): number {
	const parts = PARTS.exec(normalize(text, 'strict').replace(MINUS, '-'));
	if (!parts) return NaN;
	const around = bare(parts[1]! + parts[3]!);
	if (around !== '' && (!unit || around !== bare(unit))) return NaN;
	let t = parts[2]!.replaceAll(' ', '');
	if (GROUPED.test(t)) t = t.replaceAll(',', '');
	else if (ONE_COMMA.test(t)) t = t.replace(',', '.');
	return NUMBER.test(t) ? Number(t) : NaN;
}

/** 1 when |answer - typed| <= tolerance, else 0; a text that is no number is invalid. */
export function gradeNumerical(question: NumericalQuestion, response: NumericalResponse): Grade {
	if (typeof response.text !== 'string') return invalid();
	if (normalize(response.text, 'strict') === '') return unanswered();
	const notes: GradeNote[] = EASTERN.test(response.text) ? [{ code: 'digits-read' }] : [];
	const value = parseNumber(response.text, question.unit);
	if (Number.isNaN(value)) return invalid([...notes, { code: 'not-a-number' }]);
	// A hair of slack so that 0.1 + 0.2 style sums do not fall outside a tolerance of 0.
	const within = Math.abs(value - question.answer) <= question.tolerance + 1e-9;
	return scored(question, within ? 1 : 0, [], [], notes);
}
