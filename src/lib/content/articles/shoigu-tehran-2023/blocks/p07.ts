import type { Block } from '../../../schema';

/** Paragraph 7: وفي سياقٍ متصل، اعتبر اشتياني أن خطوة الدول الأوروبية الثلاث… */
export const p7 = {
	id: 'p7',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p7.s1',
			translation:
				'In a related context, Ashtiani considered the step taken by the three European states, “Germany, France and Britain”, regarding not lifting the sanctions to be a clear violation of Europe’s commitments under the Joint Comprehensive Plan of Action.',
			tokens: [
				{
					kind: 'word',
					text: 'وفي',
					ws: ' ',
					vocalized: 'وَفِي',
					lemma: 'fi',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					expression: 'in-a-related-context'
				},
				{
					kind: 'word',
					text: 'سياقٍ',
					ws: ' ',
					vocalized: 'سِيَاقٍ',
					lemma: 'siyaq',
					role: 'genitive after فِي',
					expression: 'in-a-related-context'
				},
				{
					kind: 'word',
					text: 'متصل',
					ws: '',
					vocalized: 'مُتَّصِلٍ',
					lemma: 'muttasil',
					role: 'active participle (Form VIII), adjective',
					expression: 'in-a-related-context'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'اعتبر',
					ws: ' ',
					vocalized: 'اعْتَبَرَ',
					lemma: 'itabara',
					role: '3rd person masculine singular past (Form VIII)'
				},
				{
					kind: 'word',
					text: 'اشتياني',
					ws: ' ',
					vocalized: 'اَشْتِيَانِي',
					lemma: 'ashtiyani',
					role: 'subject',
					entity: 'ashtiani',
					note: 'Persian Āshtiyānī (آشتیانی). The source writes a bare alif, without madda; it is read ʾa- (not as a silent hamzat al-wasl), the nearest the letters allow to Persian Ā-. The final ي is a long ī with no case ending shown; the vowels are approximate.'
				},
				{
					kind: 'word',
					text: 'أن',
					ws: ' ',
					vocalized: 'أَنَّ',
					lemma: 'anna',
					role: 'particle ‘that’; its subject takes the accusative'
				},
				{
					kind: 'word',
					text: 'خطوة',
					ws: ' ',
					vocalized: 'خُطْوَةَ',
					lemma: 'khutwa',
					role: 'subject of أَنَّ (accusative); first term of idafa'
				},
				{
					kind: 'word',
					text: 'الدول',
					ws: ' ',
					vocalized: 'الدُّوَلِ',
					lemma: 'dawla',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of دَوْلَة; second term of idafa'
				},
				{
					kind: 'word',
					text: 'الأوروبية',
					ws: ' ',
					vocalized: 'الْأُورُوبِّيَّةِ',
					lemma: 'urubbiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine (agrees with a non-human plural)',
					note: 'Vocalized ʾūrūbbiyya (Hans Wehr: ūrubbī); ʾūrūbiyya, without shadda, is also heard.'
				},
				{
					kind: 'word',
					text: 'الثلاث',
					ws: ' ',
					vocalized: 'الثَّلَاثِ',
					lemma: 'thalatha',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'number after its noun, as an adjective; ثَلَاث (no ة) because دَوْلَة is feminine'
				},
				{ kind: 'punct', text: '“', ws: '' },
				{
					kind: 'word',
					text: 'ألمانيا',
					ws: ' ',
					vocalized: 'أَلْمَانِيَا',
					lemma: 'almaniya',
					role: 'apposition (indeclinable)',
					entity: 'germany',
					note: 'Foreign name: vowels approximate (ʾalmāniyā; also heard ʾalmānyā).'
				},
				{
					kind: 'word',
					text: 'وفرنسا',
					ws: ' ',
					vocalized: 'وَفَرَنْسَا',
					lemma: 'faransa',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'coordinated (indeclinable)',
					entity: 'france'
				},
				{
					kind: 'word',
					text: 'وبريطانيا',
					ws: '',
					vocalized: 'وَبِرِيطَانِيَا',
					lemma: 'biritaniya',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'coordinated (indeclinable)',
					entity: 'britain',
					note: 'Foreign name: vowels approximate (birīṭāniyā; the first syllable is often reduced, brīṭānyā).'
				},
				{ kind: 'punct', text: '”', ws: ' ' },
				{
					kind: 'word',
					text: 'بشأن',
					ws: ' ',
					vocalized: 'بِشَأْنِ',
					lemma: 'shan',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِـ; first term of idafa',
					expression: 'regarding'
				},
				{
					kind: 'word',
					text: 'عدم',
					ws: ' ',
					vocalized: 'عَدَمِ',
					lemma: 'adam',
					role: 'second term of idafa; negates the verbal noun after it (‘not lifting’)'
				},
				{
					kind: 'word',
					text: 'إلغاء',
					ws: ' ',
					vocalized: 'إِلْغَاءِ',
					lemma: 'ilgha',
					role: 'verbal noun (Form IV); second term of idafa'
				},
				{
					kind: 'word',
					text: 'العقوبات',
					ws: ' ',
					vocalized: 'الْعُقُوبَاتِ',
					lemma: 'uquba',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural of عُقُوبَة; object of the verbal noun, genitive'
				},
				{
					kind: 'word',
					text: 'انتهاك',
					ws: ' ',
					vocalized: 'انْتِهَاكٌ',
					lemma: 'intihak',
					role: 'predicate of أَنَّ (nominative); verbal noun (Form VIII)'
				},
				{
					kind: 'word',
					text: 'واضح',
					ws: ' ',
					vocalized: 'وَاضِحٌ',
					lemma: 'wadih',
					role: 'adjective (active participle form)'
				},
				{
					kind: 'word',
					text: 'لالتزامات',
					ws: ' ',
					vocalized: 'لِالْتِزَامَاتِ',
					lemma: 'iltizam',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'sound feminine plural of اِلْتِزَام (verbal noun, Form VIII), genitive after لِـ; first term of idafa. No article here: the alif is the verbal noun’s hamzat al-wasl.'
				},
				{
					kind: 'word',
					text: 'أوروبا',
					ws: ' ',
					vocalized: 'أُورُوبَّا',
					lemma: 'urubba',
					role: 'second term of idafa (indeclinable)',
					entity: 'europe',
					note: 'Vowels follow Hans Wehr’s ūrubbā (with doubled b); ʾūrūbā is also heard.'
				},
				{
					kind: 'word',
					text: 'بموجب',
					ws: ' ',
					vocalized: 'بِمُوجِبِ',
					lemma: 'mujib',
					pre: [{ text: 'ب', kind: 'preposition', gloss: 'with, by, in' }],
					role: 'genitive after بِـ; first term of idafa',
					expression: 'by-virtue-of',
					note: 'Read bi-mūjibi (as in Hans Wehr); bi-mūjabi is also widely heard.'
				},
				{
					kind: 'word',
					text: 'خطة',
					ws: ' ',
					vocalized: 'خُطَّةِ',
					lemma: 'khutta',
					role: 'second term of idafa',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{
					kind: 'word',
					text: 'العمل',
					ws: ' ',
					vocalized: 'الْعَمَلِ',
					lemma: 'amal',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second term of idafa: ‘plan of action’',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{
					kind: 'word',
					text: 'الشاملة',
					ws: ' ',
					vocalized: 'الشَّامِلَةِ',
					lemma: 'shamil',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'adjective (active participle form), feminine, agrees with خُطَّة',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{
					kind: 'word',
					text: 'المشتركة',
					ws: '',
					vocalized: 'الْمُشْتَرَكَةِ',
					lemma: 'mushtarak',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form VIII), feminine, agrees with خُطَّة',
					entity: 'jcpoa',
					expression: 'jcpoa'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
