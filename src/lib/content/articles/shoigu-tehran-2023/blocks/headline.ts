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
					role: 'first term of idafa: بِهَدَفِ "with the aim of"'
				},
				{
					kind: 'word',
					text: 'تعزيز',
					ws: ' ',
					vocalized: 'تَعْزِيزِ',
					lemma: 'taziz',
					role: 'verbal noun; second term of idafa',
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
					expression: 'defence-minister'
				},
				{
					kind: 'word',
					text: 'الروسي',
					ws: ' ',
					vocalized: 'الرُّوسِيُّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with وزير'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'إيران',
					ws: '',
					vocalized: 'إِيرَانَ',
					lemma: 'iran',
					role: 'genitive after في; diptote (foreign name), so -a not -i',
					entity: 'iran'
				}
			]
		}
	]
} satisfies Block;
