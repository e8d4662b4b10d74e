/**
 * Discourse: the connectors that hand the story from one speaker or topic to the next (بدوره،
 * إلى ذلك، وفي سياق متصل، في الأثناء) and the reporting verbs and participles that carry speech.
 */
import type { QuestionInput } from '../../../question-schema';

export const discourseQuestions: QuestionInput[] = [
	{
		id: 'disc-bidawrihi',
		kind: 'single-choice',
		skill: 'discourse',
		tier: 2,
		prompt: {
			ar: 'تبدأ الفقرة الرابعة بكلمة «بدوره». ما وظيفتها في المقال؟',
			en: 'Paragraph 4 begins with «بدوره». What does it do in the article?'
		},
		hints: ['دور is a turn or a role; the ـه refers to the man named next, اشتياني.'],
		options: [
			{
				id: 'turn',
				text: 'تنقل الكلام من شويغو إلى اشتياني، وتقدّم ما قاله اشتياني من جهته',
				correct: true,
				feedback:
					'Right: بدوره, “for his part”: after three paragraphs of Shoigu, the article turns to what Ashtiani said.'
			},
			{
				id: 'repeat',
				text: 'تدلّ على أن اشتياني كرّر كلام شويغو نفسه',
				correct: false,
				feedback:
					'Ashtiani says new things (a multipolar order, cooperation on shared interests); بدوره marks his turn, not a repetition.'
			},
			{
				id: 'objection',
				text: 'تدلّ على أن اشتياني اعترض على كلام شويغو',
				correct: false,
				feedback:
					'بدوره does not mark disagreement (that would be لكنّ or غير أنّ), and nothing in p4 contradicts Shoigu.'
			},
			{
				id: 'earlier',
				text: 'تدلّ على أن اشتياني تكلّم قبل شويغو',
				correct: false,
				feedback: 'بدوره says nothing about time; it marks whose turn it is in the report.'
			}
		],
		explanation:
			'p4: بدوره، أشار اشتياني إلى ...: بدوره, literally “in his turn”, is the news connector for “for his part”: it hands the report from one speaker to another. p1-p3 give Shoigu’s words; from p4 the article gives Ashtiani’s.',
		evidence: ['p4.s1', 'p3.s1']
	},
	{
		id: 'disc-cloze-p4',
		kind: 'cloze',
		skill: 'discourse',
		tier: 2,
		prompt: {
			ar: 'أكمل جملة الفقرة الرابعة من البنك بأداة الربط وبالكلمتين اللتين تنقلان كلام اشتياني.',
			en: 'Complete the sentence of paragraph 4 from the bank with the connector and the two words that report what Ashtiani said.'
		},
		hints: [
			'The first word hands the report over from Shoigu to Ashtiani.',
			'The second is a verb that takes إلى; the third ends in ـاً and introduces his opinion with أن.'
		],
		sentence: 'p4.s1',
		gaps: [{ token: 0 }, { token: 2 }, { token: 19 }],
		mode: 'bank',
		distractors: ['لذلك', 'نفى', 'رافضاً'],
		explanation:
			'p4: بدوره، أشار اشتياني إلى جهود ...، معتبراً أن الظروف ... تتطلب التعاون: بدوره, “for his part”, turns to the second speaker; أشار إلى, “pointed to”; معتبراً أن, “considering that”, introduces his opinion. لذلك (“therefore”) would make p4 a result of p3, and نفى (“denied”) and رافضاً (“rejecting”) would turn his call for cooperation into its opposite.',
		evidence: ['p4.s1'],
		points: 3
	},
	{
		id: 'disc-connectors',
		kind: 'matching',
		skill: 'discourse',
		tier: 2,
		prompt: {
			ar: 'صِل كل أداة ربط من المقال بمعناها في سياقها.',
			en: 'Match each connector from the article to its meaning in context.'
		},
		hints: ['Read the paragraph before each connector: what does the new paragraph add to it?'],
		pairs: [
			{ id: 'baynama', left: 'بينما (الفقرة 3)', right: 'في حين أنّ، للمقابلة بين أمرين' },
			{ id: 'ila-dhalik', left: 'إلى ذلك (الفقرة 6)', right: 'إضافةً إلى ما سبق' },
			{ id: 'siyaq', left: 'وفي سياقٍ متصل (الفقرة 7)', right: 'في موضوع مرتبط بما سبق' },
			{ id: 'athnaa', left: 'في الأثناء (الفقرة 8)', right: 'في الوقت نفسه' }
		],
		distractors: ['نتيجةً لما سبق', 'قبل ذلك بوقت طويل'],
		explanation:
			'بينما (p3), “while”: sets the futile sanctions against cooperation reaching a new level. إلى ذلك (p6), “in addition”: adds another statement of Ashtiani’s. وفي سياق متصل (p7), “in a related context”: moves to a connected subject, the European states and the sanctions. في الأثناء (p8), “meanwhile”: brings in what others, Ahmadian and the Russian minister, stressed at the same time. None of them marks a result or an earlier time.',
		evidence: ['p3.s1', 'p6.s1', 'p7.s1', 'p8.s1'],
		points: 2
	},
	{
		id: 'disc-reporting-verbs',
		kind: 'matching',
		skill: 'discourse',
		tier: 1,
		prompt: {
			ar: 'صِل كل فعل من أفعال نقل الكلام في المقال بمعناه في سياقه.',
			en: 'Match each reporting verb in the article to its meaning in context.'
		},
		hints: ['Each verb keeps its preposition: أعرب عن، أشار إلى، أعلن عن، أكّد على.'],
		pairs: [
			{ id: 'aaraba', left: 'أعرب عن (الفقرة 1)', right: 'عبّر عن' },
			{ id: 'ashara', left: 'أشار إلى (الفقرة 4)', right: 'ذكر الأمر ولفت الانتباه إليه' },
			{ id: 'aalana', left: 'أعلن عن (الفقرة 6)', right: 'صرّح بالأمر علناً' },
			{ id: 'itabara', left: 'اعتبر أنّ (الفقرة 7)', right: 'رأى وحكم بأنّ' },
			{ id: 'akkada', left: 'أكّد على (الفقرة 8)', right: 'شدّد على' }
		],
		distractors: ['أنكر الأمر ونفاه', 'سأل عن الأمر'],
		explanation:
			'p1: أعرب عن, “expressed”; p4: أشار إلى, “pointed to”; p6: أعلن عن, “announced”; p7: اعتبر أن, “considered, held that”, which marks an opinion; p8: أكّد على, “stressed”. No one in the article denies (نفى) or asks (سأل) anything.',
		evidence: ['p1.s1', 'p4.s1', 'p6.s1', 'p7.s1', 'p8.s1'],
		points: 2
	},
	{
		id: 'disc-lafitan',
		kind: 'single-choice',
		skill: 'discourse',
		tier: 2,
		prompt: {
			ar: 'في الفقرة الخامسة: «إن التعاون الدفاعي والعسكري الثنائي بين البلدين سيتقدم الى الأمام، لافتاً إلى أهمية التعاون المشترك». ماذا تفيد كلمة «لافتاً» هنا؟',
			en: 'In paragraph 5: «إن التعاون الدفاعي والعسكري الثنائي بين البلدين سيتقدم الى الأمام، لافتاً إلى أهمية التعاون المشترك». What does «لافتاً» do here?'
		},
		hints: [
			'Who is the subject of وأضاف at the start of p5? لافتاً describes the same man.',
			'Compare مشيراً in p3 and معتبراً in p4.'
		],
		options: [
			{
				id: 'same-speaker',
				text: 'تضيف نقطة أخرى قالها المتحدث نفسه في الكلام ذاته',
				correct: true,
				feedback:
					'Right: لافتاً إلى, “pointing out”, describes Ashtiani as he speaks: a second point of his, in the same statement.'
			},
			{
				id: 'reporter',
				text: 'تقدّم تعليق المراسل على ما قاله اشتياني',
				correct: false,
				feedback:
					'لافتاً agrees with the subject of وأضاف, Ashtiani: it reports his words, not the reporter’s comment.'
			},
			{
				id: 'new-speaker',
				text: 'تنقل الكلام إلى شويغو',
				correct: false,
				feedback:
					'No new speaker is named; the subject is still Ashtiani. (بدوره is the word that hands over to a new speaker, in p4.)'
			},
			{
				id: 'contrast',
				text: 'تدلّ على أن ما بعدها يناقض ما قبلها',
				correct: false,
				feedback:
					'Cooperation moving forward and the importance of joint cooperation go together; لافتاً adds, it does not contrast.'
			}
		],
		explanation:
			'p5: وأضاف: إن التعاون ... سيتقدم الى الأمام، لافتاً إلى أهمية التعاون المشترك ...: لافتاً is an accusative participle (حال) that describes the speaker while he speaks: “he added ..., pointing out ...”. News Arabic chains such participles (مشيراً in p3, معتبراً in p4) to add a second point from the same speaker. The speaker of p5 is still Ashtiani, named in p4.',
		evidence: ['p5.s1', 'p4.s1']
	}
];
