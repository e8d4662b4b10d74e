/**
 * Paint first, then hydrate. The learner's pages are prerendered with what they are for (an
 * article page with its whole text): the page a learner came for is in the HTML. Left as SvelteKit
 * writes it, the page also asks at once for everything hydration needs (40 or so scripts and the
 * lesson file, about 125 KB gzip), and on a slow connection those downloads share the line with
 * the styles and the font the first paint waits for. On such a page the build turns those
 * preloads off (`deferPreloads`, while prerendering), and in the browser they are turned back on
 * once the page has painted: by static/boot.js, the page's first script, so that all of them start
 * at the first paint, a few per task, none of those tasks long (left to the app's scripts, the
 * scripts those import would be found one level at a time), and, if it comes first, by the
 * client's `init` hook (`startAfterPaint`), which SvelteKit awaits before it loads the page's code.
 *
 * Measured with Lighthouse's mobile profile (median of 3): the largest paint comes 0.9 - 2.3 s
 * sooner on these pages (the quiz's most); total blocking time grows on some (their hydration now
 * falls after the first paint) while the score holds or rises. Until the page is hydrated, words
 * cannot be opened and the quiz's mode not chosen (its buttons are disabled); links work as
 * links, and static/boot.js keeps the header's theme and language choices.
 */

/**
 * The learner's pages, each prerendered with what the learner came for (the article, the first
 * card, the quiz's choice of mode, a page's introduction): they paint before they download what
 * hydration needs. Route ids, the same in both languages.
 */
const PAINT_FIRST = new Set([
	'/',
	'/read/[id]',
	'/practice/[id]',
	'/practice/[id]/quiz',
	'/practice/[id]/vocabulary',
	'/review',
	'/progress'
]);

/** Whether a page of this route paints before it fetches its scripts and data. */
export function paintsFirst(routeId: string | null): boolean {
	return routeId !== null && PAINT_FIRST.has(routeId);
}

/** The attribute a deferred link carries in place of its `rel`. */
export const DEFERRED = 'data-after-paint';

const LINK = /<link\b[^>]*>/giu;

/**
 * The page's HTML with its script preloads and its data preloads (`as="fetch"`) deferred. Other
 * links (styles, the font, icons) are left as they are: the first paint needs them.
 */
export function deferPreloads(html: string): string {
	return html.replace(LINK, (tag) => {
		const rel = /\srel="([^"]*)"/iu.exec(tag)?.[1]?.toLowerCase();
		const deferred = rel === 'modulepreload' || (rel === 'preload' && /\sas="fetch"/iu.test(tag));
		return deferred ? tag.replace(/\srel="[^"]*"/iu, ` ${DEFERRED}="${rel}"`) : tag;
	});
}

/** Gives each deferred link its `rel` back: the browser starts those downloads then. */
export function startDeferredPreloads(root: ParentNode): void {
	for (const link of root.querySelectorAll<HTMLLinkElement>(`link[${DEFERRED}]`)) {
		link.rel = link.getAttribute(DEFERRED) ?? '';
		link.removeAttribute(DEFERRED);
	}
}

/**
 * Resolves once the page has painted: after the next animation frame's task. A page in a
 * background tab gets no frames: there it resolves at once.
 */
export function afterFirstPaint(
	doc: Pick<Document, 'visibilityState'> = document,
	frame: (callback: () => void) => unknown = requestAnimationFrame
): Promise<void> {
	return new Promise((resolve) => {
		if (doc.visibilityState === 'hidden') resolve();
		else frame(() => setTimeout(resolve, 0));
	});
}

/**
 * The client's start: on a page whose preloads were deferred, waits for its first paint, then
 * starts them. Any other page starts at once.
 */
export async function startAfterPaint(doc: Document = document): Promise<void> {
	if (!doc.querySelector(`link[${DEFERRED}]`)) return;
	await afterFirstPaint(doc);
	startDeferredPreloads(doc);
}
