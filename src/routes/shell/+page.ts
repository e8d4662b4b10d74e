import { redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

/**
 * The app shell: prerendered without server rendering, it is HTML that loads the app and renders
 * whatever page its address names. The service worker answers every navigation with it
 * (service-worker.ts), so the offline cache holds one page, not every prerendered one. Opened
 * at its own address, it has nothing to show: it goes home.
 */
export const ssr = false;

export const load: PageLoad = () => redirect(307, '/');
