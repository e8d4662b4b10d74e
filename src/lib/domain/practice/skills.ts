/**
 * A quiz's score per reading skill: the points earned on each skill's questions over the points
 * they are worth, counted as the whole score is (see score.ts): questions not answered, or whose
 * solution was shown first, count 0.
 */
import { SKILLS, type Skill } from '../../content/skills';
import type { Outcome } from './score';

export interface SkillScore {
	skill: Skill;
	points: number;
	total: number;
	/** How many questions test this skill. */
	questions: number;
}

/** What the score of one question needs: its skill, and how it stands. */
export interface SkilledOutcome {
	question: { skill: Skill };
	outcome: Outcome;
}

/** The score of each skill the questions test, in the order of `SKILLS`; untested skills are left out. */
export function scoreBySkill(items: readonly SkilledOutcome[]): SkillScore[] {
	const scores = new Map<Skill, SkillScore>();
	for (const { question, outcome } of items) {
		const score = scores.get(question.skill) ?? {
			skill: question.skill,
			points: 0,
			total: 0,
			questions: 0
		};
		score.questions++;
		score.total += outcome.max;
		if (outcome.status === 'answered')
			score.points += Math.min(outcome.max, Math.max(0, outcome.points));
		scores.set(question.skill, score);
	}
	return SKILLS.flatMap((skill) => scores.get(skill) ?? []);
}
