/**
 * The seed set's first 42 questions, grouped by kind: mostly the facts as stated, with some
 * vocabulary, inference and who-said-what. Each carries the reading skill it really tests.
 */
import type { QuestionInput } from '../../../question-schema';

export const seedQuestions: QuestionInput[] = [
	// ---- single choice ----
	{
		id: 'sc-purpose',
		kind: 'single-choice',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'لماذا وصل شويغو إلى إيران بحسب الفقرة الأخيرة من المقال؟',
			en: 'According to the last paragraph of the article, why did Shoigu come to Iran?'
		},
		hints: ['Read the last paragraph (p13): look for لإجراء and بهدف.'],
		options: [
			{
				id: 'talks',
				text: 'لإجراء محادثات مع القادة العسكريين بهدف تعزيز العلاقات العسكرية بين البلدين',
				correct: true,
				feedback:
					'Right: p13 says لإجراء محادثات مع القادة العسكريين، بهدف تعزيز العلاقات العسكرية الروسية الإيرانية.'
			},
			{
				id: 'exhibition',
				text: 'لزيارة معرض للصواريخ والطائرات المسيّرة فقط',
				correct: false,
				feedback:
					'He did see an exhibition, but p11 says that was على هامش الزيارة, “on the sidelines of the visit”, not its purpose.'
			},
			{
				id: 'mediate',
				text: 'للتوسّط بين إيران والدول الأوروبية الثلاث',
				correct: false,
				feedback:
					'The three European states appear only in Ashtiani’s criticism (p7); nobody mediates in the article.'
			},
			{
				id: 'sign',
				text: 'لتوقيع اتفاق جديد بشأن رفع العقوبات',
				correct: false,
				feedback:
					'No agreement is signed in the article; sanctions come up only in Shoigu’s and Ashtiani’s remarks (p3, p7).'
			}
		],
		explanation:
			'The last paragraph (p13) gives the purpose: talks with military commanders, to strengthen Russian-Iranian military relations and develop cooperation. The headline says the same: بهدف تعزيز العلاقات العسكرية.',
		evidence: ['p13.s1', 'headline.s1']
	},
	{
		id: 'sc-discussed',
		kind: 'single-choice',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'ما الذي ناقشه الطرفان أيضاً بحسب الفقرة العاشرة؟',
			en: 'According to paragraph 10, what else did the two sides discuss?'
		},
		hints: ['Paragraph 10 begins وناقش الطرفان أيضاً: read what follows the verb.'],
		options: [
			{
				id: 'opportunities',
				text: 'الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب',
				correct: true,
				feedback:
					'Right: p10, الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب الممنهج.'
			},
			{
				id: 'moscow',
				text: 'موعد زيارة وزير الدفاع الإيراني إلى موسكو',
				correct: false,
				feedback: 'The article mentions no return visit and no date.'
			},
			{
				id: 'sanctions',
				text: 'شروط رفع العقوبات الأوروبية عن إيران',
				correct: false,
				feedback:
					'European sanctions come up in Ashtiani’s remark in p7, not in what the two sides discussed in p10.'
			},
			{
				id: 'purchase',
				text: 'صفقة لشراء الطائرات المسيّرة الإيرانية',
				correct: false,
				feedback:
					'No purchase is mentioned: Shoigu only inspected Iranian-made drones at an exhibition (p11).'
			}
		],
		explanation:
			'p10: وناقش الطرفان أيضاً الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب الممنهج, “the two sides also discussed the opportunities available for developing cooperation ... to confront common threats and systematic terrorism”.',
		evidence: ['p10.s1']
	},
	{
		id: 'sc-counterpart',
		kind: 'single-choice',
		skill: 'inference',
		tier: 2,
		prompt: {
			ar: 'يصف المقال اشتياني بأنه «نظير» شويغو الإيراني. ماذا نستنتج من ذلك عن منصب اشتياني؟',
			en: 'The article calls Ashtiani Shoigu’s Iranian “counterpart” (نظيره). What does that tell us about Ashtiani’s post?'
		},
		hints: [
			'A نظير holds the same post as someone else, in another country.',
			'What is Shoigu’s post? See p1.'
		],
		options: [
			{
				id: 'defence',
				text: 'إنه وزير الدفاع الإيراني',
				correct: true,
				feedback:
					'Right: Shoigu is Russia’s defence minister (p1), so his Iranian counterpart (p2) is Iran’s defence minister.'
			},
			{
				id: 'foreign',
				text: 'إنه وزير الخارجية الإيراني',
				correct: false,
				feedback:
					'A counterpart holds the same post, and Shoigu is defence minister (وزير الدفاع, p1), not foreign minister.'
			},
			{
				id: 'council',
				text: 'إنه أمين المجلس الأعلى للأمن القومي',
				correct: false,
				feedback: 'That is the post of another man, Ali Akbar Ahmadian (p8).'
			},
			{
				id: 'guard',
				text: 'إنه قائد الحرس الثوري الإيراني',
				correct: false,
				feedback:
					'The Revolutionary Guard appears only as the owner of the exhibition in p12; no commander of it is named.'
			}
		],
		explanation:
			'p2 calls Ashtiani نظيره الإيراني, “his Iranian counterpart”. p1 calls Shoigu وزير الدفاع الروسي, so Ashtiani holds the same post in Iran: defence minister.',
		evidence: ['p2.s1', 'p1.s1']
	},
	{
		id: 'sc-sidelines',
		kind: 'single-choice',
		skill: 'vocabulary-in-context',
		tier: 2,
		prompt: {
			ar: 'ما معنى عبارة «على هامش الزيارة» في الفقرة الحادية عشرة؟',
			en: 'What does the phrase «على هامش الزيارة» mean in paragraph 11?'
		},
		hints: ['هامش is the margin of a page: something beside the main text.'],
		options: [
			{
				id: 'alongside',
				text: 'إلى جانب البرنامج الرئيسي للزيارة',
				correct: true,
				feedback:
					'Right: “on the sidelines of the visit”: besides the talks that were its main business.'
			},
			{
				id: 'end',
				text: 'في نهاية الزيارة',
				correct: false,
				feedback:
					'هامش is a margin, not an end; the article does not say when during the visit the exhibition came.'
			},
			{
				id: 'instead',
				text: 'بدلاً من الزيارة',
				correct: false,
				feedback: 'The inspection was part of the visit, not a replacement for it.'
			},
			{
				id: 'before',
				text: 'قبل بدء الزيارة',
				correct: false,
				feedback: 'Nothing in p11 places the inspection before the visit.'
			}
		],
		explanation:
			'على هامش, literally “on the margin of”, is the news phrase for “on the sidelines of”: p11 reports the exhibition as something Shoigu did alongside the talks that were the purpose of his visit (p13).',
		evidence: ['p11.s1']
	},
	{
		id: 'sc-multipolar',
		kind: 'single-choice',
		skill: 'vocabulary-in-context',
		tier: 2,
		prompt: {
			ar: 'تحدّث اشتياني عن «نظام متعدّد الأقطاب». ماذا تعني هذه العبارة في سياق الفقرة الرابعة؟',
			en: 'Ashtiani spoke of a «نظام متعدّد الأقطاب». What does the phrase mean in the context of paragraph 4?'
		},
		hints: [
			'أقطاب is the plural of قطب, “pole”.',
			'The same sentence sets this order against التوجهات الأحادية, “unilateral tendencies”.'
		],
		options: [
			{
				id: 'many-centres',
				text: 'نظام عالمي فيه عدة مراكز قوة لا تهيمن عليه دولة واحدة',
				correct: true,
				feedback:
					'Right: poles are centres of power, and p4 sets this order against التوجهات الأحادية لبعض الدول.'
			},
			{
				id: 'air-defence',
				text: 'نظام دفاع جوي متعدّد الطبقات',
				correct: false,
				feedback:
					'Air defence systems (أنظمة الدفاع الجوي) come up in p12; in p4 نظام is a world order.'
			},
			{
				id: 'one-power',
				text: 'نظام تحكمه دولة واحدة قوية',
				correct: false,
				feedback:
					'That is the opposite: p4 puts the multipolar order against the unilateral (الأحادية) tendencies of some states.'
			},
			{
				id: 'sanctions',
				text: 'نظام عقوبات تفرضه عدة دول',
				correct: false,
				feedback: 'Sanctions are in p3 and p7; p4 is about the shape of the world order.'
			}
		],
		explanation:
			'p4: جهود الدول المستقلة لخلق نظام متعدّد الأقطاب وعادل ضدّ التوجهات الأحادية لبعض الدول: a “multipolar” order has several centres of power, the opposite of one state acting alone.',
		evidence: ['p4.s1']
	},

	// ---- multiple response ----
	{
		id: 'mr-shoigu-said',
		kind: 'multiple-response',
		skill: 'source',
		tier: 1,
		prompt: {
			ar: 'أيّ الأفكار التالية عبّر عنها شويغو؟ اختر كل الإجابات الصحيحة.',
			en: 'Which of these ideas did Shoigu express? Choose every correct answer.'
		},
		hints: ['Shoigu speaks in p1 to p3; Ashtiani from p4 to p7.'],
		options: [
			{
				id: 'readiness',
				text: 'الاستعداد لمزيد من العمل المشترك لتعزيز الاستقرار والأمن في الشرق الأوسط',
				correct: true,
				feedback: 'Yes: p1, and in his own words in p2 (مستعدون لمزيد من العمل المشترك).'
			},
			{
				id: 'dialogue',
				text: 'الحوار الروسي الإيراني يتطور اليوم بشكل مكثّف',
				correct: true,
				feedback: 'Yes: the end of p2.'
			},
			{
				id: 'futility',
				text: 'الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه',
				correct: true,
				feedback: 'Yes: p3, in the quotation after مشيراً إلى أن.'
			},
			{
				id: 'red-line',
				text: 'الحفاظ على وحدة أراضي دول المنطقة خطّ أحمر',
				correct: false,
				feedback: 'Ashtiani said this, about Iran’s red lines (p6).'
			},
			{
				id: 'europe',
				text: 'خطوة الدول الأوروبية الثلاث انتهاك لالتزامات أوروبا',
				correct: false,
				feedback: 'Ashtiani said this (p7).'
			}
		],
		explanation:
			'Shoigu’s words are in p1-p3: readiness for more joint action (p1, p2), the intensive dialogue (p2), and the futility of sanctions pressure (p3). The red lines (p6) and the European states (p7) are Ashtiani’s.',
		evidence: ['p1.s1', 'p2.s1', 'p3.s1'],
		points: 2
	},
	{
		id: 'mr-ashtiani-said',
		kind: 'multiple-response',
		skill: 'source',
		tier: 1,
		prompt: {
			ar: 'أيّ المواقف التالية نسبها المقال إلى اشتياني؟ اختر كل الإجابات الصحيحة.',
			en: 'Which of these positions does the article attribute to Ashtiani? Choose every correct answer.'
		},
		hints: ['Look for اشتياني and the verbs أشار, أضاف, أعلن and اعتبر in p4-p7.'],
		options: [
			{
				id: 'multipolar',
				text: 'أشار إلى جهود الدول المستقلة لخلق نظام متعدّد الأقطاب وعادل',
				correct: true,
				feedback: 'Yes: p4.'
			},
			{
				id: 'forward',
				text: 'التعاون الدفاعي والعسكري بين البلدين سيتقدم إلى الأمام',
				correct: true,
				feedback: 'Yes: p5 (وأضاف: إن التعاون الدفاعي والعسكري الثنائي بين البلدين سيتقدم).'
			},
			{
				id: 'outside-forces',
				text: 'إيران تعارض أيّ تواجد لقوات من خارج المنطقة',
				correct: true,
				feedback: 'Yes: p6 (أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة).'
			},
			{
				id: 'despite-us',
				text: 'تنفيذ الأنشطة المخطط لها على الرغم من معارضة الولايات المتحدة',
				correct: false,
				feedback: 'Shoigu said this (p3).'
			},
			{
				id: 'accept-forces',
				text: 'إيران تقبل وجود قوات أجنبية إذا ساعدت في مواجهة الإرهاب',
				correct: false,
				feedback:
					'The opposite: p6 says Iran opposes any (أي) presence of forces from outside the region.'
			}
		],
		explanation:
			'Ashtiani speaks in p4-p7: the efforts of independent states for a multipolar order (p4), cooperation that will move forward (p5), opposition to outside forces (p6). The planned activities despite US opposition are Shoigu’s words (p3).',
		evidence: ['p4.s1', 'p5.s1', 'p6.s1'],
		points: 2
	},
	{
		id: 'mr-exhibition',
		kind: 'multiple-response',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'ما الذي تفقّده شويغو أو تعرّف عليه بحسب الفقرتين الحادية عشرة والثانية عشرة؟ اختر كل الإجابات الصحيحة.',
			en: 'According to paragraphs 11 and 12, what did Shoigu inspect or learn about? Choose every correct answer.'
		},
		options: [
			{
				id: 'missiles',
				text: 'الصواريخ والأسلحة الصاروخية',
				correct: true,
				feedback: 'Yes: الصواريخ (p11) and الأسلحة الصاروخية (p12).'
			},
			{
				id: 'drones',
				text: 'الطائرات المسيّرة',
				correct: true,
				feedback: 'Yes: الطائرات المسيرة (p11), called الطائرات بدون طيار in p12.'
			},
			{
				id: 'air-defence',
				text: 'أنظمة الدفاع الجوي',
				correct: true,
				feedback: 'Yes: p12, إضافةً إلى أنظمة الدفاع الجوي الإيرانية الصنع.'
			},
			{
				id: 'warships',
				text: 'السفن الحربية',
				correct: false,
				feedback: 'No ships are mentioned in the article.'
			},
			{
				id: 'tanks',
				text: 'الدبابات',
				correct: false,
				feedback: 'No tanks are mentioned in the article.'
			}
		],
		explanation:
			'p11: he inspected الصواريخ والطائرات المسيرة; p12: he learned about الأسلحة الصاروخية والطائرات بدون طيار، إضافةً إلى أنظمة الدفاع الجوي, all Iranian-made.',
		evidence: ['p11.s1', 'p12.s1'],
		points: 2
	},
	{
		id: 'mr-two-sides',
		kind: 'multiple-response',
		skill: 'reference',
		tier: 2,
		prompt: {
			ar: 'ما الذي فعله أحمديان ووزير الدفاع الروسي بحسب الفقرات من الثامنة إلى العاشرة؟ اختر كل الإجابات الصحيحة.',
			en: 'According to paragraphs 8 to 10, what did Ahmadian and the Russian defence minister do? Choose every correct answer.'
		},
		hints: [
			'الجانبين in p9 and الطرفان in p10 both mean “the two sides”: they refer back to the two men of p8.'
		],
		options: [
			{
				id: 'end-interference',
				text: 'أكّدا أهمية إنهاء التدخل الأجنبي في المنطقة',
				correct: true,
				feedback: 'Yes: p8.'
			},
			{
				id: 'main-cause',
				text: 'اعتبرا تدخل البلدان غير الإقليمية السبب الرئيسي لزعزعة الاستقرار',
				correct: true,
				feedback: 'Yes: p9, where “the two sides” are the two men of p8.'
			},
			{
				id: 'opportunities',
				text: 'ناقشا فرص تطوير التعاون لمواجهة التهديدات المشتركة والإرهاب',
				correct: true,
				feedback: 'Yes: p10 (وناقش الطرفان أيضاً ...).'
			},
			{
				id: 'signed',
				text: 'وقّعا اتفاقاً لمكافحة الإرهاب',
				correct: false,
				feedback: 'p10 says they discussed (ناقش) opportunities; no agreement is signed.'
			},
			{
				id: 'visited-together',
				text: 'زارا معاً معرض القوات الجوية الفضائية',
				correct: false,
				feedback: 'p12 says Shoigu visited the exhibition; Ahmadian is not mentioned there.'
			}
		],
		explanation:
			'p8 names the two men; p9 (واعتبر الجانبين) and p10 (وناقش الطرفان) continue with “the two sides”: interference from outside is the main cause of instability, and they discussed cooperation against common threats and terrorism.',
		evidence: ['p8.s1', 'p9.s1', 'p10.s1'],
		points: 2
	},

	// ---- true / false / not stated ----
	{
		id: 'tf-europe-violation',
		kind: 'true-false-not-stated',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'اعتبر اشتياني أن خطوة ألمانيا وفرنسا وبريطانيا بشأن عدم إلغاء العقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة.',
			en: 'Ashtiani considered the step taken by Germany, France and Britain regarding not lifting the sanctions a clear violation of Europe’s commitments under the Joint Comprehensive Plan of Action.'
		},
		answer: 'true',
		feedback: {
			true: 'Right: p7 says this almost word for word.',
			false: 'Read p7 again: اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح.',
			'not-stated': 'It is stated, in p7.'
		},
		explanation:
			'p7: اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث “ألمانيا وفرنسا وبريطانيا” بشأن عدم إلغاء العقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة.',
		evidence: ['p7.s1']
	},
	{
		id: 'tf-us-supports',
		kind: 'true-false-not-stated',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'بحسب شويغو، تؤيّد الولايات المتحدة وحلفاؤها الغربيون الأنشطة المخطط لها.',
			en: 'According to Shoigu, the United States and its Western allies support the planned activities.'
		},
		answer: 'false',
		feedback: {
			true: 'p3 speaks of their opposition (معارضة), not their support.',
			false:
				'Right: the activities go ahead على الرغم من معارضة الولايات المتحدة, “despite the opposition of the United States” (p3).',
			'not-stated':
				'It is stated: p3 speaks of the opposition (معارضة) of the United States and its allies.'
		},
		explanation:
			'p3: نهدف إلى تنفيذ مجموعة كاملة من الأنشطة المخطط لها، على الرغم من معارضة الولايات المتحدة وحلفائها الغربيين: the United States and its allies oppose the activities.',
		evidence: ['p3.s1']
	},
	{
		id: 'tf-drones-made',
		kind: 'true-false-not-stated',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'الطائرات المسيّرة التي تفقّدها وزير الدفاع الروسي في طهران روسية الصنع.',
			en: 'The drones the Russian defence minister inspected in Tehran were Russian-made.'
		},
		answer: 'false',
		feedback: {
			true: 'p11 calls them الإيرانية الصنع, “Iranian-made”.',
			false: 'Right: p11 says الإيرانية الصنع, “Iranian-made”.',
			'not-stated': 'It is stated: p11 calls them الإيرانية الصنع.'
		},
		explanation:
			'p11: تفقد وزير الدفاع الروسي، الصواريخ والطائرات المسيرة الإيرانية الصنع: the missiles and drones were Iranian-made.',
		evidence: ['p11.s1']
	},
	{
		id: 'tf-president',
		kind: 'true-false-not-stated',
		skill: 'source',
		tier: 1,
		prompt: {
			ar: 'التقى شويغو الرئيسَ الإيراني خلال زيارته.',
			en: 'Shoigu met the Iranian president during his visit.'
		},
		answer: 'not-stated',
		feedback: {
			true: 'The article names only Ashtiani (p2) and Ahmadian (p8) and speaks of talks with military commanders (p13); the president is not mentioned.',
			false:
				'The article does not say he did not meet him either: the president is simply not mentioned.',
			'not-stated':
				'Right: the people Shoigu deals with are Ashtiani (p2), Ahmadian (p8) and military commanders (p13); nothing about the president.'
		},
		explanation:
			'The article names Shoigu’s meeting with Ashtiani (p2), his joint statement with Ahmadian (p8) and talks with military commanders (p13). The president does not appear, so the statement is neither confirmed nor denied.',
		evidence: ['p2.s1', 'p8.s1', 'p13.s1']
	},
	{
		id: 'tf-agreement',
		kind: 'true-false-not-stated',
		skill: 'source',
		tier: 2,
		prompt: {
			ar: 'وقّع البلدان خلال الزيارة اتفاقاً جديداً للتعاون العسكري.',
			en: 'During the visit the two countries signed a new military cooperation agreement.'
		},
		answer: 'not-stated',
		hints: ['Is سيتقدم إلى الأمام (p5) a signed agreement, or a statement about the future?'],
		feedback: {
			true: 'p5 only says cooperation سيتقدم إلى الأمام, “will move forward”: a statement about the future, not a signed agreement.',
			false: 'Nothing in the article says they did not sign one; no agreement is mentioned at all.',
			'not-stated':
				'Right: the article reports talks (p13), statements (p5) and discussions (p10), but no agreement.'
		},
		explanation:
			'The article speaks of cooperation that “will move forward” (p5), discussions (p10) and talks (p13). It mentions no agreement, signed or not.',
		evidence: ['p5.s1', 'p10.s1', 'p13.s1']
	},
	{
		id: 'tf-sanctions-work',
		kind: 'true-false-not-stated',
		skill: 'vocabulary-in-context',
		tier: 2,
		prompt: {
			ar: 'يرى شويغو أن العقوبات على روسيا وإيران حقّقت هدفها.',
			en: 'Shoigu believes that the sanctions on Russia and Iran have achieved their aim.'
		},
		answer: 'false',
		hints: ['جدوى means “use, benefit”; what does عدم جدواه say about it?'],
		feedback: {
			true: 'p3: the pressure يظهر عدم جدواه, “is showing its futility”, the opposite of success.',
			false:
				'Right: يظهر عدم جدواه, “shows its futility”, and cooperation reaches a new level anyway (p3).',
			'not-stated': 'He says it, in p3: الضغط بالعقوبات ... يظهر عدم جدواه.'
		},
		explanation:
			'p3: الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه، بينما يصل التعاون الروسي الإيراني إلى مستوى جديد: Shoigu says the sanctions pressure is futile.',
		evidence: ['p3.s1']
	},

	// ---- short answer ----
	{
		id: 'sa-city',
		kind: 'short-answer',
		skill: 'literal',
		tier: 1,
		answerLanguage: 'ar',
		prompt: {
			ar: 'في أيّ مدينة اجتمع شويغو بنظيره الإيراني؟ اكتب اسم المدينة بالعربية.',
			en: 'In which city did Shoigu meet his Iranian counterpart? Write the name of the city in Arabic.'
		},
		hints: ['It is also the city in the dateline.'],
		accepted: [
			{ text: 'طهران', feedback: 'Right: p2, في اجتماع مع نظيره الإيراني ... في طهران.' },
			{ text: 'العاصمة طهران', feedback: 'Right: Tehran, the capital (p2, p11).' }
		],
		explanation:
			'p2: في اجتماع مع نظيره الإيراني محمد رضا اشتياني في طهران. The dateline (طهران – وكالات) and p11 (العاصمة طهران) name the same city.',
		evidence: ['p2.s1', 'dateline.s1']
	},
	{
		id: 'sa-agency',
		kind: 'short-answer',
		skill: 'source',
		tier: 1,
		answerLanguage: 'ar',
		profile: 'lenient',
		prompt: {
			ar: 'ما اسم الوكالة التي نقلت كلام شويغو في الفقرة الثانية؟ اكتب الاسم بالعربية كما ورد في المقال.',
			en: 'Which news agency quoted Shoigu in paragraph 2? Write its name in Arabic, as the article gives it.'
		},
		hints: ['p2 begins ونقلت وكالة ...: the name follows وكالة.'],
		accepted: [
			{ text: 'نوفوستي', feedback: 'Right: p2, ونقلت وكالة نوفوستي عن شويغو.' },
			{ text: 'وكالة نوفوستي', feedback: 'Right: p2, ونقلت وكالة نوفوستي عن شويغو.' },
			{
				text: 'ريا نوفوستي',
				feedback:
					'Right: the agency’s full name is RIA Novosti; the article calls it وكالة نوفوستي (p2).'
			},
			{
				text: 'وكالة ريا نوفوستي',
				feedback:
					'Right: the agency’s full name is RIA Novosti; the article calls it وكالة نوفوستي (p2).'
			},
			{
				text: 'نوفستي',
				feedback: 'Right: the article spells it نوفوستي, with و after the ف (p2).'
			},
			{
				text: 'وكالة نوفستي',
				feedback: 'Right: the article spells it وكالة نوفوستي, with و after the ف (p2).'
			},
			{
				text: 'وكالات',
				credit: 0,
				feedback:
					'وكالات in the dateline means “(news) agencies” in general; p2 names the one agency that quoted Shoigu: وكالة نوفوستي.'
			}
		],
		explanation:
			'p2: ونقلت وكالة نوفوستي عن شويغو ..., “the Novosti agency quoted Shoigu ...”. The dateline credits agencies in general (وكالات); p2 names the agency for Shoigu’s words. Small spelling slips, such as ى for a final ي or a missing hamza, still count.',
		evidence: ['p2.s1']
	},
	{
		id: 'sa-opposing-country',
		kind: 'short-answer',
		skill: 'literal',
		tier: 1,
		answerLanguage: 'ar',
		prompt: {
			ar: 'قال شويغو إن بلاده تهدف إلى تنفيذ الأنشطة المخطط لها على الرغم من معارضة دولة وحلفائها الغربيين. ما هذه الدولة؟ اكتب اسمها بالعربية.',
			en: 'Shoigu said his country aims to carry out the planned activities despite the opposition of a country and its Western allies. Which country? Write its name in Arabic.'
		},
		accepted: [
			{
				text: 'الولايات المتحدة',
				feedback: 'Right: p3, معارضة الولايات المتحدة وحلفائها الغربيين.'
			},
			{
				text: 'الولايات المتحدة الأمريكية',
				feedback: 'Right: the article says الولايات المتحدة (p3).'
			},
			{ text: 'أمريكا', feedback: 'Right; the article’s own words are الولايات المتحدة (p3).' },
			{ text: 'أميركا', feedback: 'Right; the article’s own words are الولايات المتحدة (p3).' }
		],
		explanation:
			'p3: على الرغم من معارضة الولايات المتحدة وحلفائها الغربيين, “despite the opposition of the United States and its Western allies”.',
		evidence: ['p3.s1']
	},
	{
		id: 'sa-jcpoa',
		kind: 'short-answer',
		skill: 'vocabulary-in-context',
		tier: 2,
		answerLanguage: 'en',
		prompt: {
			ar: 'ترجم عبارة «خطة العمل الشاملة المشتركة» الواردة في الفقرة السابعة إلى الإنجليزية. تكفي الترجمة الحرفية.',
			en: 'Translate «خطة العمل الشاملة المشتركة» (paragraph 7) into English. A word-for-word translation is enough.'
		},
		hints: [
			'Four words: خطة = plan, العمل = action (work), الشاملة = comprehensive, المشتركة = joint.',
			'الشاملة and المشتركة are feminine adjectives: they describe خطة, not العمل.'
		],
		accepted: [
			{
				text: 'JCPOA',
				feedback:
					'Right: the abbreviation of the Joint Comprehensive Plan of Action, which is the Arabic word for word.'
			},
			{
				text: 'Joint Comprehensive Plan of Action JCPOA',
				feedback: 'Right: word for word, and its abbreviation.'
			},
			{
				text: 'Joint Comprehensive Plan of Action',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'the Joint Comprehensive Plan of Action',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'Comprehensive Joint Plan of Action',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'the Comprehensive Joint Plan of Action',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'Joint Comprehensive Action Plan',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'the Joint Comprehensive Action Plan',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'Comprehensive Joint Action Plan',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'the Comprehensive Joint Action Plan',
				feedback:
					'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.'
			},
			{
				text: 'Comprehensive Plan of Joint Action',
				credit: 0.5,
				feedback:
					'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.'
			},
			{
				text: 'the Comprehensive Plan of Joint Action',
				credit: 0.5,
				feedback:
					'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.'
			},
			{
				text: 'Plan of Comprehensive Joint Action',
				credit: 0.5,
				feedback:
					'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.'
			},
			{
				text: 'the Plan of Comprehensive Joint Action',
				credit: 0.5,
				feedback:
					'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.'
			},
			{
				text: 'Joint Plan of Comprehensive Action',
				credit: 0.5,
				feedback:
					'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.'
			},
			{
				text: 'the Joint Plan of Comprehensive Action',
				credit: 0.5,
				feedback:
					'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.'
			},
			{
				text: 'Iran nuclear deal',
				credit: 0.5,
				feedback:
					'That is what the plan is, but the question asks for its words: خطة العمل الشاملة المشتركة, the Joint Comprehensive Plan of Action.'
			},
			{
				text: 'the Iran nuclear deal',
				credit: 0.5,
				feedback:
					'That is what the plan is, but the question asks for its words: خطة العمل الشاملة المشتركة, the Joint Comprehensive Plan of Action.'
			},
			{
				text: 'nuclear deal',
				credit: 0.5,
				feedback:
					'That is what the plan is, but the question asks for its words: خطة العمل الشاملة المشتركة, the Joint Comprehensive Plan of Action.'
			}
		],
		explanation:
			'p7: انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة. Word for word: plan (خطة) of action (العمل), comprehensive (الشاملة) and joint (المشتركة). The two adjectives are feminine, so they describe the plan (خطة), not the action: they earn full credit in either order, and half when they are put on the action. It is also the agreement’s official English name, the Joint Comprehensive Plan of Action (JCPOA); the article itself does not say what the plan is about, so knowing that it is the Iran nuclear agreement is not needed here.',
		evidence: ['p7.s1']
	},
	{
		id: 'sa-drones-phrase',
		kind: 'short-answer',
		skill: 'vocabulary-in-context',
		tier: 2,
		answerLanguage: 'ar',
		prompt: {
			ar: 'تستعمل الفقرة الحادية عشرة عبارة «الطائرات المسيّرة». ما العبارة التي تستعملها الفقرة الثانية عشرة للدلالة على الشيء نفسه؟',
			en: 'Paragraph 11 uses the phrase «الطائرات المسيّرة» (drones). Which phrase does paragraph 12 use for the same thing?'
		},
		hints: ['Look in p12 for الطائرات followed by a phrase meaning “without a pilot”.'],
		accepted: [
			{ text: 'الطائرات بدون طيار', feedback: 'Right: p12, “aircraft without a pilot”.' },
			{
				text: 'طائرات بدون طيار',
				feedback: 'Right: p12 has it with the article, الطائرات بدون طيار.'
			},
			{
				text: 'بدون طيار',
				credit: 0.5,
				feedback: 'That is the key part; the whole phrase in p12 is الطائرات بدون طيار.'
			}
		],
		explanation:
			'p11 says الطائرات المسيرة (“guided aircraft”); p12 says الطائرات بدون طيار (“aircraft without a pilot”). Both mean drones.',
		evidence: ['p12.s1', 'p11.s1']
	},

	// ---- numerical ----
	{
		id: 'num-european-states',
		kind: 'numerical',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'كم دولةً أوروبيةً ذكر اشتياني في حديثه عن عدم إلغاء العقوبات؟',
			en: 'How many European states did Ashtiani name when he spoke about not lifting the sanctions?'
		},
		hints: ['Count the names between the quotation marks in p7.'],
		answer: 3,
		tolerance: 0,
		explanation:
			'p7: الدول الأوروبية الثلاث “ألمانيا وفرنسا وبريطانيا”: three states, Germany, France and Britain.',
		evidence: ['p7.s1']
	},
	{
		id: 'num-systems',
		kind: 'numerical',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'كم نوعاً من الأسلحة والأنظمة تعرّف عليها شويغو خلال العرض بحسب الفقرة الثانية عشرة؟',
			en: 'According to paragraph 12, how many kinds of weapons and systems was Shoigu introduced to during the display?'
		},
		hints: ['Read what follows وتعرف خلال العرض على in p12.'],
		answer: 3,
		tolerance: 0,
		explanation:
			'p12: الأسلحة الصاروخية (missile weapons), الطائرات بدون طيار (drones), إضافةً إلى أنظمة الدفاع الجوي (air defence systems): three kinds.',
		evidence: ['p12.s1']
	},
	{
		id: 'num-people-named',
		kind: 'numerical',
		skill: 'literal',
		tier: 2,
		prompt: {
			ar: 'كم شخصاً يذكر المقال باسمه؟',
			en: 'How many people does the article mention by name?'
		},
		hints: [
			'Look for first names and family names across the whole article.',
			'An agency is not a person.'
		],
		answer: 3,
		tolerance: 0,
		explanation:
			'Three: سيرغي شويغو (p1), محمد رضا اشتياني (p2) and علي أكبر أحمديان (p8). نوفوستي is an agency, and the military commanders of p13 are not named.',
		evidence: ['p1.s1', 'p2.s1', 'p8.s1']
	},
	{
		id: 'num-defence-ministers',
		kind: 'numerical',
		skill: 'inference',
		tier: 2,
		prompt: {
			ar: 'تذكر الفقرة الثانية اجتماعاً في طهران. كم وزيرَ دفاعٍ يذكر المقال في هذا الاجتماع؟',
			en: 'Paragraph 2 reports a meeting in Tehran. How many defence ministers does the article mention at this meeting?'
		},
		hints: [
			'Who is at the meeting in p2? Shoigu and نظيره, “his counterpart”.',
			'A counterpart holds the same post as Shoigu, in another country.'
		],
		answer: 2,
		tolerance: 0,
		explanation:
			'Two: p2 reports a meeting between Shoigu, the Russian defence minister (p1), and his Iranian counterpart Ashtiani, who therefore holds the same post in Iran. Ahmadian (p8) is secretary of the Supreme National Security Council, not a defence minister, and p2 does not place him at this meeting.',
		evidence: ['p1.s1', 'p2.s1']
	},

	// ---- matching ----
	{
		id: 'match-roles',
		kind: 'matching',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'صِل كل شخص بصفته كما وردت في المقال.',
			en: 'Match each person to his role as the article gives it.'
		},
		hints: ['The roles are in p1, p2 and p8.'],
		pairs: [
			{ id: 'shoigu', left: 'سيرغي شويغو', right: 'وزير الدفاع الروسي' },
			{ id: 'ashtiani', left: 'محمد رضا اشتياني', right: 'نظير شويغو الإيراني' },
			{
				id: 'ahmadian',
				left: 'علي أكبر أحمديان',
				right: 'أمين المجلس الأعلى للأمن القومي الإيراني'
			}
		],
		distractors: ['وزير الخارجية الإيراني', 'قائد الحرس الثوري الإيراني'],
		explanation:
			'p1: وزير الدفاع الروسي سيرغي شويغو; p2: نظيره الإيراني محمد رضا اشتياني; p8: أمين المجلس الأعلى للأمن القومي الإيراني علي أكبر أحمديان. No foreign minister or Guard commander is named.',
		evidence: ['p1.s1', 'p2.s1', 'p8.s1'],
		points: 2
	},
	{
		id: 'match-speakers',
		kind: 'matching',
		skill: 'source',
		tier: 1,
		prompt: {
			ar: 'صِل كل متحدّث بما قاله أو أكّده في المقال.',
			en: 'Match each speaker to what he said or stressed in the article.'
		},
		pairs: [
			{
				id: 'shoigu',
				left: 'شويغو',
				right: 'الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه'
			},
			{
				id: 'ashtiani',
				left: 'اشتياني',
				right: 'الحفاظ على وحدة أراضي دول المنطقة والحدود الدولية أحد الخطوط الحمراء لإيران'
			},
			{
				id: 'both',
				left: 'أحمديان ووزير الدفاع الروسي',
				right: 'أهمية إنهاء التدخل الأجنبي في المنطقة'
			}
		],
		distractors: ['على إيران أن تقبل قرار الدول الأوروبية الثلاث بشأن العقوبات'],
		explanation:
			'Shoigu on sanctions: p3. Ashtiani on Iran’s red lines: p6. Ahmadian and the Russian minister on foreign interference: p8. Nobody says Iran should accept the European decision; Ashtiani calls it a violation (p7).',
		evidence: ['p3.s1', 'p6.s1', 'p8.s1'],
		points: 2
	},
	{
		id: 'match-vocabulary',
		kind: 'matching',
		skill: 'vocabulary-in-context',
		tier: 2,
		prompt: {
			ar: 'صِل كل كلمة من المقال بمعناها في سياقها.',
			en: 'Match each word from the article to its meaning in context.'
		},
		hints: ['Read each word in its sentence before you choose.'],
		pairs: [
			{ id: 'nazir', left: 'نظيره (الفقرة 2)', right: 'مَن يشغل المنصب نفسه في بلد آخر' },
			{ id: 'jadwa', left: 'جدواه (الفقرة 3)', right: 'فائدته ونفعه' },
			{ id: 'zazaa', left: 'زعزعة (الفقرة 9)', right: 'الإخلال بالشيء وإضعاف ثباته' },
			{ id: 'mumanhaj', left: 'الممنهج (الفقرة 10)', right: 'المنظَّم وفق خطة' },
			{ id: 'tafaqqada', left: 'تفقّد (الفقرة 11)', right: 'عاين الشيء وفحصه بنفسه' }
		],
		distractors: ['الرفض العلني', 'مَن يخالفه في الرأي', 'العشوائي بلا خطة', 'بحث عن شيء فقده'],
		explanation:
			'نظير: a counterpart (p2), not an opponent. جدوى: use, benefit (p3, عدم جدواه = its futility). زعزعة الاستقرار: destabilisation (p9). الإرهاب الممنهج: systematic terrorism (p10), the opposite of random. تفقّد: to inspect (p11). تفقّد can also mean to look for something missing (its root ف-ق-د means “to lose”), but in p11 the minister is inspecting weapons at an exhibition.',
		evidence: ['p2.s1', 'p3.s1', 'p9.s1', 'p10.s1', 'p11.s1'],
		points: 2
	},

	// ---- ordering ----
	{
		id: 'ord-article',
		kind: 'ordering',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'رتّب ما يلي بحسب ترتيب وروده في فقرات المقال (لا بحسب ترتيب وقوعه).',
			en: 'Put these in the order in which the article’s paragraphs report them (not necessarily the order in which they happened).'
		},
		hints: [
			'Each item is reported in one paragraph only, and none is in the headline.',
			'The article gives Shoigu’s words first, then Ashtiani’s, then the talks with Ahmadian, then the exhibition.'
		],
		items: [
			{
				id: 'readiness',
				text: 'شويغو يعبّر في اجتماعه مع اشتياني عن الاستعداد لمزيد من العمل المشترك'
			},
			{ id: 'europe', text: 'اشتياني ينتقد خطوة الدول الأوروبية الثلاث بشأن العقوبات' },
			{
				id: 'interference',
				text: 'أحمديان ووزير الدفاع الروسي يؤكدان أهمية إنهاء التدخل الأجنبي'
			},
			{
				id: 'terrorism',
				text: 'الطرفان يناقشان فرص التعاون لمواجهة التهديدات المشتركة والإرهاب'
			},
			{
				id: 'air-defence',
				text: 'شويغو يتعرّف على أنظمة دفاع جوي إيرانية الصنع في معرض الحرس الثوري'
			}
		],
		explanation:
			'Shoigu’s readiness in his meeting with Ashtiani: p2; the European states: p7; foreign interference: p8; common threats and terrorism: p10; the air defence systems: p12. (The purpose of the visit, which the headline and p13 both state, is left out: it has no single place in the order.)',
		evidence: ['p2.s1', 'p7.s1', 'p8.s1', 'p10.s1', 'p12.s1'],
		points: 2
	},
	{
		id: 'ord-ashtiani',
		kind: 'ordering',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'رتّب أقوال اشتياني بحسب ترتيب ورودها في المقال.',
			en: 'Put Ashtiani’s statements in the order in which the article gives them.'
		},
		items: [
			{ id: 'multipolar', text: 'جهود الدول المستقلة لخلق نظام متعدّد الأقطاب وعادل' },
			{ id: 'forward', text: 'التعاون الدفاعي والعسكري بين البلدين سيتقدم إلى الأمام' },
			{ id: 'outside-forces', text: 'معارضة إيران لأي تواجد لقوات من خارج المنطقة' },
			{ id: 'europe', text: 'خطوة الدول الأوروبية الثلاث انتهاك لالتزامات أوروبا' }
		],
		explanation:
			'Ashtiani speaks in four consecutive paragraphs: the multipolar order (p4), cooperation moving forward (p5), opposition to outside forces (p6), the European states (p7).',
		evidence: ['p4.s1', 'p5.s1', 'p6.s1', 'p7.s1'],
		points: 2
	},
	{
		id: 'ord-sentence',
		kind: 'ordering',
		skill: 'discourse',
		tier: 2,
		prompt: {
			ar: 'رتّب أجزاء الجملة التالية من الفقرة السادسة لتكوّن جملة صحيحة.',
			en: 'Put the parts of this sentence from paragraph 6 in order to make a correct sentence.'
		},
		hints: [
			'أعلن is followed by عن; معارضة is followed by ل (“opposition to”).',
			'من خارج says where the forces come from.'
		],
		items: [
			{ id: 'announced', text: 'إلى ذلك، أعلن اشتياني' },
			{ id: 'opposition', text: 'عن معارضة بلاده' },
			{ id: 'presence', text: 'لأي تواجد لقوات' },
			{ id: 'outside', text: 'من خارج المنطقة' }
		],
		explanation:
			'p6: إلى ذلك، أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة: أعلن عن (announce), معارضة ل (opposition to), تواجد لقوات (a presence of forces), من خارج المنطقة (from outside the region).',
		evidence: ['p6.s1'],
		points: 2
	},

	// ---- cloze ----
	{
		id: 'cloze-headline',
		kind: 'cloze',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'اكتب الكلمتين الناقصتين في عنوان المقال.',
			en: 'Type the two missing words in the article’s headline.'
		},
		hints: [
			'The headline gives the purpose of the visit.',
			'The last paragraph repeats it: بهدف ... العلاقات ...'
		],
		sentence: 'headline.s1',
		gaps: [{ token: 1 }, { token: 3 }],
		mode: 'typed',
		explanation:
			'The headline: بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران. p13 repeats the aim: بهدف تعزيز العلاقات العسكرية الروسية الإيرانية.',
		evidence: ['headline.s1', 'p13.s1'],
		points: 2
	},
	{
		id: 'cloze-outside-forces',
		kind: 'cloze',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'أكمل جملة الفقرة السادسة بالكلمات المناسبة من البنك.',
			en: 'Complete the sentence of paragraph 6 with the right words from the bank.'
		},
		sentence: 'p6.s1',
		gaps: [{ token: 6 }, { token: 12 }, { token: 29 }],
		mode: 'bank',
		distractors: ['ترحيب', 'داخل', 'الخضراء'],
		explanation:
			'p6: أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة ... هو أحد الخطوط الحمراء لإيران: Iran opposes forces from outside the region, and territorial integrity is a red line.',
		evidence: ['p6.s1'],
		points: 3
	},
	{
		id: 'cloze-europe',
		kind: 'cloze',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'اكتب الكلمتين الناقصتين في جملة الفقرة السابعة.',
			en: 'Type the two missing words in the sentence of paragraph 7.'
		},
		hints: [
			'The first gap is a number word: how many states are named?',
			'The second is a noun meaning “violation” (root ن-ه-ك).'
		],
		sentence: 'p7.s1',
		gaps: [{ token: 10 }, { token: 20 }],
		mode: 'typed',
		explanation:
			'p7: خطوة الدول الأوروبية الثلاث ... انتهاك واضح لالتزامات أوروبا: three states, and their step is a clear violation. The number is الثلاث, without ة, because دولة is feminine.',
		evidence: ['p7.s1'],
		points: 2
	},
	{
		id: 'cloze-sanctions',
		kind: 'cloze',
		skill: 'discourse',
		tier: 2,
		prompt: {
			ar: 'أكمل جملة الفقرة الثالثة بالكلمتين المناسبتين من البنك. انتبه إلى «على الرغم من» و«بينما».',
			en: 'Complete the sentence of paragraph 3 with the two right words from the bank. Mind «على الرغم من» (despite) and «بينما» (while).'
		},
		hints: [
			'على الرغم من introduces something that stands in the way.',
			'بينما contrasts the sanctions with cooperation that reaches a new level.'
		],
		sentence: 'p3.s1',
		gaps: [{ token: 16 }, { token: 32 }],
		mode: 'bank',
		distractors: ['تأييد', 'زيادة'],
		explanation:
			'p3: على الرغم من معارضة الولايات المتحدة (despite the opposition, not support) ... الضغط بالعقوبات ... يظهر عدم جدواه، بينما يصل التعاون ... إلى مستوى جديد (the pressure fails while cooperation grows).',
		evidence: ['p3.s1'],
		points: 2
	},

	// ---- evidence ----
	{
		id: 'ev-outside-forces',
		kind: 'evidence',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'اختر من المقال الجملة التي تدعم العبارة التالية.',
			en: 'Select the sentence in the article that supports this statement: “Ashtiani announced that Iran opposes any presence of forces from outside the region.”'
		},
		claim: 'أعلن اشتياني أن إيران تعارض أي وجود لقوات من خارج المنطقة.',
		explanation:
			'p6: أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة. (p8 and p9 are about foreign interference, and speak for both sides.)',
		evidence: ['p6.s1']
	},
	{
		id: 'ev-purpose',
		kind: 'evidence',
		skill: 'literal',
		tier: 1,
		prompt: {
			ar: 'اختر من المقال كل الجمل التي تدعم العبارة التالية.',
			en: 'Select every sentence in the article that supports this statement: “The aim of Shoigu’s visit was to strengthen military relations between Russia and Iran.”'
		},
		claim: 'كان الهدف من زيارة شويغو تعزيز العلاقات العسكرية بين روسيا وإيران.',
		hints: ['Look for بهدف: it appears twice.'],
		explanation:
			'The headline (بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران) and the last paragraph, p13 (بهدف تعزيز العلاقات العسكرية الروسية الإيرانية), both state the aim.',
		evidence: ['headline.s1', 'p13.s1']
	},
	{
		id: 'ev-europe',
		kind: 'evidence',
		skill: 'literal',
		tier: 2,
		prompt: {
			ar: 'اختر من المقال الجملة التي تدعم العبارة التالية.',
			en: 'Select the sentence in the article that supports this statement: “An Iranian official holds that three European states have not kept the commitments they made under the Joint Comprehensive Plan of Action.”'
		},
		claim:
			'يرى مسؤول إيراني أن ثلاث دول أوروبية لم تفِ بالتزاماتها بموجب خطة العمل الشاملة المشتركة.',
		explanation:
			'p7: Ashtiani calls the three states’ step on not lifting sanctions انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة: a violation of commitments is not keeping them.',
		evidence: ['p7.s1']
	},
	{
		id: 'ev-iranian-made',
		kind: 'evidence',
		skill: 'literal',
		tier: 2,
		prompt: {
			ar: 'اختر من المقال كل الجمل التي تدعم العبارة التالية.',
			en: 'Select every sentence in the article that supports this statement: “The Russian minister saw weapons made in Iran.”'
		},
		claim: 'اطّلع الوزير الروسي على أسلحة من صنع إيران.',
		hints: ['Look for الإيرانية الصنع, “Iranian-made”.'],
		explanation:
			'p11: الصواريخ والطائرات المسيرة الإيرانية الصنع; p12: أنظمة الدفاع الجوي الإيرانية الصنع, shown by the Revolutionary Guard’s exhibition of the Republic’s military industry.',
		evidence: ['p11.s1', 'p12.s1']
	},
	{
		id: 'ev-interference',
		kind: 'evidence',
		skill: 'source',
		tier: 2,
		prompt: {
			ar: 'اختر من المقال كل الجمل التي تدعم العبارة التالية.',
			en: 'Select every sentence in the article that supports this statement: “The Iranian and Russian sides hold that interference from outside the region harms its stability.”'
		},
		claim: 'يرى الجانبان الإيراني والروسي أن التدخل من خارج المنطقة يضرّ باستقرارها.',
		hints: [
			'One sentence names the two sides; the next gives their view of the cause of instability.'
		],
		explanation:
			'p8: Ahmadian and the Russian defence minister stress ending foreign interference; p9: the two sides call interference by non-regional countries السبب الرئيسي لزعزعة الاستقرار. (p6 is Iran’s view alone.)',
		evidence: ['p8.s1', 'p9.s1']
	},

	// ---- free response ----
	{
		id: 'fr-visit-summary',
		kind: 'free-response',
		skill: 'main-idea',
		tier: 1,
		prompt: {
			ar: 'لخّص زيارة شويغو إلى طهران في جملتين أو ثلاث جمل بالعربية: مع من اجتمع، وماذا تفقّد، ولماذا جاء.',
			en: 'Summarise Shoigu’s visit to Tehran in two or three Arabic sentences: whom he met, what he inspected and why he came.'
		},
		sampleAnswer:
			'وصل وزير الدفاع الروسي سيرغي شويغو إلى إيران لإجراء محادثات مع القادة العسكريين بهدف تعزيز العلاقات العسكرية بين البلدين، واجتمع في طهران بنظيره الإيراني محمد رضا اشتياني، وأكّد مع أمين المجلس الأعلى للأمن القومي علي أكبر أحمديان أهمية إنهاء التدخل الأجنبي في المنطقة. وعلى هامش الزيارة تفقّد صواريخ وطائرات مسيّرة إيرانية الصنع في معرض بطهران، وزار معرض القوات الجوية الفضائية التابع للحرس الثوري.',
		checklist: [
			'Says whom he met: his Iranian counterpart, Mohammad-Reza Ashtiani, in Tehran (p2), or Ali Akbar Ahmadian, secretary of Iran’s Supreme National Security Council, with whom he stressed ending foreign interference (p8); either name counts, both are better.',
			'Says what he inspected: Iranian-made missiles and drones, and the Revolutionary Guard’s Aerospace Force exhibition (p11, p12).',
			'Says why he came: talks with military commanders to strengthen military relations (p13).'
		],
		explanation:
			'The meeting with Ashtiani is in p2 and the joint position with Ahmadian in p8, the exhibitions in p11 and p12, and the purpose in p13 (and the headline).',
		evidence: ['p2.s1', 'p8.s1', 'p11.s1', 'p12.s1', 'p13.s1', 'headline.s1'],
		points: 3
	},
	{
		id: 'fr-foreign-presence',
		kind: 'free-response',
		skill: 'source',
		tier: 2,
		prompt: {
			ar: 'ما موقف الجانبين الإيراني والروسي من وجود القوات الأجنبية وتدخّلها في المنطقة؟ أجب في جملتين أو ثلاث بالعربية مستنداً إلى المقال.',
			en: 'What is the position of the Iranian and Russian sides on the presence of foreign forces and foreign interference in the region? Answer in two or three Arabic sentences, based on the article.'
		},
		sampleAnswer:
			'تعارض إيران أي تواجد لقوات من خارج المنطقة، وتعدّ الحفاظ على وحدة أراضي دول المنطقة والحدود الدولية أحد خطوطها الحمراء. ويؤكد الجانبان الإيراني والروسي أهمية إنهاء التدخل الأجنبي، لأنهما يعدّان تدخل البلدان غير الإقليمية السبب الرئيسي لزعزعة الاستقرار وإثارة الفوضى في المنطقة.',
		checklist: [
			'Iran (Ashtiani) opposes any presence of forces from outside the region (p6).',
			'The territorial integrity of the region’s states and international borders is one of Iran’s red lines (p6).',
			'Ahmadian and the Russian minister stress the importance of ending foreign interference (p8).',
			'They call interference by non-regional countries the main cause of instability and chaos (p9).'
		],
		explanation:
			'Iran’s own position is in p6 (Ashtiani); the shared position of the two sides is in p8 and p9.',
		evidence: ['p6.s1', 'p8.s1', 'p9.s1'],
		points: 3
	},
	{
		id: 'fr-sanctions',
		kind: 'free-response',
		skill: 'source',
		tier: 2,
		prompt: {
			ar: 'قارن بين ما قاله شويغو وما قاله اشتياني عن العقوبات. أجب في جملتين أو ثلاث جمل بالعربية.',
			en: 'Compare what Shoigu and Ashtiani said about sanctions. Answer in two or three sentences in Arabic.'
		},
		sampleAnswer:
			'يرى شويغو أن الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه، بينما يصل التعاون بين البلدين إلى مستوى جديد. أما اشتياني فيتحدث عن خطوة محددة، إذ يعتبر أن عدم إلغاء ألمانيا وفرنسا وبريطانيا للعقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة.',
		checklist: [
			'Shoigu: sanctions pressure on Russia and Iran is showing its futility (عدم جدواه) (p3).',
			'Shoigu sets it against cooperation reaching a new level (p3).',
			'Ashtiani: the three European states’ step on not lifting sanctions is a clear violation of Europe’s JCPOA commitments (p7).',
			'The difference: Shoigu speaks of sanctions on both countries in general, Ashtiani of one European step.'
		],
		explanation: 'Shoigu’s view of sanctions is at the end of p3; Ashtiani’s is in p7.',
		evidence: ['p3.s1', 'p7.s1'],
		points: 3
	}
];
