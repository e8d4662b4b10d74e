/**
 * Main idea: the point of a paragraph or of the whole article, a best headline or summary. The
 * options say it in other words than the article's, and the wrong ones are true details or
 * things the article does not say.
 */
import type { QuestionInput } from '../../../question-schema';

export const mainIdeaQuestions: QuestionInput[] = [
	{
		id: 'mi-headline',
		kind: 'single-choice',
		skill: 'main-idea',
		tier: 1,
		prompt: {
			ar: 'أيّ العناوين التالية أنسب عنوانٍ بديل للمقال كله؟',
			en: 'Which of these would be the best alternative headline for the whole article?'
		},
		hints: [
			{
				en: 'A headline for the whole article covers most of its paragraphs, not one detail.',
				ar: 'العنوان الذي يصلح للمقال كله يشمل معظم فقراته، لا تفصيلاً واحداً.'
			}
		],
		options: [
			{
				id: 'closer-ties',
				text: 'روسيا وإيران تسعيان إلى تعاون عسكري أوثق رغم ضغوط الغرب',
				correct: true,
				feedback: {
					en: 'Right: the visit aims at closer military ties (headline, p13), both sides speak of cooperation (p1-p5, p10), and of sanctions, outside forces and foreign interference (p3, p6-p9).',
					ar: 'صحيح: الزيارة تهدف إلى توثيق العلاقات العسكرية (العنوان والفقرة 13)، والطرفان يتحدثان عن التعاون (الفقرات 1 إلى 5 والفقرة 10)، وعن العقوبات والقوات الأجنبية والتدخل الخارجي (الفقرة 3 والفقرات 6 إلى 9).'
				}
			},
			{
				id: 'weapons',
				text: 'إيران تعرض صواريخها وطائراتها المسيّرة على ضيف روسي',
				correct: false,
				feedback: {
					en: 'True, but only p11-p12 tell it, and p11 calls it something done على هامش الزيارة, “on the sidelines”: a detail, not the subject.',
					ar: 'هذا صحيح، لكن الفقرتين 11 و12 وحدهما تذكرانه، والفقرة 11 تجعله «على هامش الزيارة»: تفصيل لا موضوع.'
				}
			},
			{
				id: 'europe',
				text: 'طهران تتهم أوروبا بانتهاك التزاماتها',
				correct: false,
				feedback: {
					en: 'That is one remark of Ashtiani’s (p7), not what the article is about.',
					ar: 'هذه ملاحظة واحدة لاشتياني (الفقرة 7)، لا موضوع المقال.'
				}
			},
			{
				id: 'treaty',
				text: 'روسيا وإيران توقّعان اتفاقية دفاع مشترك',
				correct: false,
				feedback: {
					en: 'No agreement is signed anywhere in the article.',
					ar: 'لا يُوقَّع أي اتفاق في أي موضع من المقال.'
				}
			}
		],
		explanation: {
			en: 'The headline and p13 give the purpose of the visit, stronger Russian-Iranian military relations; most paragraphs report the two sides on their cooperation and against outside pressure and interference (p1-p10). The exhibition (p11-p12) and the European sanctions (p7) are parts of the story, not its point.',
			ar: 'يذكر العنوان والفقرة 13 غرض الزيارة: تعزيز العلاقات العسكرية الروسية الإيرانية؛ ومعظم الفقرات تنقل كلام الطرفين عن تعاونهما وعن رفضهما الضغوط والتدخل الخارجي (الفقرات 1 إلى 10). أما المعرض (الفقرتان 11 و12) والعقوبات الأوروبية (الفقرة 7) فأجزاء من الخبر لا فكرته الرئيسية.'
		},
		evidence: ['headline.s1', 'p13.s1', 'p1.s1']
	},
	{
		id: 'mi-p4',
		kind: 'single-choice',
		skill: 'main-idea',
		tier: 2,
		prompt: {
			ar: 'ما الفكرة الرئيسية في الفقرة الرابعة؟',
			en: 'What is the main idea of paragraph 4?'
		},
		hints: [
			{
				en: 'p4 has two parts: what Ashtiani points to (أشار إلى), and what he holds (معتبراً أن).',
				ar: 'للفقرة 4 جزءان: ما يشير إليه اشتياني («أشار إلى»)، وما يراه («معتبراً أن»).'
			}
		],
		options: [
			{
				id: 'order-and-cooperation',
				text: 'يتحدث اشتياني عن سعي دول مستقلة إلى عالم لا تهيمن عليه دولة واحدة، ويرى أن أوضاع المنطقة والعالم تستدعي تعاوناً ينفع كل الأطراف',
				correct: true,
				feedback: {
					en: 'Right: a multipolar, just order against the unilateral tendencies of some states, and cooperation on the basis of mutual and shared interests (p4).',
					ar: 'صحيح: نظام متعدد الأقطاب وعادل في مواجهة التوجهات الأحادية لبعض الدول، وتعاون على أساس المصالح المتبادلة والمشتركة (الفقرة 4).'
				}
			},
			{
				id: 'weapons',
				text: 'يطلب اشتياني من روسيا أسلحة حديثة لمواجهة الدول الكبرى',
				correct: false,
				feedback: {
					en: 'Weapons come up only in p11-p12, and nobody asks for any.',
					ar: 'لا ترد الأسلحة إلا في الفقرتين 11 و12، ولا أحد يطلب شيئاً منها.'
				}
			},
			{
				id: 'alone',
				text: 'يرى اشتياني أن على إيران أن تعتمد على نفسها دون أي تعاون خارجي',
				correct: false,
				feedback: {
					en: 'The opposite: p4 ends with conditions that تتطلب التعاون, “require cooperation”.',
					ar: 'بل العكس: تنتهي الفقرة 4 بظروف «تتطلب التعاون».'
				}
			},
			{
				id: 'reject-shoigu',
				text: 'يرفض اشتياني ما قاله شويغو عن الاستقرار في الشرق الأوسط',
				correct: false,
				feedback: {
					en: 'بدوره, “for his part”, introduces Ashtiani’s own contribution, not a rejection; nothing in p4 contradicts Shoigu.',
					ar: '«بدوره» تقدّم إسهام اشتياني هو، لا رفضاً؛ ولا شيء في الفقرة 4 يخالف كلام شويغو.'
				}
			}
		],
		explanation: {
			en: 'p4: Ashtiani points to the efforts of independent states to create a multipolar and just order (نظام متعدّد الأقطاب وعادل) against the unilateral tendencies of some states, and holds (معتبراً) that regional and international conditions require cooperation on the basis of mutual and shared interests.',
			ar: 'في الفقرة 4 يشير اشتياني إلى جهود الدول المستقلة لخلق «نظام متعدّد الأقطاب وعادل» ضد التوجهات الأحادية لبعض الدول، ويرى («معتبراً») أن الظروف الإقليمية والدولية تتطلب التعاون على أساس المصالح المتبادلة والمشتركة.'
		},
		evidence: ['p4.s1']
	},
	{
		id: 'mi-paragraphs',
		kind: 'matching',
		skill: 'main-idea',
		tier: 1,
		prompt: {
			ar: 'صِل كل فقرة بفكرتها الرئيسية.',
			en: 'Match each paragraph to its main idea.'
		},
		hints: [
			{
				en: 'Read each paragraph’s first words: who speaks, and about what?',
				ar: 'اقرأ أول كلمات كل فقرة: مَن يتكلم، وعن أي شيء؟'
			}
		],
		pairs: [
			{
				id: 'p1',
				left: 'الفقرة 1',
				right: 'روسيا جاهزة لتعاون أوسع يحفظ أمن الشرق الأوسط واستقراره'
			},
			{
				id: 'p6',
				left: 'الفقرة 6',
				right: 'إيران ترفض وجود قوات أجنبية في المنطقة، ولا تقبل المساس بأراضي دولها وحدودها'
			},
			{
				id: 'p7',
				left: 'الفقرة 7',
				right: 'مسؤول إيراني ينتقد موقف ثلاث دول أوروبية من العقوبات'
			},
			{ id: 'p13', left: 'الفقرة 13', right: 'سبب قدوم الوزير الروسي إلى إيران' }
		],
		distractors: [
			'روسيا تدعو إيران إلى الانضمام إلى حلف عسكري',
			'الدول الأوروبية توافق على رفع العقوبات'
		],
		explanation: {
			en: 'p1: Shoigu expresses Russia’s readiness for more joint action for stability and security in the Middle East. p6: Ashtiani announces Iran’s opposition to forces from outside the region and names a red line. p7: Ashtiani calls the three European states’ step on sanctions a violation. p13: Shoigu came to hold talks to strengthen military relations. No alliance is proposed, and the European states do not agree to lift the sanctions.',
			ar: 'الفقرة 1: شويغو يعرب عن استعداد روسيا لمزيد من العمل المشترك من أجل الاستقرار والأمن في الشرق الأوسط. الفقرة 6: اشتياني يعلن معارضة إيران للقوات الآتية من خارج المنطقة ويذكر خطاً أحمر. الفقرة 7: اشتياني يعدّ خطوة الدول الأوروبية الثلاث بشأن العقوبات انتهاكاً. الفقرة 13: جاء شويغو لإجراء محادثات بهدف تعزيز العلاقات العسكرية. ولا أحد يقترح تحالفاً، ولا توافق الدول الأوروبية على إلغاء العقوبات.'
		},
		evidence: ['p1.s1', 'p6.s1', 'p7.s1', 'p13.s1'],
		points: 2
	},
	{
		id: 'mi-summary',
		kind: 'free-response',
		skill: 'main-idea',
		tier: 2,
		prompt: {
			ar: 'ما الفكرة الرئيسية للمقال؟ اكتبها في جملة أو جملتين بالعربية، وبكلماتك أنت قدر الإمكان.',
			en: 'What is the main idea of the article? Write it in one or two sentences in Arabic, in your own words as far as you can.'
		},
		hints: [
			{
				en: 'Start from the headline and the last paragraph: why did the minister come?',
				ar: 'ابدأ من العنوان والفقرة الأخيرة: لماذا جاء الوزير؟'
			},
			{
				en: 'Then ask what most of the paragraphs between them are about.',
				ar: 'ثم اسأل: عمّ تتحدث معظم الفقرات بينهما؟'
			}
		],
		sampleAnswer:
			'زار وزير الدفاع الروسي طهران ليقوّي العلاقات العسكرية بين بلاده وإيران، وأكّد المسؤولون في البلدين أن تعاونهما ماضٍ إلى الأمام رغم العقوبات، ودعوا إلى إنهاء التدخل الأجنبي في المنطقة.',
		checklist: [
			{
				en: 'Names the visit: the Russian defence minister (Shoigu) in Iran (headline, p13).',
				ar: 'تذكر الزيارة: وزير الدفاع الروسي (شويغو) في إيران (العنوان والفقرة 13).'
			},
			{
				en: 'Gives its aim: stronger military relations and cooperation between Russia and Iran (headline, p13).',
				ar: 'تذكر هدفها: تعزيز العلاقات العسكرية والتعاون بين روسيا وإيران (العنوان والفقرة 13).'
			},
			{
				en: 'Mentions the shared stance: the sanctions pressure is futile (p3), cooperation will move forward (p5), and foreign interference in the region should end (p8).',
				ar: 'تشير إلى الموقف المشترك: الضغط بالعقوبات بلا جدوى (الفقرة 3)، والتعاون سيتقدم إلى الأمام (الفقرة 5)، والتدخل الأجنبي في المنطقة يجب أن ينتهي (الفقرة 8).'
			},
			{
				en: 'Leaves out details such as the list of weapons or the names of the European states: a main idea is not a list.',
				ar: 'تترك التفاصيل كقائمة الأسلحة أو أسماء الدول الأوروبية: الفكرة الرئيسية ليست قائمة.'
			},
			{
				en: 'Uses your own words rather than copying whole sentences from the article.',
				ar: 'تستعمل كلماتك أنت بدل نسخ جمل كاملة من المقال.'
			}
		],
		explanation: {
			en: 'The headline and p13 give the purpose of the visit; p1-p10 are the two sides on cooperation, sanctions and foreign interference; p11-p12 are a detail of the visit.',
			ar: 'يذكر العنوان والفقرة 13 غرض الزيارة؛ والفقرات 1 إلى 10 كلام الطرفين عن التعاون والعقوبات والتدخل الأجنبي؛ والفقرتان 11 و12 تفصيل من تفاصيل الزيارة.'
		},
		evidence: ['headline.s1', 'p13.s1', 'p3.s1', 'p5.s1', 'p8.s1'],
		points: 3
	}
];
