import type { Reroute } from '@sveltejs/kit';
import { delocalizePath } from '$lib/locale-path';

export const reroute: Reroute = (request) => delocalizePath(request.url.pathname);
