/** The teacher editor's pure logic: what is wrong with a set, fresh ids, blank questions. */
export { freeSetId, nextFreeId, nextQuestionId } from './ids';
export { blankQuestion, EDITABLE_KINDS, withKind } from './templates';
export type { EditableSet, EditorIssue, IssueCode } from './types';
export { checkedIssues, setIssues, type IssueCache } from './validate';
export { EditHistory } from './history';
export { toEditable } from './editable';
