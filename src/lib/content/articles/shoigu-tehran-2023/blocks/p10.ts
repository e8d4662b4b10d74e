import type { Block } from '../../../schema';

/** Paragraph 10: وناقش الطرفان أيضاً الفرص المتاحة لتطوير التعاون بين البلدين… */
export const p10 = {
	id: 'p10',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p10.s1',
			translation:
				'The two sides also discussed the opportunities available for developing cooperation between the two countries to confront common threats and systematic terrorism.',
			tokens: [
				{
					kind: 'word',
					text: 'وناقش',
					ws: ' ',
					vocalized: 'وَنَاقَشَ',
					lemma: 'naqasha',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'verb, 3rd person masculine singular past (Form III)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن فَاعَلَ'
				},
				{
					kind: 'word',
					text: 'الطرفان',
					ws: ' ',
					vocalized: 'الطَّرَفَانِ',
					lemma: 'taraf',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'dual, nominative: subject',
					roleAr: 'فاعل مرفوع وعلامة رفعه الألف لأنه مثنى'
				},
				{
					kind: 'word',
					text: 'أيضاً',
					ws: ' ',
					vocalized: 'أَيْضاً',
					lemma: 'aydan',
					role: 'adverb',
					roleAr: 'مفعول مطلق منصوب لفعل محذوف تقديره «آضَ» (أي عاد)، ويؤدي معنى الظرف: كذلك'
				},
				{
					kind: 'word',
					text: 'الفرص',
					ws: ' ',
					vocalized: 'الْفُرَصَ',
					lemma: 'fursa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of فُرْصَة; object (accusative)',
					roleAr: 'مفعول به منصوب؛ جمع تكسير مفرده «فُرْصَة»'
				},
				{
					kind: 'word',
					text: 'المتاحة',
					ws: ' ',
					vocalized: 'الْمُتَاحَةَ',
					lemma: 'mutah',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form IV), adjective, accusative',
					roleAr: 'نعت لـ«الفرص» منصوب؛ اسم مفعول من «أَتَاحَ» على وزن مُفْعَل'
				},
				{
					kind: 'word',
					text: 'لتطوير',
					ws: ' ',
					vocalized: 'لِتَطْوِيرِ',
					lemma: 'tatwir',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'verbal noun (Form II), genitive after لِـ; first term of idafa',
					roleAr: 'اسم مجرور باللام، وهو مضاف؛ مصدر «طَوَّرَ» على وزن تَفْعِيل'
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
					role: 'adverb of place used as a preposition',
					roleAr: 'ظرف مكان منصوب، وهو مضاف؛ يُستعمل استعمال حرف الجر',
					expression: 'between-the-two-countries'
				},
				{
					kind: 'word',
					text: 'البلدين',
					ws: ' ',
					vocalized: 'الْبَلَدَيْنِ',
					lemma: 'balad',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'dual, genitive',
					roleAr: 'مضاف إليه مجرور وعلامة جره الياء لأنه مثنى',
					expression: 'between-the-two-countries'
				},
				{
					kind: 'word',
					text: 'لمواجهة',
					ws: ' ',
					vocalized: 'لِمُوَاجَهَةِ',
					lemma: 'muwajaha',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'verbal noun (Form III), genitive after لِـ; first term of idafa',
					roleAr: 'اسم مجرور باللام، وهو مضاف؛ مصدر «وَاجَهَ» على وزن مُفَاعَلَة'
				},
				{
					kind: 'word',
					text: 'التهديدات',
					ws: ' ',
					vocalized: 'التَّهْدِيدَاتِ',
					lemma: 'tahdid',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural of تَهْدِيد, genitive',
					roleAr: 'مضاف إليه مجرور؛ جمع مؤنث سالم مفرده «تَهْدِيد»'
				},
				{
					kind: 'word',
					text: 'المشتركة',
					ws: ' ',
					vocalized: 'الْمُشْتَرَكَةِ',
					lemma: 'mushtarak',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'participle (Form VIII), adjective, genitive',
					roleAr: 'نعت لـ«التهديدات» مجرور؛ اسم مفعول من «اشترك» على وزن مُفْتَعَل'
				},
				{
					kind: 'word',
					text: 'والإرهاب',
					ws: ' ',
					vocalized: 'وَالْإِرْهَابِ',
					lemma: 'irhab',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'verbal noun (Form IV), genitive, coordinated with التَّهْدِيدَات',
					roleAr:
						'الواو حرف عطف، و«الإرهاب» اسم معطوف على «التهديدات» مجرور؛ مصدر «أَرْهَبَ» على وزن إِفْعَال'
				},
				{
					kind: 'word',
					text: 'الممنهج',
					ws: '',
					vocalized: 'الْمُمَنْهَجِ',
					lemma: 'mumanhaj',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (quadriliteral), adjective, genitive',
					roleAr: 'نعت لـ«الإرهاب» مجرور؛ اسم مفعول من الفعل الرباعي «مَنْهَجَ» على وزن مُفَعْلَل'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
