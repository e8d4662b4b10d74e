/**
 * The question kinds: one module per kind, each in its own folder. Everything that lists kinds
 * (the question schema, the graders, the `fahm grade` answer formats, the bench's answers, the
 * editor's kind list and blank questions) is built from this array, and the players, labels and
 * editors are found beside each module (`<kind>/view.ts`, `label.ts`, `editor.ts`; see
 * components/questions/registry.ts, kind-labels.ts, components/teach/editors.ts).
 * Adding a kind: one folder with its `index.ts`, `empty.ts` (the answer its player starts from),
 * `response.ts` (the stored answer's guard), `tools.ts` (command line and bench, loaded on demand
 * so the browser never fetches it), `view.ts` and player, `label.ts`, `editor.ts` and editor; one
 * line here, one in empty-responses.ts (showing questions before the graders are fetched) and one
 * in responses.ts (reading saved answers without them); the type check fails while one is missing.
 */
import { cloze } from './cloze';
import { evidence } from './evidence';
import { freeResponse } from './free-response';
import type { QuestionInputOfModule, QuestionOfModule, ResponseFrom } from './kind';
import { matching } from './matching';
import { multipleResponse } from './multiple-response';
import { numerical } from './numerical';
import { ordering } from './ordering';
import { shortAnswer } from './short-answer';
import { singleChoice } from './single-choice';
import { trueFalseNotStated } from './true-false-not-stated';

export const KINDS = [
	singleChoice,
	multipleResponse,
	trueFalseNotStated,
	shortAnswer,
	numerical,
	matching,
	ordering,
	cloze,
	evidence,
	freeResponse
] as const;

/** Any of the app's kind modules. */
export type Kind = (typeof KINDS)[number];
/** A question of any kind, defaults filled in. */
export type KindQuestion = QuestionOfModule<Kind>;
/** A question of any kind as written in a content module. */
export type KindQuestionInput = QuestionInputOfModule<Kind>;
/** A learner's answer to a question of any kind. */
export type KindResponse = ResponseFrom<Kind>;
