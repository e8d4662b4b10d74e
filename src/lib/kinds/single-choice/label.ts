/**
 * The kind's name in the UI language. Apart from view.ts, so that a page can name kinds (the
 * progress dashboard) without loading their players' and editors' loaders.
 */
import { m } from '$lib/paraglide/messages';

export const label = (): string => m.quiz_kind_single_choice();
