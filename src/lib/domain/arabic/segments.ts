/**
 * A word token's parts: proclitics, stem, enclitics, each with its surface text and its share of
 * the vowelled form (found by counting letters, since marks never add letters).
 */
import type { Clitic, WordToken } from '../../content/schema';
import { clusters, stripMarks } from './letters';

export interface Segment {
	role: 'proclitic' | 'stem' | 'enclitic';
	text: string;
	vocalized: string;
	kind?: Clitic['kind'];
	gloss?: string;
}

/** Splits a word token into segments; throws when its clitics do not spell out its text. */
export function segmentsOf(token: WordToken): Segment[] {
	const pre = token.pre ?? [];
	const post = token.post ?? [];
	const preText = pre.map((c) => c.text).join('');
	const postText = post.map((c) => c.text).join('');
	const stemLength = [...token.text].length - [...preText].length - [...postText].length;
	if (!token.text.startsWith(preText) || !token.text.endsWith(postText) || stemLength < 1)
		throw new Error(`clitics ${preText}+…+${postText} do not spell out ${token.text}`);
	const vowelled = clusters(token.vocalized);
	let at = 0;
	// The surface text may carry marks of its own (بشكلٍ): count letters, not characters.
	const take = (text: string) => {
		const n = [...stripMarks(text)].length;
		const part = vowelled.slice(at, at + n).join('');
		at += n;
		return part;
	};
	const stemText = [...token.text]
		.slice([...preText].length, [...preText].length + stemLength)
		.join('');
	return [
		...pre.map((c) => ({
			role: 'proclitic' as const,
			text: c.text,
			vocalized: take(c.text),
			kind: c.kind,
			gloss: c.gloss
		})),
		{ role: 'stem' as const, text: stemText, vocalized: take(stemText) },
		...post.map((c) => ({
			role: 'enclitic' as const,
			text: c.text,
			vocalized: take(c.text),
			kind: c.kind,
			gloss: c.gloss
		}))
	];
}
