import { m } from '$lib/paraglide/messages';

export interface NavItem {
	path: string;
	label: () => string;
}

/** The main navigation, in order. */
export const navItems: NavItem[] = [
	{ path: '/read', label: m.nav_read },
	{ path: '/practice', label: m.nav_practice },
	{ path: '/review', label: m.nav_review },
	{ path: '/progress', label: m.nav_progress },
	{ path: '/teach', label: m.nav_teach }
];
