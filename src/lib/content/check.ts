/**
 * Everything `fahm check` verifies about a lesson beyond its schema: that the tokens are the
 * source text, that vowelled forms spell the same letters (or the reading of a noted slip, see
 * read-as.ts) and take their helping vowels (helping-vowel.ts), that every reference resolves,
 * and that the Arabic fields are there and in Arabic script (language-check.ts).
 */
import * as v from 'valibot';
import { isMark, stripMarks } from '../domain/arabic/letters';
import { segmentsOf } from '../domain/arabic/segments';
import { helpingVowelProblems } from './helping-vowel';
import { lessonLanguageProblems } from './language-check';
import { readAsProblems, spelledLetters } from './read-as';
import { LessonSchema, type Lesson, type WordToken } from './schema';

export interface Problem {
	/** The id of the sentence, token, entry or entity at fault (the article id for whole-text faults). */
	id: string;
	/** The field at fault, as a path (`tokens[3].vocalized`). */
	field: string;
	message: string;
}

/** The text a lesson's tokens spell: blocks joined by one line break. */
export function lessonText(lesson: Pick<Lesson, 'article'>): string {
	return lesson.article.blocks
		.map((block) => block.sentences.flatMap((s) => s.tokens.map((t) => t.text + t.ws)).join(''))
		.join('\n');
}

/** The marks written on each letter, as a sorted string per letter index. */
function marksPerLetter(text: string): string[] {
	const out: string[] = [];
	for (const ch of text) {
		if (isMark(ch)) out[out.length - 1] = [...(out.at(-1) ?? ''), ch].sort().join('');
		else out.push('');
	}
	return out;
}

function checkWord(token: WordToken): { field: string; message: string }[] {
	const problems = readAsProblems(token);
	const letters = spelledLetters(token);
	if (stripMarks(token.vocalized) !== letters) {
		problems.push({
			field: 'vocalized',
			message: `"${token.vocalized}" without its marks is "${stripMarks(token.vocalized)}", not the letters "${letters}" of "${token.readAs ?? token.text}"`
		});
	} else {
		const source = marksPerLetter(token.text);
		const vowelled = marksPerLetter(token.vocalized);
		source.forEach((marks, i) => {
			for (const mark of marks)
				if (!vowelled[i]?.includes(mark))
					problems.push({
						field: 'vocalized',
						message: `drops the mark U+${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} the source has on letter ${i + 1} of "${token.text}"`
					});
		});
	}
	try {
		segmentsOf(token);
	} catch (error) {
		problems.push({ field: 'pre/post', message: (error as Error).message });
	}
	return problems;
}

/** Turns schema issues into problems that name the nearest object with an id, and the field below it. */
export function schemaProblems(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
	return issues.map((issue) => {
		const path = issue.path ?? [];
		let id = '(top level)';
		let from = 0;
		path.forEach((step, i) => {
			const value = step.value as { id?: unknown } | undefined;
			if (value && typeof value === 'object' && typeof value.id === 'string') {
				id = value.id;
				from = i + 1;
			}
		});
		const field = path
			.slice(from)
			.map((step) => (typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`))
			.join('')
			.replace(/^\./u, '');
		return { id, field: field || '(whole)', message: issue.message };
	});
}

/** A problem at the id of each of `items` that no token links to (its id is not in `used`). */
function unlinked<T extends { id: string }>(
	items: readonly T[],
	used: ReadonlySet<string>,
	message: (item: T) => string
): Problem[] {
	return items
		.filter((item) => !used.has(item.id))
		.map((item) => ({ id: item.id, field: 'id', message: message(item) }));
}

/** Every problem with a lesson; an empty list means it may be published. */
export function checkLesson(lesson: unknown, sourceText?: string): Problem[] {
	const parsed = v.safeParse(LessonSchema, lesson);
	if (!parsed.success) return schemaProblems(parsed.issues);
	const data = parsed.output;
	const problems: Problem[] = [];
	const { article, glossary, expressions, entities } = data;

	if (sourceText !== undefined && lessonText(data) !== sourceText) {
		const built = lessonText(data);
		let at = 0;
		while (at < built.length && built[at] === sourceText[at]) at++;
		problems.push({
			id: article.id,
			field: 'blocks',
			message: `tokens do not reproduce the source text: they differ at character ${at} ("${built.slice(at, at + 12)}" vs "${sourceText.slice(at, at + 12)}")`
		});
	}

	const unique = (kind: string, ids: string[]) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id))
				problems.push({ id, field: 'id', message: `${kind} id "${id}" is used twice` });
			seen.add(id);
		}
		return seen;
	};
	unique('block or sentence', [
		...article.blocks.map((b) => b.id),
		...article.blocks.flatMap((b) => b.sentences.map((s) => s.id))
	]);
	const lemmas = unique(
		'glossary',
		glossary.map((e) => e.id)
	);
	const entityIds = unique(
		'entity',
		entities.map((e) => e.id)
	);
	const expressionIds = unique(
		'expression',
		expressions.map((e) => e.id)
	);

	const used = {
		lemmas: new Set<string>(),
		entities: new Set<string>(),
		expressions: new Set<string>()
	};
	/** A token's links to an entity and an expression: the ids it may name, the ids named. */
	const links = [
		['entity', entityIds, used.entities],
		['expression', expressionIds, used.expressions]
	] as const;
	for (const block of article.blocks) {
		for (const sentence of block.sentences) {
			for (const p of helpingVowelProblems(sentence.tokens))
				problems.push({
					id: sentence.id,
					field: `tokens[${p.index}].vocalized`,
					message: p.message
				});
			sentence.tokens.forEach((token, i) => {
				if (token.kind !== 'word') return;
				const at = (field: string) => `tokens[${i}].${field}`;
				for (const p of checkWord(token))
					problems.push({ id: sentence.id, field: at(p.field), message: p.message });
				used.lemmas.add(token.lemma);
				if (!lemmas.has(token.lemma))
					problems.push({
						id: sentence.id,
						field: at('lemma'),
						message: `"${token.text}" links to lemma "${token.lemma}", which the glossary does not have`
					});
				for (const [field, known, seen] of links) {
					const id = token[field];
					if (!id) continue;
					seen.add(id);
					if (!known.has(id))
						problems.push({ id: sentence.id, field: at(field), message: `no ${field} "${id}"` });
				}
			});
		}
	}
	problems.push(
		...unlinked(glossary, used.lemmas, (e) => `glossary entry "${e.lemma}" is used by no token`),
		...unlinked(entities, used.entities, (e) => `entity "${e.nameEn}" is linked to no token`),
		...unlinked(
			expressions,
			used.expressions,
			(e) => `expression "${e.text}" is linked to no token`
		)
	);
	for (const entry of glossary)
		if (entry.pos === 'verb' && (!entry.verbForm || !entry.past || !entry.present))
			problems.push({
				id: entry.id,
				field: 'verbForm',
				message: 'a verb needs its form (I-X) and its past and present stems'
			});
	for (const expression of expressions) {
		for (const p of readAsProblems(expression)) problems.push({ id: expression.id, ...p });
		if (stripMarks(expression.vocalized) !== spelledLetters(expression))
			problems.push({
				id: expression.id,
				field: 'vocalized',
				message: `"${expression.vocalized}" does not spell "${expression.readAs ?? expression.text}"`
			});
	}
	problems.push(...lessonLanguageProblems(data));
	return problems;
}
