import { describe, expect, it } from 'vitest';
import { fahm } from './run-fahm';
import { loadLesson, loadQuestionSets } from '../../../src/lib/content/index';
import type { Question, QuestionKind, QuestionOf } from '../../../src/lib/content/question-schema';
import { clozeAnswers } from '../../../src/lib/kinds/cloze/grade';
import type { Grade } from '../../../src/lib/domain/grading/types';

const ARTICLE = 'shoigu-tehran-2023';

// The seed question set is edited by hand; the tests pick its questions by kind and build each
// answer from the question itself, so they follow the content instead of pinning it.
const questions = (await loadQuestionSets(ARTICLE)).flatMap((s) => s.questions);
function first<K extends QuestionKind>(kind: K, ok: (q: QuestionOf<K>) => boolean = () => true) {
	return questions.find((q): q is QuestionOf<K> => q.kind === kind && ok(q as QuestionOf<K>));
}

/** The ANSWER argument that is right for `q`, as the usage line describes it. */
function rightAnswer(q: Question): string[] {
	switch (q.kind) {
		case 'single-choice':
			return [q.options.find((o) => o.correct)!.id];
		case 'multiple-response':
			return [
				q.options
					.filter((o) => o.correct)
					.map((o) => o.id)
					.join(',')
			];
		case 'true-false-not-stated':
			return [q.answer];
		case 'short-answer':
			return [q.accepted.find((a) => a.credit === 1)!.text];
		case 'numerical':
			return [String(q.answer)];
		case 'matching':
			return [q.pairs.map((p) => `${p.id}=${p.right}`).join(';')];
		case 'ordering':
			return [q.items.map((i) => i.id).join(',')];
		case 'cloze':
			return []; // needs the lesson's tokens; tested separately below
		case 'evidence':
			return [q.evidence.join(',')];
		case 'free-response':
			return ['my answer', '--checked', q.checklist.map((_, i) => i).join(',')];
	}
}

describe('fahm grade', { timeout: 120_000 }, () => {
	const kinds = [...new Set(questions.map((q) => q.kind))].filter((k) => k !== 'cloze');
	it.each(kinds)('a right %s answer is graded correct (JSON grade, exit 0)', async (kind) => {
		const q = first(kind)!;
		const { code, stdout } = await fahm('grade', ARTICLE, q.id, ...rightAnswer(q));
		expect(code).toBe(0);
		expect(JSON.parse(stdout) as Grade).toMatchObject({
			verdict: 'correct',
			score: 1,
			points: q.points
		});
	});

	it('a cloze answer is read as gap1|gap2: the article words are right, blanks are unanswered', async () => {
		const lesson = (await loadLesson(ARTICLE))!;
		const q = first('cloze')!;
		const words = clozeAnswers(q, lesson)!.map((w) => w[0]!);
		const right = await fahm('grade', ARTICLE, q.id, words.join('|'));
		expect(right.code).toBe(0);
		expect(JSON.parse(right.stdout)).toMatchObject({ verdict: 'correct', score: 1 });
		const empty = await fahm('grade', ARTICLE, q.id, q.gaps.map(() => '').join('|'));
		expect(JSON.parse(empty.stdout).verdict).toBe('unanswered');
	});

	it('reads Arabic-Indic digits and notes it', async () => {
		const q = first('numerical', (n) => Number.isInteger(n.answer) && n.answer >= 0)!;
		const digits = String(q.answer).replace(/[0-9]/gu, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
		const grade = JSON.parse((await fahm('grade', ARTICLE, q.id, digits)).stdout) as Grade;
		expect(grade).toMatchObject({ verdict: 'correct', notes: [{ code: 'digits-read' }] });
	});

	it('an empty ANSWER is unanswered, not wrong', async () => {
		const q = first('short-answer')!;
		const { code, stdout } = await fahm('grade', ARTICLE, q.id, '');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ verdict: 'unanswered', score: 0 });
	});

	it('a wrong single choice is incorrect, with that option feedback', async () => {
		const q = first('single-choice')!;
		const wrong = q.options.find((o) => !o.correct)!;
		const grade = JSON.parse((await fahm('grade', ARTICLE, q.id, wrong.id)).stdout) as Grade;
		expect(grade.verdict).toBe('incorrect');
		expect(grade.feedback).toEqual(wrong.feedback ? [wrong.feedback] : []);
	});

	it('an unknown article or question fails with exit 1 and says what there is', async () => {
		const article = await fahm('grade', 'no-such-lesson', 'q', 'x');
		expect(article.code).toBe(1);
		expect(article.stderr).toContain(ARTICLE);
		const question = await fahm('grade', ARTICLE, 'no-such-question', 'x');
		expect(question.code).toBe(1);
		expect(question.stderr).toContain(questions[0]!.id);
	});

	it('a malformed ANSWER fails with exit 1 and the expected format', async () => {
		const tf = first('true-false-not-stated')!;
		const bad = await fahm('grade', ARTICLE, tf.id, 'maybe');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('true, false or not-stated');
		const sc = first('single-choice')!;
		const unknown = await fahm('grade', ARTICLE, sc.id, 'no-such-option');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain(sc.options[0]!.id);
		const num = first('numerical')!;
		const nan = await fahm('grade', ARTICLE, num.id, 'lots');
		expect(nan.code).toBe(1);
		expect(nan.stderr).toContain('not a number');
	});

	it('reports a hamza difference as the app does: one credit per profile, noted with it (issue 9 point 10)', async () => {
		// The seed questions are standard: امريكا and الطايرات are both the spelling of the hamza.
		const country = first('short-answer', (q) => q.accepted.some((a) => a.text === 'أمريكا'))!;
		const drones = first('short-answer', (q) =>
			q.accepted.some((a) => a.text === 'الطائرات بدون طيار')
		)!;
		for (const [q, answer] of [
			[country, 'امريكا'],
			[drones, 'الطايرات بدون طيار']
		] as const) {
			const grade = JSON.parse((await fahm('grade', ARTICLE, q.id, answer)).stdout) as Grade;
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
