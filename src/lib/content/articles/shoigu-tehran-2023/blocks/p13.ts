import type { Block } from '../../../schema';

/** Paragraph 13: ووصل الوزير شويغو إلى إيران لإجراء محادثات مع القادة العسكري… */
export const p13 = {
	id: 'p13',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p13.s1',
			translation:
				'Minister Shoigu arrived in Iran to hold talks with military commanders, with the aim of strengthening Russian-Iranian military relations and developing cooperation between the two countries.',
			tokens: [
				{
					kind: 'word',
					text: 'ووصل',
					ws: ' ',
					vocalized: 'وَوَصَلَ',
					lemma: 'wasala',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verb, 3rd person masculine singular past',
					roleAr: 'فعل ماضٍ مبني على الفتح، ثلاثي مجرد'
				},
				{
					kind: 'word',
					text: 'الوزير',
					ws: ' ',
					vocalized: 'الْوَزِيرُ',
					lemma: 'wazir',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject',
					roleAr: 'فاعل مرفوع'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: ' ',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'apposition to الْوَزِير; foreign name, no visible case ending',
					roleAr:
						'بدل من «الوزير» (أو عطف بيان) مرفوع بضمة مقدّرة؛ علم أعجمي لا تظهر عليه علامة الإعراب',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.',
					noteAr: 'اسم روسي منقول إلى العربية (Shoygu)؛ حركاته تقريبية.'
				},
				{ kind: 'word', text: 'إلى', ws: ' ', vocalized: 'إِلَى', lemma: 'ila' },
				{
					kind: 'word',
					text: 'إيران',
					ws: ' ',
					vocalized: 'إِيرَانَ',
					lemma: 'iran',
					role: 'genitive after إِلَى; diptote, so fatha',
					roleAr:
						'اسم مجرور بـ«إلى» وعلامة جره الفتحة نيابة عن الكسرة لأنه ممنوع من الصرف (علم أعجمي)',
					entity: 'iran'
				},
				{
					kind: 'word',
					text: 'لإجراء',
					ws: ' ',
					vocalized: 'لِإِجْرَاءِ',
					lemma: 'ijra',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'verbal noun (Form IV), genitive after لِـ',
					roleAr: 'اسم مجرور بلام التعليل، وهو مضاف؛ مصدر «أَجْرَى» على وزن إِفْعَال',
					expression: 'hold-talks'
				},
				{
					kind: 'word',
					text: 'محادثات',
					ws: ' ',
					vocalized: 'مُحَادَثَاتٍ',
					lemma: 'muhadatha',
					role: 'sound feminine plural, indefinite, genitive (second term of idafa)',
					roleAr: 'مضاف إليه مجرور؛ جمع مؤنث سالم نكرة',
					expression: 'hold-talks'
				},
				{ kind: 'word', text: 'مع', ws: ' ', vocalized: 'مَعَ', lemma: 'maa' },
				{
					kind: 'word',
					text: 'القادة',
					ws: ' ',
					vocalized: 'الْقَادَةِ',
					lemma: 'qaid',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of قَائِد, genitive',
					roleAr: 'مضاف إليه مجرور بعد الظرف «مع»؛ جمع تكسير مفرده «قَائِد»'
				},
				{
					kind: 'word',
					text: 'العسكريين',
					ws: '',
					vocalized: 'الْعَسْكَرِيِّينَ',
					lemma: 'askariyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound masculine plural of the nisba adjective, genitive',
					roleAr: 'نعت لـ«القادة» مجرور وعلامة جره الياء لأنه جمع مذكر سالم؛ اسم منسوب'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'بهدف',
					ws: ' ',
					vocalized: 'بِهَدَفِ',
					lemma: 'hadaf',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِـ; first term of idafa (بِهَدَفِ "with the aim of")',
					roleAr: 'اسم مجرور بالباء، وهو مضاف؛ «بِهَدَفِ»: بغرضِ، من أجلِ'
				},
				{
					kind: 'word',
					text: 'تعزيز',
					ws: ' ',
					vocalized: 'تَعْزِيزِ',
					lemma: 'taziz',
					role: 'verbal noun (Form II); second term of idafa',
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
					role: 'sound feminine plural of عَلَاقَة, genitive',
					roleAr: 'مضاف إليه مجرور؛ جمع مؤنث سالم مفرده «عَلَاقَة»',
					expression: 'strengthen-military-relations'
				},
				{
					kind: 'word',
					text: 'العسكرية',
					ws: ' ',
					vocalized: 'الْعَسْكَرِيَّةِ',
					lemma: 'askariyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine, genitive',
					roleAr: 'نعت لـ«العلاقات» مجرور، اسم منسوب مؤنث',
					expression: 'strengthen-military-relations'
				},
				{
					kind: 'word',
					text: 'الروسية',
					ws: ' ',
					vocalized: 'الرُّوسِيَّةِ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive',
					roleAr: 'نعت ثانٍ لـ«العلاقات» مجرور، اسم منسوب',
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'الإيرانية',
					ws: ' ',
					vocalized: 'الْإِيرَانِيَّةِ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive (الروسية الإيرانية "Russian-Iranian")',
					roleAr: 'نعت ثالث لـ«العلاقات» مجرور، اسم منسوب («الروسية الإيرانية»: بين روسيا وإيران)',
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'وتطوير',
					ws: ' ',
					vocalized: 'وَتَطْوِيرِ',
					lemma: 'tatwir',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verbal noun (Form II), genitive, coordinated with تَعْزِيز',
					roleAr:
						'الواو حرف عطف، و«تطوير» اسم معطوف على «تعزيز» مجرور، وهو مضاف؛ مصدر «طَوَّرَ» على وزن تَفْعِيل'
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
					text: 'بين',
					ws: ' ',
					vocalized: 'بَيْنَ',
					lemma: 'bayna',
					expression: 'between-the-two-countries'
				},
				{
					kind: 'word',
					text: 'البلدين',
					ws: '',
					vocalized: 'الْبَلَدَيْنِ',
					lemma: 'balad',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'dual, genitive',
					roleAr: 'مضاف إليه مجرور وعلامة جره الياء لأنه مثنى',
					expression: 'between-the-two-countries'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
