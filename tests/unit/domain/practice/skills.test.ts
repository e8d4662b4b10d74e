import { describe, expect, it } from 'vitest';
import { scoreBySkill, type SkilledOutcome } from '../../../../src/lib/domain/practice/skills';
import { summarizeScore, type Outcome } from '../../../../src/lib/domain/practice/score';
import type { Skill } from '../../../../src/lib/content/skills';

const item = (skill: Skill, outcome: Outcome): SkilledOutcome => ({ question: { skill }, outcome });
const right = (max = 1): Outcome => ({ status: 'answered', points: max, max });
const wrong = (max = 1): Outcome => ({ status: 'answered', points: 0, max });

describe('scoreBySkill', () => {
	it('adds up each skill’s points: reference 2 of 3, inference 1.5 of 4', () => {
		const items = [
			item('reference', right()),
			item('inference', { status: 'answered', points: 1.5, max: 2 }),
			item('reference', wrong()),
			item('reference', right()),
			item('inference', { status: 'unanswered', max: 1 }),
			item('inference', { status: 'revealed', max: 1 })
		];
		expect(scoreBySkill(items)).toEqual([
			{ skill: 'inference', points: 1.5, total: 4, questions: 3 },
			{ skill: 'reference', points: 2, total: 3, questions: 3 }
		]);
	});

	it('lists skills in the taxonomy’s order, leaving out skills no question tests', () => {
		const items = [item('source', right()), item('literal', wrong()), item('main-idea', right())];
		expect(scoreBySkill(items).map((s) => s.skill)).toEqual(['literal', 'main-idea', 'source']);
		expect(scoreBySkill([])).toEqual([]);
	});

	it('weights questions by their points and keeps a grade within them', () => {
		const items = [
			item('literal', right(2)),
			item('literal', { status: 'answered', points: 5, max: 1 }),
			item('literal', { status: 'answered', points: -1, max: 1 })
		];
		expect(scoreBySkill(items)).toEqual([{ skill: 'literal', points: 3, total: 4, questions: 3 }]);
	});

	it('sums to the quiz’s own score', () => {
		const items = [
			item('literal', right()),
			item('discourse', { status: 'answered', points: 0.5, max: 1 }),
			item('vocabulary-in-context', right(3)),
			item('discourse', { status: 'revealed', max: 1 })
		];
		const whole = summarizeScore(
			items.map((i) => i.outcome),
			0.7
		);
		const skills = scoreBySkill(items);
		expect(skills.reduce((n, s) => n + s.points, 0)).toBe(whole.points);
		expect(skills.reduce((n, s) => n + s.total, 0)).toBe(whole.total);
	});
});
