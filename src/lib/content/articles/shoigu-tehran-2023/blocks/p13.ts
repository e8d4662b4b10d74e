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
					role: 'verb, 3rd person masculine singular past'
				},
				{
					kind: 'word',
					text: 'الوزير',
					ws: ' ',
					vocalized: 'الْوَزِيرُ',
					lemma: 'wazir',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: ' ',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'apposition to الْوَزِير; foreign name, no visible case ending',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.'
				},
				{ kind: 'word', text: 'إلى', ws: ' ', vocalized: 'إِلَى', lemma: 'ila' },
				{
					kind: 'word',
					text: 'إيران',
					ws: ' ',
					vocalized: 'إِيرَانَ',
					lemma: 'iran',
					role: 'genitive after إِلَى; diptote, so fatha',
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
					expression: 'hold-talks'
				},
				{
					kind: 'word',
					text: 'محادثات',
					ws: ' ',
					vocalized: 'مُحَادَثَاتٍ',
					lemma: 'muhadatha',
					role: 'sound feminine plural, indefinite, genitive (second term of idafa)',
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
					role: 'broken plural of قَائِد, genitive'
				},
				{
					kind: 'word',
					text: 'العسكريين',
					ws: '',
					vocalized: 'الْعَسْكَرِيِّينَ',
					lemma: 'askariyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound masculine plural of the nisba adjective, genitive'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'بهدف',
					ws: ' ',
					vocalized: 'بِهَدَفِ',
					lemma: 'hadaf',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِـ; first term of idafa (بِهَدَفِ "with the aim of")'
				},
				{
					kind: 'word',
					text: 'تعزيز',
					ws: ' ',
					vocalized: 'تَعْزِيزِ',
					lemma: 'taziz',
					role: 'verbal noun (Form II); second term of idafa',
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
					expression: 'russian-iranian'
				},
				{
					kind: 'word',
					text: 'وتطوير',
					ws: ' ',
					vocalized: 'وَتَطْوِيرِ',
					lemma: 'tatwir',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verbal noun (Form II), genitive, coordinated with تَعْزِيز'
				},
				{
					kind: 'word',
					text: 'التعاون',
					ws: ' ',
					vocalized: 'التَّعَاوُنِ',
					lemma: 'taawun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun (Form VI); second term of idafa'
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
					expression: 'between-the-two-countries'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
