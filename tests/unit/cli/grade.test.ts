import { describe, expect, it } from 'vitest';
import { fahm } from './run-fahm';
import type { Grade } from '../../../src/lib/domain/grading/types';

const ARTICLE = 'shoigu-tehran-2023';

/**
 * One question of each kind from the seed lesson, with its right ANSWER argument written out as
 * the usage line describes it, and the points it is worth. Pinned by hand: if the seed questions
 * change, this table changes with them.
 */
const RIGHT: [kind: string, id: string, answer: string[], points: number][] = [
	['single-choice', 'sc-purpose', ['talks'], 1],
	['multiple-response', 'mr-shoigu-said', ['readiness,dialogue,futility'], 2],
	['true-false-not-stated', 'tf-europe-violation', ['true'], 1],
	['short-answer', 'sa-city', ['طهران'], 1],
	['numerical', 'num-european-states', ['3'], 1],
	[
		'matching',
		'match-roles',
		[
			'shoigu=وزير الدفاع الروسي;ashtiani=نظير شويغو الإيراني;ahmadian=أمين المجلس الأعلى للأمن القومي الإيراني'
		],
		2
	],
	['ordering', 'ord-article', ['readiness,europe,interference,terrorism,air-defence'], 2],
	['cloze', 'cloze-headline', ['تعزيز|العسكرية'], 2],
	['evidence', 'ev-outside-forces', ['p6.s1'], 1],
	['free-response', 'fr-visit-summary', ['my answer', '--checked', '0,1,2'], 3]
];

describe('fahm grade', { timeout: 120_000 }, () => {
	it.each(RIGHT)(
		'a right %s answer is graded correct (JSON grade, exit 0)',
		async (_kind, id, answer, points) => {
			const { code, stdout } = await fahm('grade', ARTICLE, id, ...answer);
			expect(code).toBe(0);
			expect(JSON.parse(stdout) as Grade).toMatchObject({ verdict: 'correct', score: 1, points });
		}
	);

	it('a cloze answer is read as gap1|gap2: a blank gap is unanswered', async () => {
		const empty = await fahm('grade', ARTICLE, 'cloze-headline', '|');
		expect(empty.code).toBe(0);
		expect(JSON.parse(empty.stdout)).toMatchObject({ verdict: 'unanswered', score: 0 });
		const half = await fahm('grade', ARTICLE, 'cloze-headline', 'تعزيز|');
		expect(JSON.parse(half.stdout)).toMatchObject({ verdict: 'partial', score: 0.5 });
	});

	it('reads Arabic-Indic digits and notes it', async () => {
		// num-european-states: the three European states (answer 3).
		const grade = JSON.parse(
			(await fahm('grade', ARTICLE, 'num-european-states', '٣')).stdout
		) as Grade;
		expect(grade).toMatchObject({ verdict: 'correct', notes: [{ code: 'digits-read' }] });
	});

	it('an empty ANSWER is unanswered, not wrong', async () => {
		const { code, stdout } = await fahm('grade', ARTICLE, 'sa-city', '');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ verdict: 'unanswered', score: 0 });
	});

	it('a wrong single choice is incorrect, with that option feedback', async () => {
		const grade = JSON.parse(
			(await fahm('grade', ARTICLE, 'sc-purpose', 'exhibition')).stdout
		) as Grade;
		expect(grade).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(grade.feedback).toEqual([
			{
				en: 'He did see an exhibition, but p11 says that was على هامش الزيارة, “on the sidelines of the visit”, not its purpose.',
				ar: 'زار معرضاً فعلاً، لكن الفقرة 11 تقول إن ذلك كان «على هامش الزيارة»، أي إلى جانبها، لا غرضاً لها.'
			}
		]);
	});

	it('an unknown article or question fails with exit 1 and says what there is', async () => {
		const article = await fahm('grade', 'no-such-lesson', 'q', 'x');
		expect(article.code).toBe(1);
		expect(article.stderr).toContain(ARTICLE);
		const question = await fahm('grade', ARTICLE, 'no-such-question', 'x');
		expect(question.code).toBe(1);
		expect(question.stderr).toContain('sc-purpose');
	});

	it('a malformed ANSWER fails with exit 1 and the expected format', async () => {
		const bad = await fahm('grade', ARTICLE, 'tf-europe-violation', 'maybe');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('true, false or not-stated');
		const unknown = await fahm('grade', ARTICLE, 'sc-purpose', 'no-such-option');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('talks, exhibition, mediate, sign');
		const nan = await fahm('grade', ARTICLE, 'num-european-states', 'lots');
		expect(nan.code).toBe(1);
		expect(nan.stderr).toContain('not a number');
	});

	it('reports a hamza difference as the app does: one credit per profile, noted with it (issue 9 point 10)', async () => {
		// The seed questions are standard: امريكا and الطايرات are both the spelling of the hamza.
		for (const [id, answer] of [
			['sa-opposing-country', 'امريكا'],
			['sa-drones-phrase', 'الطايرات بدون طيار']
		] as const) {
			const grade = JSON.parse((await fahm('grade', ARTICLE, id, answer)).stdout) as Grade;
			expect(grade, answer).toMatchObject({
				verdict: 'correct',
				score: 1,
				notes: [{ code: 'hamza-differs', credit: 1 }]
			});
		}
	});

	it('missing arguments are a usage error', async () => {
		expect((await fahm('grade', ARTICLE)).code).toBe(2);
	});
});
