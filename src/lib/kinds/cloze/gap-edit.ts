/** Picking the words a cloze blanks out: the gaps stay in reading order, as the player numbers them. */
import type { QuestionInputOf } from '$lib/components/questions/player';

export type GapInput = QuestionInputOf<'cloze'>['gaps'][number];

/** `gaps` with token `token` blanked out, or put back (with its other answers) when it was a gap. */
export function toggleGap(gaps: GapInput[], token: number): GapInput[] {
	if (gaps.some((gap) => gap.token === token)) return gaps.filter((gap) => gap.token !== token);
	return [...gaps, { token }].sort((a, b) => a.token - b.token);
}
