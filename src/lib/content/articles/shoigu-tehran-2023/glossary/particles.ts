import type { GlossaryEntry } from '../../../schema';

/** Prepositions, conjunctions, particles, pronouns, adverbs and other function words. */
export const particles = [
	{
		id: 'ala',
		lemma: 'عَلَى',
		root: null,
		pos: 'preposition',
		glosses: [
			'on, upon (pressure on)',
			'despite (in على الرغم من)',
			'on (على أساس: on the basis of; على هامش: on the sidelines of)',
			'against, over'
		],
		note: 'Also governed by verbs and verbal nouns: أكّد على “to stress”, تعرّف على “to get to know”, الحفاظ على “preserving”.'
	},
	{
		id: 'alladhi',
		lemma: 'الَّذِي',
		root: null,
		pos: 'relative',
		glosses: ['who, which, that (masculine singular)'],
		note: 'Feminine الَّتِي; used only after a definite noun.'
	},
	{
		id: 'amam',
		lemma: 'أَمَام',
		root: 'أمم',
		pattern: 'فَعَال',
		pos: 'adverb',
		glosses: ['front (إلى الأمام: forward)', 'in front of, before (أَمَامَ)']
	},
	{
		id: 'an',
		lemma: 'عَنْ',
		root: null,
		pos: 'preposition',
		glosses: [
			'about, of (أعرب عن “to express”, أعلن عن “to announce”)',
			'from, on the authority of (نقل عن “to quote”)',
			'from, away from'
		]
	},
	{
		id: 'anna',
		lemma: 'أَنَّ',
		root: null,
		pos: 'particle',
		glosses: ['that (introduces a clause; its subject takes the accusative)'],
		note: 'Introduces a clause after verbs such as أشار إلى, اعتبر; the noun after it is accusative (أنّ الحوارَ …). After قال, and at the start of quoted speech, the form is إِنَّ.'
	},
	{
		id: 'aydan',
		lemma: 'أَيْضًا',
		root: 'أيض',
		pos: 'adverb',
		glosses: ['also, too', 'likewise']
	},
	{
		id: 'bayna',
		lemma: 'بَيْنَ',
		root: 'بين',
		pos: 'preposition',
		glosses: ['between', 'among']
	},
	{
		id: 'baynama',
		lemma: 'بَيْنَمَا',
		root: 'بين',
		pos: 'conjunction',
		glosses: ['while, whereas'],
		note: 'بَيْنَ + the particle مَا.'
	},
	{
		id: 'dhalika',
		lemma: 'ذَٰلِكَ',
		root: null,
		pos: 'demonstrative',
		glosses: ['that'],
		note: 'إلى ذلك “in addition, besides” (news transition).'
	},
	{
		id: 'didd',
		lemma: 'ضِدّ',
		root: 'ضدد',
		pos: 'preposition',
		plurals: ['أَضْدَاد'],
		glosses: ['against', 'opposite, contrary (as a noun)'],
		note: 'As a preposition it is the accusative ضِدَّ + genitive; the plural belongs to the noun sense.'
	},
	{
		id: 'dimna',
		lemma: 'ضِمْنَ',
		root: 'ضمن',
		pos: 'preposition',
		glosses: ['as part of, within', 'among, included in'],
		note: 'The accusative of ضِمْن "inside" used as a preposition.'
	},
	{
		id: 'duna',
		lemma: 'دُونَ',
		root: 'دون',
		pos: 'preposition',
		glosses: ['without (also بِدُونِ, مِن دُونِ)', 'below, beneath', 'short of'],
		note: 'بدون طيار "without a pilot, unmanned".'
	},
	{
		id: 'fi',
		lemma: 'فِي',
		root: null,
		pos: 'preposition',
		glosses: ['in', 'at', 'during', 'about']
	},
	{
		id: 'huwa',
		lemma: 'هُوَ',
		root: null,
		pos: 'pronoun',
		glosses: ['he, it (here a separating pronoun: ‘is’)']
	},
	{
		id: 'ila',
		lemma: 'إِلَى',
		root: null,
		pos: 'preposition',
		glosses: [
			'to, towards',
			'after verbs: أشار إلى “point to”, هدف إلى “aim at”, وصل إلى “reach”',
			'until'
		],
		note: 'إلى ذلك “in addition, besides” links news paragraphs.'
	},
	{
		id: 'inna',
		lemma: 'إِنَّ',
		root: null,
		pos: 'particle',
		glosses: ['indeed, truly (its subject takes the accusative)'],
		note: 'After قال (and in quoted speech) a statement opens with إِنَّ; it is usually not translated.'
	},
	{
		id: 'khilala',
		lemma: 'خِلَالَ',
		root: 'خلل',
		pos: 'preposition',
		glosses: ['during', 'through, via'],
		note: 'The accusative of خِلَال "interval" used as a preposition; also مِن خلال "through, by means of".'
	},
	{
		id: 'li',
		lemma: 'لِ',
		root: null,
		pos: 'preposition',
		glosses: ['for, to', 'belonging to', 'in order to'],
		note: 'Written joined to the next word; becomes لَ before pronoun suffixes (لَهُ، لَهَا); لِ + الـ is written لِلْـ.'
	},
	{
		id: 'maa',
		lemma: 'مَعَ',
		root: null,
		pos: 'preposition',
		glosses: ['with', 'together with']
	},
	{
		id: 'min',
		lemma: 'مِنْ',
		root: null,
		pos: 'preposition',
		glosses: ['of, from', 'some of (partitive)', 'than (after a comparative)'],
		note: 'Read مِنَ before the article (مِنَ الْعَمَلِ).'
	}
] satisfies GlossaryEntry[];
