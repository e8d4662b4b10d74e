import type { Block } from '../../../schema';

/** Paragraph 8: في الأثناء، أكد أمين المجلس الأعلى للأمن القومي الإيراني علي… */
export const p8 = {
	id: 'p8',
	kind: 'paragraph',
	sentences: [
		{
			id: 'p8.s1',
			translation:
				'Meanwhile, the Secretary of Iran’s Supreme National Security Council, Ali Akbar Ahmadian, and the Russian defence minister stressed the importance of ending foreign interference in the region.',
			tokens: [
				{
					kind: 'word',
					text: 'في',
					ws: ' ',
					vocalized: 'فِي',
					lemma: 'fi',
					expression: 'in-the-meantime'
				},
				{
					kind: 'word',
					text: 'الأثناء',
					ws: '',
					vocalized: 'الْأَثْنَاءِ',
					lemma: 'athna',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after فِي',
					roleAr: 'اسم مجرور بـ«في»؛ «في الأثناء»: في أثناء ذلك، في الوقت نفسه',
					expression: 'in-the-meantime'
				},
				{ kind: 'punct', text: '،', ws: ' ' },
				{
					kind: 'word',
					text: 'أكد',
					ws: ' ',
					vocalized: 'أَكَّدَ',
					lemma: 'akkada',
					role: 'verb, 3rd person masculine singular past (Form II)',
					roleAr: 'فعل ماضٍ مبني على الفتح، على وزن فَعَّلَ'
				},
				{
					kind: 'word',
					text: 'أمين',
					ws: ' ',
					vocalized: 'أَمِينُ',
					lemma: 'amin',
					role: 'subject; first term of idafa',
					roleAr: 'فاعل مرفوع، وهو مضاف'
				},
				{
					kind: 'word',
					text: 'المجلس',
					ws: ' ',
					vocalized: 'الْمَجْلِسِ',
					lemma: 'majlis',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'second term of idafa (genitive)',
					roleAr: 'مضاف إليه مجرور',
					entity: 'snsc'
				},
				{
					kind: 'word',
					text: 'الأعلى',
					ws: ' ',
					vocalized: 'الْأَعْلَى',
					lemma: 'ala-2',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'elative adjective ("supreme"); case not shown on final alif maqsura',
					roleAr:
						'نعت لـ«المجلس» مجرور بكسرة مقدّرة على الألف للتعذّر؛ اسم تفضيل على وزن أَفْعَل: «الأعلى» أي الأرفع',
					entity: 'snsc'
				},
				{
					kind: 'word',
					text: 'للأمن',
					ws: ' ',
					vocalized: 'لِلْأَمْنِ',
					lemma: 'amn',
					pre: [
						{ text: 'ل', kind: 'preposition', gloss: 'for, to' },
						{ text: 'ل', kind: 'article', gloss: 'the (its alef is dropped after لِـ)' }
					],
					role: 'genitive after لِـ',
					roleAr: 'اسم مجرور باللام',
					entity: 'snsc'
				},
				{
					kind: 'word',
					text: 'القومي',
					ws: ' ',
					vocalized: 'الْقَوْمِيِّ',
					lemma: 'qawmiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective',
					roleAr: 'نعت لـ«الأمن» مجرور، اسم منسوب',
					entity: 'snsc'
				},
				{
					kind: 'word',
					text: 'الإيراني',
					ws: ' ',
					vocalized: 'الْإِيرَانِيِّ',
					lemma: 'iraniyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective, genitive, agreeing with الْمَجْلِس',
					roleAr: 'نعت لـ«المجلس» مجرور، اسم منسوب',
					entity: 'snsc'
				},
				{
					kind: 'word',
					text: 'علي',
					ws: ' ',
					vocalized: 'عَلِيُّ',
					lemma: 'aliyy',
					role: 'apposition to أَمِينُ (nominative); first term of the name’s idafa, so no tanwin',
					roleAr: 'بدل من «أمين» مرفوع، وهو مضاف في هذا العلم المركّب فلا يُنوَّن',
					entity: 'ahmadian',
					note: 'Persian compound given name ʿAlī Akbar, read like محمد رضا in paragraph 2 as a name followed by a by-name in idafa: عَلِيُّ (nominative, no tanwin) + أَكْبَرَ (genitive). The other accepted reading makes both parts agree, عَلِيٌّ أَكْبَرُ; many readers do not decline the compound at all.',
					noteAr:
						'اسم فارسي مركّب (علي أكبر)، قُرئ كـ«محمد رضا» في الفقرة الثانية على أنه اسم يليه لقب مضاف إليه: «عَلِيُّ» (مرفوع بلا تنوين) + «أَكْبَرَ» (مجرور). والوجه الآخر المقبول أن يتبع الجزآن في الإعراب: «عَلِيٌّ أَكْبَرُ»، وكثير من القرّاء لا يُعربون العلم المركّب أصلًا.'
				},
				{
					kind: 'word',
					text: 'أكبر',
					ws: ' ',
					vocalized: 'أَكْبَرَ',
					lemma: 'akbar',
					role: 'second part of the compound given name; second term of its idafa, genitive',
					roleAr:
						'الجزء الثاني من العلم المركّب، مضاف إليه مجرور وعلامة جره الفتحة نيابة عن الكسرة لأنه ممنوع من الصرف (علم على وزن أَفْعَل)',
					entity: 'ahmadian',
					note: 'Literally “greater, elder”. As a name on the pattern أَفْعَل it is a diptote, so its genitive ends in -a: أَكْبَرَ (see the note on علي).',
					noteAr:
						'معناه الحرفي «الأكبر، الأسنّ». وهو علم على وزن أَفْعَل فيُمنع من الصرف، فيُجرّ بالفتحة: «أَكْبَرَ» (انظر الملاحظة على «علي»).'
				},
				{
					kind: 'word',
					text: 'أحمديان',
					ws: ' ',
					vocalized: 'أَحْمَدِيَانُ',
					lemma: 'ahmadiyan',
					role: 'family name, nominative in apposition to أَمِينُ; foreign name, diptote (no tanwin)',
					roleAr:
						'اسم العائلة، تابع لـ«أمين» في البدل فهو مرفوع؛ علم أعجمي ممنوع من الصرف فلا يُنوَّن',
					entity: 'ahmadian',
					note: 'Transcribed Persian name (Aḥmadiyān); the vowels are approximate.',
					noteAr: 'اسم فارسي منقول إلى العربية (Aḥmadiyān)؛ حركاته تقريبية.'
				},
				{
					kind: 'word',
					text: 'ووزير',
					ws: ' ',
					vocalized: 'وَوَزِيرُ',
					lemma: 'wazir',
					pre: [{ text: 'و', kind: 'conjunction', gloss: 'and' }],
					role: 'subject, coordinated with أَمِينُ; first term of idafa',
					roleAr: 'الواو حرف عطف، و«وزير» اسم معطوف على «أمين» مرفوع، وهو مضاف',
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
					role: 'nisba adjective, nominative, agreeing with وَزِيرُ',
					roleAr: 'نعت لـ«وزير» مرفوع، اسم منسوب'
				},
				{
					kind: 'word',
					text: 'على',
					ws: ' ',
					vocalized: 'عَلَى',
					lemma: 'ala',
					role: 'preposition governed by أَكَّدَ (أكّد على "to stress")',
					roleAr: 'حرف جر متعلق بالفعل «أكّد» («أكّد على»: شدَّد على)'
				},
				{
					kind: 'word',
					text: 'أهمية',
					ws: ' ',
					vocalized: 'أَهَمِّيَّةِ',
					lemma: 'ahammiyya',
					role: 'genitive after عَلَى; first term of idafa',
					roleAr: 'اسم مجرور بـ«على»، وهو مضاف'
				},
				{
					kind: 'word',
					text: 'إنهاء',
					ws: ' ',
					vocalized: 'إِنْهَاءِ',
					lemma: 'inha',
					role: 'verbal noun (Form IV); second term of idafa',
					roleAr: 'مضاف إليه مجرور، وهو مضاف؛ مصدر «أَنْهَى» على وزن إِفْعَال'
				},
				{
					kind: 'word',
					text: 'التدخل',
					ws: ' ',
					vocalized: 'التَّدَخُّلِ',
					lemma: 'tadakhkhul',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'verbal noun (Form V), genitive',
					roleAr: 'مضاف إليه مجرور، وهو في المعنى مفعول به للمصدر «إنهاء»؛ مصدر «تَدَخَّلَ» على وزن تَفَعُّل'
				},
				{
					kind: 'word',
					text: 'الأجنبي',
					ws: ' ',
					vocalized: 'الْأَجْنَبِيِّ',
					lemma: 'ajnabiyy',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'nisba adjective',
					roleAr: 'نعت لـ«التدخل» مجرور، اسم منسوب'
				},
				{ kind: 'word', text: 'في', ws: ' ', vocalized: 'فِي', lemma: 'fi' },
				{
					kind: 'word',
					text: 'المنطقة',
					ws: '',
					vocalized: 'الْمِنْطَقَةِ',
					lemma: 'mintaqa',
					pre: [{ text: 'ال', kind: 'article', gloss: 'the' }],
					role: 'genitive after فِي',
					roleAr: 'اسم مجرور بـ«في»'
				},
				{ kind: 'punct', text: '.', ws: '' }
			]
		}
	]
} satisfies Block;
