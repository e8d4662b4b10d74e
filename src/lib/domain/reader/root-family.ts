/**
 * A root's family in one article: every word of the text built on the same root, grouped by the
 * pattern (wazn) that shapes it, so a learner sees عَرَضَ, عَرْض, مَعْرِض, مُعَارَضَة side by side.
 */
import type { GlossaryEntry } from '../../content/schema';
import type { WordRef } from './words';

export interface FamilyMember {
	entry: GlossaryEntry;
	/** The distinct vowelled forms the article uses, in order of first use. */
	forms: string[];
	/** How many times the article uses this lemma. */
	count: number;
	/** Reading-order index of the first use, to jump to it. */
	first: number;
}

export interface PatternGroup {
	/** The pattern on ف ع ل, or null for words the glossary gives no regular pattern. */
	pattern: string | null;
	members: FamilyMember[];
}

/**
 * The family of `root` among `words`: groups in order of their first word in the article, members
 * in order of first use. Empty when no word of the article has that root.
 */
export function rootFamily(
	root: string,
	words: readonly WordRef[],
	glossary: ReadonlyMap<string, GlossaryEntry>
): PatternGroup[] {
	const members = new Map<string, FamilyMember>();
	for (const word of words) {
		const entry = glossary.get(word.token.lemma);
		if (entry?.root !== root) continue;
		const member = members.get(entry.id);
		if (member) {
			member.count++;
			if (!member.forms.includes(word.token.vocalized)) member.forms.push(word.token.vocalized);
		} else
			members.set(entry.id, { entry, forms: [word.token.vocalized], count: 1, first: word.index });
	}
	const groups = new Map<string | null, PatternGroup>();
	for (const member of members.values()) {
		const pattern = member.entry.pattern ?? null;
		const group = groups.get(pattern);
		if (group) group.members.push(member);
		else groups.set(pattern, { pattern, members: [member] });
	}
	return [...groups.values()];
}
