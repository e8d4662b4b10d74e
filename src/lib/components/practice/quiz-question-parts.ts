/**
 * What the quiz shows a question with: the question and its buttons, the list of unanswered
 * questions, the kinds' players and labels. Fetched once the learner has a mode (chosen, or a run
 * resumed), not while the choice of mode is on screen (issue 12).
 */
export { default as PracticeQuestion } from './PracticeQuestion.svelte';
export { default as QuizUnanswered } from './QuizUnanswered.svelte';
export { loadedPlayer, loadPlayer, registry } from '$lib/components/questions/registry';
