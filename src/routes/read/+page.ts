// The lesson list: summaries, never whole lessons (a static file: no server load).
export { lessonListLoad as load } from '$lib/content/catalogue-data';
