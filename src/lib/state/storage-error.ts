/**
 * Why storage failed, as state reports it to components (which word it for the learner): the
 * one storage type components see, so that they never import storage themselves.
 */
export type { StorageErrorKind } from '$lib/storage/db';
