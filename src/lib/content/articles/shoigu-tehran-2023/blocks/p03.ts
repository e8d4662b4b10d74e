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
					role: '3rd person masculine singular past (Form IV)'
				},
				{
					kind: 'word',
					text: 'شويغو',
					ws: '',
					vocalized: 'شُويْغُو',
					lemma: 'shuyghu',
					role: 'subject; foreign name, no visible case ending',
					entity: 'shoigu',
					note: 'Transcribed Russian name (Shoygu); the vowels are approximate.'
				},
				{ kind: 'punct', text: ':', ws: ' ' },
				{
					kind: 'word',
					text: 'نهدف',
					ws: ' ',
					vocalized: 'نَهْدِفُ',
					lemma: 'hadafa',
					role: '1st person plural present; هدف إلى "to aim at"'
				},
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					role: 'preposition governed by نهدف'
				},
				{
					kind: 'word',
					text: 'تنفيذ',
					ws: ' ',
					vocalized: 'تَنْفِيذِ',
					lemma: 'tanfidh',
					role: 'verbal noun (Form II), genitive after إلى; first term of idafa'
				},
				{
					kind: 'word',
					text: 'مجموعة',
					ws: ' ',
					vocalized: 'مَجْمُوعَةٍ',
					lemma: 'majmua',
					role: 'second term of idafa (object of تنفيذ)'
				},
				{
					kind: 'word',
					text: 'كاملة',
					ws: ' ',
					vocalized: 'كَامِلَةٍ',
					lemma: 'kamil',
					role: 'adjective, feminine, agrees with مجموعة'
				},
				{
					kind: 'word',
					text: 'من',
					ws: ' ',
					vocalized: 'مِنَ',
					lemma: 'min',
					role: 'مِنْ takes -a before the article'
				},
				{
					kind: 'word',
					text: 'الأنشطة',
					ws: ' ',
					vocalized: 'الْأَنْشِطَةِ',
					lemma: 'nashat',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'broken plural of نَشَاط, genitive after من'
				},
				{
					kind: 'word',
					text: 'المخطط',
					ws: ' ',
					vocalized: 'الْمُخَطَّطِ',
					lemma: 'mukhattat',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'passive participle (Form II) as adjective; stays masculine because its deputy subject is لها',
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
					expression: 'despite'
				},
				{ kind: 'word', text: 'من', ws: ' ', vocalized: 'مِنْ', lemma: 'min', expression: 'despite' },
				{
					kind: 'word',
					text: 'معارضة',
					ws: ' ',
					vocalized: 'مُعَارَضَةِ',
					lemma: 'muarada',
					role: 'verbal noun (Form III), genitive after من; first term of idafa'
				},
				{
					kind: 'word',
					text: 'الولايات',
					ws: ' ',
					vocalized: 'الْوِلَايَاتِ',
					lemma: 'wilaya',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'sound feminine plural; second term of idafa',
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
					role: 'broken plural of حَلِيف, genitive, joined by و to الولايات'
				},
				{
					kind: 'word',
					text: 'الغربيين',
					ws: '',
					vocalized: 'الْغَرْبِيِّينَ',
					lemma: 'gharbiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, sound masculine plural, genitive'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'مشيراً',
					ws: ' ',
					vocalized: 'مُشِيراً',
					lemma: 'mushir',
					role: 'hal (circumstantial accusative); active participle of أشار: "pointing out"',
					note: 'The source puts the tanwin mark on the alif (ـاً), a common convention in typed Arabic; it is kept there: read mushīran.'
				},
				{
					kind: 'word',
					text: 'إلى',
					ws: ' ',
					vocalized: 'إِلَى',
					lemma: 'ila',
					role: 'preposition governed by مشيراً'
				},
				{
					kind: 'word',
					text: 'أن',
					ws: ' ',
					vocalized: 'أَنَّ',
					lemma: 'anna',
					role: '"that": puts its subject in the accusative'
				},
				{ kind: 'punct', text: '“', ws: '' },
				{
					kind: 'word',
					text: 'الضغط',
					ws: ' ',
					vocalized: 'الضَّغْطَ',
					lemma: 'daght',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject (ism) of أنّ, accusative'
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
					role: 'sound feminine plural, genitive after بِ'
				},
				{
					kind: 'word',
					text: 'على',
					ws: ' ',
					vocalized: 'عَلَى',
					lemma: 'ala',
					role: '"on": pressure on'
				},
				{
					kind: 'word',
					text: 'روسيا',
					ws: ' ',
					vocalized: 'رُوسِيَا',
					lemma: 'rusiya',
					role: 'genitive after على; ends in alif, no visible case ending',
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
					entity: 'iran'
				},
				{
					kind: 'word',
					text: 'يظهر',
					ws: ' ',
					vocalized: 'يُظْهِرُ',
					lemma: 'azhara',
					role: 'predicate of أنّ; 3rd person masculine singular present (Form IV), transitive: "shows"',
					note: 'Read as Form IV يُظْهِرُ "shows" with عدمَ as its object. Unvowelled, يظهر could also be Form I يَظْهَرُ "appears", but then عدم would need the nominative and the sentence reads less naturally.'
				},
				{
					kind: 'word',
					text: 'عدم',
					ws: ' ',
					vocalized: 'عَدَمَ',
					lemma: 'adam',
					role: 'object of يظهر; first term of idafa',
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
					expression: 'futility'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'بينما',
					ws: ' ',
					vocalized: 'بَيْنَمَا',
					lemma: 'baynama',
					role: 'conjunction "while, whereas"'
				},
				{
					kind: 'word',
					text: 'يصل',
					ws: ' ',
					vocalized: 'يَصِلُ',
					lemma: 'wasala',
					role: '3rd person masculine singular present; و drops in the present of وَصَلَ'
				},
				{
					kind: 'word',
					text: 'التعاون',
					ws: ' ',
					vocalized: 'التَّعَاوُنُ',
					lemma: 'taawun',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'subject, nominative; verbal noun (Form VI)'
				},
				{
					kind: 'word',
					text: 'الروسي',
					ws: ' ',
					vocalized: 'الرُّوسِيُّ',
					lemma: 'rusiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, agrees with التعاون',
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
					expression: 'russian-iranian'
				},
				{ kind: 'word', text: 'إلى', ws: ' ', vocalized: 'إِلَى', lemma: 'ila' },
				{
					kind: 'word',
					text: 'مستوى',
					ws: ' ',
					vocalized: 'مُسْتَوًى',
					lemma: 'mustawa',
					role: 'genitive after إلى; ends in alif maqsura, so the case is not heard (tanwin -an)'
				},
				{
					kind: 'word',
					text: 'جديد',
					ws: '',
					vocalized: 'جَدِيدٍ',
					lemma: 'jadid',
					role: 'adjective, genitive, agrees with مستوى'
				},
				{ kind: 'punct', text: '”', ws: '' },
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
