/**
 * What woven practice needs to put questions on screen, in one module so that it is fetched as
 * one piece when the learner comes to the questions (see WovenPractice).
 */
export { loadPlayer } from '$lib/components/questions/registry';
export { default as PracticeQuestion } from './PracticeQuestion.svelte';
export { default as StorageNotice } from './StorageNotice.svelte';
export { ReadingPractice } from '$lib/state/reading-practice.svelte';
