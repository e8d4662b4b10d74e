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
		hints: ['A headline for the whole article covers most of its paragraphs, not one detail.'],
		options: [
			{
				id: 'closer-ties',
				text: 'روسيا وإيران تسعيان إلى تعاون عسكري أوثق رغم ضغوط الغرب',
				correct: true,
				feedback:
					'Right: the visit aims at closer military ties (headline, p13), both sides speak of cooperation (p1-p5, p10), and of sanctions, outside forces and foreign interference (p3, p6-p9).'
			},
			{
				id: 'weapons',
				text: 'إيران تعرض صواريخها وطائراتها المسيّرة على ضيف روسي',
				correct: false,
				feedback:
					'True, but only p11-p12 tell it, and p11 calls it something done على هامش الزيارة, “on the sidelines”: a detail, not the subject.'
			},
			{
				id: 'europe',
				text: 'طهران تتهم أوروبا بانتهاك التزاماتها',
				correct: false,
				feedback: 'That is one remark of Ashtiani’s (p7), not what the article is about.'
			},
			{
				id: 'treaty',
				text: 'روسيا وإيران توقّعان اتفاقية دفاع مشترك',
				correct: false,
				feedback: 'No agreement is signed anywhere in the article.'
			}
		],
		explanation:
			'The headline and p13 give the purpose of the visit, stronger Russian-Iranian military relations; most paragraphs report the two sides on their cooperation and against outside pressure and interference (p1-p10). The exhibition (p11-p12) and the European sanctions (p7) are parts of the story, not its point.',
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
		hints: ['p4 has two parts: what Ashtiani points to (أشار إلى), and what he holds (معتبراً أن).'],
		options: [
			{
				id: 'order-and-cooperation',
				text: 'يتحدث اشتياني عن سعي دول مستقلة إلى عالم لا تهيمن عليه دولة واحدة، ويرى أن أوضاع المنطقة والعالم تستدعي تعاوناً ينفع كل الأطراف',
				correct: true,
				feedback:
					'Right: a multipolar, just order against the unilateral tendencies of some states, and cooperation on the basis of mutual and shared interests (p4).'
			},
			{
				id: 'weapons',
				text: 'يطلب اشتياني من روسيا أسلحة حديثة لمواجهة الدول الكبرى',
				correct: false,
				feedback: 'Weapons come up only in p11-p12, and nobody asks for any.'
			},
			{
				id: 'alone',
				text: 'يرى اشتياني أن على إيران أن تعتمد على نفسها دون أي تعاون خارجي',
				correct: false,
				feedback: 'The opposite: p4 ends with conditions that تتطلب التعاون, “require cooperation”.'
			},
			{
				id: 'reject-shoigu',
				text: 'يرفض اشتياني ما قاله شويغو عن الاستقرار في الشرق الأوسط',
				correct: false,
				feedback:
					'بدوره, “for his part”, introduces Ashtiani’s own contribution, not a rejection; nothing in p4 contradicts Shoigu.'
			}
		],
		explanation:
			'p4: Ashtiani points to the efforts of independent states to create a multipolar and just order (نظام متعدّد الأقطاب وعادل) against the unilateral tendencies of some states, and holds (معتبراً) that regional and international conditions require cooperation on the basis of mutual and shared interests.',
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
		hints: ['Read each paragraph’s first words: who speaks, and about what?'],
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
		explanation:
			'p1: Shoigu expresses Russia’s readiness for more joint action for stability and security in the Middle East. p6: Ashtiani announces Iran’s opposition to forces from outside the region and names a red line. p7: Ashtiani calls the three European states’ step on sanctions a violation. p13: Shoigu came to hold talks to strengthen military relations. No alliance is proposed, and the European states do not agree to lift the sanctions.',
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
			'Start from the headline and the last paragraph: why did the minister come?',
			'Then ask what most of the paragraphs between them are about.'
		],
		sampleAnswer:
			'زار وزير الدفاع الروسي طهران ليقوّي العلاقات العسكرية بين بلاده وإيران، وأكّد المسؤولون في البلدين أن تعاونهما ماضٍ إلى الأمام رغم العقوبات، ودعوا إلى إنهاء التدخل الأجنبي في المنطقة.',
		checklist: [
			'Names the visit: the Russian defence minister (Shoigu) in Iran (headline, p13).',
			'Gives its aim: stronger military relations and cooperation between Russia and Iran (headline, p13).',
			'Mentions the shared stance: the sanctions pressure is futile (p3), cooperation will move forward (p5), and foreign interference in the region should end (p8).',
			'Leaves out details such as the list of weapons or the names of the European states: a main idea is not a list.',
			'Uses your own words rather than copying whole sentences from the article.'
		],
		explanation:
			'The headline and p13 give the purpose of the visit; p1-p10 are the two sides on cooperation, sanctions and foreign interference; p11-p12 are a detail of the visit.',
		evidence: ['headline.s1', 'p13.s1', 'p3.s1', 'p5.s1', 'p8.s1'],
		points: 3
	}
];
