import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionSchema, type Question } from '../../../../src/lib/content/question-schema';
import { loadLesson } from '../../../../src/lib/content/index';
import {
	clozeExercises,
	createRandom,
	familyChoices,
	familyMatchings,
	meaningChoices,
	meaningMatchings,
	productionExercises,
	rootChoices,
	vocabularyOf
} from '../../../../src/lib/domain/exercises/index';
import { stripMarks } from '../../../../src/lib/domain/arabic/letters';
import { bareKey, displayGloss, spacedRoot } from '../../../../src/lib/domain/exercises/text';
import {
	CONTENT_POS,
	SEED_LESSON,
	bare,
	lemmaOf,
	rootUncertain,
	synonyms,
	viewOf
} from './helpers';

const RUNS = 200;
const COUNT = 6;
// Property runs check every generated question of 200 lessons' worth of exercises.
const SLOW = 60_000;
const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('each exercise family on the seed lesson', async () => {
	const lesson = (await loadLesson(SEED_LESSON))!;
	const vocabulary = vocabularyOf(lesson);
	const view = viewOf(lesson);
	const entry = (id: string) => {
		const e = view.byId.get(id);
		if (!e) throw new Error(`no glossary entry ${id}`);
		return e;
	};
	/** Glossary entries of a part of speech whose shown gloss is `text`. */
	const glossOwners = (text: string, pos: string) =>
		lesson.glossary.filter((e) => e.pos === pos && displayGloss(e) === text);
	const byLemma = (lemma: string) => {
		const found = view.byLemma.get(lemma) ?? [];
		expect(found.length, `one entry for ${lemma}`).toBe(1);
		return found[0]!;
	};

	function expectValid(q: Question) {
		expect(v.parse(QuestionSchema, q)).toEqual(q);
		expect([1, 2]).toContain(q.tier);
		expect(q.explanation.en.length).toBeGreaterThan(0);
		expect(q.explanation.ar.length).toBeGreaterThan(0);
		for (const id of q.evidence) expect(view.sentenceIds).toContain(id);
	}

	/** Every evidence sentence holds the word, and every sentence that holds it is named. */
	function expectEvidenceOf(q: Question, lemmaId: string) {
		const holding = new Set(
			view.tokens.filter((t) => t.token.lemma === lemmaId).map((t) => t.sentence)
		);
		expect(new Set(q.evidence)).toEqual(holding);
	}

	describe('meaning match, single choice', () => {
		const check = (seed: number) => {
			const questions = [...meaningChoices(vocabulary, createRandom(seed), COUNT)];
			expect(questions).toHaveLength(COUNT);
			for (const q of questions) {
				expectValid(q);
				const target = entry(lemmaOf(q.id, 'meaning'));
				expect(CONTENT_POS).toContain(target.pos);
				expect(q.prompt.ar).toContain(target.lemma);
				for (const side of [q.explanation.en, q.explanation.ar])
					expect(side).toContain(target.lemma);
				expectEvidenceOf(q, target.id);
				const right = q.options.filter((o) => o.correct);
				expect(right).toHaveLength(1);
				expect(right[0]!.text).toBe(displayGloss(target));
				expect(new Set(q.options.map((o) => o.text.toLowerCase())).size).toBe(q.options.length);
				for (const option of q.options.filter((o) => !o.correct)) {
					const owners = glossOwners(option.text, target.pos);
					expect(owners.length, option.text).toBeGreaterThan(0);
					for (const owner of owners) {
						expect(owner.id).not.toBe(target.id);
						expect(synonyms(owner, target), `${owner.id} vs ${target.id}`).toBe(false);
					}
				}
			}
		};
		it('asks for the gloss of content words, one right option among same-pos glosses', () => {
			check(1);
		});
		it(
			`keeps exactly one right answer over ${RUNS} seeds`,
			() => {
				fc.assert(fc.property(seeds, check), { numRuns: RUNS });
			},
			SLOW
		);
	});

	describe('meaning match, matching', () => {
		const check = (seed: number) => {
			const questions = [...meaningMatchings(vocabulary, createRandom(seed), 3)];
			expect(questions).toHaveLength(3);
			for (const q of questions) {
				expectValid(q);
				const rights = [...q.pairs.map((p) => p.right), ...q.distractors];
				expect(new Set(rights.map((r) => r.toLowerCase())).size).toBe(rights.length);
				expect(new Set(q.pairs.map((p) => bare(p.left))).size).toBe(q.pairs.length);
				const words = q.pairs.map((p) => byLemma(p.left));
				const pos = words[0]!.pos;
				for (const [i, p] of q.pairs.entries()) {
					const word = words[i]!;
					expect(word.pos).toBe(pos);
					expect(p.right).toBe(displayGloss(word));
					// No other word's gloss on offer could also be this word's meaning.
					for (const other of rights.filter((r) => r !== p.right))
						for (const owner of glossOwners(other, pos)) expect(synonyms(owner, word)).toBe(false);
				}
				for (const spare of q.distractors)
					expect(glossOwners(spare, pos).length).toBeGreaterThan(0);
			}
		};
		it('pairs words of one part of speech with their glosses', () => {
			check(2);
		});
		it(
			`keeps every left item to exactly one right item over ${RUNS} seeds`,
			() => {
				fc.assert(fc.property(seeds, check), { numRuns: RUNS });
			},
			SLOW
		);
		it('matches each word in one question at most, then runs out', () => {
			const questions = [...meaningMatchings(vocabulary, createRandom(14), 1000)];
			const lefts = questions.flatMap((q) => q.pairs.map((p) => p.left));
			expect(questions.length).toBeGreaterThan(10);
			expect(questions.length).toBeLessThan(1000);
			expect(new Set(lefts).size).toBe(lefts.length);
		});
	});

	describe('root identification', () => {
		const check = (seed: number) => {
			const questions = [...rootChoices(vocabulary, createRandom(seed), COUNT)];
			expect(questions).toHaveLength(COUNT);
			for (const q of questions) {
				expectValid(q);
				const target = entry(lemmaOf(q.id, 'root'));
				expect(target.root).not.toBeNull();
				expect(rootUncertain(target)).toBe(false);
				expect(CONTENT_POS).toContain(target.pos);
				expectEvidenceOf(q, target.id);
				for (const side of [q.explanation.en, q.explanation.ar])
					expect(side).toContain(spacedRoot(target.root!));
				const right = q.options.filter((o) => o.correct);
				expect(right.map((o) => o.text)).toEqual([spacedRoot(target.root!)]);
				expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
				for (const option of q.options.filter((o) => !o.correct)) {
					const root = option.text.replaceAll(' ', '');
					expect(view.roots).toContain(root);
					expect(bare(root)).not.toBe(bare(target.root!));
				}
			}
		};
		it('offers the root of the word and other roots of the article', () => {
			check(3);
		});
		it('explains the word in English from its gloss and in Arabic from its Arabic definition', () => {
			const q = [...rootChoices(vocabulary, createRandom(22), COUNT)].find((x) =>
				x.id.startsWith('ex-root-taziz-')
			)!;
			expect(q.explanation).toEqual({
				en: 'تَعْزِيز (verbal noun, root ع ز ز): strengthening, reinforcement; pattern تَفْعِيل',
				ar: 'تَعْزِيز (مصدر، الجذر ع ز ز): تقوية الشيء ودعمه وتثبيته (تعزيز العلاقات: تقويتها)؛ والزيادة فيه. وزن الكلمة تَفْعِيل'
			});
			expect(q.hints).toEqual([{ en: 'The pattern is تَفْعِيل.', ar: 'وزن الكلمة تَفْعِيل.' }]);
			expect(q.options.find((o) => o.correct)?.feedback).toEqual({
				en: 'Yes: تَعْزِيز is built on ع ز ز.',
				ar: 'نعم: «تَعْزِيز» من الجذر ع ز ز.'
			});
		});
		it(
			`keeps exactly one right root over ${RUNS} seeds`,
			() => {
				fc.assert(fc.property(seeds, check), { numRuns: RUNS });
			},
			SLOW
		);
	});

	describe('cloze', () => {
		const check = (seed: number, count = COUNT) => {
			const questions = [...clozeExercises(vocabulary, createRandom(seed), count)];
			// A small count is always met; a huge one blanks every word that can be blanked fairly.
			if (count === COUNT) expect(questions).toHaveLength(COUNT);
			else expect(questions.length).toBeGreaterThan(50);
			for (const q of questions) {
				expectValid(q);
				expect(q.mode).toBe('bank');
				expect(q.evidence).toEqual([q.sentence]);
				expect(q.gaps).toHaveLength(1);
				const gap = view.tokens.find(
					(t) => t.sentence === q.sentence && t.index === q.gaps[0]!.token
				);
				expect(gap).toBeDefined();
				const answer = entry(gap!.token.lemma);
				expect(['noun', 'verbal-noun', 'verb']).toContain(answer.pos);
				expect(gap!.token.entity).toBeUndefined();
				for (const side of [q.explanation.en, q.explanation.ar])
					expect(side).toContain(answer.lemma);
				const bank = [gap!.token.text, ...q.distractors];
				expect(new Set(bank.map(bare)).size).toBe(bank.length);
				expect(q.distractors).toHaveLength(3);
				for (const word of q.distractors) {
					const sources = view.tokens.filter((t) => t.token.text === word);
					expect(sources.length, word).toBeGreaterThan(0);
					expect(sources.some((t) => entry(t.token.lemma).pos === answer.pos)).toBe(true);
					for (const source of sources) {
						const other = entry(source.token.lemma);
						expect(other.id).not.toBe(answer.id);
						expect(other.root).not.toBe(answer.root);
						expect(synonyms(other, answer)).toBe(false);
					}
				}
			}
		};
		it('blanks a content word of an article sentence, with a same-pos bank', () => {
			check(4);
		});
		it(
			`never puts a second fitting word in the bank over ${RUNS} seeds`,
			() => {
				fc.assert(
					fc.property(seeds, (seed) => check(seed)),
					{ numRuns: RUNS }
				);
			},
			SLOW
		);
		it(
			'keeps every possible blank fair, for twenty seeds',
			() => {
				for (let seed = 0; seed < 20; seed++) check(seed, 1000);
			},
			SLOW
		);
		it(
			"never banks a word of the answer's lemma, root, spelling or meaning (every blank, 300 seeds)",
			() => {
				// Words of one root and one part of speech are rare (أمن/أمين, طائرة/طيار): look at
				// every blank of many seeds, collecting violations without an expect per word.
				const lemmasOf = new Map<string, Set<string>>();
				for (const t of view.tokens)
					lemmasOf.set(t.token.text, (lemmasOf.get(t.token.text) ?? new Set()).add(t.token.lemma));
				const violations: string[] = [];
				let blanks = 0;
				for (let seed = 0; seed < 300; seed++)
					for (const q of [...clozeExercises(vocabulary, createRandom(seed), 1000)]) {
						blanks++;
						const gap = view.tokens.find(
							(t) => t.sentence === q.sentence && t.index === q.gaps[0]!.token
						)!;
						const answer = entry(gap.token.lemma);
						for (const word of q.distractors)
							for (const id of lemmasOf.get(word) ?? []) {
								const other = entry(id);
								if (
									other.id === answer.id ||
									other.root === answer.root ||
									bare(word) === bare(gap.token.text) ||
									synonyms(other, answer)
								)
									violations.push(`${seed} ${q.id}: ${word}`);
							}
					}
				expect(blanks).toBeGreaterThan(300 * 50);
				expect(violations).toEqual([]);
			},
			SLOW
		);
		it('never offers a word the article uses beside the gap word', () => {
			const pairs = new Set<string>();
			view.tokens.forEach((t, i) => {
				const next = view.tokens[i + 1];
				if (next && next.sentence === t.sentence && next.index === t.index + 1)
					pairs.add(`${t.token.lemma}>${next.token.lemma}`);
			});
			for (const seed of [5, 6, 7]) {
				for (const q of [...clozeExercises(vocabulary, createRandom(seed), 40)]) {
					const at = (i: number) =>
						view.tokens.find((t) => t.sentence === q.sentence && t.index === i)?.token.lemma;
					const before = at(q.gaps[0]!.token - 1);
					const after = at(q.gaps[0]!.token + 1);
					for (const word of q.distractors) {
						const lemma = view.tokens.find((t) => t.token.text === word)!.token.lemma;
						expect(pairs.has(`${before}>${lemma}`)).toBe(false);
						expect(pairs.has(`${lemma}>${after}`)).toBe(false);
					}
				}
			}
		});
		it('blanks each lemma once', () => {
			const questions = [...clozeExercises(vocabulary, createRandom(8), 1000)];
			const lemmas = questions.map(
				(q) =>
					view.tokens.find((t) => t.sentence === q.sentence && t.index === q.gaps[0]!.token)!.token
						.lemma
			);
			expect(questions.length).toBeGreaterThan(50);
			expect(new Set(lemmas).size).toBe(lemmas.length);
		});
	});

	describe('word families, multiple response', () => {
		const check = (seed: number) => {
			const questions = [...familyChoices(vocabulary, createRandom(seed), COUNT)];
			expect(questions).toHaveLength(COUNT);
			for (const q of questions) {
				expectValid(q);
				const target = entry(lemmaOf(q.id, 'family'));
				expect(target.root).not.toBeNull();
				expect(q.options.length).toBeGreaterThanOrEqual(4);
				expect(q.options.some((o) => o.correct)).toBe(true);
				const texts = [target.lemma, ...q.options.map((o) => o.text)];
				expect(new Set(texts.map(bare)).size).toBe(texts.length);
				const kinPos = new Set<string>();
				for (const option of q.options) {
					const word = byLemma(option.text);
					expect(rootUncertain(word)).toBe(false);
					expect(word.root).not.toBeNull();
					// An option is right exactly when it shares the root: no accidental kin.
					expect(option.correct).toBe(word.root === target.root);
					if (option.correct) kinPos.add(word.pos);
				}
				for (const option of q.options.filter((o) => !o.correct))
					expect(kinPos).toContain(byLemma(option.text).pos);
			}
		};
		it('marks exactly the words that share the root', () => {
			check(9);
		});
		it(
			`never lets a wrong option share the root over ${RUNS} seeds`,
			() => {
				fc.assert(fc.property(seeds, check), { numRuns: RUNS });
			},
			SLOW
		);
	});

	describe('word families, matching', () => {
		const check = (seed: number) => {
			const questions = [...familyMatchings(vocabulary, createRandom(seed), 3)];
			expect(questions).toHaveLength(3);
			for (const q of questions) {
				expectValid(q);
				const rights = [...q.pairs.map((p) => p.right), ...q.distractors];
				const everything = [...q.pairs.map((p) => p.left), ...rights];
				expect(new Set(everything.map(bare)).size).toBe(everything.length);
				for (const p of q.pairs) {
					const root = byLemma(p.left).root;
					expect(root).not.toBeNull();
					// The left word shares its root with its own right item, and with no other.
					for (const r of rights) expect(byLemma(r).root === root).toBe(r === p.right);
				}
				const rightPos = new Set(q.pairs.map((p) => byLemma(p.right).pos));
				for (const spare of q.distractors) expect(rightPos).toContain(byLemma(spare).pos);
			}
		};
		it('pairs words that share a root', () => {
			check(10);
		});
		it(
			`keeps every match unique over ${RUNS} seeds`,
			() => {
				fc.assert(fc.property(seeds, check), { numRuns: RUNS });
			},
			SLOW
		);
		it('uses each root in one question at most, then runs out', () => {
			const questions = [...familyMatchings(vocabulary, createRandom(15), 1000)];
			const roots = questions.flatMap((q) => q.pairs.map((p) => byLemma(p.left).root));
			expect(questions.length).toBeGreaterThan(3);
			expect(new Set(roots).size).toBe(roots.length);
		});
	});

	describe('English-to-Arabic production', () => {
		const unambiguous = new Set<string>();
		const check = (seed: number) => {
			const questions = [...productionExercises(vocabulary, createRandom(seed), COUNT)];
			expect(questions).toHaveLength(COUNT);
			for (const q of questions) {
				expectValid(q);
				const target = entry(lemmaOf(q.id, 'production'));
				expect(q.answerLanguage).toBe('ar');
				expect(['lenient', 'standard']).toContain(q.profile);
				expect(q.prompt.en).toContain(displayGloss(target));
				expectEvidenceOf(q, target.id);
				const accepted = q.accepted.map((a) => a.text);
				expect(accepted[0]).toBe(stripMarks(target.lemma));
				expect(new Set(accepted.map(bareKey)).size).toBe(accepted.length);
				for (const t of view.tokens.filter((t) => t.token.lemma === target.id))
					expect(accepted.map(bareKey)).toContain(bareKey(t.token.text));
				// No other word of the glossary answers the same English (checked once per word).
				if (unambiguous.has(target.id)) continue;
				for (const other of lesson.glossary)
					if (other.id !== target.id) expect(synonyms(other, target), other.id).toBe(false);
				unambiguous.add(target.id);
			}
		};
		it('asks for the word behind an unambiguous gloss, accepting lemma and article forms', () => {
			check(11);
		});
		it(
			`keeps the English unambiguous over ${RUNS} seeds`,
			() => {
				fc.assert(fc.property(seeds, check), { numRuns: RUNS });
			},
			SLOW
		);
	});

	describe('exclusions', () => {
		it('never asks about names or function words', () => {
			const all = [
				...[...meaningChoices(vocabulary, createRandom(12), 1000)].map((q) =>
					lemmaOf(q.id, 'meaning')
				),
				...[...rootChoices(vocabulary, createRandom(12), 1000)].map((q) => lemmaOf(q.id, 'root')),
				...[...productionExercises(vocabulary, createRandom(12), 1000)].map((q) =>
					lemmaOf(q.id, 'production')
				)
			];
			expect(all.length).toBeGreaterThan(300);
			for (const id of all) expect(CONTENT_POS).toContain(entry(id).pos);
		});

		it('leaves words with a doubtful root out of root and family exercises', () => {
			const doubtful = lesson.glossary.filter(rootUncertain);
			expect(doubtful.length).toBeGreaterThan(0);
			const rootTargets = [...rootChoices(vocabulary, createRandom(13), 1000)].map((q) =>
				lemmaOf(q.id, 'root')
			);
			const familyWords = [...familyChoices(vocabulary, createRandom(13), 1000)].flatMap((q) =>
				q.options.map((o) => o.text)
			);
			for (const e of doubtful) {
				expect(rootTargets).not.toContain(e.id);
				expect(familyWords).not.toContain(e.lemma);
			}
		});
	});
});
