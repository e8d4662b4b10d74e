/**
 * The ids that tie an editor field to its problem message and to the problem summary's link:
 * a field at path `options.2.text` of the question with prefix `q3` is `q3-options-2-text`, and
 * its message is `q3-options-2-text-problem`.
 */
export function fieldId(idPrefix: string, path: string): string {
	return path ? `${idPrefix}-${path.replaceAll('.', '-')}` : idPrefix;
}

/** The id of the message that says what is wrong with the field `id`. */
export function problemId(id: string): string {
	return `${id}-problem`;
}
