/**
 * The one way a vowelled form may spell other letters than the source: `readAs`, for a slip of
 * the source that a reader silently corrects. The article is quoted, not corrected, so `text`
 * keeps the slip; `readAs` is the standard spelling that `vocalized` follows. It is kept narrow on
 * purpose: only a hamza the source leaves off an alif (الى read إلى, اشار read أشار) may be
 * restored, and a note must say so, so that it cannot hide a wrong vowelled form.
 */
import { stripMarks } from '../domain/arabic/letters';

interface Spelled {
	text: string;
	readAs?: string;
	note?: string;
}

/** An alif with its hamza (or madda, or wasla sign) taken off. */
const bareAlifs = (text: string) => text.replace(/[أإآٱ]/gu, 'ا');

/** The letters a vowelled form must spell: the source's, or those of the reading of a slip. */
export function spelledLetters(item: Spelled): string {
	return stripMarks(item.readAs ?? item.text);
}

/** What is wrong with an item's `readAs`, if anything. */
export function readAsProblems(item: Spelled): { field: string; message: string }[] {
	if (item.readAs === undefined) return [];
	const problems: { field: string; message: string }[] = [];
	const source = stripMarks(item.text);
	const reading = stripMarks(item.readAs);
	if (reading === source)
		problems.push({
			field: 'readAs',
			message: `"${item.readAs}" is how the source already spells it: leave readAs out`
		});
	else if (bareAlifs(reading) !== bareAlifs(source))
		problems.push({
			field: 'readAs',
			message: `"${item.readAs}" differs from "${item.text}" by more than a hamza on an alif; readAs restores only that (الى read إلى)`
		});
	if (!item.note)
		problems.push({
			field: 'note',
			message: `"${item.text}" is read as "${item.readAs}": say in a note that the source writes it so`
		});
	return problems;
}
