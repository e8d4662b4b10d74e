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
