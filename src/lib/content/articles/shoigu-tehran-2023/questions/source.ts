/**
 * Source: who claims what, the reporter's own voice against a quoted official's, and what the
 * article does not establish (it gives only the Russian and Iranian sides).
 */
import type { QuestionInput } from '../../../question-schema';

export const sourceQuestions: QuestionInput[] = [
	{
		id: 'src-reporter-voice',
		kind: 'single-choice',
		skill: 'source',
		tier: 2,
		prompt: {
			ar: 'أيّ ما يلي يرويه المقال بصوت كاتبه خبراً، لا رأياً منسوباً إلى أحد المسؤولين؟',
			en: 'Which of these does the article tell in its own voice, as news, and not as the view of one of the officials?'
		},
		hints: [
			'Look for a reporting verb or participle before each idea: قال، اعتبر، مشيراً ...',
			'A sentence with no speaker behind it is the reporter’s.'
		],
		options: [
			{
				id: 'inspection',
				text: 'تفقّد وزير الدفاع الروسي صواريخ وطائرات مسيّرة إيرانية الصنع',
				correct: true,
				feedback: 'Right: p11 narrates an event, with no reporting verb and no speaker.'
			},
			{
				id: 'futile',
				text: 'الضغط بالعقوبات على روسيا وإيران لا جدوى منه',
				correct: false,
				feedback: 'That is Shoigu’s view, reported after مشيراً إلى أن (p3).'
			},
			{
				id: 'red-line',
				text: 'وحدة أراضي دول المنطقة خطّ أحمر لإيران',
				correct: false,
				feedback: 'That is Ashtiani’s statement, after وقال (p6).'
			},
			{
				id: 'main-cause',
				text: 'تدخّل الدول من خارج المنطقة هو السبب الرئيسي لاضطرابها',
				correct: false,
				feedback:
					'That is the view of the two sides, after واعتبر الجانبين أن (p9); the article does not say it in its own voice.'
			}
		],
		explanation:
			'p11 (وعلى هامش الزيارة، تفقد وزير الدفاع الروسي ...) narrates an event with no speaker behind it. The other three are claims the article attributes: to Shoigu (مشيراً إلى أن, p3), to Ashtiani (وقال, p6) and to the two sides (واعتبر الجانبين أن, p9).',
		evidence: ['p11.s1', 'p3.s1', 'p6.s1', 'p9.s1']
	},
	{
		id: 'src-itabara',
		kind: 'single-choice',
		skill: 'source',
		tier: 2,
		prompt: {
			ar: 'في الفقرة السابعة: «اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح لالتزامات أوروبا». ماذا نفهم من ذلك عن وصف الخطوة بأنها «انتهاك»؟',
			en: 'In paragraph 7: «اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح لالتزامات أوروبا». What does this tell us about calling the step a «violation»?'
		},
		hints: ['Who is the subject of اعتبر? Whose judgement follows أن?'],
		options: [
			{
				id: 'ashtiani',
				text: 'إنه حكم اشتياني، ينقله المقال عنه دون أن يتبنّاه',
				correct: true,
				feedback:
					'Right: اعتبر أن, “considered that”, attributes the judgement to Ashtiani; the article reports it without making it its own.'
			},
			{
				id: 'fact',
				text: 'إنه حقيقة يثبتها المقال بنفسه',
				correct: false,
				feedback:
					'The article does not say it in its own voice: the judgement follows اعتبر اشتياني أن.'
			},
			{
				id: 'europe-admits',
				text: 'إنه اعتراف من الدول الأوروبية الثلاث',
				correct: false,
				feedback:
					'The European states do not speak in the article; only the Iranian side’s view of their step is reported.'
			},
			{
				id: 'shoigu',
				text: 'إنه رأي شويغو، نقله عنه اشتياني',
				correct: false,
				feedback: 'Shoigu says nothing about the European states; the subject of اعتبر is اشتياني.'
			}
		],
		explanation:
			'p7: وفي سياقٍ متصل، اعتبر اشتياني أن ...: the reporting verb اعتبر, “considered, held”, presents the “clear violation” as Ashtiani’s judgement. The article reports it; it neither confirms it nor gives the European side.',
		evidence: ['p7.s1']
	},
	{
		id: 'src-europe-view',
		kind: 'true-false-not-stated',
		skill: 'source',
		tier: 2,
		prompt: {
			ar: 'ترى الدول الأوروبية الثلاث أن خطوتها بشأن عدم إلغاء العقوبات لا تخالف التزاماتها بموجب خطة العمل الشاملة المشتركة.',
			en: 'The three European states hold that their step regarding not lifting the sanctions does not breach their commitments under the Joint Comprehensive Plan of Action.'
		},
		answer: 'not-stated',
		hints: ['Whose view of the step does p7 report?'],
		feedback: {
			true: 'The article gives only Ashtiani’s view (p7); what the European states themselves think is not reported.',
			false:
				'The article does not say they think otherwise either: it gives only Ashtiani’s judgement that the step is a violation (p7), and his view is not theirs.',
			'not-stated':
				'Right: p7 reports Ashtiani’s judgement (اعتبر اشتياني); the European states’ own view is not in the article.'
		},
		explanation:
			'p7 reports one side: اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح. The three states do not speak anywhere in the article, so their view is neither confirmed nor denied. Reading Ashtiani’s claim as theirs, or their view as its opposite, goes beyond the text.',
		evidence: ['p7.s1']
	}
];
