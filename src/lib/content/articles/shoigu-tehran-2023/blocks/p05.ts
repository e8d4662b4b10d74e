import type { Block } from '../../../schema';

/** Paragraph 5: وأضاف: إن التعاون الدفاعي والعسكري الثنائي بين البلدين سيتقد… */
export const p5 = {
	id: 'p5',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p5.s1',
			translation:
				'He added: bilateral defence and military cooperation between the two countries will move forward, pointing out the importance of joint cooperation in the regional and international spheres as a guarantor of the two countries’ interests and security.',
			tokens: [
				{
					kind: 'word',
					text: 'وأضاف',
					ws: '',
					vocalized: 'وَأَضَافَ',
					lemma: 'adafa',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: '3rd person masculine singular past (Form IV)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن أَفْعَلَ'
				},
				{ kind: 'punct', text: ':', ws: ' ' },
				{
					kind: 'word',
					text: 'إن',
					ws: ' ',
					vocalized: 'إِنَّ',
					lemma: 'inna',
					role: 'particle opening the quoted statement; its subject takes the accusative',
					roleAr:
						'حرف توكيد ونصب، كُسرت همزته لأنه في أول الكلام المحكيّ بعد القول؛ ينصب اسمه ويرفع خبره'
				},
				{
					kind: 'word',
					text: 'التعاون',
					ws: ' ',
					vocalized: 'التَّعَاوُنَ',
					lemma: 'taawun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject of إِنَّ (accusative); verbal noun (Form VI)',
					roleAr: 'اسم «إنّ» منصوب؛ مصدر «تَعَاوَنَ» على وزن تَفَاعُل'
				},
				{
					kind: 'word',
					text: 'الدفاعي',
					ws: ' ',
					vocalized: 'الدِّفَاعِيَّ',
					lemma: 'difaiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, accusative',
					roleAr: 'نعت لـ«التعاون» منصوب، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'والعسكري',
					ws: ' ',
					vocalized: 'وَالْعَسْكَرِيَّ',
					lemma: 'askariyy',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'nisba adjective, accusative',
					roleAr: 'اسم معطوف على «الدفاعي» منصوب، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'الثنائي',
					ws: ' ',
					vocalized: 'الثُّنَائِيَّ',
					lemma: 'thunaiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, accusative',
					roleAr: 'نعت لـ«التعاون» منصوب، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'بين',
					ws: ' ',
					vocalized: 'بَيْنَ',
					lemma: 'bayna',
					role: 'adverb of place used as a preposition',
					roleAr: 'ظرف مكان منصوب، وهو مضاف؛ يُستعمل استعمال حرف الجر',
					expression: 'between-the-two-countries'
				},
				{
					kind: 'word',
					text: 'البلدين',
					ws: ' ',
					vocalized: 'الْبَلَدَيْنِ',
					lemma: 'balad',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'dual, genitive',
					roleAr: 'مضاف إليه مجرور وعلامة جره الياء لأنه مثنى',
					expression: 'between-the-two-countries'
				},
				{
					kind: 'word',
					text: 'سيتقدم',
					ws: ' ',
					vocalized: 'سَيَتَقَدَّمُ',
					lemma: 'taqaddama',
					pre: [{ text: 'س', kind: 'future', gloss: 'will' }],
					role: 'future: سَـ + 3rd person masculine singular present (Form V); predicate of إِنَّ',
					roleAr:
						'السين حرف استقبال، و«يتقدم» فعل مضارع مرفوع على وزن تَفَعَّلَ؛ والجملة في محل رفع خبر «إنّ»'
				},
				{
					kind: 'word',
					text: 'الى',
					ws: ' ',
					vocalized: 'إِلَى',
					readAs: 'إلى',
					lemma: 'ila',
					noteAr: 'كتب المصدر «الى» بلا همزة، والصواب «إلى»؛ وتُقرأ: إِلَى.',
					expression: 'forward',
					note: 'The source writes الى without hamza for إلى; read ʾilā.'
				},
				{
					kind: 'word',
					text: 'الأمام',
					ws: '',
					vocalized: 'الْأَمَامِ',
					lemma: 'amam',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after إلى',
					roleAr: 'اسم مجرور بـ«إلى»',
					expression: 'forward'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'لافتاً',
					ws: ' ',
					vocalized: 'لَافِتاً',
					lemma: 'lafit',
					role: 'hal (circumstantial accusative); active participle (Form I)',
					roleAr: 'حال منصوب؛ اسم فاعل من «لَفَتَ» على وزن فَاعِل: «لافتاً إلى» أي منبِّهًا إلى'
				},
				{ kind: 'word', text: 'إلى', ws: ' ', vocalized: 'إِلَى', lemma: 'ila' },
				{
					kind: 'word',
					text: 'أهمية',
					ws: ' ',
					vocalized: 'أَهَمِّيَّةِ',
					lemma: 'ahammiyya',
					role: 'genitive after إِلَى; first term of idafa',
					roleAr: 'اسم مجرور بـ«إلى»، وهو مضاف'
				},
				{
					kind: 'word',
					text: 'التعاون',
					ws: ' ',
					vocalized: 'التَّعَاوُنِ',
					lemma: 'taawun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun (Form VI); second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ مصدر «تَعَاوَنَ» على وزن تَفَاعُل'
				},
				{
					kind: 'word',
					text: 'المشترك',
					ws: ' ',
					vocalized: 'الْمُشْتَرَكِ',
					lemma: 'mushtarak',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form VIII), adjective',
					roleAr: 'نعت لـ«التعاون» مجرور؛ اسم مفعول من «اشترك» على وزن مُفْتَعَل'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'المجالين',
					ws: ' ',
					vocalized: 'الْمَجَالَيْنِ',
					lemma: 'majal',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'dual, genitive',
					roleAr: 'اسم مجرور بـ«في» وعلامة جره الياء لأنه مثنى'
				},
				{
					kind: 'word',
					text: 'الإقليمي',
					ws: ' ',
					vocalized: 'الْإِقْلِيمِيِّ',
					lemma: 'iqlimiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive (one singular adjective for each of the two fields)',
					roleAr: 'نعت مفرَّق لـ«المجالين» مجرور، اسم منسوب: لكل واحد من المجالين نعت مفرد'
				},
				{
					kind: 'word',
					text: 'والدولي',
					ws: ' ',
					vocalized: 'وَالدَّوْلِيِّ',
					lemma: 'dawliyy',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'nisba adjective, genitive',
					roleAr: 'اسم معطوف على «الإقليمي» مجرور، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'كضامن',
					ws: ' ',
					vocalized: 'كَضَامِنٍ',
					lemma: 'damin',
					pre: [{ text: 'ك', kind: 'preposition', gloss: 'as, like' }],
					role: 'active participle (Form I), genitive after كَـ',
					roleAr:
						'الكاف حرف جر بمعنى «بوصفه»، و«ضامن» اسم مجرور بها؛ اسم فاعل من «ضَمِنَ» على وزن فَاعِل'
				},
				{
					kind: 'word',
					text: 'لمصالح',
					ws: ' ',
					vocalized: 'لِمَصَالِحِ',
					lemma: 'maslaha',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'broken plural of مَصْلَحَة (a diptote, but -i in idafa); first term of idafa',
					roleAr:
						'اسم مجرور باللام، وهو مضاف؛ جمع تكسير مفرده «مَصْلَحَة» ممنوع من الصرف (صيغة منتهى الجموع)، لكنه جُرّ بالكسرة لأنه مضاف'
				},
				{
					kind: 'word',
					text: 'وأمن',
					ws: ' ',
					vocalized: 'وَأَمْنِ',
					lemma: 'amn',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'coordinated first term of idafa (shares البلدين with مصالح)',
					roleAr: 'اسم معطوف على «مصالح» مجرور، وهو مضاف؛ و«البلدين» مضاف إليه لهما معًا'
				},
				{
					kind: 'word',
					text: 'البلدين',
					ws: '',
					vocalized: 'الْبَلَدَيْنِ',
					lemma: 'balad',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'dual, genitive; second term of idafa',
					roleAr: 'مضاف إليه مجرور وعلامة جره الياء لأنه مثنى'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
