/**
 * Inference: what follows from the article without being said in it. The options paraphrase the
 * article, so a learner cannot answer by spotting the article's own words.
 */
import type { QuestionInput } from '../../../question-schema';

export const inferenceQuestions: QuestionInput[] = [
	{
		id: 'inf-relations',
		kind: 'single-choice',
		skill: 'inference',
		tier: 2,
		prompt: {
			ar: 'ماذا يُستنتج من كلام شويغو في الفقرتين الثانية والثالثة عن العلاقات الروسية الإيرانية؟',
			en: 'What can be inferred from Shoigu’s words in paragraphs 2 and 3 about Russian-Iranian relations?'
		},
		hints: [
			{
				en: 'Look at the verbs Shoigu uses for the dialogue and the cooperation: يتطور, يصل إلى مستوى جديد.',
				ar: 'انظر إلى الفعلين اللذين يستعملهما شويغو للحوار والتعاون: «يتطور» و«يصل إلى مستوى جديد».'
			}
		],
		options: [
			{
				id: 'stronger',
				text: 'أنها تزداد متانةً، ولا تمنع الضغوطُ الغربية البلدين من التقارب',
				correct: true,
				feedback: {
					en: 'Right: the dialogue is developing intensively (p2), cooperation is reaching a new level, and sanctions pressure achieves nothing (p3).',
					ar: 'صحيح: الحوار يتطور بشكل مكثّف (الفقرة 2)، والتعاون يصل إلى مستوى جديد، والضغط بالعقوبات لا يحقق شيئاً (الفقرة 3).'
				}
			},
			{
				id: 'weaker',
				text: 'أنها تضعف بسبب العقوبات المفروضة على البلدين',
				correct: false,
				feedback: {
					en: 'Shoigu says the opposite: the sanctions pressure is futile (يظهر عدم جدواه) while cooperation reaches a new level (p3).',
					ar: 'يقول شويغو العكس: الضغط بالعقوبات «يظهر عدم جدواه» بينما يصل التعاون إلى مستوى جديد (الفقرة 3).'
				}
			},
			{
				id: 'approval',
				text: 'أن روسيا تنتظر موافقة الغرب قبل أي تعاون جديد مع إيران',
				correct: false,
				feedback: {
					en: 'The activities go ahead على الرغم من معارضة الولايات المتحدة, “despite the opposition” of the United States, not with its approval (p3).',
					ar: 'تمضي الأنشطة «على الرغم من معارضة الولايات المتحدة»، لا بموافقتها (الفقرة 3).'
				}
			},
			{
				id: 'first-time',
				text: 'أن البلدين يبدآن الحوار بينهما لأول مرة',
				correct: false,
				feedback: {
					en: 'The dialogue يتطور, “is developing”, and cooperation reaches a “new level”: both say the relationship already exists (p2, p3).',
					ar: 'الحوار «يتطور» والتعاون يصل إلى «مستوى جديد»، وكلاهما يدل على أن العلاقة قائمة من قبل (الفقرتان 2 و3).'
				}
			}
		],
		explanation: {
			en: 'p2 and p3 never say “the relations are getting stronger” in so many words; it follows from what Shoigu does say: the dialogue is developing intensively (يتطور اليوم بشكل مكثّف, p2), cooperation is reaching a new level, the sanctions pressure is futile, and the planned activities go ahead despite US opposition (p3).',
			ar: 'لا تقول الفقرتان 2 و3 صراحةً إن العلاقات تقوى، لكن ذلك يُستنتج مما يقوله شويغو: الحوار «يتطور اليوم بشكل مكثّف» (الفقرة 2)، والتعاون يصل إلى مستوى جديد، والضغط بالعقوبات بلا جدوى، والأنشطة المخطط لها ماضية رغم معارضة الولايات المتحدة (الفقرة 3).'
		},
		evidence: ['p2.s1', 'p3.s1']
	},
	{
		id: 'inf-europe-obliged',
		kind: 'single-choice',
		skill: 'inference',
		tier: 2,
		prompt: {
			ar: 'وصف اشتياني خطوة الدول الأوروبية الثلاث بشأن عدم إلغاء العقوبات بأنها «انتهاك واضح لالتزامات أوروبا». ماذا يُفهم من ذلك عن رأيه؟',
			en: 'Ashtiani called the three European states’ step regarding not lifting the sanctions «a clear violation of Europe’s commitments». What does this tell us about his view?'
		},
		hints: [
			{
				en: 'If not lifting the sanctions violates a commitment, what was the commitment?',
				ar: 'إذا كان عدم إلغاء العقوبات انتهاكاً لالتزام، فما ذلك الالتزام؟'
			}
		],
		options: [
			{
				id: 'obliged',
				text: 'أن أوروبا كانت في رأيه ملزمةً بإلغاء العقوبات',
				correct: true,
				feedback: {
					en: 'Right: not doing something can only violate a commitment to do it; so, for Ashtiani, lifting the sanctions was one of Europe’s commitments (p7).',
					ar: 'صحيح: ترك الفعل لا ينتهك إلا التزاماً بفعله؛ فإلغاء العقوبات، في نظر اشتياني، كان من التزامات أوروبا (الفقرة 7).'
				}
			},
			{
				id: 'free-to-keep',
				text: 'أن لأوروبا في رأيه الحقَّ في إبقاء العقوبات',
				correct: false,
				feedback: {
					en: 'Then keeping the sanctions could not be a violation, and Ashtiani calls it a clear one (انتهاك واضح, p7).',
					ar: 'لو كان ذلك لما كان إبقاء العقوبات انتهاكاً، واشتياني يصفه بأنه «انتهاك واضح» (الفقرة 7).'
				}
			},
			{
				id: 'lifted',
				text: 'أن الدول الثلاث ألغت العقوبات بعد انتقاده',
				correct: false,
				feedback: {
					en: 'Nothing says the three states changed course; p7 is about their step of not lifting (عدم إلغاء) the sanctions.',
					ar: 'لا شيء يقول إن الدول الثلاث غيّرت موقفها؛ فالفقرة 7 عن خطوتها في «عدم إلغاء» العقوبات.'
				}
			},
			{
				id: 'on-russia',
				text: 'أن أوروبا فرضت عقوبات جديدة على روسيا',
				correct: false,
				feedback: {
					en: 'p7 is about sanctions not being lifted, not new ones, and Russia is not mentioned in it.',
					ar: 'الفقرة 7 عن عقوبات لم تُلغَ لا عن عقوبات جديدة، ولا ذكر فيها لروسيا.'
				}
			}
		],
		explanation: {
			en: 'p7: اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... بشأن عدم إلغاء العقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة. The article never says “Europe was obliged to lift the sanctions”, but it follows: a failure to act violates a commitment only if the commitment was to act. It is Ashtiani’s view; the article itself does not set out what the commitments were.',
			ar: 'في الفقرة 7: «اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... بشأن عدم إلغاء العقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة». لا يقول المقال صراحةً إن أوروبا كانت ملزمة بإلغاء العقوبات، لكن ذلك يُستنتج: الامتناع عن فعل لا يكون انتهاكاً لالتزام إلا إذا كان الالتزام هو ذلك الفعل. وهذا رأي اشتياني، والمقال نفسه لا يبيّن ما كانت الالتزامات.'
		},
		evidence: ['p7.s1']
	},
	{
		id: 'inf-both-sanctioned',
		kind: 'evidence',
		skill: 'inference',
		tier: 2,
		prompt: {
			ar: 'اختر من المقال الجملة التي يُفهم منها ما يلي.',
			en: 'Select the sentence in the article from which this statement follows: “Russia, like Iran, is under pressure from sanctions.”'
		},
		claim: 'روسيا، مثل إيران، تتعرّض لضغط العقوبات.',
		hints: [
			{
				en: 'Two sentences mention sanctions; only one of them names Russia.',
				ar: 'جملتان تذكران العقوبات، وواحدة منهما فقط تسمّي روسيا.'
			}
		],
		explanation: {
			en: 'p3: الضغط بالعقوبات على روسيا وإيران, pressure through sanctions “on Russia and Iran”: both are under it, though no sentence says so in these words. p7 also speaks of sanctions, the ones the European states do not lift, but Russia is not mentioned there.',
			ar: 'في الفقرة 3: «الضغط بالعقوبات على روسيا وإيران»، فكلتاهما تحت هذا الضغط، وإن لم تقله أي جملة بهذه الألفاظ. والفقرة 7 تتحدث أيضاً عن العقوبات التي لا تلغيها الدول الأوروبية، لكن روسيا لا تُذكر فيها.'
		},
		evidence: ['p3.s1']
	},
	{
		id: 'inf-conclusions',
		kind: 'multiple-response',
		skill: 'inference',
		tier: 2,
		prompt: {
			ar: 'أيّ الاستنتاجات التالية يدعمها المقال؟ اختر كل الإجابات الصحيحة.',
			en: 'Which of these conclusions does the article support? Choose every correct answer.'
		},
		hints: [
			{
				en: 'A conclusion is supported when it follows from what the article says, even in other words.',
				ar: 'يكون الاستنتاج مدعوماً إذا لزم مما يقوله المقال، ولو بألفاظ أخرى.'
			},
			{
				en: 'Check each one against a paragraph: p3, p6, p7, p11 and p12.',
				ar: 'قابل كل استنتاج بفقرة: 3 و6 و7 و11 و12.'
			}
		],
		options: [
			{
				id: 'industry',
				text: 'لدى إيران صناعة عسكرية تنتج الصواريخ والطائرات المسيّرة',
				correct: true,
				feedback: {
					en: 'Yes: the missiles and drones are الإيرانية الصنع (p11), products of المجمع الصناعي العسكري للجمهورية (p12).',
					ar: 'نعم: الصواريخ والطائرات المسيّرة «الإيرانية الصنع» (الفقرة 11)، من منتجات «المجمع الصناعي العسكري للجمهورية» (الفقرة 12).'
				}
			},
			{
				id: 'no-troops',
				text: 'لا تريد إيران أن تنتشر في المنطقة قوات دول من خارجها',
				correct: true,
				feedback: {
					en: 'Yes: Iran opposes لأي تواجد لقوات من خارج المنطقة (p6).',
					ar: 'نعم: أعلن اشتياني «معارضة بلاده لأي تواجد لقوات من خارج المنطقة» (الفقرة 6).'
				}
			},
			{
				id: 'not-stopped',
				text: 'لم تمنع العقوبات البلدين من تطوير تعاونهما',
				correct: true,
				feedback: {
					en: 'Yes, in Shoigu’s account: the sanctions pressure is futile while cooperation reaches a new level (p3).',
					ar: 'نعم، بحسب رواية شويغو: الضغط بالعقوبات بلا جدوى بينما يصل التعاون إلى مستوى جديد (الفقرة 3).'
				}
			},
			{
				id: 'purchase',
				text: 'ستشتري روسيا طائرات مسيّرة من إيران',
				correct: false,
				feedback: {
					en: 'Shoigu saw the drones (p11, p12); no purchase or sale is mentioned.',
					ar: 'رأى شويغو الطائرات المسيّرة (الفقرتان 11 و12)، ولا يُذكر شراء ولا بيع.'
				}
			},
			{
				id: 'europe-soon',
				text: 'ستلغي الدول الأوروبية الثلاث العقوبات قريباً',
				correct: false,
				feedback: {
					en: 'p7 speaks of their step not to lift the sanctions (عدم إلغاء); nothing says they will lift them.',
					ar: 'تتحدث الفقرة 7 عن خطوتها في «عدم إلغاء» العقوبات، ولا شيء يقول إنها ستلغيها.'
				}
			},
			{
				id: 'invite',
				text: 'تطلب إيران من روسيا نشر قوات في المنطقة لحمايتها',
				correct: false,
				feedback: {
					en: 'Nothing in the article says so, and p6 has Iran opposing any (أي) presence of forces from outside the region.',
					ar: 'لا شيء في المقال يقول ذلك، والفقرة 6 تجعل إيران معارضة «لأي» وجود لقوات من خارج المنطقة.'
				}
			}
		],
		explanation: {
			en: 'Supported: an Iranian arms industry (الإيرانية الصنع, p11; المجمع الصناعي العسكري, p12), Iran’s opposition to forces from outside the region (p6), and cooperation that the sanctions have not stopped (p3, in Shoigu’s words). No purchase, no European lifting of sanctions (p7) and no Iranian request for Russian troops appear in the article.',
			ar: 'المدعوم: صناعة سلاح إيرانية («الإيرانية الصنع» في الفقرة 11، و«المجمع الصناعي العسكري» في الفقرة 12)، ومعارضة إيران للقوات الآتية من خارج المنطقة (الفقرة 6)، وتعاون لم توقفه العقوبات (الفقرة 3، بكلام شويغو). أما الشراء، وإلغاء أوروبا للعقوبات (الفقرة 7)، وطلب إيران قوات روسية، فلا شيء منها في المقال.'
		},
		evidence: ['p3.s1', 'p6.s1', 'p11.s1', 'p12.s1'],
		points: 2
	}
];
