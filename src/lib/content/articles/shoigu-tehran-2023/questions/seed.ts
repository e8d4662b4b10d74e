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
		hints: [
			{
				en: 'Read the last paragraph (p13): look for لإجراء and بهدف.',
				ar: 'اقرأ الفقرة الأخيرة (الفقرة 13)، وابحث عن «لإجراء» و«بهدف».'
			}
		],
		options: [
			{
				id: 'talks',
				text: 'لإجراء محادثات مع القادة العسكريين بهدف تعزيز العلاقات العسكرية بين البلدين',
				correct: true,
				feedback: {
					en: 'Right: p13 says لإجراء محادثات مع القادة العسكريين، بهدف تعزيز العلاقات العسكرية الروسية الإيرانية.',
					ar: 'صحيح: تقول الفقرة 13: «لإجراء محادثات مع القادة العسكريين، بهدف تعزيز العلاقات العسكرية الروسية الإيرانية».'
				}
			},
			{
				id: 'exhibition',
				text: 'لزيارة معرض للصواريخ والطائرات المسيّرة فقط',
				correct: false,
				feedback: {
					en: 'He did see an exhibition, but p11 says that was على هامش الزيارة, “on the sidelines of the visit”, not its purpose.',
					ar: 'زار معرضاً فعلاً، لكن الفقرة 11 تقول إن ذلك كان «على هامش الزيارة»، أي إلى جانبها، لا غرضاً لها.'
				}
			},
			{
				id: 'mediate',
				text: 'للتوسّط بين إيران والدول الأوروبية الثلاث',
				correct: false,
				feedback: {
					en: 'The three European states appear only in Ashtiani’s criticism (p7); nobody mediates in the article.',
					ar: 'لا تظهر الدول الأوروبية الثلاث إلا في انتقاد اشتياني (الفقرة 7)، ولا أحد يتوسّط في المقال.'
				}
			},
			{
				id: 'sign',
				text: 'لتوقيع اتفاق جديد بشأن رفع العقوبات',
				correct: false,
				feedback: {
					en: 'No agreement is signed in the article; sanctions come up only in Shoigu’s and Ashtiani’s remarks (p3, p7).',
					ar: 'لا يُوقَّع أي اتفاق في المقال، ولا ترد العقوبات إلا في كلام شويغو واشتياني (الفقرتان 3 و7).'
				}
			}
		],
		explanation: {
			en: 'The last paragraph (p13) gives the purpose: talks with military commanders, to strengthen Russian-Iranian military relations and develop cooperation. The headline says the same: بهدف تعزيز العلاقات العسكرية.',
			ar: 'تذكر الفقرة الأخيرة (الفقرة 13) الغرض من الزيارة: محادثات مع القادة العسكريين لتعزيز العلاقات العسكرية الروسية الإيرانية وتطوير التعاون. ويقول العنوان الشيء نفسه: «بهدف تعزيز العلاقات العسكرية».'
		},
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
		hints: [
			{
				en: 'Paragraph 10 begins وناقش الطرفان أيضاً: read what follows the verb.',
				ar: 'تبدأ الفقرة 10 بـ«وناقش الطرفان أيضاً»: اقرأ ما يلي الفعل.'
			}
		],
		options: [
			{
				id: 'opportunities',
				text: 'الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب',
				correct: true,
				feedback: {
					en: 'Right: p10, الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب الممنهج.',
					ar: 'صحيح: الفقرة 10: «الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب الممنهج».'
				}
			},
			{
				id: 'moscow',
				text: 'موعد زيارة وزير الدفاع الإيراني إلى موسكو',
				correct: false,
				feedback: {
					en: 'The article mentions no return visit and no date.',
					ar: 'لا يذكر المقال زيارة مقابلة إلى موسكو ولا أي موعد.'
				}
			},
			{
				id: 'sanctions',
				text: 'شروط رفع العقوبات الأوروبية عن إيران',
				correct: false,
				feedback: {
					en: 'European sanctions come up in Ashtiani’s remark in p7, not in what the two sides discussed in p10.',
					ar: 'ترد العقوبات الأوروبية في كلام اشتياني في الفقرة 7، لا فيما ناقشه الطرفان في الفقرة 10.'
				}
			},
			{
				id: 'purchase',
				text: 'صفقة لشراء الطائرات المسيّرة الإيرانية',
				correct: false,
				feedback: {
					en: 'No purchase is mentioned: Shoigu only inspected Iranian-made drones at an exhibition (p11).',
					ar: 'لا يُذكر أي شراء: تفقّد شويغو طائرات مسيّرة إيرانية الصنع في معرض فحسب (الفقرة 11).'
				}
			}
		],
		explanation: {
			en: 'p10: وناقش الطرفان أيضاً الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب الممنهج, “the two sides also discussed the opportunities available for developing cooperation ... to confront common threats and systematic terrorism”.',
			ar: 'في الفقرة 10: «وناقش الطرفان أيضاً الفرص المتاحة لتطوير التعاون بين البلدين لمواجهة التهديدات المشتركة والإرهاب الممنهج»، فموضوع النقاش هو فرص التعاون في مواجهة التهديدات والإرهاب.'
		},
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
			{
				en: 'A نظير holds the same post as someone else, in another country.',
				ar: '«النظير» مَن يشغل المنصب نفسه الذي يشغله غيره، في بلد آخر.'
			},
			{ en: 'What is Shoigu’s post? See p1.', ar: 'ما منصب شويغو؟ انظر الفقرة 1.' }
		],
		options: [
			{
				id: 'defence',
				text: 'إنه وزير الدفاع الإيراني',
				correct: true,
				feedback: {
					en: 'Right: Shoigu is Russia’s defence minister (p1), so his Iranian counterpart (p2) is Iran’s defence minister.',
					ar: 'صحيح: شويغو وزير الدفاع الروسي (الفقرة 1)، فنظيره الإيراني (الفقرة 2) هو وزير الدفاع الإيراني.'
				}
			},
			{
				id: 'foreign',
				text: 'إنه وزير الخارجية الإيراني',
				correct: false,
				feedback: {
					en: 'A counterpart holds the same post, and Shoigu is defence minister (وزير الدفاع, p1), not foreign minister.',
					ar: 'النظير يشغل المنصب نفسه، وشويغو «وزير الدفاع» (الفقرة 1) لا وزير الخارجية.'
				}
			},
			{
				id: 'council',
				text: 'إنه أمين المجلس الأعلى للأمن القومي',
				correct: false,
				feedback: {
					en: 'That is the post of another man, Ali Akbar Ahmadian (p8).',
					ar: 'هذا منصب رجل آخر هو علي أكبر أحمديان (الفقرة 8).'
				}
			},
			{
				id: 'guard',
				text: 'إنه قائد الحرس الثوري الإيراني',
				correct: false,
				feedback: {
					en: 'The Revolutionary Guard appears only as the owner of the exhibition in p12; no commander of it is named.',
					ar: 'لا يظهر الحرس الثوري إلا صاحباً للمعرض في الفقرة 12، ولا يُذكر اسم أي قائد فيه.'
				}
			}
		],
		explanation: {
			en: 'p2 calls Ashtiani نظيره الإيراني, “his Iranian counterpart”. p1 calls Shoigu وزير الدفاع الروسي, so Ashtiani holds the same post in Iran: defence minister.',
			ar: 'تصف الفقرة 2 اشتياني بأنه «نظيره الإيراني»، وتصف الفقرة 1 شويغو بأنه «وزير الدفاع الروسي»، فاشتياني يشغل المنصب نفسه في إيران: وزير الدفاع.'
		},
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
		hints: [
			{
				en: 'هامش is the margin of a page: something beside the main text.',
				ar: '«الهامش» حاشية الصفحة: شيء بجانب النص الرئيسي.'
			}
		],
		options: [
			{
				id: 'alongside',
				text: 'إلى جانب البرنامج الرئيسي للزيارة',
				correct: true,
				feedback: {
					en: 'Right: “on the sidelines of the visit”: besides the talks that were its main business.',
					ar: 'صحيح: «على هامش الزيارة» أي إلى جانب المحادثات التي كانت شغلها الرئيسي.'
				}
			},
			{
				id: 'end',
				text: 'في نهاية الزيارة',
				correct: false,
				feedback: {
					en: 'هامش is a margin, not an end; the article does not say when during the visit the exhibition came.',
					ar: 'الهامش حاشية لا نهاية، والمقال لا يقول في أي وقت من الزيارة كان المعرض.'
				}
			},
			{
				id: 'instead',
				text: 'بدلاً من الزيارة',
				correct: false,
				feedback: {
					en: 'The inspection was part of the visit, not a replacement for it.',
					ar: 'كان التفقّد جزءاً من الزيارة لا بديلاً عنها.'
				}
			},
			{
				id: 'before',
				text: 'قبل بدء الزيارة',
				correct: false,
				feedback: {
					en: 'Nothing in p11 places the inspection before the visit.',
					ar: 'لا شيء في الفقرة 11 يجعل التفقّد قبل الزيارة.'
				}
			}
		],
		explanation: {
			en: 'على هامش, literally “on the margin of”, is the news phrase for “on the sidelines of”: p11 reports the exhibition as something Shoigu did alongside the talks that were the purpose of his visit (p13).',
			ar: '«على هامش» عبارة صحفية معناها: إلى جانب الحدث الرئيسي. فالفقرة 11 تعرض المعرض نشاطاً قام به شويغو إلى جانب المحادثات التي كانت غرض زيارته (الفقرة 13).'
		},
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
			{
				en: 'أقطاب is the plural of قطب, “pole”.',
				ar: '«أقطاب» جمع «قُطْب»، أي مركز تدور حوله الأشياء.'
			},
			{
				en: 'The same sentence sets this order against التوجهات الأحادية, “unilateral tendencies”.',
				ar: 'تضع الجملة نفسها هذا النظام في مقابل «التوجهات الأحادية»، أي انفراد دولة واحدة بالقرار.'
			}
		],
		options: [
			{
				id: 'many-centres',
				text: 'نظام عالمي فيه عدة مراكز قوة لا تهيمن عليه دولة واحدة',
				correct: true,
				feedback: {
					en: 'Right: poles are centres of power, and p4 sets this order against التوجهات الأحادية لبعض الدول.',
					ar: 'صحيح: الأقطاب مراكز القوة، والفقرة 4 تضع هذا النظام في مقابل «التوجهات الأحادية لبعض الدول».'
				}
			},
			{
				id: 'air-defence',
				text: 'نظام دفاع جوي متعدّد الطبقات',
				correct: false,
				feedback: {
					en: 'Air defence systems (أنظمة الدفاع الجوي) come up in p12; in p4 نظام is a world order.',
					ar: 'ترد «أنظمة الدفاع الجوي» في الفقرة 12، أما «نظام» في الفقرة 4 فمعناه النظام العالمي.'
				}
			},
			{
				id: 'one-power',
				text: 'نظام تحكمه دولة واحدة قوية',
				correct: false,
				feedback: {
					en: 'That is the opposite: p4 puts the multipolar order against the unilateral (الأحادية) tendencies of some states.',
					ar: 'هذا هو العكس: الفقرة 4 تضع النظام المتعدد الأقطاب في مقابل التوجهات «الأحادية» لبعض الدول.'
				}
			},
			{
				id: 'sanctions',
				text: 'نظام عقوبات تفرضه عدة دول',
				correct: false,
				feedback: {
					en: 'Sanctions are in p3 and p7; p4 is about the shape of the world order.',
					ar: 'ترد العقوبات في الفقرتين 3 و7، أما الفقرة 4 فعن شكل النظام العالمي.'
				}
			}
		],
		explanation: {
			en: 'p4: جهود الدول المستقلة لخلق نظام متعدّد الأقطاب وعادل ضدّ التوجهات الأحادية لبعض الدول: a “multipolar” order has several centres of power, the opposite of one state acting alone.',
			ar: 'في الفقرة 4: «جهود الدول المستقلة لخلق نظام متعدّد الأقطاب وعادل ضدّ التوجهات الأحادية لبعض الدول»: النظام المتعدد الأقطاب فيه مراكز قوة عدّة، وهو عكس انفراد دولة واحدة بالتصرف.'
		},
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
		hints: [
			{
				en: 'Shoigu speaks in p1 to p3; Ashtiani from p4 to p7.',
				ar: 'يتكلم شويغو في الفقرات 1 إلى 3، واشتياني في الفقرات 4 إلى 7.'
			}
		],
		options: [
			{
				id: 'readiness',
				text: 'الاستعداد لمزيد من العمل المشترك لتعزيز الاستقرار والأمن في الشرق الأوسط',
				correct: true,
				feedback: {
					en: 'Yes: p1, and in his own words in p2 (مستعدون لمزيد من العمل المشترك).',
					ar: 'نعم: في الفقرة 1، وبكلماته هو في الفقرة 2: «مستعدون لمزيد من العمل المشترك».'
				}
			},
			{
				id: 'dialogue',
				text: 'الحوار الروسي الإيراني يتطور اليوم بشكل مكثّف',
				correct: true,
				feedback: { en: 'Yes: the end of p2.', ar: 'نعم: في آخر الفقرة 2.' }
			},
			{
				id: 'futility',
				text: 'الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه',
				correct: true,
				feedback: {
					en: 'Yes: p3, in the quotation after مشيراً إلى أن.',
					ar: 'نعم: في الفقرة 3، في الكلام المنقول بعد «مشيراً إلى أن».'
				}
			},
			{
				id: 'red-line',
				text: 'الحفاظ على وحدة أراضي دول المنطقة خطّ أحمر',
				correct: false,
				feedback: {
					en: 'Ashtiani said this, about Iran’s red lines (p6).',
					ar: 'هذا قول اشتياني عن الخطوط الحمراء لإيران (الفقرة 6).'
				}
			},
			{
				id: 'europe',
				text: 'خطوة الدول الأوروبية الثلاث انتهاك لالتزامات أوروبا',
				correct: false,
				feedback: { en: 'Ashtiani said this (p7).', ar: 'هذا قول اشتياني (الفقرة 7).' }
			}
		],
		explanation: {
			en: 'Shoigu’s words are in p1-p3: readiness for more joint action (p1, p2), the intensive dialogue (p2), and the futility of sanctions pressure (p3). The red lines (p6) and the European states (p7) are Ashtiani’s.',
			ar: 'كلام شويغو في الفقرات 1 إلى 3: الاستعداد لمزيد من العمل المشترك (الفقرتان 1 و2)، والحوار المكثّف (الفقرة 2)، وعدم جدوى الضغط بالعقوبات (الفقرة 3). أما الخطوط الحمراء (الفقرة 6) والدول الأوروبية (الفقرة 7) فمن كلام اشتياني.'
		},
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
		hints: [
			{
				en: 'Look for اشتياني and the verbs أشار, أضاف, أعلن and اعتبر in p4-p7.',
				ar: 'ابحث عن «اشتياني» وعن الأفعال «أشار» و«أضاف» و«أعلن» و«اعتبر» في الفقرات 4 إلى 7.'
			}
		],
		options: [
			{
				id: 'multipolar',
				text: 'أشار إلى جهود الدول المستقلة لخلق نظام متعدّد الأقطاب وعادل',
				correct: true,
				feedback: { en: 'Yes: p4.', ar: 'نعم: الفقرة 4.' }
			},
			{
				id: 'forward',
				text: 'التعاون الدفاعي والعسكري بين البلدين سيتقدم إلى الأمام',
				correct: true,
				feedback: {
					en: 'Yes: p5 (وأضاف: إن التعاون الدفاعي والعسكري الثنائي بين البلدين سيتقدم).',
					ar: 'نعم: الفقرة 5: «وأضاف: إن التعاون الدفاعي والعسكري الثنائي بين البلدين سيتقدم».'
				}
			},
			{
				id: 'outside-forces',
				text: 'إيران تعارض أيّ تواجد لقوات من خارج المنطقة',
				correct: true,
				feedback: {
					en: 'Yes: p6 (أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة).',
					ar: 'نعم: الفقرة 6: «أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة».'
				}
			},
			{
				id: 'despite-us',
				text: 'تنفيذ الأنشطة المخطط لها على الرغم من معارضة الولايات المتحدة',
				correct: false,
				feedback: { en: 'Shoigu said this (p3).', ar: 'هذا قول شويغو (الفقرة 3).' }
			},
			{
				id: 'accept-forces',
				text: 'إيران تقبل وجود قوات أجنبية إذا ساعدت في مواجهة الإرهاب',
				correct: false,
				feedback: {
					en: 'The opposite: p6 says Iran opposes any (أي) presence of forces from outside the region.',
					ar: 'بل العكس: تقول الفقرة 6 إن إيران تعارض «أي» وجود لقوات من خارج المنطقة.'
				}
			}
		],
		explanation: {
			en: 'Ashtiani speaks in p4-p7: the efforts of independent states for a multipolar order (p4), cooperation that will move forward (p5), opposition to outside forces (p6). The planned activities despite US opposition are Shoigu’s words (p3).',
			ar: 'يتكلم اشتياني في الفقرات 4 إلى 7: جهود الدول المستقلة لنظام متعدد الأقطاب (الفقرة 4)، وتعاون سيتقدم إلى الأمام (الفقرة 5)، ومعارضة وجود قوات من خارج المنطقة (الفقرة 6). أما تنفيذ الأنشطة المخطط لها رغم معارضة الولايات المتحدة فمن كلام شويغو (الفقرة 3).'
		},
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
				feedback: {
					en: 'Yes: الصواريخ (p11) and الأسلحة الصاروخية (p12).',
					ar: 'نعم: «الصواريخ» (الفقرة 11) و«الأسلحة الصاروخية» (الفقرة 12).'
				}
			},
			{
				id: 'drones',
				text: 'الطائرات المسيّرة',
				correct: true,
				feedback: {
					en: 'Yes: الطائرات المسيرة (p11), called الطائرات بدون طيار in p12.',
					ar: 'نعم: «الطائرات المسيرة» (الفقرة 11)، وتسميها الفقرة 12 «الطائرات بدون طيار».'
				}
			},
			{
				id: 'air-defence',
				text: 'أنظمة الدفاع الجوي',
				correct: true,
				feedback: {
					en: 'Yes: p12, إضافةً إلى أنظمة الدفاع الجوي الإيرانية الصنع.',
					ar: 'نعم: الفقرة 12: «إضافةً إلى أنظمة الدفاع الجوي الإيرانية الصنع».'
				}
			},
			{
				id: 'warships',
				text: 'السفن الحربية',
				correct: false,
				feedback: { en: 'No ships are mentioned in the article.', ar: 'لا يذكر المقال أي سفن.' }
			},
			{
				id: 'tanks',
				text: 'الدبابات',
				correct: false,
				feedback: { en: 'No tanks are mentioned in the article.', ar: 'لا يذكر المقال أي دبابات.' }
			}
		],
		explanation: {
			en: 'p11: he inspected الصواريخ والطائرات المسيرة; p12: he learned about الأسلحة الصاروخية والطائرات بدون طيار، إضافةً إلى أنظمة الدفاع الجوي, all Iranian-made.',
			ar: 'في الفقرة 11 تفقّد «الصواريخ والطائرات المسيرة»، وفي الفقرة 12 تعرّف على «الأسلحة الصاروخية والطائرات بدون طيار، إضافةً إلى أنظمة الدفاع الجوي»، وكلها إيرانية الصنع.'
		},
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
			{
				en: 'الجانبين in p9 and الطرفان in p10 both mean “the two sides”: they refer back to the two men of p8.',
				ar: '«الجانبين» في الفقرة 9 و«الطرفان» في الفقرة 10 كلتاهما بمعنى الطرفين، وتعودان إلى الرجلين المذكورين في الفقرة 8.'
			}
		],
		options: [
			{
				id: 'end-interference',
				text: 'أكّدا أهمية إنهاء التدخل الأجنبي في المنطقة',
				correct: true,
				feedback: { en: 'Yes: p8.', ar: 'نعم: الفقرة 8.' }
			},
			{
				id: 'main-cause',
				text: 'اعتبرا تدخل البلدان غير الإقليمية السبب الرئيسي لزعزعة الاستقرار',
				correct: true,
				feedback: {
					en: 'Yes: p9, where “the two sides” are the two men of p8.',
					ar: 'نعم: الفقرة 9، و«الجانبان» فيها هما رجلا الفقرة 8.'
				}
			},
			{
				id: 'opportunities',
				text: 'ناقشا فرص تطوير التعاون لمواجهة التهديدات المشتركة والإرهاب',
				correct: true,
				feedback: {
					en: 'Yes: p10 (وناقش الطرفان أيضاً ...).',
					ar: 'نعم: الفقرة 10: «وناقش الطرفان أيضاً...».'
				}
			},
			{
				id: 'signed',
				text: 'وقّعا اتفاقاً لمكافحة الإرهاب',
				correct: false,
				feedback: {
					en: 'p10 says they discussed (ناقش) opportunities; no agreement is signed.',
					ar: 'تقول الفقرة 10 إنهما «ناقشا» الفرص، ولا يُوقَّع أي اتفاق.'
				}
			},
			{
				id: 'visited-together',
				text: 'زارا معاً معرض القوات الجوية الفضائية',
				correct: false,
				feedback: {
					en: 'p12 says Shoigu visited the exhibition; Ahmadian is not mentioned there.',
					ar: 'تقول الفقرة 12 إن شويغو زار المعرض، ولا يُذكر أحمديان هناك.'
				}
			}
		],
		explanation: {
			en: 'p8 names the two men; p9 (واعتبر الجانبين) and p10 (وناقش الطرفان) continue with “the two sides”: interference from outside is the main cause of instability, and they discussed cooperation against common threats and terrorism.',
			ar: 'تسمّي الفقرة 8 الرجلين، ثم تكمل الفقرتان 9 («واعتبر الجانبين») و10 («وناقش الطرفان») عنهما: التدخل من خارج المنطقة هو السبب الرئيسي لزعزعة الاستقرار، وقد ناقشا التعاون لمواجهة التهديدات المشتركة والإرهاب.'
		},
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
			true: {
				en: 'Right: p7 says this almost word for word.',
				ar: 'صحيح: تقول الفقرة 7 هذا بألفاظ قريبة جداً.'
			},
			false: {
				en: 'Read p7 again: اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح.',
				ar: 'أعد قراءة الفقرة 7: «اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث ... انتهاك واضح».'
			},
			'not-stated': { en: 'It is stated, in p7.', ar: 'بل هو مذكور في الفقرة 7.' }
		},
		explanation: {
			en: 'p7 says so almost word for word: اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث “ألمانيا وفرنسا وبريطانيا” بشأن عدم إلغاء العقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة.',
			ar: 'في الفقرة 7: «اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث “ألمانيا وفرنسا وبريطانيا” بشأن عدم إلغاء العقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة».'
		},
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
			true: {
				en: 'p3 speaks of their opposition (معارضة), not their support.',
				ar: 'تتحدث الفقرة 3 عن «معارضة» هذه الدول لا عن تأييدها.'
			},
			false: {
				en: 'Right: the activities go ahead على الرغم من معارضة الولايات المتحدة, “despite the opposition of the United States” (p3).',
				ar: 'صحيح: تمضي الأنشطة «على الرغم من معارضة الولايات المتحدة» (الفقرة 3).'
			},
			'not-stated': {
				en: 'It is stated: p3 speaks of the opposition (معارضة) of the United States and its allies.',
				ar: 'بل هو مذكور: تتحدث الفقرة 3 عن «معارضة» الولايات المتحدة وحلفائها.'
			}
		},
		explanation: {
			en: 'p3: نهدف إلى تنفيذ مجموعة كاملة من الأنشطة المخطط لها، على الرغم من معارضة الولايات المتحدة وحلفائها الغربيين: the United States and its allies oppose the activities.',
			ar: 'في الفقرة 3: «نهدف إلى تنفيذ مجموعة كاملة من الأنشطة المخطط لها، على الرغم من معارضة الولايات المتحدة وحلفائها الغربيين»، فالولايات المتحدة وحلفاؤها يعارضون هذه الأنشطة.'
		},
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
			true: {
				en: 'p11 calls them الإيرانية الصنع, “Iranian-made”.',
				ar: 'تصفها الفقرة 11 بأنها «الإيرانية الصنع»، أي مصنوعة في إيران.'
			},
			false: {
				en: 'Right: p11 says الإيرانية الصنع, “Iranian-made”.',
				ar: 'صحيح: تقول الفقرة 11 «الإيرانية الصنع».'
			},
			'not-stated': {
				en: 'It is stated: p11 calls them الإيرانية الصنع.',
				ar: 'بل هو مذكور: تصفها الفقرة 11 بأنها «الإيرانية الصنع».'
			}
		},
		explanation: {
			en: 'p11: تفقد وزير الدفاع الروسي، الصواريخ والطائرات المسيرة الإيرانية الصنع: the missiles and drones were Iranian-made.',
			ar: 'في الفقرة 11: «تفقد وزير الدفاع الروسي، الصواريخ والطائرات المسيرة الإيرانية الصنع»، فالصواريخ والطائرات المسيّرة من صنع إيران.'
		},
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
			true: {
				en: 'The article names only Ashtiani (p2) and Ahmadian (p8) and speaks of talks with military commanders (p13); the president is not mentioned.',
				ar: 'لا يسمّي المقال إلا اشتياني (الفقرة 2) وأحمديان (الفقرة 8)، ويذكر محادثات مع القادة العسكريين (الفقرة 13)؛ ولا ذكر للرئيس.'
			},
			false: {
				en: 'The article does not say he did not meet him either: the president is simply not mentioned.',
				ar: 'ولا يقول المقال أيضاً إنه لم يلتقه: الرئيس غير مذكور أصلاً.'
			},
			'not-stated': {
				en: 'Right: the people Shoigu deals with are Ashtiani (p2), Ahmadian (p8) and military commanders (p13); nothing about the president.',
				ar: 'صحيح: من يلتقيهم شويغو هم اشتياني (الفقرة 2) وأحمديان (الفقرة 8) والقادة العسكريون (الفقرة 13)، ولا شيء عن الرئيس.'
			}
		},
		explanation: {
			en: 'The article names Shoigu’s meeting with Ashtiani (p2), his joint statement with Ahmadian (p8) and talks with military commanders (p13). The president does not appear, so the statement is neither confirmed nor denied.',
			ar: 'يذكر المقال لقاء شويغو باشتياني (الفقرة 2)، وموقفه المشترك مع أحمديان (الفقرة 8)، ومحادثاته مع القادة العسكريين (الفقرة 13). ولا يظهر الرئيس الإيراني، فالعبارة لا تُثبَت ولا تُنفى.'
		},
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
		hints: [
			{
				en: 'Is سيتقدم إلى الأمام (p5) a signed agreement, or a statement about the future?',
				ar: 'هل «سيتقدم إلى الأمام» (الفقرة 5) اتفاق موقَّع، أم كلام عن المستقبل؟'
			}
		],
		feedback: {
			true: {
				en: 'p5 only says cooperation سيتقدم إلى الأمام, “will move forward”: a statement about the future, not a signed agreement.',
				ar: 'لا تقول الفقرة 5 إلا إن التعاون «سيتقدم إلى الأمام»، وهذا كلام عن المستقبل لا اتفاق موقَّع.'
			},
			false: {
				en: 'Nothing in the article says they did not sign one; no agreement is mentioned at all.',
				ar: 'لا شيء في المقال يقول إنهما لم يوقّعا اتفاقاً؛ فالمقال لا يذكر أي اتفاق أصلاً.'
			},
			'not-stated': {
				en: 'Right: the article reports talks (p13), statements (p5) and discussions (p10), but no agreement.',
				ar: 'صحيح: ينقل المقال محادثات (الفقرة 13) وتصريحات (الفقرة 5) ونقاشاً (الفقرة 10)، ولا اتفاق.'
			}
		},
		explanation: {
			en: 'The article speaks of cooperation that “will move forward” (p5), discussions (p10) and talks (p13). It mentions no agreement, signed or not.',
			ar: 'يتحدث المقال عن تعاون «سيتقدم إلى الأمام» (الفقرة 5)، وعن نقاش (الفقرة 10) ومحادثات (الفقرة 13)، ولا يذكر أي اتفاق، موقَّعاً كان أو غير موقَّع.'
		},
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
		hints: [
			{
				en: 'جدوى means “use, benefit”; what does عدم جدواه say about it?',
				ar: '«الجدوى» هي النفع والفائدة؛ فماذا تقول «عدم جدواه»؟'
			}
		],
		feedback: {
			true: {
				en: 'p3: the pressure يظهر عدم جدواه, “is showing its futility”, the opposite of success.',
				ar: 'في الفقرة 3 الضغط «يظهر عدم جدواه»، أي يتبيّن أنه بلا فائدة، وهذا عكس النجاح.'
			},
			false: {
				en: 'Right: يظهر عدم جدواه, “shows its futility”, and cooperation reaches a new level anyway (p3).',
				ar: 'صحيح: «يظهر عدم جدواه» أي يتبيّن أنه بلا فائدة، والتعاون يصل مع ذلك إلى مستوى جديد (الفقرة 3).'
			},
			'not-stated': {
				en: 'He says it, in p3: الضغط بالعقوبات ... يظهر عدم جدواه.',
				ar: 'بل يقول ذلك في الفقرة 3: «الضغط بالعقوبات ... يظهر عدم جدواه».'
			}
		},
		explanation: {
			en: 'p3: الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه، بينما يصل التعاون الروسي الإيراني إلى مستوى جديد: Shoigu says the sanctions pressure is futile.',
			ar: 'في الفقرة 3: «الضغط بالعقوبات على روسيا وإيران يظهر عدم جدواه، بينما يصل التعاون الروسي الإيراني إلى مستوى جديد»، فشويغو يرى الضغط بالعقوبات بلا فائدة.'
		},
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
		hints: [
			{
				en: 'It is also the city in the dateline.',
				ar: 'هي أيضاً المدينة المذكورة في سطر المصدر أول المقال.'
			}
		],
		accepted: [
			{
				text: 'طهران',
				feedback: {
					en: 'Right: p2, في اجتماع مع نظيره الإيراني ... في طهران.',
					ar: 'صحيح: الفقرة 2: «في اجتماع مع نظيره الإيراني ... في طهران».'
				}
			},
			{
				text: 'العاصمة طهران',
				feedback: {
					en: 'Right: Tehran, the capital (p2, p11).',
					ar: 'صحيح: طهران، العاصمة (الفقرتان 2 و11).'
				}
			}
		],
		explanation: {
			en: 'p2: في اجتماع مع نظيره الإيراني محمد رضا اشتياني في طهران. The dateline (طهران – وكالات) and p11 (العاصمة طهران) name the same city.',
			ar: 'في الفقرة 2: «في اجتماع مع نظيره الإيراني محمد رضا اشتياني في طهران». ويسمّي سطر المصدر («طهران – وكالات») والفقرة 11 («العاصمة طهران») المدينة نفسها.'
		},
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
		hints: [
			{
				en: 'p2 begins ونقلت وكالة ...: the name follows وكالة.',
				ar: 'تبدأ الفقرة 2 بـ«ونقلت وكالة ...»: الاسم بعد كلمة «وكالة».'
			}
		],
		accepted: [
			{
				text: 'نوفوستي',
				feedback: {
					en: 'Right: p2, ونقلت وكالة نوفوستي عن شويغو.',
					ar: 'صحيح: الفقرة 2: «ونقلت وكالة نوفوستي عن شويغو».'
				}
			},
			{
				text: 'وكالة نوفوستي',
				feedback: {
					en: 'Right: p2, ونقلت وكالة نوفوستي عن شويغو.',
					ar: 'صحيح: الفقرة 2: «ونقلت وكالة نوفوستي عن شويغو».'
				}
			},
			{
				text: 'ريا نوفوستي',
				feedback: {
					en: 'Right: the agency’s full name is RIA Novosti; the article calls it وكالة نوفوستي (p2).',
					ar: 'صحيح: اسم الوكالة الكامل «ريا نوفوستي» (RIA Novosti)، والمقال يسمّيها «وكالة نوفوستي» (الفقرة 2).'
				}
			},
			{
				text: 'وكالة ريا نوفوستي',
				feedback: {
					en: 'Right: the agency’s full name is RIA Novosti; the article calls it وكالة نوفوستي (p2).',
					ar: 'صحيح: اسم الوكالة الكامل «ريا نوفوستي» (RIA Novosti)، والمقال يسمّيها «وكالة نوفوستي» (الفقرة 2).'
				}
			},
			{
				text: 'نوفستي',
				feedback: {
					en: 'Right: the article spells it نوفوستي, with و after the ف (p2).',
					ar: 'صحيح: يكتبها المقال «نوفوستي»، بواو بعد الفاء (الفقرة 2).'
				}
			},
			{
				text: 'وكالة نوفستي',
				feedback: {
					en: 'Right: the article spells it وكالة نوفوستي, with و after the ف (p2).',
					ar: 'صحيح: يكتبها المقال «وكالة نوفوستي»، بواو بعد الفاء (الفقرة 2).'
				}
			},
			{
				text: 'وكالات',
				credit: 0,
				feedback: {
					en: 'وكالات in the dateline means “(news) agencies” in general; p2 names the one agency that quoted Shoigu: وكالة نوفوستي.',
					ar: '«وكالات» في سطر المصدر معناها وكالات الأنباء عامةً، أما الفقرة 2 فتسمّي الوكالة الوحيدة التي نقلت كلام شويغو: «وكالة نوفوستي».'
				}
			}
		],
		explanation: {
			en: 'p2: ونقلت وكالة نوفوستي عن شويغو ..., “the Novosti agency quoted Shoigu ...”. The dateline credits agencies in general (وكالات); p2 names the agency for Shoigu’s words. Small spelling slips, such as ى for a final ي or a missing hamza, still count.',
			ar: 'في الفقرة 2: «ونقلت وكالة نوفوستي عن شويغو ...». أما سطر المصدر فينسب الخبر إلى وكالات عامةً («وكالات»)، والفقرة 2 تسمّي الوكالة التي نقلت كلام شويغو. والأخطاء الإملائية الصغيرة، كالألف المقصورة مكان الياء في آخر الكلمة أو سقوط الهمزة، لا تُحسب خطأً.'
		},
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
				feedback: {
					en: 'Right: p3, معارضة الولايات المتحدة وحلفائها الغربيين.',
					ar: 'صحيح: الفقرة 3: «معارضة الولايات المتحدة وحلفائها الغربيين».'
				}
			},
			{
				text: 'الولايات المتحدة الأمريكية',
				feedback: {
					en: 'Right: the article says الولايات المتحدة (p3).',
					ar: 'صحيح: يقول المقال «الولايات المتحدة» (الفقرة 3).'
				}
			},
			{
				text: 'أمريكا',
				feedback: {
					en: 'Right; the article’s own words are الولايات المتحدة (p3).',
					ar: 'صحيح، ولفظ المقال نفسه «الولايات المتحدة» (الفقرة 3).'
				}
			},
			{
				text: 'أميركا',
				feedback: {
					en: 'Right; the article’s own words are الولايات المتحدة (p3).',
					ar: 'صحيح، ولفظ المقال نفسه «الولايات المتحدة» (الفقرة 3).'
				}
			}
		],
		explanation: {
			en: 'p3: على الرغم من معارضة الولايات المتحدة وحلفائها الغربيين, “despite the opposition of the United States and its Western allies”.',
			ar: 'في الفقرة 3: «على الرغم من معارضة الولايات المتحدة وحلفائها الغربيين».'
		},
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
			{
				en: 'Four words: خطة = plan, العمل = action (work), الشاملة = comprehensive, المشتركة = joint.',
				ar: 'أربع كلمات: «خطة» هي الخطة، و«العمل» هو الفعل والعمل، و«الشاملة» الجامعة لكل شيء، و«المشتركة» التي يشترك فيها أكثر من طرف.'
			},
			{
				en: 'الشاملة and المشتركة are feminine adjectives: they describe خطة, not العمل.',
				ar: '«الشاملة» و«المشتركة» صفتان مؤنثتان، فهما تصفان «خطة» لا «العمل».'
			}
		],
		accepted: [
			{
				text: 'JCPOA',
				feedback: {
					en: 'Right: the abbreviation of the Joint Comprehensive Plan of Action, which is the Arabic word for word.',
					ar: 'صحيح: هذا اختصار الاسم الإنجليزي للخطة، وهو ترجمة حرفية للعبارة العربية.'
				}
			},
			{
				text: 'Joint Comprehensive Plan of Action JCPOA',
				feedback: {
					en: 'Right: word for word, and its abbreviation.',
					ar: 'صحيح: ترجمة حرفية مع اختصارها.'
				}
			},
			{
				text: 'Joint Comprehensive Plan of Action',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'the Joint Comprehensive Plan of Action',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'Comprehensive Joint Plan of Action',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'the Comprehensive Joint Plan of Action',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'Joint Comprehensive Action Plan',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'the Joint Comprehensive Action Plan',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'Comprehensive Joint Action Plan',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'the Comprehensive Joint Action Plan',
				feedback: {
					en: 'Right: word for word, خطة plan, العمل action, الشاملة comprehensive, المشتركة joint.',
					ar: 'صحيح: ترجمة حرفية لـ«خطة» و«العمل» و«الشاملة» و«المشتركة».'
				}
			},
			{
				text: 'Comprehensive Plan of Joint Action',
				credit: 0.5,
				feedback: {
					en: 'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.',
					ar: 'قريب: «الشاملة» و«المشتركة» مؤنثتان، فهما تصفان «خطة» لا «العمل»: خطة عمل شاملة مشتركة.'
				}
			},
			{
				text: 'the Comprehensive Plan of Joint Action',
				credit: 0.5,
				feedback: {
					en: 'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.',
					ar: 'قريب: «الشاملة» و«المشتركة» مؤنثتان، فهما تصفان «خطة» لا «العمل»: خطة عمل شاملة مشتركة.'
				}
			},
			{
				text: 'Plan of Comprehensive Joint Action',
				credit: 0.5,
				feedback: {
					en: 'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.',
					ar: 'قريب: «الشاملة» و«المشتركة» مؤنثتان، فهما تصفان «خطة» لا «العمل»: خطة عمل شاملة مشتركة.'
				}
			},
			{
				text: 'the Plan of Comprehensive Joint Action',
				credit: 0.5,
				feedback: {
					en: 'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.',
					ar: 'قريب: «الشاملة» و«المشتركة» مؤنثتان، فهما تصفان «خطة» لا «العمل»: خطة عمل شاملة مشتركة.'
				}
			},
			{
				text: 'Joint Plan of Comprehensive Action',
				credit: 0.5,
				feedback: {
					en: 'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.',
					ar: 'قريب: «الشاملة» و«المشتركة» مؤنثتان، فهما تصفان «خطة» لا «العمل»: خطة عمل شاملة مشتركة.'
				}
			},
			{
				text: 'the Joint Plan of Comprehensive Action',
				credit: 0.5,
				feedback: {
					en: 'Nearly: الشاملة and المشتركة are feminine, so they describe خطة, the plan, not العمل: a comprehensive, joint plan of action.',
					ar: 'قريب: «الشاملة» و«المشتركة» مؤنثتان، فهما تصفان «خطة» لا «العمل»: خطة عمل شاملة مشتركة.'
				}
			},
			{
				text: 'Iran nuclear deal',
				credit: 0.5,
				feedback: {
					en: 'That is what the plan is, but the question asks for its words: خطة العمل الشاملة المشتركة, the Joint Comprehensive Plan of Action.',
					ar: 'هذا ما تتناوله الخطة، لكن السؤال يطلب ترجمة ألفاظها: «خطة العمل الشاملة المشتركة».'
				}
			},
			{
				text: 'the Iran nuclear deal',
				credit: 0.5,
				feedback: {
					en: 'That is what the plan is, but the question asks for its words: خطة العمل الشاملة المشتركة, the Joint Comprehensive Plan of Action.',
					ar: 'هذا ما تتناوله الخطة، لكن السؤال يطلب ترجمة ألفاظها: «خطة العمل الشاملة المشتركة».'
				}
			},
			{
				text: 'nuclear deal',
				credit: 0.5,
				feedback: {
					en: 'That is what the plan is, but the question asks for its words: خطة العمل الشاملة المشتركة, the Joint Comprehensive Plan of Action.',
					ar: 'هذا ما تتناوله الخطة، لكن السؤال يطلب ترجمة ألفاظها: «خطة العمل الشاملة المشتركة».'
				}
			}
		],
		explanation: {
			en: 'p7: انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة. Word for word: plan (خطة) of action (العمل), comprehensive (الشاملة) and joint (المشتركة). The two adjectives are feminine, so they describe the plan (خطة), not the action: they earn full credit in either order, and half when they are put on the action. It is also the agreement’s official English name, the Joint Comprehensive Plan of Action (JCPOA); the article itself does not say what the plan is about, so knowing that it is the Iran nuclear agreement is not needed here.',
			ar: 'في الفقرة 7: «انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة». والترجمة الحرفية: خطة («خطة») عمل («العمل») شاملة («الشاملة») ومشتركة («المشتركة»). والصفتان مؤنثتان فهما تصفان «خطة» لا «العمل»؛ لذا تنال الترجمة الدرجة كاملة بأي ترتيب للصفتين، ونصفها إذا جُعلتا صفتين للعمل. وهذا أيضاً الاسم الإنجليزي الرسمي للاتفاق (JCPOA)؛ والمقال نفسه لا يقول موضوع الخطة، فلا يُطلب هنا معرفة أنها الاتفاق النووي الإيراني.'
		},
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
		hints: [
			{
				en: 'Look in p12 for الطائرات followed by a phrase meaning “without a pilot”.',
				ar: 'ابحث في الفقرة 12 عن «الطائرات» تليها عبارة معناها: من غير طيّار يقودها.'
			}
		],
		accepted: [
			{
				text: 'الطائرات بدون طيار',
				feedback: {
					en: 'Right: p12, “aircraft without a pilot”.',
					ar: 'صحيح: الفقرة 12، أي طائرات لا يقودها طيّار.'
				}
			},
			{
				text: 'طائرات بدون طيار',
				feedback: {
					en: 'Right: p12 has it with the article, الطائرات بدون طيار.',
					ar: 'صحيح: وردت في الفقرة 12 معرّفة بـ«ال»: «الطائرات بدون طيار».'
				}
			},
			{
				text: 'بدون طيار',
				credit: 0.5,
				feedback: {
					en: 'That is the key part; the whole phrase in p12 is الطائرات بدون طيار.',
					ar: 'هذا هو الجزء الأهم، والعبارة كاملة في الفقرة 12 هي «الطائرات بدون طيار».'
				}
			}
		],
		explanation: {
			en: 'p11 says الطائرات المسيرة (“guided aircraft”); p12 says الطائرات بدون طيار (“aircraft without a pilot”). Both mean drones.',
			ar: 'تقول الفقرة 11 «الطائرات المسيرة» (أي الموجَّهة عن بُعد)، وتقول الفقرة 12 «الطائرات بدون طيار». والعبارتان بمعنى واحد.'
		},
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
		hints: [
			{
				en: 'Count the names between the quotation marks in p7.',
				ar: 'عُدّ الأسماء بين علامتي التنصيص في الفقرة 7.'
			}
		],
		answer: 3,
		tolerance: 0,
		explanation: {
			en: 'p7: الدول الأوروبية الثلاث “ألمانيا وفرنسا وبريطانيا”: three states, Germany, France and Britain.',
			ar: 'في الفقرة 7: «الدول الأوروبية الثلاث “ألمانيا وفرنسا وبريطانيا”»، أي ثلاث دول: ألمانيا وفرنسا وبريطانيا.'
		},
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
		hints: [
			{
				en: 'Read what follows وتعرف خلال العرض على in p12.',
				ar: 'اقرأ ما يلي «وتعرف خلال العرض على» في الفقرة 12.'
			}
		],
		answer: 3,
		tolerance: 0,
		explanation: {
			en: 'p12: الأسلحة الصاروخية (missile weapons), الطائرات بدون طيار (drones), إضافةً إلى أنظمة الدفاع الجوي (air defence systems): three kinds.',
			ar: 'في الفقرة 12: «الأسلحة الصاروخية» و«الطائرات بدون طيار» و«إضافةً إلى أنظمة الدفاع الجوي»، فهي ثلاثة أنواع.'
		},
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
			{
				en: 'Look for first names and family names across the whole article.',
				ar: 'ابحث عن الأسماء الأولى وأسماء العائلات في المقال كله.'
			},
			{ en: 'An agency is not a person.', ar: 'الوكالة ليست شخصاً.' }
		],
		answer: 3,
		tolerance: 0,
		explanation: {
			en: 'Three: سيرغي شويغو (p1), محمد رضا اشتياني (p2) and علي أكبر أحمديان (p8). نوفوستي is an agency, and the military commanders of p13 are not named.',
			ar: 'ثلاثة: «سيرغي شويغو» (الفقرة 1)، و«محمد رضا اشتياني» (الفقرة 2)، و«علي أكبر أحمديان» (الفقرة 8). أما «نوفوستي» فوكالة، والقادة العسكريون في الفقرة 13 لا تُذكر أسماؤهم.'
		},
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
			{
				en: 'Who is at the meeting in p2? Shoigu and نظيره, “his counterpart”.',
				ar: 'مَن في اجتماع الفقرة 2؟ شويغو و«نظيره».'
			},
			{
				en: 'A counterpart holds the same post as Shoigu, in another country.',
				ar: 'النظير يشغل المنصب نفسه الذي يشغله شويغو، في بلد آخر.'
			}
		],
		answer: 2,
		tolerance: 0,
		explanation: {
			en: 'Two: p2 reports a meeting between Shoigu, the Russian defence minister (p1), and his Iranian counterpart Ashtiani, who therefore holds the same post in Iran. Ahmadian (p8) is secretary of the Supreme National Security Council, not a defence minister, and p2 does not place him at this meeting.',
			ar: 'اثنان: تنقل الفقرة 2 اجتماعاً بين شويغو، وزير الدفاع الروسي (الفقرة 1)، ونظيره الإيراني اشتياني الذي يشغل إذن المنصب نفسه في إيران. أما أحمديان (الفقرة 8) فهو أمين المجلس الأعلى للأمن القومي لا وزير دفاع، والفقرة 2 لا تذكره في هذا الاجتماع.'
		},
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
		hints: [{ en: 'The roles are in p1, p2 and p8.', ar: 'المناصب مذكورة في الفقرات 1 و2 و8.' }],
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
		explanation: {
			en: 'p1: وزير الدفاع الروسي سيرغي شويغو; p2: نظيره الإيراني محمد رضا اشتياني; p8: أمين المجلس الأعلى للأمن القومي الإيراني علي أكبر أحمديان. No foreign minister or Guard commander is named.',
			ar: 'الفقرة 1: «وزير الدفاع الروسي سيرغي شويغو»؛ الفقرة 2: «نظيره الإيراني محمد رضا اشتياني»؛ الفقرة 8: «أمين المجلس الأعلى للأمن القومي الإيراني علي أكبر أحمديان». ولا يُسمّى أي وزير خارجية ولا قائد في الحرس.'
		},
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
		explanation: {
			en: 'Shoigu on sanctions: p3. Ashtiani on Iran’s red lines: p6. Ahmadian and the Russian minister on foreign interference: p8. Nobody says Iran should accept the European decision; Ashtiani calls it a violation (p7).',
			ar: 'شويغو عن العقوبات: الفقرة 3. اشتياني عن الخطوط الحمراء لإيران: الفقرة 6. أحمديان والوزير الروسي عن التدخل الأجنبي: الفقرة 8. ولا أحد يقول إن على إيران قبول القرار الأوروبي، بل يعدّه اشتياني انتهاكاً (الفقرة 7).'
		},
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
		hints: [
			{
				en: 'Read each word in its sentence before you choose.',
				ar: 'اقرأ كل كلمة في جملتها قبل أن تختار.'
			}
		],
		pairs: [
			{ id: 'nazir', left: 'نظيره (الفقرة 2)', right: 'مَن يشغل المنصب نفسه في بلد آخر' },
			{ id: 'jadwa', left: 'جدواه (الفقرة 3)', right: 'فائدته ونفعه' },
			{ id: 'zazaa', left: 'زعزعة (الفقرة 9)', right: 'الإخلال بالشيء وإضعاف ثباته' },
			{ id: 'mumanhaj', left: 'الممنهج (الفقرة 10)', right: 'المنظَّم وفق خطة' },
			{ id: 'tafaqqada', left: 'تفقّد (الفقرة 11)', right: 'عاين الشيء وفحصه بنفسه' }
		],
		distractors: ['الرفض العلني', 'مَن يخالفه في الرأي', 'العشوائي بلا خطة', 'بحث عن شيء فقده'],
		explanation: {
			en: 'نظير: a counterpart (p2), not an opponent. جدوى: use, benefit (p3, عدم جدواه = its futility). زعزعة الاستقرار: destabilisation (p9). الإرهاب الممنهج: systematic terrorism (p10), the opposite of random. تفقّد: to inspect (p11). تفقّد can also mean to look for something missing (its root ف-ق-د means “to lose”), but in p11 the minister is inspecting weapons at an exhibition.',
			ar: '«نظير»: مَن يشغل المنصب نفسه (الفقرة 2)، لا الخصم. «جدوى»: النفع والفائدة (الفقرة 3، و«عدم جدواه» أي أنه بلا فائدة). «زعزعة الاستقرار»: الإخلال بالاستقرار (الفقرة 9). «الإرهاب الممنهج»: الإرهاب المنظَّم وفق خطة (الفقرة 10)، وهو عكس العشوائي. «تفقّد»: فحص ومعاينة (الفقرة 11). وقد تعني «تفقّد» أيضاً البحث عن شيء مفقود (فجذرها ف-ق-د من الفقدان)، لكن الوزير في الفقرة 11 يعاين أسلحة في معرض.'
		},
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
			{
				en: 'Each item is reported in one paragraph only, and none is in the headline.',
				ar: 'كل عنصر مذكور في فقرة واحدة فقط، وليس أي منها في العنوان.'
			},
			{
				en: 'The article gives Shoigu’s words first, then Ashtiani’s, then the talks with Ahmadian, then the exhibition.',
				ar: 'يورد المقال كلام شويغو أولاً، ثم كلام اشتياني، ثم المحادثات مع أحمديان، ثم المعرض.'
			}
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
		explanation: {
			en: 'Shoigu’s readiness in his meeting with Ashtiani: p2; the European states: p7; foreign interference: p8; common threats and terrorism: p10; the air defence systems: p12. (The purpose of the visit, which the headline and p13 both state, is left out: it has no single place in the order.)',
			ar: 'استعداد شويغو في اجتماعه باشتياني: الفقرة 2؛ الدول الأوروبية: الفقرة 7؛ التدخل الأجنبي: الفقرة 8؛ التهديدات المشتركة والإرهاب: الفقرة 10؛ أنظمة الدفاع الجوي: الفقرة 12. (وتُرك غرض الزيارة لأن العنوان والفقرة 13 كليهما يذكرانه، فليس له مكان واحد في الترتيب.)'
		},
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
		explanation: {
			en: 'Ashtiani speaks in four consecutive paragraphs: the multipolar order (p4), cooperation moving forward (p5), opposition to outside forces (p6), the European states (p7).',
			ar: 'يتكلم اشتياني في أربع فقرات متتالية: النظام المتعدد الأقطاب (الفقرة 4)، وتقدّم التعاون إلى الأمام (الفقرة 5)، ومعارضة القوات الآتية من خارج المنطقة (الفقرة 6)، والدول الأوروبية (الفقرة 7).'
		},
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
			{
				en: 'أعلن is followed by عن; معارضة is followed by ل (“opposition to”).',
				ar: 'يأتي بعد «أعلن» حرف الجر «عن»، وبعد «معارضة» اللام (معارضة لـ...).'
			},
			{ en: 'من خارج says where the forces come from.', ar: '«من خارج» تبيّن من أين تأتي القوات.' }
		],
		items: [
			{ id: 'announced', text: 'إلى ذلك، أعلن اشتياني' },
			{ id: 'opposition', text: 'عن معارضة بلاده' },
			{ id: 'presence', text: 'لأي تواجد لقوات' },
			{ id: 'outside', text: 'من خارج المنطقة' }
		],
		explanation: {
			en: 'p6: إلى ذلك، أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة: أعلن عن (announce), معارضة ل (opposition to), تواجد لقوات (a presence of forces), من خارج المنطقة (from outside the region).',
			ar: 'في الفقرة 6: «إلى ذلك، أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة»: «أعلن عن»، ثم «معارضة» + اللام، ثم «تواجد لقوات» أي وجود قوات، ثم «من خارج المنطقة».'
		},
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
			{ en: 'The headline gives the purpose of the visit.', ar: 'يذكر العنوان غرض الزيارة.' },
			{
				en: 'The last paragraph repeats it: بهدف ... العلاقات ...',
				ar: 'وتكرره الفقرة الأخيرة: «بهدف ... العلاقات ...».'
			}
		],
		sentence: 'headline.s1',
		gaps: [{ token: 1 }, { token: 3 }],
		mode: 'typed',
		explanation: {
			en: 'The headline: بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران. p13 repeats the aim: بهدف تعزيز العلاقات العسكرية الروسية الإيرانية.',
			ar: 'العنوان: «بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران». وتكرر الفقرة 13 الهدف: «بهدف تعزيز العلاقات العسكرية الروسية الإيرانية».'
		},
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
		explanation: {
			en: 'p6: أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة ... هو أحد الخطوط الحمراء لإيران: Iran opposes forces from outside the region, and territorial integrity is a red line.',
			ar: 'في الفقرة 6: «أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة ... هو أحد الخطوط الحمراء لإيران»: إيران تعارض القوات الآتية من خارج المنطقة، ووحدة الأراضي خط أحمر.'
		},
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
			{
				en: 'The first gap is a number word: how many states are named?',
				ar: 'الفراغ الأول كلمة عدد: كم دولة تُذكر؟'
			},
			{
				en: 'The second is a noun meaning “violation” (root ن-ه-ك).',
				ar: 'الثاني اسم بمعنى الإخلال بالالتزام (جذره ن-ه-ك).'
			}
		],
		sentence: 'p7.s1',
		gaps: [{ token: 10 }, { token: 20 }],
		mode: 'typed',
		explanation: {
			en: 'p7: خطوة الدول الأوروبية الثلاث ... انتهاك واضح لالتزامات أوروبا: three states, and their step is a clear violation. The number is الثلاث, without ة, because دولة is feminine.',
			ar: 'في الفقرة 7: «خطوة الدول الأوروبية الثلاث ... انتهاك واضح لالتزامات أوروبا»: ثلاث دول، وخطوتها انتهاك واضح. والعدد «الثلاث» بلا تاء لأن المعدود «دولة» مؤنث.'
		},
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
			{
				en: 'على الرغم من introduces something that stands in the way.',
				ar: '«على الرغم من» تُدخل ما يقف عائقاً في الطريق.'
			},
			{
				en: 'بينما contrasts the sanctions with cooperation that reaches a new level.',
				ar: '«بينما» تقابل بين العقوبات وتعاون يصل إلى مستوى جديد.'
			}
		],
		sentence: 'p3.s1',
		gaps: [{ token: 16 }, { token: 32 }],
		mode: 'bank',
		distractors: ['تأييد', 'زيادة'],
		explanation: {
			en: 'p3: على الرغم من معارضة الولايات المتحدة (despite the opposition, not support) ... الضغط بالعقوبات ... يظهر عدم جدواه، بينما يصل التعاون ... إلى مستوى جديد (the pressure fails while cooperation grows).',
			ar: 'في الفقرة 3: «على الرغم من معارضة الولايات المتحدة» (معارضة لا تأييد) ... «الضغط بالعقوبات ... يظهر عدم جدواه، بينما يصل التعاون ... إلى مستوى جديد»: الضغط يفشل والتعاون ينمو.'
		},
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
		explanation: {
			en: 'p6: أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة. (p8 and p9 are about foreign interference, and speak for both sides.)',
			ar: 'في الفقرة 6: «أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خارج المنطقة». (أما الفقرتان 8 و9 فعن التدخل الأجنبي، وتنقلان موقف الطرفين معاً.)'
		},
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
		hints: [{ en: 'Look for بهدف: it appears twice.', ar: 'ابحث عن «بهدف»: ترد مرتين.' }],
		explanation: {
			en: 'The headline (بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران) and the last paragraph, p13 (بهدف تعزيز العلاقات العسكرية الروسية الإيرانية), both state the aim.',
			ar: 'العنوان («بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران») والفقرة الأخيرة، الفقرة 13 («بهدف تعزيز العلاقات العسكرية الروسية الإيرانية»)، كلاهما يذكر الهدف.'
		},
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
		explanation: {
			en: 'p7: Ashtiani calls the three states’ step on not lifting sanctions انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة: a violation of commitments is not keeping them.',
			ar: 'في الفقرة 7 يصف اشتياني خطوة الدول الثلاث بشأن عدم إلغاء العقوبات بأنها «انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة»، وانتهاك الالتزامات هو عدم الوفاء بها.'
		},
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
		hints: [
			{
				en: 'Look for الإيرانية الصنع, “Iranian-made”.',
				ar: 'ابحث عن «الإيرانية الصنع»، أي المصنوعة في إيران.'
			}
		],
		explanation: {
			en: 'p11: الصواريخ والطائرات المسيرة الإيرانية الصنع; p12: أنظمة الدفاع الجوي الإيرانية الصنع, shown by the Revolutionary Guard’s exhibition of the Republic’s military industry.',
			ar: 'في الفقرة 11: «الصواريخ والطائرات المسيرة الإيرانية الصنع»؛ وفي الفقرة 12: «أنظمة الدفاع الجوي الإيرانية الصنع»، في معرض الحرس الثوري لمنتجات المجمع الصناعي العسكري للجمهورية.'
		},
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
			{
				en: 'One sentence names the two sides; the next gives their view of the cause of instability.',
				ar: 'جملة تسمّي الطرفين، والتي تليها تذكر رأيهما في سبب زعزعة الاستقرار.'
			}
		],
		explanation: {
			en: 'p8: Ahmadian and the Russian defence minister stress ending foreign interference; p9: the two sides call interference by non-regional countries السبب الرئيسي لزعزعة الاستقرار. (p6 is Iran’s view alone.)',
			ar: 'في الفقرة 8 يؤكد أحمديان ووزير الدفاع الروسي أهمية إنهاء التدخل الأجنبي، وفي الفقرة 9 يعدّ الطرفان تدخل البلدان غير الإقليمية «السبب الرئيسي لزعزعة الاستقرار». (أما الفقرة 6 فموقف إيران وحدها.)'
		},
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
			{
				en: 'Says whom he met: his Iranian counterpart, Mohammad-Reza Ashtiani, in Tehran (p2), or Ali Akbar Ahmadian, secretary of Iran’s Supreme National Security Council, with whom he stressed ending foreign interference (p8); either name counts, both are better.',
				ar: 'تذكر مَن التقى: نظيره الإيراني محمد رضا اشتياني في طهران (الفقرة 2)، أو علي أكبر أحمديان، أمين المجلس الأعلى للأمن القومي الإيراني، الذي أكّد معه أهمية إنهاء التدخل الأجنبي (الفقرة 8). يكفي أحد الاسمين، وذكر الاثنين أفضل.'
			},
			{
				en: 'Says what he inspected: Iranian-made missiles and drones, and the Revolutionary Guard’s Aerospace Force exhibition (p11, p12).',
				ar: 'تذكر ما تفقّده: صواريخ وطائرات مسيّرة إيرانية الصنع، ومعرض القوات الجوية الفضائية التابع للحرس الثوري (الفقرتان 11 و12).'
			},
			{
				en: 'Says why he came: talks with military commanders to strengthen military relations (p13).',
				ar: 'تذكر سبب مجيئه: محادثات مع القادة العسكريين لتعزيز العلاقات العسكرية (الفقرة 13).'
			}
		],
		explanation: {
			en: 'The meeting with Ashtiani is in p2 and the joint position with Ahmadian in p8, the exhibitions in p11 and p12, and the purpose in p13 (and the headline).',
			ar: 'اللقاء باشتياني في الفقرة 2، والموقف المشترك مع أحمديان في الفقرة 8، والمعرض في الفقرتين 11 و12، والغرض في الفقرة 13 (وفي العنوان).'
		},
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
			{
				en: 'Iran (Ashtiani) opposes any presence of forces from outside the region (p6).',
				ar: 'إيران (اشتياني) تعارض أي وجود لقوات من خارج المنطقة (الفقرة 6).'
			},
			{
				en: 'The territorial integrity of the region’s states and international borders is one of Iran’s red lines (p6).',
				ar: 'الحفاظ على وحدة أراضي دول المنطقة والحدود الدولية أحد الخطوط الحمراء لإيران (الفقرة 6).'
			},
			{
				en: 'Ahmadian and the Russian minister stress the importance of ending foreign interference (p8).',
				ar: 'أحمديان والوزير الروسي يؤكدان أهمية إنهاء التدخل الأجنبي (الفقرة 8).'
			},
			{
				en: 'They call interference by non-regional countries the main cause of instability and chaos (p9).',
				ar: 'يعدّان تدخل البلدان غير الإقليمية السبب الرئيسي لزعزعة الاستقرار وإثارة الفوضى (الفقرة 9).'
			}
		],
		explanation: {
			en: 'Iran’s own position is in p6 (Ashtiani); the shared position of the two sides is in p8 and p9.',
			ar: 'موقف إيران وحدها في الفقرة 6 (اشتياني)، والموقف المشترك للطرفين في الفقرتين 8 و9.'
		},
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
			{
				en: 'Shoigu: sanctions pressure on Russia and Iran is showing its futility (عدم جدواه) (p3).',
				ar: 'شويغو: الضغط بالعقوبات على روسيا وإيران «يظهر عدم جدواه» (الفقرة 3).'
			},
			{
				en: 'Shoigu sets it against cooperation reaching a new level (p3).',
				ar: 'ويقابله شويغو بتعاون يصل إلى مستوى جديد (الفقرة 3).'
			},
			{
				en: 'Ashtiani: the three European states’ step on not lifting sanctions is a clear violation of Europe’s JCPOA commitments (p7).',
				ar: 'اشتياني: خطوة الدول الأوروبية الثلاث بشأن عدم إلغاء العقوبات انتهاك واضح لالتزامات أوروبا بموجب خطة العمل الشاملة المشتركة (الفقرة 7).'
			},
			{
				en: 'The difference: Shoigu speaks of sanctions on both countries in general, Ashtiani of one European step.',
				ar: 'الفرق: شويغو يتحدث عن العقوبات على البلدين عامةً، واشتياني عن خطوة أوروبية واحدة.'
			}
		],
		explanation: {
			en: 'Shoigu’s view of sanctions is at the end of p3; Ashtiani’s is in p7.',
			ar: 'رأي شويغو في العقوبات في آخر الفقرة 3، ورأي اشتياني في الفقرة 7.'
		},
		evidence: ['p3.s1', 'p7.s1'],
		points: 3
	}
];
