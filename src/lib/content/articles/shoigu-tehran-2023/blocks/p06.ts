import type { Block } from '../../../schema';

/** Paragraph 6: إلى ذلك، أعلن اشتياني عن معارضة بلاده لأي تواجد لقوات من خار… */
export const p6 = {
	id: 'p6',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p6.s1',
			translation:
				'In addition, Ashtiani announced his country’s opposition to any presence of forces from outside the region, and said: preserving the territorial integrity of the region’s states and international borders is one of Iran’s red lines.',
			tokens: [
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					expression: 'in-addition'
				},
				{
					kind: 'word',
					text: 'ذلك',
					ws: '',
					vocalized: 'ذَٰلِكَ',
					lemma: 'dhalika',
					role: 'demonstrative, genitive (indeclinable)',
					expression: 'in-addition'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'أعلن',
					ws: ' ',
					vocalized: 'أَعْلَنَ',
					lemma: 'alana',
					role: '3rd person masculine singular past (Form IV)'
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
				{ kind: 'word', text: 'عن', ws: ' ', vocalized: 'عَنْ', lemma: 'an' },
				{
					kind: 'word',
					text: 'معارضة',
					ws: ' ',
					vocalized: 'مُعَارَضَةِ',
					lemma: 'muarada',
					role: 'verbal noun (Form III), genitive after عَنْ; first term of idafa'
				},
				{
					kind: 'word',
					text: 'بلاده',
					ws: ' ',
					vocalized: 'بِلَادِهِ',
					lemma: 'balad',
					post: [{ text: 'ه', kind: 'pronoun', gloss: 'his' }],
					role: 'بِلَاد, plural of بَلَد, here in the singular sense ‘country’; second term of idafa'
				},
				{
					kind: 'word',
					text: 'لأي',
					ws: ' ',
					vocalized: 'لِأَيِّ',
					lemma: 'ayy',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'genitive after لِـ; first term of idafa: ‘to any’'
				},
				{
					kind: 'word',
					text: 'تواجد',
					ws: ' ',
					vocalized: 'تَوَاجُدٍ',
					lemma: 'tawajud',
					role: 'verbal noun (Form VI), genitive; second term of idafa'
				},
				{
					kind: 'word',
					text: 'لقوات',
					ws: ' ',
					vocalized: 'لِقُوَّاتٍ',
					lemma: 'quwwa',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'sound feminine plural of قُوَّة (‘forces’), genitive after لِـ'
				},
				{ kind: 'word', text: 'من', ws: ' ', vocalized: 'مِنْ', lemma: 'min' },
				{
					kind: 'word',
					text: 'خارج',
					ws: ' ',
					vocalized: 'خَارِجِ',
					lemma: 'kharij',
					role: 'genitive after مِنْ; first term of idafa'
				},
				{
					kind: 'word',
					text: 'المنطقة',
					ws: '',
					vocalized: 'الْمِنْطَقَةِ',
					lemma: 'mintaqa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second term of idafa'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'وقال',
					ws: '',
					vocalized: 'وَقَالَ',
					lemma: 'qala',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: '3rd person masculine singular past'
				},
				{ kind: 'punct', text: ':', ws: ' ' },
				{
					kind: 'word',
					text: 'إن',
					ws: ' ',
					vocalized: 'إِنَّ',
					lemma: 'inna',
					role: 'particle opening the quoted statement; its subject takes the accusative'
				},
				{
					kind: 'word',
					text: 'الحفاظ',
					ws: ' ',
					vocalized: 'الْحِفَاظَ',
					lemma: 'hifaz',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject of إِنَّ (accusative); verbal noun (Form III)'
				},
				{ kind: 'word', text: 'على', ws: ' ', vocalized: 'عَلَى', lemma: 'ala' },
				{
					kind: 'word',
					text: 'وحدة',
					ws: ' ',
					vocalized: 'وَحْدَةِ',
					lemma: 'wahda',
					role: 'genitive after عَلَى; first term of idafa',
					expression: 'territorial-integrity'
				},
				{
					kind: 'word',
					text: 'أراضي',
					ws: ' ',
					vocalized: 'أَرَاضِي',
					lemma: 'ard',
					role: 'broken plural of أَرْض, genitive; idafa chain',
					expression: 'territorial-integrity'
				},
				{
					kind: 'word',
					text: 'دول',
					ws: ' ',
					vocalized: 'دُوَلِ',
					lemma: 'dawla',
					role: 'broken plural of دَوْلَة; idafa chain'
				},
				{
					kind: 'word',
					text: 'المنطقة',
					ws: ' ',
					vocalized: 'الْمِنْطَقَةِ',
					lemma: 'mintaqa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'last term of the idafa chain'
				},
				{
					kind: 'word',
					text: 'والحدود',
					ws: ' ',
					vocalized: 'وَالْحُدُودِ',
					lemma: 'hadd',
					pre: [
						{ text: 'و', kind: 'conjunction', gloss: 'and' },
						{ text: 'ال', kind: 'article', gloss: 'the' }
					],
					role: 'broken plural of حَدّ, genitive (coordinated with وَحْدَة)'
				},
				{
					kind: 'word',
					text: 'الدولية',
					ws: ' ',
					vocalized: 'الدَّوْلِيَّةِ',
					lemma: 'dawliyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, feminine (agrees with a non-human plural)'
				},
				{
					kind: 'word',
					text: 'هو',
					ws: ' ',
					vocalized: 'هُوَ',
					lemma: 'huwa',
					role: 'separating pronoun (ضمير الفصل): ‘is’'
				},
				{
					kind: 'word',
					text: 'أحد',
					ws: ' ',
					vocalized: 'أَحَدُ',
					lemma: 'ahad',
					role: 'predicate (nominative); first term of idafa'
				},
				{
					kind: 'word',
					text: 'الخطوط',
					ws: ' ',
					vocalized: 'الْخُطُوطِ',
					lemma: 'khatt',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of خَطّ; second term of idafa',
					expression: 'red-lines'
				},
				{
					kind: 'word',
					text: 'الحمراء',
					ws: ' ',
					vocalized: 'الْحَمْرَاءِ',
					lemma: 'ahmar',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'adjective, feminine of أَحْمَر, genitive',
					expression: 'red-lines'
				},
				{
					kind: 'word',
					text: 'لإيران',
					ws: '',
					vocalized: 'لِإِيرَانَ',
					lemma: 'iran',
					pre: [{ text: 'ل', kind: 'preposition', gloss: 'for, to' }],
					role: 'genitive after لِـ (diptote: ending -a)',
					entity: 'iran'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
