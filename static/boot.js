// Runs before first paint (a plain file, so the Content Security Policy needs no inline script).
// Keys are shared with src/lib/storage/preferences.ts.
(function () {
	try {
		var root = document.documentElement;
		var theme = localStorage.getItem('fahm.theme');
		if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
		// A static host cannot read the language cookie, so the app's start page "/" opens in the
		// language the learner last chose.
		if (location.pathname === '/' && localStorage.getItem('fahm.locale') === 'ar') {
			location.replace('/ar' + location.search + location.hash);
		}
	} catch (e) {
		// Storage blocked (private mode, policy): defaults apply.
	}
})();

// Paint first (src/lib/paint-first.ts): an article page is built with its script and data preloads
// held back, so they do not share the line with what its first paint needs. Start them once the
// page has painted (the first frame, then the task after it), before the app's own scripts are in:
// those would otherwise find the scripts they import one level at a time. The app's start hook does
// the same if it runs first. A background tab paints nothing: there they start once the page is read.
(function () {
	var HELD = 'data-after-paint';
	function start() {
		var links = document.querySelectorAll('link[' + HELD + ']');
		for (var i = 0; i < links.length; i++) {
			links[i].rel = links[i].getAttribute(HELD);
			links[i].removeAttribute(HELD);
		}
	}
	if (document.visibilityState === 'hidden' || !window.requestAnimationFrame) {
		document.addEventListener('DOMContentLoaded', start);
	} else {
		requestAnimationFrame(function () {
			setTimeout(start, 0);
		});
	}
})();
