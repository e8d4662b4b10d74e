/**
 * What a vocabulary drill runs on: the exercise generator, the quiz and its session, and the log
 * that turns missed words into review cards. Fetched when the learner starts a set, or comes back
 * to one under way; not with the page, which shows the set and Start (issue 12).
 */
export { default as Quiz } from './Quiz.svelte';
export { generateExercises } from '$lib/domain/exercises';
export { withMissedWords } from '$lib/state/missed-words';
export { QuizSession, deviceLog } from '$lib/state/quiz-session.svelte';
