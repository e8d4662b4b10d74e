/**
 * Reference: what a pronoun or a word like الذي points to. The same word can point to different
 * things (بلاده is Russia in p1 and Iran in p6), so each item sends the learner back to the sentence.
 */
import type { QuestionInput } from '../../../question-schema';

export const referenceQuestions: QuestionInput[] = [
	{
		id: 'ref-biladuhu-p1',
		kind: 'single-choice',
		skill: 'reference',
		tier: 1,
		prompt: {
			ar: 'في الفقرة الأولى أعرب شويغو «عن استعداد بلاده». إلى أيّ بلد تشير كلمة «بلاده»؟',
			en: 'In paragraph 1 Shoigu expressed «استعداد بلاده», “his country’s readiness”. Which country does «بلاده» refer to?'
		},
		hints: ['بلاد + ـه is “his country”. Whose? Find the man the pronoun ـه goes back to.'],
		options: [
			{
				id: 'russia',
				text: 'روسيا',
				correct: true,
				feedback:
					'Right: ـه goes back to وزير الدفاع الروسي سيرغي شويغو, the subject of أعرب, so his country is Russia.'
			},
			{
				id: 'iran',
				text: 'إيران',
				correct: false,
				feedback:
					'Iran is the country Shoigu is visiting, but nobody from Iran speaks in p1. (In p6 بلاده does mean Iran, because there its subject is Ashtiani.)'
			},
			{
				id: 'middle-east',
				text: 'دول الشرق الأوسط',
				correct: false,
				feedback:
					'The Middle East is where stability is to be strengthened (في الشرق الأوسط), not the country that is ready.'
			},
			{
				id: 'us',
				text: 'الولايات المتحدة',
				correct: false,
				feedback: 'The United States first appears in p3, as an opponent of the planned activities.'
			}
		],
		explanation:
			'p1: أعرب وزير الدفاع الروسي سيرغي شويغو عن استعداد بلاده: the pronoun ـه in بلاده refers to the subject, the Russian defence minister, so بلاده is Russia (“his country’s readiness”).',
		evidence: ['p1.s1']
	},
	{
		id: 'ref-biladuhu-p6',
		kind: 'short-answer',
		skill: 'reference',
		tier: 2,
		answerLanguage: 'ar',
		prompt: {
			ar: 'في الفقرة السادسة: «أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة». ما البلد الذي تشير إليه كلمة «بلاده» هنا؟ اكتب اسمه بالعربية.',
			en: 'In paragraph 6: «أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة». Which country does «بلاده» refer to here? Write its name in Arabic.'
		},
		hints: [
			'Who is the subject of أعلن? The ـه of بلاده goes back to him.',
			'The same paragraph names the country at its end: أحد الخطوط الحمراء لـ...'
		],
		accepted: [
			{
				text: 'إيران',
				feedback:
					'Right: ـه goes back to اشتياني, Shoigu’s Iranian counterpart; the end of p6 names the country: الخطوط الحمراء لإيران.'
			},
			{
				text: 'روسيا',
				credit: 0,
				feedback:
					'In p1 بلاده is Russia, because its subject is Shoigu. In p6 the subject of أعلن is Ashtiani, so his country is Iran.'
			}
		],
		explanation:
			'p6: أعلن اشتياني عن معارضة بلاده ...: the pronoun refers to Ashtiani, Shoigu’s Iranian counterpart (p2), so بلاده is Iran, which the same paragraph names at its end (أحد الخطوط الحمراء لإيران). The same word meant Russia in p1, where it went back to Shoigu.',
		evidence: ['p6.s1', 'p2.s1']
	},
	{
		id: 'ref-jadwa',
		kind: 'single-choice',
		skill: 'reference',
		tier: 2,
		prompt: {
			ar: 'قال شويغو في الفقرة الثالثة إن «الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه». إلامَ يعود الضمير في «جدواه»؟',
			en: 'In paragraph 3 Shoigu said that «الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه». What does the pronoun in «جدواه» refer to?'
		},
		hints: [
			'ـه is masculine singular: look for a masculine singular noun before it.',
			'العقوبات is a feminine plural; a pronoun for it would be ـها.'
		],
		options: [
			{
				id: 'pressure',
				text: 'الضغط بالعقوبات',
				correct: true,
				feedback:
					'Right: ـه is masculine singular and goes back to الضغط, the subject of يظهر: the pressure is showing its own futility.'
			},
			{
				id: 'sanctions',
				text: 'العقوبات وحدها',
				correct: false,
				feedback:
					'العقوبات is a feminine plural, so a pronoun for it would be ـها (جدواها). ـه is masculine singular: it is الضغط, the pressure applied through the sanctions.'
			},
			{
				id: 'cooperation',
				text: 'التعاون الروسي الإيراني',
				correct: false,
				feedback:
					'التعاون comes after جدواه, in the بينما clause, and it is reaching a new level: the opposite of futile.'
			},
			{
				id: 'activities',
				text: 'الأنشطة المخطط لها',
				correct: false,
				feedback:
					'الأنشطة, a plural of things, takes ـها (as in المخطط لها); and Shoigu means to carry the activities out, not to call them futile.'
			}
		],
		explanation:
			'p3: الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه, “pressure through sanctions on Russia and Iran is showing its futility”. ـه refers to الضغط, the masculine singular subject of يظهر; عدم جدواه, literally “the lack of its use”, says the pressure is achieving nothing.',
		evidence: ['p3.s1']
	},
	{
		id: 'ref-pronouns',
		kind: 'matching',
		skill: 'reference',
		tier: 2,
		prompt: {
			ar: 'صِل كل عبارة فيها ضمير بما يعود إليه الضمير في سياقها.',
			en: 'Match each phrase containing a pronoun to what the pronoun refers to in its context.'
		},
		hints: [
			'Read each phrase in its paragraph; the pronoun agrees in gender and number with what it refers to.'
		],
		pairs: [
			{ id: 'naziruhu', left: 'مع نظيره الإيراني (الفقرة 2)', right: 'شويغو' },
			{ id: 'laha', left: 'الأنشطة المخطط لها (الفقرة 3)', right: 'الأنشطة' },
			{ id: 'hulafaiha', left: 'وحلفائها الغربيين (الفقرة 3)', right: 'الولايات المتحدة' },
			{
				id: 'huwa',
				left: 'هو أحد الخطوط الحمراء (الفقرة 6)',
				right: 'الحفاظ على وحدة الأراضي والحدود'
			}
		],
		distractors: ['روسيا', 'اشتياني', 'الدول الأوروبية الثلاث'],
		explanation:
			'p2: نظيره, “his counterpart”: the counterpart of Shoigu, the one the agency quotes. p3: الأنشطة المخطط لها, “the activities planned for”: ـها is the activities themselves; وحلفائها الغربيين, “and its Western allies”: the allies of the United States, named just before. p6: إن الحفاظ على وحدة أراضي دول المنطقة والحدود الدولية هو أحد الخطوط الحمراء: هو takes up the long subject, preserving territorial integrity and borders.',
		evidence: ['p2.s1', 'p3.s1', 'p6.s1'],
		points: 2
	},
	{
		id: 'ref-alladhi',
		kind: 'single-choice',
		skill: 'reference',
		tier: 2,
		prompt: {
			ar: 'في الفقرة الثانية عشرة: «وزار شويغو معرض القوات الجوية الفضائية التابع للحرس الثوري الإيراني، الذي عرض منتجات المجمع الصناعي العسكري للجمهورية». ما الذي عرض هذه المنتجات على الأرجح؟',
			en: 'In paragraph 12: «وزار شويغو معرض القوات الجوية الفضائية التابع للحرس الثوري الإيراني، الذي عرض منتجات المجمع الصناعي العسكري للجمهورية». What most likely displayed these products?'
		},
		hints: [
			'الذي is masculine singular; القوات (a plural) and الجمهورية (feminine) would take التي.',
			'What kind of place displays products? The next words say خلال العرض, “during the display”.'
		],
		options: [
			{
				id: 'exhibition',
				text: 'معرض القوات الجوية الفضائية',
				correct: true,
				feedback:
					'Right: an exhibition displays products, and معرض is masculine singular, as الذي requires.'
			},
			{
				id: 'forces',
				text: 'القوات الجوية الفضائية',
				correct: false,
				feedback:
					'القوات is a plural of forces; a relative clause about it would begin التي, not الذي.'
			},
			{
				id: 'republic',
				text: 'الجمهورية',
				correct: false,
				feedback:
					'الجمهورية is feminine (it would take التي), and it comes after الذي: its industry made the products; it did not display them.'
			},
			{
				id: 'shoigu',
				text: 'شويغو',
				correct: false,
				feedback:
					'Shoigu visited the exhibition and was shown the weapons (تعرّف ... على); he displayed nothing.'
			}
		],
		explanation:
			'p12: ... معرض القوات الجوية الفضائية التابع للحرس الثوري الإيراني، الذي عرض منتجات ...: الذي is masculine singular, which rules out القوات and الجمهورية. Grammar alone would also allow الحرس, the nearest masculine noun (“the Guard, which displayed ...”); the sense, and the words خلال العرض that follow, point to the exhibition. That is why the question asks for the most likely reading.',
		evidence: ['p12.s1']
	}
];
