/**
 * How a question set is taken. practice: each answer is checked at once, with hints, another try
 * and the solution; test: no feedback, hints or second tries until the learner finishes. Either
 * way the score counts each question as it stood at its first check.
 */
export type PracticeMode = 'practice' | 'test';

export const PRACTICE_MODES: readonly PracticeMode[] = ['practice', 'test'];
