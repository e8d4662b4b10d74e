import type { GlossaryEntry } from '../../../schema';

/** Verbs, by lemma (3rd person masculine singular past). */
export const verbs = [
	{
		id: 'adafa',
		lemma: 'أَضَافَ',
		root: 'ضيف',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَضَافَ',
		present: 'يُضِيفُ',
		glosses: ['to add (in speech)', 'to add, attach (إلى: to)', 'to annex'],
		note: 'وأضاف “and he added” introduces a further quotation.'
	},
	{
		id: 'adda',
		lemma: 'عَدَّ',
		root: 'عدد',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'عَدَّ',
		present: 'يَعُدُّ',
		glosses: ['to consider, regard as', 'to count'],
		note: 'Takes two objects (عَدَّهُ سَبَبًا “considered it a cause”). In the news register mostly passive: يُعَدُّ + a second object that stays accusative, “is considered (to be)”.'
	},
	{
		id: 'akkada',
		lemma: 'أَكَّدَ',
		root: 'أكد',
		pattern: 'فَعَّلَ',
		pos: 'verb',
		verbForm: 'II',
		past: 'أَكَّدَ',
		present: 'يُؤَكِّدُ',
		glosses: ['to stress, emphasize (على: something)', 'to confirm, affirm', 'to assure'],
		note: 'أكّد على + noun "to stress (the importance of …)"; أكّد أنّ "to affirm that".'
	},
	{
		id: 'alana',
		lemma: 'أَعْلَنَ',
		root: 'علن',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَعْلَنَ',
		present: 'يُعْلِنُ',
		glosses: ['to announce, declare (عن: something)', 'to proclaim']
	},
	{
		id: 'araba',
		lemma: 'أَعْرَبَ',
		root: 'عرب',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَعْرَبَ',
		present: 'يُعْرِبُ',
		glosses: [
			'to express (عن: readiness, concern, hope)',
			'to declare, voice',
			'to parse (grammar)'
		],
		note: 'أعرب عن + noun is a stock news verb: أعرب عن استعداده "expressed his readiness".'
	},
	{
		id: 'arada',
		lemma: 'عَرَضَ',
		root: 'عرض',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'عَرَضَ',
		present: 'يَعْرِضُ',
		glosses: ['to display, exhibit', 'to present, show', 'to offer']
	},
	{
		id: 'ashara',
		lemma: 'أَشَارَ',
		root: 'شور',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَشَارَ',
		present: 'يُشِيرُ',
		glosses: [
			'to point out, note (إلى أنّ: that)',
			'to point (to), refer (to), mention (إلى)',
			'to indicate'
		],
		note: 'A standard verb of reported speech: أشار إلى “pointed to, mentioned”; أشار إلى أنّ … “pointed out that …”.'
	},
	{
		id: 'azhara',
		lemma: 'أَظْهَرَ',
		root: 'ظهر',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَظْهَرَ',
		present: 'يُظْهِرُ',
		glosses: ['to show, display', 'to reveal, demonstrate']
	},
	{
		id: 'hadafa',
		lemma: 'هَدَفَ',
		root: 'هدف',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'هَدَفَ',
		present: 'يَهْدِفُ',
		glosses: ['to aim (إلى at), have as a goal'],
		note: 'Construed with إلى + verbal noun: نهدف إلى تنفيذ … "we aim to carry out …".'
	},
	{
		id: 'itabara',
		lemma: 'اعْتَبَرَ',
		root: 'عبر',
		pattern: 'اِفْتَعَلَ',
		pos: 'verb',
		verbForm: 'VIII',
		past: 'اعْتَبَرَ',
		present: 'يَعْتَبِرُ',
		glosses: ['to consider, regard (أنّ: that; X as Y)', 'to take into account'],
		note: 'اعتبر أنّ “to consider that”: in reported speech, “held that, said that”.'
	},
	{
		id: 'naqala',
		lemma: 'نَقَلَ',
		root: 'نقل',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'نَقَلَ',
		present: 'يَنْقُلُ',
		glosses: ['to report, relay (a statement)', 'to transport, carry', 'to transfer, move'],
		note: 'نقلت الوكالة عن فلان قولَه "the agency quoted X as saying".'
	},
	{
		id: 'naqasha',
		lemma: 'نَاقَشَ',
		root: 'نقش',
		pattern: 'فَاعَلَ',
		pos: 'verb',
		verbForm: 'III',
		past: 'نَاقَشَ',
		present: 'يُنَاقِشُ',
		glosses: ['to discuss', 'to debate']
	},
	{
		id: 'qala',
		lemma: 'قَالَ',
		root: 'قول',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'قَالَ',
		present: 'يَقُولُ',
		glosses: ['to say']
	},
	{
		id: 'taarrafa',
		lemma: 'تَعَرَّفَ',
		root: 'عرف',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَعَرَّفَ',
		present: 'يَتَعَرَّفُ',
		glosses: ['to get to know, become acquainted with (على)', 'to identify, recognize (على)'],
		note: 'تعرّف على "to get to know, learn about": of a visitor at an exhibition, "was shown, was introduced to".'
	},
	{
		id: 'tafaqqada',
		lemma: 'تَفَقَّدَ',
		root: 'فقد',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَفَقَّدَ',
		present: 'يَتَفَقَّدُ',
		glosses: ['to inspect', 'to look into, check on']
	},
	{
		id: 'taqaddama',
		lemma: 'تَقَدَّمَ',
		root: 'قدم',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَقَدَّمَ',
		present: 'يَتَقَدَّمُ',
		glosses: ['to advance, progress, move forward', 'to come forward, submit (بـ)', 'to precede']
	},
	{
		id: 'tatallaba',
		lemma: 'تَطَلَّبَ',
		root: 'طلب',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَطَلَّبَ',
		present: 'يَتَطَلَّبُ',
		glosses: ['to require, call for', 'to demand']
	},
	{
		id: 'tatawwara',
		lemma: 'تَطَوَّرَ',
		root: 'طور',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَطَوَّرَ',
		present: 'يَتَطَوَّرُ',
		glosses: ['to develop, evolve', 'to progress, advance']
	},
	{
		id: 'wasala',
		lemma: 'وَصَلَ',
		root: 'وصل',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'وَصَلَ',
		present: 'يَصِلُ',
		glosses: ['to reach; to arrive (إلى: at, in)', 'to connect, join'],
		note: 'The initial و drops in the present: يَصِلُ.'
	},
	{
		id: 'zara',
		lemma: 'زَارَ',
		root: 'زور',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'زَارَ',
		present: 'يَزُورُ',
		glosses: ['to visit']
	}
] satisfies GlossaryEntry[];
