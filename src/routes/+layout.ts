// Every page is prerendered; the app is static files and a service worker.
export const prerender = true;
export const trailingSlash = 'never';
