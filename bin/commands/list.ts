import { lessonIds, loadQuestionSets } from '../../src/lib/content/index';
import { SKILLS, type QuestionSet } from '../../src/lib/content/question-schema';
import type { Command } from '../command';

/** One set as text: each question with its kind, tier and skill, then the count of each skill. */
export function describeSet(set: QuestionSet): string[] {
	const lines = [
		`${set.id}: ${set.questions.length} questions (at least ${set.minPerSkill} per skill)`
	];
	for (const q of set.questions) lines.push(`  ${q.id}\t${q.kind}\ttier ${q.tier}\t${q.skill}`);
	const counts = SKILLS.map(
		(skill) => `${skill} ${set.questions.filter((q) => q.skill === skill).length}`
	);
	lines.push(`  skills: ${counts.join(', ')}`);
	return lines;
}

export const list: Command = {
	name: 'list',
	usage: 'list [article-id]',
	summary:
		'print the lesson ids, one a line; with an id, its question sets: each question with its kind, tier and skill',
	async run([id, ...rest]) {
		if (rest.length > 0) {
			console.error('fahm list: give at most one article id');
			return 2;
		}
		if (id === undefined) {
			for (const lesson of lessonIds) console.log(lesson);
			return 0;
		}
		if (!lessonIds.includes(id)) {
			console.error(`fahm list: no lesson "${id}". Lessons: ${lessonIds.join(', ')}`);
			return 1;
		}
		for (const set of await loadQuestionSets(id)) console.log(describeSet(set).join('\n'));
		return 0;
	}
};
