import { resolvePath } from '$lib/paths';
import type { Pathname } from '$app/types';

/** Why a file published with the release (a lesson's, the catalogue's) could not be read. */
export class PublishedFileError extends Error {}

/**
 * One of the static files published with this release (a lesson's, or the catalogue's), checked
 * against the shape `expected` it must be stamped with; undefined on a 404. The lesson files are
 * fetched with the global fetch, so that SvelteKit does not inline them into the page (the service
 * worker's cache answers when offline); the catalogue's with SvelteKit's, which does.
 */
export async function fetchPublished<T extends { version: number }>(
	path: string,
	expected: number,
	fetch: typeof globalThis.fetch = globalThis.fetch
): Promise<T | undefined> {
	const response = await fetch(resolvePath(path as Pathname));
	if (response.status === 404) return undefined;
	if (!response.ok) throw new PublishedFileError(`${path}: HTTP ${response.status}`);
	const data = (await response.json()) as T;
	// Built by us with the same release as this code, so a version stamp is the check that matters.
	if (data.version !== expected)
		throw new PublishedFileError(`${path}: data version ${String(data.version)}`);
	return data;
}
