// Before first paint (a file, for the CSP): the saved theme and language (keys: src/lib/storage/
// preferences.ts), then an article page's held preloads, after its first paint (src/lib/paint-first.ts).
(function () {
	try {
		var theme = localStorage.getItem('fahm.theme');
		if (theme === 'light' || theme === 'dark')
			document.documentElement.setAttribute('data-theme', theme);
		// A static host cannot read the language cookie: "/" opens in the last chosen language.
		if (location.pathname === '/' && localStorage.getItem('fahm.locale') === 'ar') {
			location.replace('/ar' + location.search + location.hash);
		}
	} catch (e) {
		// Storage blocked (private mode, policy): defaults apply.
	}
	var HELD = 'data-after-paint';
	function start() {
		var links = document.querySelectorAll('link[' + HELD + ']');
		for (var i = 0; i < links.length; i++) {
			links[i].rel = links[i].getAttribute(HELD);
			links[i].removeAttribute(HELD);
		}
	}
	// A background tab paints nothing: there, once the page is read.
	if (document.visibilityState === 'hidden' || !window.requestAnimationFrame) {
		document.addEventListener('DOMContentLoaded', start);
	} else {
		requestAnimationFrame(function () {
			setTimeout(start, 0);
		});
	}
})();
