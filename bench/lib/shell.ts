/** The entries in every one of the lists, in the first list's order (none for no lists). */
export function commonToAll(lists: readonly (readonly string[])[]): string[] {
	const [first, ...rest] = lists;
	if (first === undefined) return [];
	return first.filter((entry) => rest.every((list) => list.includes(entry)));
}
