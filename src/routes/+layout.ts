// Every page is prerendered; the app is static files and a service worker.
export const prerender = true;
export const trailingSlash = 'never';
// No layout data: each page loads the part of the catalogue it shows (content/catalogue-data.ts),
// so a page that lists no lessons neither fetches them nor carries them inline (issue 12).
