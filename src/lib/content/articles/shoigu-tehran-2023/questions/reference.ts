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
		hints: [
			{
				en: 'بلاد + ـه is “his country”. Whose? Find the man the pronoun ـه goes back to.',
				ar: '«بلاد» + «ـه» أي بلاده هو. فمَن هو؟ ابحث عن الرجل الذي يعود إليه الضمير «ـه».'
			}
		],
		options: [
			{
				id: 'russia',
				text: 'روسيا',
				correct: true,
				feedback: {
					en: 'Right: ـه goes back to وزير الدفاع الروسي سيرغي شويغو, the subject of أعرب, so his country is Russia.',
					ar: 'صحيح: «ـه» تعود إلى «وزير الدفاع الروسي سيرغي شويغو»، فاعل «أعرب»، فبلاده روسيا.'
				}
			},
			{
				id: 'iran',
				text: 'إيران',
				correct: false,
				feedback: {
					en: 'Iran is the country Shoigu is visiting, but nobody from Iran speaks in p1. (In p6 بلاده does mean Iran, because there its subject is Ashtiani.)',
					ar: 'إيران هي البلد الذي يزوره شويغو، لكن لا يتكلم أحد من إيران في الفقرة 1. (أما في الفقرة 6 فـ«بلاده» هي إيران فعلاً، لأن الفاعل هناك اشتياني.)'
				}
			},
			{
				id: 'middle-east',
				text: 'دول الشرق الأوسط',
				correct: false,
				feedback: {
					en: 'The Middle East is where stability is to be strengthened (في الشرق الأوسط), not the country that is ready.',
					ar: 'الشرق الأوسط هو المكان الذي يُراد تعزيز الاستقرار فيه («في الشرق الأوسط»)، لا البلد المستعد.'
				}
			},
			{
				id: 'us',
				text: 'الولايات المتحدة',
				correct: false,
				feedback: {
					en: 'The United States first appears in p3, as an opponent of the planned activities.',
					ar: 'لا تظهر الولايات المتحدة إلا في الفقرة 3، معارِضةً للأنشطة المخطط لها.'
				}
			}
		],
		explanation: {
			en: 'p1: أعرب وزير الدفاع الروسي سيرغي شويغو عن استعداد بلاده: the pronoun ـه in بلاده refers to the subject, the Russian defence minister, so بلاده is Russia (“his country’s readiness”).',
			ar: 'في الفقرة 1: «أعرب وزير الدفاع الروسي سيرغي شويغو عن استعداد بلاده»: الضمير «ـه» في «بلاده» يعود إلى الفاعل، وزير الدفاع الروسي، فبلاده هي روسيا.'
		},
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
			{
				en: 'Who is the subject of أعلن? The ـه of بلاده goes back to him.',
				ar: 'مَن فاعل «أعلن»؟ إليه يعود الضمير «ـه» في «بلاده».'
			},
			{
				en: 'The same paragraph names the country at its end: أحد الخطوط الحمراء لـ...',
				ar: 'تسمّي الفقرة نفسها البلد في آخرها: «أحد الخطوط الحمراء لـ...».'
			}
		],
		accepted: [
			{
				text: 'إيران',
				feedback: {
					en: 'Right: ـه goes back to اشتياني, Shoigu’s Iranian counterpart; the end of p6 names the country: الخطوط الحمراء لإيران.',
					ar: 'صحيح: «ـه» تعود إلى اشتياني، نظير شويغو الإيراني، وآخر الفقرة 6 يسمّي البلد: «الخطوط الحمراء لإيران».'
				}
			},
			{
				text: 'روسيا',
				credit: 0,
				feedback: {
					en: 'In p1 بلاده is Russia, because its subject is Shoigu. In p6 the subject of أعلن is Ashtiani, so his country is Iran.',
					ar: 'في الفقرة 1 «بلاده» روسيا لأن الفاعل شويغو، أما في الفقرة 6 ففاعل «أعلن» اشتياني، فبلاده إيران.'
				}
			}
		],
		explanation: {
			en: 'p6: أعلن اشتياني عن معارضة بلاده ...: the pronoun refers to Ashtiani, Shoigu’s Iranian counterpart (p2), so بلاده is Iran, which the same paragraph names at its end (أحد الخطوط الحمراء لإيران). The same word meant Russia in p1, where it went back to Shoigu.',
			ar: 'في الفقرة 6: «أعلن اشتياني عن معارضة بلاده ...»: الضمير يعود إلى اشتياني، نظير شويغو الإيراني (الفقرة 2)، فبلاده إيران، وتسمّيها الفقرة نفسها في آخرها («أحد الخطوط الحمراء لإيران»). وكانت الكلمة نفسها تعني روسيا في الفقرة 1، حيث تعود إلى شويغو.'
		},
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
			{
				en: 'ـه is masculine singular: look for a masculine singular noun before it.',
				ar: '«ـه» ضمير مفرد مذكر: ابحث قبله عن اسم مفرد مذكر.'
			},
			{
				en: 'العقوبات is a feminine plural; a pronoun for it would be ـها.',
				ar: '«العقوبات» جمع مؤنث، والضمير العائد إليه «ـها».'
			}
		],
		options: [
			{
				id: 'pressure',
				text: 'الضغط بالعقوبات',
				correct: true,
				feedback: {
					en: 'Right: ـه is masculine singular and goes back to الضغط, the subject of يظهر: the pressure is showing its own futility.',
					ar: 'صحيح: «ـه» مفرد مذكر يعود إلى «الضغط»: الضغط نفسه يُظهر أنه بلا فائدة.'
				}
			},
			{
				id: 'sanctions',
				text: 'العقوبات وحدها',
				correct: false,
				feedback: {
					en: 'العقوبات is a feminine plural, so a pronoun for it would be ـها (جدواها). ـه is masculine singular: it is الضغط, the pressure applied through the sanctions.',
					ar: '«العقوبات» جمع مؤنث، فضميرها «ـها» («جدواها»). أما «ـه» فمفرد مذكر، وهو «الضغط» الذي يُمارَس بالعقوبات.'
				}
			},
			{
				id: 'cooperation',
				text: 'التعاون الروسي الإيراني',
				correct: false,
				feedback: {
					en: 'التعاون comes after جدواه, in the بينما clause, and it is reaching a new level: the opposite of futile.',
					ar: '«التعاون» يأتي بعد «جدواه» في جملة «بينما»، وهو يصل إلى مستوى جديد، أي عكس عديم الجدوى.'
				}
			},
			{
				id: 'activities',
				text: 'الأنشطة المخطط لها',
				correct: false,
				feedback: {
					en: 'الأنشطة, a plural of things, takes ـها (as in المخطط لها); and Shoigu means to carry the activities out, not to call them futile.',
					ar: '«الأنشطة» جمع لغير العاقل ضميره «ـها» (كما في «المخطط لها»)، وشويغو يريد تنفيذ الأنشطة لا وصفها بعدم الجدوى.'
				}
			}
		],
		explanation: {
			en: 'p3: الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه, “pressure through sanctions on Russia and Iran is showing its futility”. ـه refers to الضغط, the masculine singular subject of يظهر; عدم جدواه, literally “the lack of its use”, says the pressure is achieving nothing.',
			ar: 'في الفقرة 3: «الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه». الضمير «ـه» يعود إلى «الضغط»، وهو مبتدأ مفرد مذكر يعود إليه أيضاً فاعل «يظهر» المستتر؛ و«عدم جدواه» أي انعدام نفعه، فالضغط لا يحقق شيئاً.'
		},
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
			{
				en: 'Read each phrase in its paragraph; the pronoun agrees in gender and number with what it refers to.',
				ar: 'اقرأ كل عبارة في فقرتها؛ الضمير يطابق ما يعود إليه في التذكير والتأنيث والعدد.'
			}
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
		explanation: {
			en: 'p2: نظيره, “his counterpart”: the counterpart of Shoigu, the one the agency quotes. p3: الأنشطة المخطط لها, “the activities planned for”: ـها is the activities themselves; وحلفائها الغربيين, “and its Western allies”: the allies of the United States, named just before. p6: إن الحفاظ على وحدة أراضي دول المنطقة والحدود الدولية هو أحد الخطوط الحمراء: هو takes up the long subject, preserving territorial integrity and borders.',
			ar: 'في الفقرة 2: «نظيره» أي نظير شويغو، الذي تنقل الوكالة كلامه. وفي الفقرة 3: «الأنشطة المخطط لها»: «ـها» هي الأنشطة نفسها؛ و«وحلفائها الغربيين»: حلفاء الولايات المتحدة المذكورة قبلها مباشرة. وفي الفقرة 6: «إن الحفاظ على وحدة أراضي دول المنطقة والحدود الدولية هو أحد الخطوط الحمراء»: «هو» يعود إلى المبتدأ الطويل، أي الحفاظ على وحدة الأراضي والحدود.'
		},
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
			{
				en: 'الذي is masculine singular; القوات (a plural) and الجمهورية (feminine) would take التي.',
				ar: '«الذي» مفرد مذكر، أما «القوات» (جمع) و«الجمهورية» (مؤنث) فيناسبهما «التي».'
			},
			{
				en: 'What kind of place displays products? The next words say خلال العرض, “during the display”.',
				ar: 'أي مكان يعرض المنتجات؟ والكلمات التالية تقول «خلال العرض».'
			}
		],
		options: [
			{
				id: 'exhibition',
				text: 'معرض القوات الجوية الفضائية',
				correct: true,
				feedback: {
					en: 'Right: an exhibition displays products, and معرض is masculine singular, as الذي requires.',
					ar: 'صحيح: المعرض يعرض المنتجات، و«معرض» مفرد مذكر كما يقتضي «الذي».'
				}
			},
			{
				id: 'forces',
				text: 'القوات الجوية الفضائية',
				correct: false,
				feedback: {
					en: 'القوات is a plural of forces; a relative clause about it would begin التي, not الذي.',
					ar: '«القوات» جمع، وصلته تبدأ بـ«التي» لا «الذي».'
				}
			},
			{
				id: 'republic',
				text: 'الجمهورية',
				correct: false,
				feedback: {
					en: 'الجمهورية is feminine (it would take التي), and it comes after الذي: its industry made the products; it did not display them.',
					ar: '«الجمهورية» مؤنثة (يناسبها «التي»)، وهي بعد «الذي»: صناعتها صنعت المنتجات، ولم تعرضها.'
				}
			},
			{
				id: 'shoigu',
				text: 'شويغو',
				correct: false,
				feedback: {
					en: 'Shoigu visited the exhibition and was shown the weapons (تعرّف ... على); he displayed nothing.',
					ar: 'زار شويغو المعرض وعُرضت عليه الأسلحة («تعرّف ... على»)، ولم يعرض هو شيئاً.'
				}
			}
		],
		explanation: {
			en: 'p12: ... معرض القوات الجوية الفضائية التابع للحرس الثوري الإيراني، الذي عرض منتجات ...: الذي is masculine singular, which rules out القوات and الجمهورية. Grammar alone would also allow الحرس, the nearest masculine noun (“the Guard, which displayed ...”); the sense, and the words خلال العرض that follow, point to the exhibition. That is why the question asks for the most likely reading.',
			ar: 'في الفقرة 12: «... معرض القوات الجوية الفضائية التابع للحرس الثوري الإيراني، الذي عرض منتجات ...»: «الذي» مفرد مذكر، فلا يعود إلى «القوات» ولا إلى «الجمهورية». والنحو وحده يسمح أيضاً بعوده إلى «الحرس»، أقرب اسم مذكر؛ لكن المعنى، وعبارة «خلال العرض» بعده، يرجّحان المعرض. لذلك يسأل السؤال عن الأرجح.'
		},
		evidence: ['p12.s1']
	}
];
