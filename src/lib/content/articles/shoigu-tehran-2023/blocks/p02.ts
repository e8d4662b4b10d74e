import type { Block } from '../../../schema';

/** Paragraph 2: ونقلت وكالة نوفوستي عن شويغو، في اجتماع مع نظيره الإيراني مح… */
export const p2 = {
	id: 'p2',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p2.s1',
			translation:
				'The Novosti agency quoted Shoigu as saying, at a meeting with his Iranian counterpart Mohammad-Reza Ashtiani in Tehran: “We are ready for more joint action to strengthen stability and security in the Middle East, and we note with great pleasure that Russian-Iranian dialogue is developing intensively today.”',
			tokens: [
				{
					kind: 'word',
					text: 'ونقلت',
					ws: ' ',
					vocalized: 'وَنَقَلَتْ',
					lemma: 'naqala',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: '3rd person feminine singular past (subject وكالة); نقل عن … قوله "quoted … as saying"',
					roleAr:
						'فعل ماضٍ مبني على الفتح، والتاء تاء التأنيث الساكنة لأن الفاعل «وكالة» مؤنث؛ «نقل عن فلان قولَه»: روى عنه ما قال'
				},
				{
					kind: 'word',
					text: 'وكالة',
					ws: ' ',
					vocalized: 'وَكَالَةُ',
					lemma: 'wakala',
					role: 'subject; first term of idafa',
					roleAr: 'فاعل مرفوع، وهو مضاف',
					entity: 'novosti'
				},
				{
					kind: 'word',
					text: 'نوفوستي',
					ws: ' ',
					vocalized: 'نُوفُوسْتِي',
					lemma: 'nufusti',
					role: 'foreign name, second term of idafa; no visible case ending',
					roleAr: 'مضاف إليه مجرور بكسرة مقدّرة على الياء؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'novosti',
					note: 'Russian Novosti ("news"), i.e. RIA Novosti; the vowels of this transcribed name are approximate.',
					noteAr:
						'كلمة روسية معناها «أخبار» (Novosti)، والمقصود وكالة ريا نوفوستي (RIA Novosti)؛ حركات هذا الاسم المنقول تقريبية.'
				},
				{
					kind: 'word',
					text: 'عن',
					ws: ' ',
					vocalized: 'عَنْ',
					lemma: 'an',
					role: 'preposition governed by نقلت: "from, on the authority of"',
					roleAr: 'حرف جر متعلق بالفعل «نقلت»، بمعنى: روايةً عن'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: '',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'genitive after عن; foreign name, no visible case ending',
					roleAr: 'اسم مجرور بـ«عن» بكسرة مقدّرة؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.',
					noteAr: 'اسم روسي منقول إلى العربية (Shoygu)؛ حركاته تقريبية.'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'اجتماع',
					ws: ' ',
					vocalized: 'اجْتِمَاعٍ',
					lemma: 'ijtima',
					role: 'verbal noun (Form VIII), genitive after في',
					roleAr: 'اسم مجرور بـ«في»؛ مصدر «اجْتَمَعَ» على وزن افْتِعَال'
				},
				{ kind: 'word', text: 'مع', ws: ' ', vocalized: 'مَعَ', lemma: 'maa' },
				{
					kind: 'word',
					text: 'نظيره',
					ws: ' ',
					vocalized: 'نَظِيرِهِ',
					lemma: 'nazir',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'genitive after مع',
					roleAr: 'مضاف إليه مجرور بعد الظرف «مع»، وهو مضاف والهاء ضمير متصل في محل جر مضاف إليه'
				},
				{
					kind: 'word',
					text: 'الإيراني',
					ws: ' ',
					vocalized: 'الْإِيرَانِيِّ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with نظيره (definite by the pronoun)',
					roleAr: 'نعت لـ«نظيره» مجرور (والموصوف معرفة بإضافته إلى الضمير)، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'محمد',
					ws: ' ',
					vocalized: 'مُحَمَّدِ',
					lemma: 'muhammad',
					role: 'apposition to نظيره, genitive',
					roleAr: 'بدل من «نظيره» مجرور، وهو مضاف في هذا العلم المركّب فلا يُنوَّن',
					entity: 'ashtiani',
					note: 'Persian compound given name Mohammad-Reza, read as a name followed by a by-name in idafa (the majority rule for two one-word name parts, as in عَبْدُ اللّٰهِ): مُحَمَّدِ takes the genitive of the apposition without tanwin, and رِضَا (genitive) shows no ending. The other accepted reading makes both parts agree: مُحَمَّدٍ رِضَا. علي أكبر in paragraph 8 is read the same way.',
					noteAr:
						'اسم فارسي مركّب من اسمين (محمد رضا)، قُرئ على أنه اسم يليه لقب مضاف إليه، وهو مذهب الجمهور في الاسم واللقب المفردين (نحو: سعيدُ كُرْزٍ)، فصورته صورة «عَبْدُ اللّٰهِ»: «مُحَمَّدِ» مجرور على البدلية بلا تنوين، و«رِضَا» مضاف إليه لا تظهر عليه علامة الجر. والوجه الآخر المقبول أن يتبع الجزآن في الإعراب: «مُحَمَّدٍ رِضَا». و«علي أكبر» في الفقرة الثامنة يُقرأ على النحو نفسه.'
				},
				{
					kind: 'word',
					text: 'رضا',
					ws: ' ',
					vocalized: 'رِضَا',
					lemma: 'rida',
					role: 'part of the compound name; ends in alif, no visible case ending',
					roleAr: 'الجزء الثاني من العلم المركّب، مضاف إليه مجرور بكسرة مقدّرة على الألف للتعذّر',
					entity: 'ashtiani'
				},
				{
					kind: 'word',
					text: 'اشتياني',
					ws: ' ',
					vocalized: 'اَشْتِيَانِي',
					lemma: 'ashtiyani',
					role: 'family name, part of the apposition to نظيره (genitive); no visible case ending',
					roleAr:
						'اسم العائلة، تابع في البدل لـ«نظيره» فهو مجرور بكسرة مقدّرة على الياء؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'ashtiani',
					note: 'Persian Āshtiyānī (آشتیانی). The source writes a bare alif, without madda; it is read ʾa- (not as a silent hamzat al-wasl), the nearest the letters allow to Persian Ā-. The final ي is a long ī with no case ending shown; the vowels are approximate.',
					noteAr:
						'أصله الفارسي «آشتیانی» (Āshtiyānī). كتبه المصدر بألف مجرّدة بلا مدّ، فتُقرأ همزةً مفتوحة (لا همزةَ وصلٍ تسقط في النطق)، وهو أقرب ما تسمح به الحروف إلى الألف الممدودة في الفارسية. والياء الأخيرة ياء مدّ لا تظهر عليها علامة إعراب، والحركات تقريبية.'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'طهران',
					ws: '',
					vocalized: 'طَهْرَانَ',
					lemma: 'tahran',
					role: 'genitive after في; diptote (foreign name), so -a not -i',
					roleAr:
						'اسم مجرور بـ«في» وعلامة جره الفتحة نيابة عن الكسرة لأنه ممنوع من الصرف (علم أعجمي)',
					entity: 'tehran'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'قوله',
					ws: '',
					vocalized: 'قَوْلَهُ',
					lemma: 'qawl',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'verbal noun, object of نقلت: "his saying", i.e. "(quoted him) as saying"',
					roleAr:
						'مفعول به منصوب للفعل «نقلت»، وهو مصدر مضاف والهاء ضمير متصل في محل جر مضاف إليه: «قولَه» أي ما قاله'
				},
				{ kind: 'punct', text: ':', ws: ' ' },
				{
					kind: 'word',
					text: 'مستعدون',
					ws: ' ',
					vocalized: 'مُسْتَعِدُّونَ',
					lemma: 'mustaidd',
					role: 'active participle, sound masculine plural, nominative: predicate of an unstated نَحْنُ "we"',
					roleAr:
						'خبر لمبتدأ محذوف تقديره «نحن» مرفوع وعلامة رفعه الواو لأنه جمع مذكر سالم؛ اسم فاعل من «اسْتَعَدَّ»'
				},
				{
					kind: 'word',
					text: 'لمزيد',
					ws: ' ',
					vocalized: 'لِمَزِيدٍ',
					lemma: 'mazid',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'genitive after لِ',
					roleAr: 'اسم مجرور باللام وعلامة جره تنوين الكسر',
					expression: 'more-of'
				},
				{
					kind: 'word',
					text: 'من',
					ws: ' ',
					vocalized: 'مِنَ',
					lemma: 'min',
					role: 'مِنْ takes -a before the article',
					roleAr: 'حرف جر، حُرِّكت نونه بالفتح («مِنَ») لالتقاء الساكنين قبل «ال»',
					expression: 'more-of'
				},
				{
					kind: 'word',
					text: 'العمل',
					ws: ' ',
					vocalized: 'الْعَمَلِ',
					lemma: 'amal',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after من',
					roleAr: 'اسم مجرور بـ«من»',
					expression: 'joint-action'
				},
				{
					kind: 'word',
					text: 'المشترك',
					ws: ' ',
					vocalized: 'الْمُشْتَرَكِ',
					lemma: 'mushtarak',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form VIII) used as adjective',
					roleAr: 'نعت لـ«العمل» مجرور؛ اسم مفعول من «اشترك» على وزن مُفْتَعَل',
					expression: 'joint-action'
				},
				{
					kind: 'word',
					text: 'لتعزيز',
					ws: ' ',
					vocalized: 'لِتَعْزِيزِ',
					lemma: 'taziz',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'verbal noun of purpose: "(in order) to strengthen"; first term of idafa',
					roleAr:
						'مصدر «عَزَّزَ» (على وزن تَفْعِيل) مجرور بلام التعليل، وهو مضاف: «لتعزيز» أي من أجل تعزيز'
				},
				{
					kind: 'word',
					text: 'الاستقرار',
					ws: ' ',
					vocalized: 'الِاسْتِقْرَارِ',
					lemma: 'istiqrar',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun (Form X); second term of idafa (object of تعزيز)',
					roleAr:
						'مضاف إليه مجرور، وهو في المعنى مفعول به للمصدر «تعزيز»؛ مصدر «اسْتَقَرَّ» على وزن اسْتِفْعَال',
					note: 'Before the hamzat al-wasl of اسْتِقْرَار the article’s lam takes a helping kasra: al-istiqrār.',
					noteAr:
						'تُكسر لام التعريف قبل همزة الوصل في «اسْتِقْرَار» تخلُّصًا من التقاء الساكنين: الِاسْتِقْرَار.'
				},
				{
					kind: 'word',
					text: 'والأمن',
					ws: ' ',
					vocalized: 'وَالْأَمْنِ',
					lemma: 'amn',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'genitive, joined by و to الاستقرار',
					roleAr: 'الواو حرف عطف، و«الأمن» اسم معطوف على «الاستقرار» مجرور'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'الشرق',
					ws: ' ',
					vocalized: 'الشَّرْقِ',
					lemma: 'sharq',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after في',
					roleAr: 'اسم مجرور بـ«في»',
					entity: 'middle-east',
					expression: 'middle-east'
				},
				{
					kind: 'word',
					text: 'الأوسط',
					ws: '',
					vocalized: 'الْأَوْسَطِ',
					lemma: 'awsat',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'elative adjective (أَفْعَل), agrees with الشرق',
					roleAr: 'نعت لـ«الشرق» مجرور، اسم تفضيل على وزن أَفْعَل',
					entity: 'middle-east',
					expression: 'middle-east'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'ونشير',
					ws: ' ',
					vocalized: 'وَنُشِيرُ',
					lemma: 'ashara',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: '1st person plural present (Form IV); أشار إلى "to point out, note"',
					roleAr:
						'فعل مضارع مرفوع للمتكلمين (نحن)، ماضيه «أشار» على وزن أَفْعَلَ؛ «أشار إلى»: نبَّه إلى، ذكر'
				},
				{
					kind: 'word',
					text: 'بكل',
					ws: ' ',
					vocalized: 'بِكُلِّ',
					lemma: 'kull',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِ; first term of idafa',
					roleAr: 'اسم مجرور بالباء، وهو مضاف',
					expression: 'with-great-pleasure'
				},
				{
					kind: 'word',
					text: 'سرور',
					ws: ' ',
					vocalized: 'سُرُورٍ',
					lemma: 'surur',
					role: 'second term of idafa',
					roleAr: 'مضاف إليه مجرور',
					expression: 'with-great-pleasure'
				},
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					role: 'preposition governed by نشير',
					roleAr: 'حرف جر متعلق بالفعل «نشير»'
				},
				{
					kind: 'word',
					text: 'أن',
					ws: ' ',
					vocalized: 'أَنَّ',
					lemma: 'anna',
					role: '"that": puts its subject in the accusative',
					roleAr:
						'حرف توكيد ونصب ينصب اسمه ويرفع خبره، والمصدر المؤوَّل منه ومن معموليه في محل جر بـ«إلى»'
				},
				{
					kind: 'word',
					text: 'الحوار',
					ws: ' ',
					vocalized: 'الْحِوَارَ',
					lemma: 'hiwar',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject (ism) of أنّ, accusative; verbal noun (Form III)',
					roleAr: 'اسم «أنّ» منصوب؛ مصدر «حَاوَرَ» على وزن فِعَال'
				},
				{
					kind: 'word',
					text: 'الروسي',
					ws: ' ',
					vocalized: 'الرُّوسِيَّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with الحوار',
					roleAr: 'نعت لـ«الحوار» منصوب، اسم منسوب',
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'الإيراني',
					ws: ' ',
					vocalized: 'الْإِيرَانِيَّ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second nisba adjective, agrees with الحوار',
					roleAr: 'نعت ثانٍ لـ«الحوار» منصوب، اسم منسوب',
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'يتطور',
					ws: ' ',
					vocalized: 'يَتَطَوَّرُ',
					lemma: 'tatawwara',
					role: 'predicate of أنّ; 3rd person masculine singular present (Form V)',
					roleAr: 'فعل مضارع مرفوع على وزن تَفَعَّلَ، والجملة الفعلية في محل رفع خبر «أنّ»'
				},
				{
					kind: 'word',
					text: 'اليوم',
					ws: ' ',
					vocalized: 'الْيَوْمَ',
					lemma: 'yawm',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'adverb of time, accusative: "today"',
					roleAr: 'ظرف زمان منصوب'
				},
				{
					kind: 'word',
					text: 'بشكلٍ',
					ws: ' ',
					vocalized: 'بِشَكْلٍ',
					lemma: 'shakl',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِ',
					roleAr: 'اسم مجرور بالباء، والجار والمجرور متعلقان بالفعل «يتطور»',
					expression: 'intensively'
				},
				{
					kind: 'word',
					text: 'مكثّف',
					ws: '',
					vocalized: 'مُكَثَّفٍ',
					lemma: 'mukaththaf',
					role: 'passive participle (Form II) used as adjective, agrees with شكل',
					roleAr: 'نعت لـ«شكل» مجرور؛ اسم مفعول من «كَثَّفَ» على وزن مُفَعَّل',
					expression: 'intensively'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
