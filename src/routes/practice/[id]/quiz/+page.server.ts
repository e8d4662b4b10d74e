import { lessonIds } from '$lib/content';
import type { EntryGenerator } from './$types';

// One prerendered page per lesson. Kept server-side so the catalogue stays out of the client.
export const entries: EntryGenerator = () => lessonIds.map((id) => ({ id }));
