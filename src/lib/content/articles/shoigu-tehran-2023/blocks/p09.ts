import type { Block } from '../../../schema';

/** Paragraph 9: واعتبر الجانبين أن تدخل البلدان غير الإقليمية يعدّ السبب الر… */
export const p9 = {
	id: 'p9',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p9.s1',
			translation:
				'The two sides held that interference by non-regional countries is the main cause of destabilization and of stirring up chaos in the region.',
			tokens: [
				{
					kind: 'word',
					text: 'واعتبر',
					ws: ' ',
					vocalized: 'وَاعْتَبَرَ',
					lemma: 'itabara',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verb, 3rd person masculine singular past (Form VIII)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن افْتَعَلَ'
				},
				{
					kind: 'word',
					text: 'الجانبين',
					ws: ' ',
					vocalized: 'الْجَانِبَيْنِ',
					lemma: 'janib',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'dual; subject of اِعْتَبَرَ',
					roleAr: 'فاعل، وهو مثنى حقه الرفع بالألف («الجانبان»)، لكن المصدر كتبه بالياء',
					note: 'The source writes الجانبين (the oblique dual, genitive/accusative); as the subject of اعتبر, grammar wants the nominative الجانبان (compare الطرفان in the next paragraph). Vocalized as written: الْجَانِبَيْنِ.',
					noteAr:
						'كتب المصدر «الجانبين» بالياء (صورة المثنى في النصب والجر)، والنحو يقتضي الرفع «الجانبان» لأنه فاعل «اعتبر» (قارن «الطرفان» في الفقرة التالية). وشُكلت الكلمة كما كُتبت: الْجَانِبَيْنِ.'
				},
				{
					kind: 'word',
					text: 'أن',
					ws: ' ',
					vocalized: 'أَنَّ',
					lemma: 'anna',
					role: 'particle "that"; its noun is accusative',
					roleAr: 'حرف توكيد ونصب (من أخوات «إنّ») ينصب اسمه ويرفع خبره'
				},
				{
					kind: 'word',
					text: 'تدخل',
					ws: ' ',
					vocalized: 'تَدَخُّلَ',
					lemma: 'tadakhkhul',
					role: 'noun of أَنَّ (accusative); first term of idafa',
					roleAr: 'اسم «أنّ» منصوب، وهو مضاف؛ مصدر «تَدَخَّلَ» على وزن تَفَعُّل'
				},
				{
					kind: 'word',
					text: 'البلدان',
					ws: ' ',
					vocalized: 'الْبُلْدَانِ',
					lemma: 'balad',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of بَلَد, genitive (second term of idafa)',
					roleAr: 'مضاف إليه مجرور؛ جمع تكسير مفرده «بَلَد»',
					note: 'Read as the plural الْبُلْدَانِ “countries”: as the second term of an idafa a dual would be written البلدين (compare بين البلدين), and غير الإقليمية “non-regional” also points to a plural. The same letters could spell the nominative dual الْبَلَدَانِ “the two countries”, which does not fit here.',
					noteAr:
						'قُرئت جمعًا «الْبُلْدَانِ» (البلاد): فلو كانت مثنى لكُتبت مضافًا إليه بالياء «البلدين» (قارن «بين البلدين»)، ووصفُها بـ«غير الإقليمية» يرجّح الجمع أيضًا. والحروف نفسها تحتمل المثنى المرفوع «الْبَلَدَانِ» (الدولتان)، ولا يناسب هنا.'
				},
				{
					kind: 'word',
					text: 'غير',
					ws: ' ',
					vocalized: 'غَيْرِ',
					lemma: 'ghayr',
					role: 'adjective of الْبُلْدَان (genitive), first term of idafa: "non-"',
					roleAr: 'نعت لـ«البلدان» مجرور، وهو مضاف: «غير الإقليمية» أي التي ليست من الإقليم'
				},
				{
					kind: 'word',
					text: 'الإقليمية',
					ws: ' ',
					vocalized: 'الْإِقْلِيمِيَّةِ',
					lemma: 'iqlimiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine; genitive after غَيْر',
					roleAr: 'مضاف إليه مجرور بعد «غير»، اسم منسوب مؤنث'
				},
				{
					kind: 'word',
					text: 'يعدّ',
					ws: ' ',
					vocalized: 'يُعَدُّ',
					lemma: 'adda',
					role: 'passive, 3rd person masculine singular present: "is considered"; its hidden subject refers back to تَدَخُّل',
					roleAr:
						'فعل مضارع مبني للمجهول مرفوع، ونائب الفاعل ضمير مستتر تقديره «هو» يعود على «تدخل»؛ والجملة في محل رفع خبر «أنّ»',
					note: 'عَدَّ takes two objects; in the passive the first becomes the subject (here the pronoun for تدخل) and the second stays accusative: يُعَدُّ السَّبَبَ الرَّئِيسِيَّ. A nominative (السببُ الرئيسيُّ) is sometimes heard, by analogy with “is”, but is not the standard analysis.',
					noteAr:
						'«عَدَّ» ينصب مفعولين؛ فإذا بُني للمجهول صار الأول نائب فاعل (هنا الضمير العائد على «تدخل») وبقي الثاني منصوبًا: «يُعَدُّ السَّبَبَ الرَّئِيسِيَّ». ويُسمع الرفع («السببُ الرئيسيُّ») كأن الفعل بمعنى «هو»، لكنه ليس التحليل المعتمد.'
				},
				{
					kind: 'word',
					text: 'السبب',
					ws: ' ',
					vocalized: 'السَّبَبَ',
					lemma: 'sabab',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second object of the passive يُعَدُّ, so accusative',
					roleAr: 'مفعول به ثانٍ منصوب للفعل المبني للمجهول «يُعَدّ»'
				},
				{
					kind: 'word',
					text: 'الرئيسي',
					ws: ' ',
					vocalized: 'الرَّئِيسِيَّ',
					lemma: 'raisiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, accusative',
					roleAr: 'نعت لـ«السبب» منصوب، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'لزعزعة',
					ws: ' ',
					vocalized: 'لِزَعْزَعَةِ',
					lemma: 'zazaa',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'verbal noun (quadriliteral), genitive after لِـ',
					roleAr: 'اسم مجرور باللام، وهو مضاف؛ مصدر الفعل الرباعي «زَعْزَعَ» على وزن فَعْلَلَة',
					expression: 'destabilization'
				},
				{
					kind: 'word',
					text: 'الاستقرار',
					ws: ' ',
					vocalized: 'الِاسْتِقْرَارِ',
					lemma: 'istiqrar',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun (Form X); second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ مصدر «اسْتَقَرَّ» على وزن اسْتِفْعَال',
					expression: 'destabilization',
					note: 'Before the hamzat al-wasl of اسْتِقْرَار the article’s lam takes a helping kasra: al-istiqrār.',
					noteAr:
						'تُكسر لام التعريف قبل همزة الوصل في «اسْتِقْرَار» تخلُّصًا من التقاء الساكنين: الِاسْتِقْرَار.'
				},
				{
					kind: 'word',
					text: 'وإثارة',
					ws: ' ',
					vocalized: 'وَإِثَارَةِ',
					lemma: 'ithara',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verbal noun (Form IV), genitive, coordinated with زَعْزَعَة',
					roleAr:
						'الواو حرف عطف، و«إثارة» اسم معطوف على «زعزعة» مجرور، وهو مضاف؛ مصدر «أَثَارَ» على وزن إِفْعَال',
					expression: 'stir-up-chaos'
				},
				{
					kind: 'word',
					text: 'الفوضى',
					ws: ' ',
					vocalized: 'الْفَوْضَى',
					lemma: 'fawda',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second term of idafa; case not shown on final alif maqsura',
					roleAr: 'مضاف إليه مجرور بكسرة مقدّرة على الألف للتعذّر',
					expression: 'stir-up-chaos'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'المنطقة',
					ws: '',
					vocalized: 'الْمِنْطَقَةِ',
					lemma: 'mintaqa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after فِي',
					roleAr: 'اسم مجرور بـ«في»'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
