/**
 * Each kind's empty answer, the one its player starts from, by kind, without the kind modules and
 * their graders and schemas: all a question page needs to show its questions before a learner
 * answers (the graders come then, issue 12). Complete by type (a kind missing here fails the type
 * check); the kinds test checks each is the kind module's own.
 */
import type { QuestionOf } from '../content/question-schema';
import type { Random } from '../domain/exercises/random';
import type { ResponseOf } from '../domain/grading/types';
import { empty as cloze } from './cloze/empty';
import { empty as evidence } from './evidence/empty';
import { empty as freeResponse } from './free-response/empty';
import type { Kind } from './index';
import { empty as matching } from './matching/empty';
import { empty as multipleResponse } from './multiple-response/empty';
import { empty as numerical } from './numerical/empty';
import { empty as ordering } from './ordering/empty';
import { empty as shortAnswer } from './short-answer/empty';
import { empty as singleChoice } from './single-choice/empty';
import { empty as trueFalseNotStated } from './true-false-not-stated/empty';

export const EMPTY_RESPONSES: {
	readonly [K in Kind['kind']]: (question: QuestionOf<K>, random: Random) => ResponseOf<K>;
} = {
	'single-choice': singleChoice,
	'multiple-response': multipleResponse,
	'true-false-not-stated': trueFalseNotStated,
	'short-answer': shortAnswer,
	numerical,
	matching,
	ordering,
	cloze,
	evidence,
	'free-response': freeResponse
};
