import type { Block } from '../../../schema';

/** headline: بهدف تعزيز العلاقات العسكرية.. وزير الدفاع الروسي في إيران… */
export const headline = {
	id: 'headline',
	kind: 'headline',
	sentences: [
		{
			id: 'headline.s1',
			translation: 'Aiming to strengthen military relations: Russian Defence Minister in Iran',
			tokens: [
				{
					kind: 'word',
					text: 'بهدف',
					ws: ' ',
					vocalized: 'بِهَدَفِ',
					lemma: 'hadaf',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'first term of idafa: بِهَدَفِ "with the aim of"',
					roleAr: 'اسم مجرور بالباء، وهو مضاف؛ «بِهَدَفِ»: بغرضِ، من أجلِ'
				},
				{
					kind: 'word',
					text: 'تعزيز',
					ws: ' ',
					vocalized: 'تَعْزِيزِ',
					lemma: 'taziz',
					role: 'verbal noun; second term of idafa',
					roleAr: 'مضاف إليه مجرور، وهو مضاف؛ مصدر «عَزَّزَ» على وزن تَفْعِيل',
					expression: 'strengthen-military-relations'
				},
				{
					kind: 'word',
					text: 'العلاقات',
					ws: ' ',
					vocalized: 'الْعَلَاقَاتِ',
					lemma: 'alaqa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural; object of تعزيز in idafa, genitive',
					roleAr: 'مضاف إليه مجرور، وهو في المعنى مفعول به للمصدر «تعزيز»؛ جمع مؤنث سالم',
					expression: 'strengthen-military-relations'
				},
				{
					kind: 'word',
					text: 'العسكرية',
					ws: '',
					vocalized: 'الْعَسْكَرِيَّةِ',
					lemma: 'askariyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine (agrees with a non-human plural)',
					roleAr: 'نعت لـ«العلاقات» مجرور، اسم منسوب مؤنث (جمع غير العاقل يوصف بالمفرد المؤنث)',
					expression: 'strengthen-military-relations'
				},
				{ kind: 'punct', text: '..', ws: ' ' },
				{
					kind: 'word',
					text: 'وزير',
					ws: ' ',
					vocalized: 'وَزِيرُ',
					lemma: 'wazir',
					role: 'subject of the nominal sentence; first term of idafa',
					roleAr: 'مبتدأ مرفوع، وهو مضاف',
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
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'إيران',
					ws: '',
					vocalized: 'إِيرَانَ',
					lemma: 'iran',
					role: 'genitive after في; diptote (foreign name), so -a not -i',
					roleAr:
						'اسم مجرور بـ«في» وعلامة جره الفتحة نيابة عن الكسرة لأنه ممنوع من الصرف (علم أعجمي)؛ وشبه الجملة «في إيران» في محل رفع خبر المبتدأ',
					entity: 'iran'
				}
			]
		}
	]
} satisfies Block;
