/**
 * Each kind's stored-answer guard, by kind, without the kind modules and their graders and
 * schemas: all that reading saved answers needs (the progress page, issue 12). Complete by type (a
 * kind missing here fails the type check); the kinds test checks each is the kind module's own.
 */
import type { Response, ResponseOf } from '../domain/grading/types';
import { isRecord } from '../storage/guards';
import { isResponse as cloze } from './cloze/response';
import { isResponse as evidence } from './evidence/response';
import { isResponse as freeResponse } from './free-response/response';
import type { Kind } from './index';
import { isResponse as matching } from './matching/response';
import { isResponse as multipleResponse } from './multiple-response/response';
import { isResponse as numerical } from './numerical/response';
import { isResponse as ordering } from './ordering/response';
import { isResponse as shortAnswer } from './short-answer/response';
import { isResponse as singleChoice } from './single-choice/response';
import { isResponse as trueFalseNotStated } from './true-false-not-stated/response';

type KindName = Kind['kind'];

export const RESPONSE_GUARDS: {
	readonly [K in KindName]: (value: unknown) => value is ResponseOf<K>;
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

/** Whether a stored value is an answer of one of the app's kinds, by that kind's own guard. */
export function isStoredResponse(value: unknown): value is Response {
	if (
		!isRecord(value) ||
		typeof value.kind !== 'string' ||
		!Object.hasOwn(RESPONSE_GUARDS, value.kind)
	)
		return false;
	return RESPONSE_GUARDS[value.kind as KindName](value);
}
