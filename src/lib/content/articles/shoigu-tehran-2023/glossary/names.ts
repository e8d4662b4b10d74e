import type { GlossaryEntry } from '../../../schema';

/** Proper names of people, places and organisations. */
export const names = [
	{
		id: 'ahmadiyan',
		lemma: 'أَحْمَدِيَان',
		root: null,
		pos: 'proper-noun',
		glosses: ['Ahmadian (family name)'],
		uncertain: 'Vowels approximate the Persian Aḥmadiyān.'
	},
	{
		id: 'akbar',
		lemma: 'أَكْبَر',
		root: null,
		pos: 'proper-noun',
		glosses: ['Akbar (second part of the compound given name Ali Akbar)'],
		note: 'As a common word أَكْبَر is the elative "greater, greatest" (root كبر), as in الله أكبر.',
		uncertain:
			'Case of the compound given name ʿAlī Akbar: read here, like محمد رضا, as a name + by-name in idafa (عَلِيُّ أَكْبَرَ, أكبر a diptote in the genitive); the Kufan alternative makes both parts agree (عَلِيٌّ أَكْبَرُ), and many readers do not decline the compound at all.'
	},
	{
		id: 'aliyy',
		lemma: 'عَلِيّ',
		root: null,
		pos: 'proper-noun',
		glosses: ['Ali (given name)'],
		note: 'Here the first part of the Persian compound given name علي أكبر ʿAlī Akbar.',
		uncertain:
			'How to give case endings to a Persian compound name is a convention; read here as the first term of an idafa (عَلِيُّ, no tanwin), as with مُحَمَّدِ رِضَا.'
	},
	{
		id: 'almaniya',
		lemma: 'أَلْمَانِيَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Germany'],
		uncertain: 'Foreign name: ʾalmāniyā is the common reading; ʾalmānyā is also heard.'
	},
	{
		id: 'ashtiyani',
		lemma: 'اَشْتِيَانِي',
		root: null,
		pos: 'proper-noun',
		glosses: ['Ashtiani (Persian family name; Mohammad-Reza Ashtiani, Iran’s defence minister)'],
		uncertain:
			'A transcribed Persian name (آشتیانی, Āshtiyānī). The article writes a bare alif, without madda; it is given a fatha (read ʾa-, not a silent hamzat al-wasl), the nearest the letters allow to Persian Ā-. The other vowels are approximate, and the final ي is read as long ī with no case ending shown.'
	},
	{
		id: 'biritaniya',
		lemma: 'بِرِيطَانِيَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Britain'],
		uncertain:
			'Foreign name: the first syllable is approximate (birīṭāniyā; often reduced to brīṭānyā).'
	},
	{
		id: 'faransa',
		lemma: 'فَرَنْسَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['France']
	},
	{
		id: 'iran',
		lemma: 'إِيرَان',
		root: null,
		pos: 'proper-noun',
		glosses: ['Iran'],
		note: 'A diptote: no tanwin, genitive with fatha (في إيرانَ، إلى إيرانَ).'
	},
	{
		id: 'muhammad',
		lemma: 'مُحَمَّد',
		root: null,
		pos: 'proper-noun',
		glosses: ['Mohammad, Muhammad (given name)'],
		note: 'Here the first half of the Persian compound given name Mohammad-Reza.'
	},
	{
		id: 'nufusti',
		lemma: 'نُوفُوسْتِي',
		root: null,
		pos: 'proper-noun',
		glosses: ['Novosti (RIA Novosti, a Russian state news agency)'],
		uncertain:
			'A transcribed foreign name (Russian "news"): the Arabic vowels given are approximate.'
	},
	{
		id: 'rida',
		lemma: 'رِضَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Reza, Rida (given name)'],
		note: 'Here the second half of Mohammad-Reza; the name comes from Arabic رِضًا "contentment, approval".'
	},
	{
		id: 'rusiya',
		lemma: 'رُوسِيَا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Russia']
	},
	{
		id: 'shuyghu',
		lemma: 'شُويْغُو',
		root: null,
		pos: 'proper-noun',
		glosses: ['Shoigu (Russian family name)'],
		note: 'Indeclinable: the final و takes no case ending.',
		uncertain:
			'A transcribed foreign name (Russian Shoygu): the Arabic vowels are approximate; Arabic spellings vary (شويغو, شويجو).'
	},
	{
		id: 'sirghi',
		lemma: 'سِيرْغِي',
		root: null,
		pos: 'proper-noun',
		glosses: ['Sergei (Russian given name)'],
		uncertain: 'A transcribed foreign name: the Arabic vowels given are approximate.'
	},
	{
		id: 'tahran',
		lemma: 'طَهْرَان',
		root: null,
		pos: 'proper-noun',
		glosses: ['Tehran'],
		note: 'A diptote: no tanwin, genitive with fatha (في طهرانَ).'
	},
	{
		id: 'urubba',
		lemma: 'أُورُوبَّا',
		root: null,
		pos: 'proper-noun',
		glosses: ['Europe'],
		uncertain: 'Vocalized after Hans Wehr’s ūrubbā (doubled b); أُورُوبَا is also heard.'
	}
] satisfies GlossaryEntry[];
