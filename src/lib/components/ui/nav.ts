import { m } from '$lib/paraglide/messages';

export interface NavItem {
	path: string;
	label: () => string;
	/** False while the page only says it is not built yet. */
	built: boolean;
}

/** The main navigation, in order. */
export const navItems: NavItem[] = [
	{ path: '/read', label: m.nav_read, built: true },
	{ path: '/practice', label: m.nav_practice, built: true },
	{ path: '/review', label: m.nav_review, built: true },
	{ path: '/progress', label: m.nav_progress, built: true },
	{ path: '/teach', label: m.nav_teach, built: true }
];
