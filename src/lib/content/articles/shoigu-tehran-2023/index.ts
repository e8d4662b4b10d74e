import type { Lesson } from '../../schema';
import { article } from './article';
import { entities } from './entities';
import { expressions } from './expressions';
import { adjectives } from './glossary/adjectives';
import { names } from './glossary/names';
import { nouns } from './glossary/nouns';
import { particles } from './glossary/particles';
import { verbalNouns } from './glossary/verbal-nouns';
import { verbs } from './glossary/verbs';

/** The seed lesson: a September 2023 wire report on Sergei Shoigu's visit to Tehran. */
export const lesson = {
	article,
	glossary: [...verbs, ...verbalNouns, ...nouns, ...adjectives, ...names, ...particles],
	expressions,
	entities
} satisfies Lesson;
export { questionSets } from './questions';
