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
			{
				en: 'Look for a reporting verb or participle before each idea: قال، اعتبر، مشيراً ...',
				ar: 'ابحث قبل كل فكرة عن فعل أو اسم فاعل ينقل القول: «قال»، «اعتبر»، «مشيراً»...'
			},
			{
				en: 'A sentence with no speaker behind it is the reporter’s.',
				ar: 'الجملة التي لا متحدث وراءها هي كلام كاتب الخبر.'
			}
		],
		options: [
			{
				id: 'inspection',
				text: 'تفقّد وزير الدفاع الروسي صواريخ وطائرات مسيّرة إيرانية الصنع',
				correct: true,
				feedback: {
					en: 'Right: p11 narrates an event, with no reporting verb and no speaker.',
					ar: 'صحيح: الفقرة 11 تروي حدثاً، بلا فعل قول ولا متحدث.'
				}
			},
			{
				id: 'futile',
				text: 'الضغط بالعقوبات على روسيا وإيران لا جدوى منه',
				correct: false,
				feedback: {
					en: 'That is Shoigu’s view, reported after مشيراً إلى أن (p3).',
					ar: 'هذا رأي شويغو، منقولاً بعد «مشيراً إلى أن» (الفقرة 3).'
				}
			},
			{
				id: 'red-line',
				text: 'وحدة أراضي دول المنطقة خطّ أحمر لإيران',
				correct: false,
				feedback: {
					en: 'That is Ashtiani’s statement, after وقال (p6).',
					ar: 'هذا تصريح اشتياني، بعد «وقال» (الفقرة 6).'
				}
			},
			{
				id: 'main-cause',
				text: 'تدخّل الدول من خارج المنطقة هو السبب الرئيسي لاضطرابها',
				correct: false,
				feedback: {
					en: 'That is the view of the two sides, after واعتبر الجانبين أن (p9); the article does not say it in its own voice.',
					ar: 'هذا رأي الطرفين، بعد «واعتبر الجانبين أن» (الفقرة 9)؛ والمقال لا يقوله على لسانه هو.'
				}
			}
		],
		explanation: {
			en: 'p11 (وعلى هامش الزيارة، تفقد وزير الدفاع الروسي ...) narrates an event with no speaker behind it. The other three are claims the article attributes: to Shoigu (مشيراً إلى أن, p3), to Ashtiani (وقال, p6) and to the two sides (واعتبر الجانبين أن, p9).',
			ar: 'الفقرة 11 («وعلى هامش الزيارة، تفقد وزير الدفاع الروسي ...») تروي حدثاً لا متحدث وراءه. أما الثلاثة الأخرى فآراء ينسبها المقال إلى أصحابها: إلى شويغو («مشيراً إلى أن»، الفقرة 3)، وإلى اشتياني («وقال»، الفقرة 6)، وإلى الطرفين («واعتبر الجانبين أن»، الفقرة 9).'
		},
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
		hints: [
			{
				en: 'Who is the subject of اعتبر? Whose judgement follows أن?',
				ar: 'مَن فاعل «اعتبر»؟ وحُكم مَن الذي يأتي بعد «أن»؟'
			}
		],
		options: [
			{
				id: 'ashtiani',
				text: 'إنه حكم اشتياني، ينقله المقال عنه دون أن يتبنّاه',
				correct: true,
				feedback: {
					en: 'Right: اعتبر أن, “considered that”, attributes the judgement to Ashtiani; the article reports it without making it its own.',
					ar: 'صحيح: «اعتبر أن» تنسب الحكم إلى اشتياني؛ والمقال ينقله دون أن يتبنّاه.'
				}
			},
			{
				id: 'fact',
				text: 'إنه حقيقة يثبتها المقال بنفسه',
				correct: false,
				feedback: {
					en: 'The article does not say it in its own voice: the judgement follows اعتبر اشتياني أن.',
					ar: 'المقال لا يقول ذلك على لسانه: الحكم يأتي بعد «اعتبر اشتياني أن».'
				}
			},
			{
				id: 'europe-admits',
				text: 'إنه اعتراف من الدول الأوروبية الثلاث',
				correct: false,
				feedback: {
					en: 'The European states do not speak in the article; only the Iranian side’s view of their step is reported.',
					ar: 'الدول الأوروبية لا تتكلم في المقال؛ لا يُنقل إلا رأي الجانب الإيراني في خطوتها.'
				}
			},
			{
				id: 'shoigu',
				text: 'إنه رأي شويغو، نقله عنه اشتياني',
				correct: false,
				feedback: {
					en: 'Shoigu says nothing about the European states; the subject of اعتبر is اشتياني.',
					ar: 'لا يقول شويغو شيئاً عن الدول الأوروبية، وفاعل «اعتبر» هو «اشتياني».'
				}
			}
		],
		explanation: {
			en: 'p7: وفي سياقٍ متصل، اعتبر اشتياني أن ...: the reporting verb اعتبر, “considered, held”, presents the “clear violation” as Ashtiani’s judgement. The article reports it; it neither confirms it nor gives the European side.',
			ar: 'في الفقرة 7: «وفي سياقٍ متصل، اعتبر اشتياني أن ...»: فعل القول «اعتبر»، أي رأى وعدّ، يقدّم «الانتهاك الواضح» حُكماً لاشتياني. والمقال ينقله، فلا يؤكده ولا يعرض رأي الجانب الأوروبي.'
		},
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
		hints: [
			{ en: 'Whose view of the step does p7 report?', ar: 'رأي مَن في الخطوة تنقله الفقرة 7؟' }
		],
		feedback: {
			true: {
				en: 'The article gives only Ashtiani’s view (p7); what the European states themselves think is not reported.',
				ar: 'لا يورد المقال إلا رأي اشتياني (الفقرة 7)؛ أما رأي الدول الأوروبية نفسها فلا يُنقل.'
			},
			false: {
				en: 'The article does not say they think otherwise either: it gives only Ashtiani’s judgement that the step is a violation (p7), and his view is not theirs.',
				ar: 'ولا يقول المقال إنها ترى غير ذلك: لا يورد إلا حكم اشتياني بأن الخطوة انتهاك (الفقرة 7)، ورأيه ليس رأيها.'
			},
			'not-stated': {
				en: 'Right: p7 reports Ashtiani’s judgement (اعتبر اشتياني); the European states’ own view is not in the article.',
				ar: 'صحيح: تنقل الفقرة 7 حكم اشتياني («اعتبر اشتياني»)، أما رأي الدول الأوروبية نفسها فليس في المقال.'
			}
		},
		explanation: {
			en: 'p7 reports one side: اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح. The three states do not speak anywhere in the article, so their view is neither confirmed nor denied. Reading Ashtiani’s claim as theirs, or their view as its opposite, goes beyond the text.',
			ar: 'تنقل الفقرة 7 رأي طرف واحد: «اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح». والدول الثلاث لا تتكلم في أي موضع من المقال، فرأيها لا يُثبَت ولا يُنفى. ومَن يقرأ حكم اشتياني على أنه رأيها، أو يجعل رأيها نقيضه، يتجاوز النص.'
		},
		evidence: ['p7.s1']
	}
];
