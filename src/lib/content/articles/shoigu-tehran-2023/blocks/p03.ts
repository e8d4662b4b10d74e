import type { Block } from '../../../schema';

/** Paragraph 3: وأضاف شويغو: نهدف إلى تنفيذ مجموعة كاملة من الأنشطة المخطط ل… */
export const p3 = {
	id: 'p3',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p3.s1',
			translation:
				'Shoigu added: “We aim to carry out a full set of planned activities, despite the opposition of the United States and its Western allies,” noting that “pressure through sanctions on Russia and Iran is showing its futility, while Russian-Iranian cooperation is reaching a new level.”',
			tokens: [
				{
					kind: 'word',
					text: 'وأضاف',
					ws: ' ',
					vocalized: 'وَأَضَافَ',
					lemma: 'adafa',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: '3rd person masculine singular past (Form IV)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن أَفْعَلَ'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: '',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'subject; foreign name, no visible case ending',
					roleAr: 'فاعل مرفوع بضمة مقدّرة؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.',
					noteAr: 'اسم روسي منقول إلى العربية (Shoygu)؛ حركاته تقريبية.'
				},
				{ kind: 'punct', text: ':', ws: ' ' },
				{
					kind: 'word',
					text: 'نهدف',
					ws: ' ',
					vocalized: 'نَهْدِفُ',
					lemma: 'hadafa',
					role: '1st person plural present; هدف إلى "to aim at"',
					roleAr: 'فعل مضارع مرفوع للمتكلمين (نحن)؛ «هدف إلى»: قصد وسعى إلى'
				},
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					role: 'preposition governed by نهدف',
					roleAr: 'حرف جر متعلق بالفعل «نهدف»'
				},
				{
					kind: 'word',
					text: 'تنفيذ',
					ws: ' ',
					vocalized: 'تَنْفِيذِ',
					lemma: 'tanfidh',
					role: 'verbal noun (Form II), genitive after إلى; first term of idafa',
					roleAr: 'اسم مجرور بـ«إلى»، وهو مضاف؛ مصدر «نَفَّذَ» على وزن تَفْعِيل'
				},
				{
					kind: 'word',
					text: 'مجموعة',
					ws: ' ',
					vocalized: 'مَجْمُوعَةٍ',
					lemma: 'majmua',
					role: 'second term of idafa (object of تنفيذ)',
					roleAr: 'مضاف إليه مجرور، وهو في المعنى مفعول به للمصدر «تنفيذ»'
				},
				{
					kind: 'word',
					text: 'كاملة',
					ws: ' ',
					vocalized: 'كَامِلَةٍ',
					lemma: 'kamil',
					role: 'adjective, feminine, agrees with مجموعة',
					roleAr: 'نعت لـ«مجموعة» مجرور، مؤنث مثلها'
				},
				{
					kind: 'word',
					text: 'من',
					ws: ' ',
					vocalized: 'مِنَ',
					lemma: 'min',
					role: 'مِنْ takes -a before the article',
					roleAr: 'حرف جر، حُرِّكت نونه بالفتح («مِنَ») لالتقاء الساكنين قبل «ال»'
				},
				{
					kind: 'word',
					text: 'الأنشطة',
					ws: ' ',
					vocalized: 'الْأَنْشِطَةِ',
					lemma: 'nashat',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of نَشَاط, genitive after من',
					roleAr: 'اسم مجرور بـ«من»؛ جمع تكسير مفرده «نَشَاط»'
				},
				{
					kind: 'word',
					text: 'المخطط',
					ws: ' ',
					vocalized: 'الْمُخَطَّطِ',
					lemma: 'mukhattat',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form II) as adjective; stays masculine because its deputy subject is لها',
					roleAr:
						'نعت لـ«الأنشطة» مجرور؛ اسم مفعول من «خَطَّطَ» على وزن مُفَعَّل، وبقي مفردًا مذكرًا لأن نائب فاعله الجار والمجرور «لها»',
					expression: 'planned-for'
				},
				{
					kind: 'word',
					text: 'لها',
					ws: '',
					vocalized: 'لَهَا',
					lemma: 'li',
					post: [{ text: 'ها', kind: 'pronoun', gloss: 'them (the activities; lit. "her, it")' }],
					role: 'لِ becomes لَ before a pronoun',
					roleAr:
						'اللام حرف جر، فُتحت مع الضمير، و«ها» ضمير متصل في محل جر؛ والجار والمجرور في محل رفع نائب فاعل لاسم المفعول «المخطط»',
					expression: 'planned-for'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'على',
					ws: ' ',
					vocalized: 'عَلَى',
					lemma: 'ala',
					expression: 'despite'
				},
				{
					kind: 'word',
					text: 'الرغم',
					ws: ' ',
					vocalized: 'الرَّغْمِ',
					lemma: 'raghm',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after على',
					roleAr: 'اسم مجرور بـ«على»',
					expression: 'despite'
				},
				{ kind: 'word', text: 'من', ws: ' ', vocalized: 'مِنْ', lemma: 'min', expression: 'despite' },
				{
					kind: 'word',
					text: 'معارضة',
					ws: ' ',
					vocalized: 'مُعَارَضَةِ',
					lemma: 'muarada',
					role: 'verbal noun (Form III), genitive after من; first term of idafa',
					roleAr: 'اسم مجرور بـ«من»، وهو مضاف؛ مصدر «عَارَضَ» على وزن مُفَاعَلَة'
				},
				{
					kind: 'word',
					text: 'الولايات',
					ws: ' ',
					vocalized: 'الْوِلَايَاتِ',
					lemma: 'wilaya',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural; second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ جمع مؤنث سالم',
					entity: 'usa'
				},
				{
					kind: 'word',
					text: 'المتحدة',
					ws: ' ',
					vocalized: 'الْمُتَّحِدَةِ',
					lemma: 'muttahid',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'active participle (Form VIII) as adjective, feminine (agrees with a non-human plural)',
					roleAr:
						'نعت لـ«الولايات» مجرور؛ اسم فاعل من «اتَّحَدَ» على وزن مُفْتَعِل، مفرد مؤنث لأن الموصوف جمع لغير العاقل',
					entity: 'usa'
				},
				{
					kind: 'word',
					text: 'وحلفائها',
					ws: ' ',
					vocalized: 'وَحُلَفَائِهَا',
					lemma: 'halif',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					post: [{ text: 'ها', kind: 'pronoun', gloss: 'its (the United States’)' }],
					role: 'broken plural of حَلِيف, genitive, joined by و to الولايات',
					roleAr:
						'اسم معطوف على «الولايات» مجرور، وهو مضاف والهاء في محل جر مضاف إليه؛ جمع تكسير مفرده «حَلِيف»'
				},
				{
					kind: 'word',
					text: 'الغربيين',
					ws: '',
					vocalized: 'الْغَرْبِيِّينَ',
					lemma: 'gharbiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, sound masculine plural, genitive',
					roleAr: 'نعت لـ«حلفائها» مجرور وعلامة جره الياء لأنه جمع مذكر سالم؛ اسم منسوب'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'مشيراً',
					ws: ' ',
					vocalized: 'مُشِيراً',
					lemma: 'mushir',
					role: 'hal (circumstantial accusative); active participle of أشار: "pointing out"',
					roleAr: 'حال منصوب؛ اسم فاعل من «أشار» على وزن مُفْعِل: «مشيراً إلى» أي ذاكرًا ومنبِّهًا إلى',
					note: 'The source puts the tanwin mark on the alif (ـاً), a common convention in typed Arabic; it is kept there: read mushīran.',
					noteAr:
						'وضع المصدر تنوين الفتح على الألف (ـاً)، وهو عُرف شائع في الكتابة بالحاسوب، فأُبقي حيث هو؛ وتُقرأ: مُشِيرًا.'
				},
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					role: 'preposition governed by مشيراً',
					roleAr: 'حرف جر متعلق باسم الفاعل «مشيراً»'
				},
				{
					kind: 'word',
					text: 'أن',
					ws: ' ',
					vocalized: 'أَنَّ',
					lemma: 'anna',
					role: '"that": puts its subject in the accusative',
					roleAr: 'حرف توكيد ونصب (من أخوات «إنّ») ينصب اسمه ويرفع خبره'
				},
				{ kind: 'punct', text: '“', ws: '' },
				{
					kind: 'word',
					text: 'الضغط',
					ws: ' ',
					vocalized: 'الضَّغْطَ',
					lemma: 'daght',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject (ism) of أنّ, accusative',
					roleAr: 'اسم «أنّ» منصوب'
				},
				{
					kind: 'word',
					text: 'بالعقوبات',
					ws: ' ',
					vocalized: 'بِالْعُقُوبَاتِ',
					lemma: 'uquba',
					pre: [
						{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'sound feminine plural, genitive after بِ',
					roleAr: 'اسم مجرور بالباء، جمع مؤنث سالم؛ والجار والمجرور متعلقان بالمصدر «الضغط»'
				},
				{
					kind: 'word',
					text: 'على',
					ws: ' ',
					vocalized: 'عَلَى',
					lemma: 'ala',
					role: '"on": pressure on',
					roleAr: 'حرف جر متعلق بالمصدر «الضغط»: الضغط على'
				},
				{
					kind: 'word',
					text: 'روسيا',
					ws: ' ',
					vocalized: 'رُوسِيَا',
					lemma: 'rusiya',
					role: 'genitive after على; ends in alif, no visible case ending',
					roleAr:
						'اسم مجرور بـ«على» وعلامة جره الفتحة المقدّرة على الألف للتعذّر، لأنه ممنوع من الصرف (علم أعجمي)',
					entity: 'russia'
				},
				{
					kind: 'word',
					text: 'وإيران',
					ws: ' ',
					vocalized: 'وَإِيرَانَ',
					lemma: 'iran',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'genitive, diptote (foreign name), so -a not -i',
					roleAr:
						'اسم معطوف على «روسيا» مجرور وعلامة جره الفتحة نيابة عن الكسرة لأنه ممنوع من الصرف (علم أعجمي)',
					entity: 'iran'
				},
				{
					kind: 'word',
					text: 'يظهر',
					ws: ' ',
					vocalized: 'يُظْهِرُ',
					lemma: 'azhara',
					role: 'predicate of أنّ; 3rd person masculine singular present (Form IV), transitive: "shows"',
					roleAr:
						'فعل مضارع مرفوع من «أَظْهَرَ» (على وزن أَفْعَلَ)، متعدٍّ بمعنى «يُبدي»؛ والجملة في محل رفع خبر «أنّ»',
					note: 'Read as Form IV يُظْهِرُ "shows" with عدمَ as its object. Unvowelled, يظهر could also be Form I يَظْهَرُ "appears", but then عدم would need the nominative and the sentence reads less naturally.',
					noteAr:
						'قُرئ فعلًا من «أَظْهَرَ»: «يُظْهِرُ» بمعنى «يُبدي»، و«عدمَ» مفعول به له. ويحتمل الرسم بلا شكل «يَظْهَرُ» من «ظَهَرَ» بمعنى «يبدو»، لكن «عدم» حينئذٍ يكون فاعلًا مرفوعًا، والجملة أقل سلاسة.'
				},
				{
					kind: 'word',
					text: 'عدم',
					ws: ' ',
					vocalized: 'عَدَمَ',
					lemma: 'adam',
					role: 'object of يظهر; first term of idafa',
					roleAr: 'مفعول به منصوب، وهو مضاف',
					expression: 'futility'
				},
				{
					kind: 'word',
					text: 'جدواه',
					ws: '',
					vocalized: 'جَدْوَاهُ',
					lemma: 'jadwa',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'its (the pressure’s)' }],
					role: 'second term of idafa; final ى is written ا before a pronoun',
					roleAr:
						'مضاف إليه مجرور بكسرة مقدّرة على الألف، وهو مضاف والهاء في محل جر مضاف إليه؛ تُكتب الألف المقصورة ألفًا قائمة قبل الضمير',
					expression: 'futility'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'بينما',
					ws: ' ',
					vocalized: 'بَيْنَمَا',
					lemma: 'baynama',
					role: 'conjunction "while, whereas"',
					roleAr: 'ظرف زمان مركّب من «بين» و«ما» الزائدة، يفيد هنا المقابلة بين أمرين: في حين'
				},
				{
					kind: 'word',
					text: 'يصل',
					ws: ' ',
					vocalized: 'يَصِلُ',
					lemma: 'wasala',
					role: '3rd person masculine singular present; و drops in the present of وَصَلَ',
					roleAr: 'فعل مضارع مرفوع من «وَصَلَ»، فعل مثال واويّ تُحذف واوه في المضارع'
				},
				{
					kind: 'word',
					text: 'التعاون',
					ws: ' ',
					vocalized: 'التَّعَاوُنُ',
					lemma: 'taawun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject, nominative; verbal noun (Form VI)',
					roleAr: 'فاعل مرفوع؛ مصدر «تَعَاوَنَ» على وزن تَفَاعُل'
				},
				{
					kind: 'word',
					text: 'الروسي',
					ws: ' ',
					vocalized: 'الرُّوسِيُّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with التعاون',
					roleAr: 'نعت لـ«التعاون» مرفوع، اسم منسوب',
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'الإيراني',
					ws: ' ',
					vocalized: 'الْإِيرَانِيُّ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second nisba adjective, agrees with التعاون',
					roleAr: 'نعت ثانٍ لـ«التعاون» مرفوع، اسم منسوب',
					expression: 'russian-iranian'
				},
				{ kind: 'word', text: 'إلى', ws: ' ', vocalized: 'إِلَى', lemma: 'ila' },
				{
					kind: 'word',
					text: 'مستوى',
					ws: ' ',
					vocalized: 'مُسْتَوًى',
					lemma: 'mustawa',
					role: 'genitive after إلى; ends in alif maqsura, so the case is not heard (tanwin -an)',
					roleAr: 'اسم مجرور بـ«إلى» بكسرة مقدّرة على الألف للتعذّر؛ اسم مقصور منوَّن («مُسْتَوًى»)'
				},
				{
					kind: 'word',
					text: 'جديد',
					ws: '',
					vocalized: 'جَدِيدٍ',
					lemma: 'jadid',
					role: 'adjective, genitive, agrees with مستوى',
					roleAr: 'نعت لـ«مستوى» مجرور'
				},
				{ kind: 'punct', text: '”', ws: '' },
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
