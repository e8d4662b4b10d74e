// Before first paint (a file, for the CSP): the saved theme and language (keys: src/lib/storage/
// preferences.ts), the header's choices of them, then a learner's page's held preloads, after its
// first paint (src/lib/paint-first.ts).
(function () {
	// The app shell (the offline worker's answer to every address) is written in English: a page
	// under /ar is Arabic, right to left, from the first paint.
	if (/^\/ar(\/|$)/.test(location.pathname)) {
		document.documentElement.lang = 'ar';
		document.documentElement.dir = 'rtl';
	}
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
	// The header's theme and language choices, kept from here so they work from the first paint,
	// before the app's scripts are in (a learner's page holds those until then).
	function keep(event) {
		var target = event.target;
		var root = document.documentElement;
		try {
			if (event.type === 'change' && target.hasAttribute('data-theme-choice')) {
				var theme = target.value;
				if (theme === 'light' || theme === 'dark') {
					root.setAttribute('data-theme', theme);
					localStorage.setItem('fahm.theme', theme);
				} else {
					root.removeAttribute('data-theme');
					localStorage.removeItem('fahm.theme');
				}
			}
			var link = event.type === 'click' && target.closest('a[data-locale-choice]');
			if (link) localStorage.setItem('fahm.locale', link.getAttribute('hreflang'));
		} catch (e) {
			// Storage blocked: the theme holds for this page only.
		}
	}
	document.addEventListener('change', keep, true);
	document.addEventListener('click', keep, true);
	var HELD = 'data-after-paint';
	// Starting a preload is work on the page's one thread (a few ms each on a slow phone, and a
	// page holds thirty): they are started in the page's order (its data, then the scripts
	// hydration starts with), for at most BUDGET ms a task, so that none of those tasks is long
	// (50 ms) even on a phone four times slower than the one that measured it. A slower phone
	// gets fewer per task, not longer tasks.
	var BUDGET = 10;
	function start(budget) {
		var links = document.querySelectorAll('link[' + HELD + ']');
		var end = budget ? performance.now() + budget : 0;
		var i = 0;
		while (i < links.length) {
			links[i].rel = links[i].getAttribute(HELD);
			links[i].removeAttribute(HELD);
			i++;
			if (budget && performance.now() >= end) break;
		}
		if (i < links.length) {
			setTimeout(function () {
				start(budget);
			}, 0);
		}
	}
	// A background tab paints nothing: there, all at once when the page is read.
	if (document.visibilityState === 'hidden' || !window.requestAnimationFrame) {
		document.addEventListener('DOMContentLoaded', function () {
			start(0);
		});
	} else {
		requestAnimationFrame(function () {
			setTimeout(function () {
				start(BUDGET);
			}, 0);
		});
	}
})();
