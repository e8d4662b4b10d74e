import { lessonSummaries } from '$lib/content/catalogue';
import type { LayoutServerLoad } from './$types';

// Runs at build time only: pages receive summaries, never whole lessons they do not show.
export const load: LayoutServerLoad = async () => ({ lessons: await lessonSummaries() });
