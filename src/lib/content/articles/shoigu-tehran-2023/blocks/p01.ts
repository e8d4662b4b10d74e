import type { Block } from '../../../schema';

/** Paragraph 1: أعرب وزير الدفاع الروسي سيرغي شويغو عن استعداد بلاده لمزيد م… */
export const p1 = {
	id: 'p1',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p1.s1',
			translation:
				'Russian Defence Minister Sergei Shoigu expressed his country’s readiness for more joint action to strengthen stability and security in the Middle East.',
			tokens: [
				{
					kind: 'word',
					text: 'أعرب',
					ws: ' ',
					vocalized: 'أَعْرَبَ',
					lemma: 'araba',
					role: 'verb, 3rd person masculine singular past; أعرب عن "to express"',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن أَفْعَلَ؛ «أعرب عن»: عبَّر عن'
				},
				{
					kind: 'word',
					text: 'وزير',
					ws: ' ',
					vocalized: 'وَزِيرُ',
					lemma: 'wazir',
					role: 'subject; first term of idafa',
					roleAr: 'فاعل مرفوع، وهو مضاف',
					expression: 'defence-minister'
				},
				{
					kind: 'word',
					text: 'الدفاع',
					ws: ' ',
					vocalized: 'الدِّفَاعِ',
					lemma: 'difa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun; second term of idafa',
					roleAr: 'مضاف إليه مجرور؛ مصدر «دافَعَ» على وزن فِعَال',
					expression: 'defence-minister'
				},
				{
					kind: 'word',
					text: 'الروسي',
					ws: ' ',
					vocalized: 'الرُّوسِيُّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with وزير',
					roleAr: 'نعت لـ«وزير» مرفوع، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'سيرغي',
					ws: ' ',
					vocalized: 'سِيرْغِي',
					lemma: 'sirghi',
					role: 'apposition to وزير; foreign name, no visible case ending',
					roleAr: 'بدل من «وزير» مرفوع بضمة مقدّرة على الياء؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'shoigu',
					note: 'Russian Sergei; the vowels of this transcribed name are approximate.',
					noteAr: 'الاسم الروسي (Sergei)؛ حركات هذا الاسم المنقول إلى العربية تقريبية.'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: ' ',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'family name, part of the apposition to وزير; foreign name, no visible case ending',
					roleAr:
						'اسم العائلة، وهو جزء من البدل («سيرغي شويغو» بدل من «وزير»)، مرفوع بضمة مقدّرة؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.',
					noteAr: 'اسم روسي منقول إلى العربية (Shoygu)؛ حركاته تقريبية.'
				},
				{
					kind: 'word',
					text: 'عن',
					ws: ' ',
					vocalized: 'عَنِ',
					lemma: 'an',
					role: 'preposition governed by أعرب; عَنْ takes -i before the hamzat al-wasl of اسْتِعْدَاد',
					roleAr:
						'حرف جر متعلق بالفعل «أعرب»، حُرِّكت نونه بالكسر («عَنِ») لالتقاء الساكنين قبل همزة الوصل في «اسْتِعْدَاد»'
				},
				{
					kind: 'word',
					text: 'استعداد',
					ws: ' ',
					vocalized: 'اسْتِعْدَادِ',
					lemma: 'istidad',
					role: 'verbal noun (Form X), genitive after عن; first term of idafa',
					roleAr: 'اسم مجرور بـ«عن»، وهو مضاف؛ مصدر «اسْتَعَدَّ» على وزن اسْتِفْعَال'
				},
				{
					kind: 'word',
					text: 'بلاده',
					ws: ' ',
					vocalized: 'بِلَادِهِ',
					lemma: 'balad',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'بِلَاد, plural of بَلَد, here in the singular sense ‘country’; second term of idafa',
					roleAr:
						'مضاف إليه مجرور، وهو مضاف والهاء ضمير متصل في محل جر مضاف إليه؛ «بِلَاد» جمع «بَلَد»، وهي هنا بمعنى المفرد: بلده'
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
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
