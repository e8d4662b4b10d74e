import type { GlossaryEntry } from '../../../schema';

/** Verbal nouns (masdars), with the verb form they come from. */
export const verbalNouns = [
	{
		id: 'ard-2',
		lemma: 'عَرْض',
		root: 'عرض',
		pattern: 'فَعْل',
		pos: 'verbal-noun',
		verbForm: 'I',
		plurals: ['عُرُوض'],
		glosses: ['display, show, presentation', 'offer', 'width'],
		note: 'Verbal noun of عَرَضَ "to display, offer".'
	},
	{
		id: 'daght',
		lemma: 'ضَغْط',
		root: 'ضغط',
		pattern: 'فَعْل',
		pos: 'verbal-noun',
		verbForm: 'I',
		plurals: ['ضُغُوط'],
		glosses: ['pressure', 'compression'],
		note: 'The plural ضغوط "pressures" is common in politics.'
	},
	{
		id: 'difa',
		lemma: 'دِفَاع',
		root: 'دفع',
		pattern: 'فِعَال',
		pos: 'verbal-noun',
		verbForm: 'III',
		glosses: ['defence', 'defending, protection'],
		note: 'Verbal noun of دَافَعَ عن "to defend". وزير الدفاع "defence minister"; الدفاع الجوي "air defence".'
	},
	{
		id: 'hifaz',
		lemma: 'حِفَاظ',
		root: 'حفظ',
		pattern: 'فِعَال',
		pos: 'verbal-noun',
		verbForm: 'III',
		glosses: ['preserving, maintaining (على: something)', 'preservation, protection'],
		note: 'Verbal noun of حَافَظَ على; الحفاظ على “preserving”.'
	},
	{
		id: 'hiwar',
		lemma: 'حِوَار',
		root: 'حور',
		pattern: 'فِعَال',
		pos: 'verbal-noun',
		verbForm: 'III',
		plurals: ['حِوَارَات'],
		glosses: ['dialogue', 'conversation, talk'],
		note: 'Verbal noun of حَاوَرَ "to converse with".'
	},
	{
		id: 'idafa',
		lemma: 'إِضَافَة',
		root: 'ضيف',
		pattern: 'إِفْعَالَة',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: [
			'addition (إضافةً إلى: in addition to)',
			'annexation',
			'idafa, the construct phrase (grammar)'
		],
		note: 'Verbal noun of أَضَافَ "to add". إضافةً إلى / بالإضافة إلى "in addition to".'
	},
	{
		id: 'ijra',
		lemma: 'إِجْرَاء',
		root: 'جري',
		pattern: 'إِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'IV',
		plurals: ['إِجْرَاءَات'],
		glosses: ['conducting, holding (talks, elections)', 'measure, procedure (pl. إجراءات)'],
		note: 'Verbal noun of أَجْرَى "to conduct, hold". لإجراء محادثات "to hold talks".'
	},
	{
		id: 'ijtima',
		lemma: 'اجْتِمَاع',
		root: 'جمع',
		pattern: 'اِفْتِعَال',
		pos: 'verbal-noun',
		verbForm: 'VIII',
		plurals: ['اجْتِمَاعَات'],
		glosses: ['meeting', 'gathering, assembly', 'coming together'],
		note: 'Verbal noun of اِجْتَمَعَ "to meet".'
	},
	{
		id: 'ilgha',
		lemma: 'إِلْغَاء',
		root: 'لغو',
		pattern: 'إِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['lifting (sanctions), cancellation', 'abolition, annulment']
	},
	{
		id: 'iltizam',
		lemma: 'اِلْتِزَام',
		root: 'لزم',
		pattern: 'اِفْتِعَال',
		pos: 'verbal-noun',
		verbForm: 'VIII',
		plurals: ['اِلْتِزَامَات'],
		glosses: ['commitment, obligation', 'adherence (بـ: to)'],
		note: 'Verbal noun of اِلْتَزَمَ بِـ “to commit oneself to”. The kasra on the initial alif marks the hamzat al-wasl as said at the start of an utterance (iltizām); the ال here is not the article.'
	},
	{
		id: 'inha',
		lemma: 'إِنْهَاء',
		root: 'نهي',
		pattern: 'إِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['ending, putting an end to', 'termination', 'completion'],
		note: 'Verbal noun of أَنْهَى "to end, finish".'
	},
	{
		id: 'intihak',
		lemma: 'انْتِهَاك',
		root: 'نهك',
		pattern: 'اِفْتِعَال',
		pos: 'verbal-noun',
		verbForm: 'VIII',
		glosses: ['violation, breach', 'infringement']
	},
	{
		id: 'irhab',
		lemma: 'إِرْهَاب',
		root: 'رهب',
		pattern: 'إِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['terrorism', 'terrorizing, intimidation']
	},
	{
		id: 'istidad',
		lemma: 'اسْتِعْدَاد',
		root: 'عدد',
		pattern: 'اِسْتِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'X',
		plurals: ['اسْتِعْدَادَات'],
		glosses: ['readiness, preparedness', 'willingness', 'aptitude, disposition'],
		note: 'Verbal noun of اِسْتَعَدَّ "to get ready"; the plural means "preparations".'
	},
	{
		id: 'istiqrar',
		lemma: 'اسْتِقْرَار',
		root: 'قرر',
		pattern: 'اِسْتِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'X',
		glosses: ['stability', 'settling down, settledness'],
		note: 'Verbal noun of اِسْتَقَرَّ “to settle, become stable”; with the article: الِاسْتِقْرَار (al-istiqrār).'
	},
	{
		id: 'ithara',
		lemma: 'إِثَارَة',
		root: 'ثور',
		pattern: 'إِفْعَالَة',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['stirring up, provoking', 'raising (an issue)', 'excitement'],
		note: 'Verbal noun of أَثَارَ "to stir up, provoke"; إثارة الفوضى "stirring up chaos".'
	},
	{
		id: 'khalq',
		lemma: 'خَلْق',
		root: 'خلق',
		pattern: 'فَعْل',
		pos: 'verbal-noun',
		verbForm: 'I',
		glosses: ['creating, creation', 'bringing about, making'],
		note: 'Verbal noun of خَلَقَ; in news “creating (a situation, an order)”.'
	},
	{
		id: 'muarada',
		lemma: 'مُعَارَضَة',
		root: 'عرض',
		pattern: 'مُفَاعَلَة',
		pos: 'verbal-noun',
		verbForm: 'III',
		glosses: ['opposition (لِـ: to)', 'objection, resistance'],
		note: 'Verbal noun of عَارَضَ “to oppose”; المعارضة is also “the (political) opposition”.'
	},
	{
		id: 'muhadatha',
		lemma: 'مُحَادَثَة',
		root: 'حدث',
		pattern: 'مُفَاعَلَة',
		pos: 'verbal-noun',
		verbForm: 'III',
		plurals: ['مُحَادَثَات'],
		glosses: ['talks (pl.), negotiations', 'conversation'],
		note: 'Verbal noun of حَادَثَ "to talk with"; the plural محادثات is the usual word for diplomatic talks.'
	},
	{
		id: 'muwajaha',
		lemma: 'مُوَاجَهَة',
		root: 'وجه',
		pattern: 'مُفَاعَلَة',
		pos: 'verbal-noun',
		verbForm: 'III',
		plurals: ['مُوَاجَهَات'],
		glosses: ['confronting, facing', 'confrontation'],
		note: 'Verbal noun of وَاجَهَ "to face, confront".'
	},
	{
		id: 'qawl',
		lemma: 'قَوْل',
		root: 'قول',
		pattern: 'فَعْل',
		pos: 'verbal-noun',
		verbForm: 'I',
		plurals: ['أَقْوَال'],
		glosses: ['saying, statement', 'word, utterance'],
		note: 'Verbal noun of قَالَ; نقل عنه قولَه "quoted him as saying".'
	},
	{
		id: 'sun',
		lemma: 'صُنْع',
		root: 'صنع',
		pattern: 'فُعْل',
		pos: 'verbal-noun',
		verbForm: 'I',
		glosses: ['make, manufacture', 'making, production'],
		note: 'After a nationality adjective: إيرانيّ الصنع "Iranian-made", روسيّ الصنع "Russian-made".'
	},
	{
		id: 'surur',
		lemma: 'سُرُور',
		root: 'سرر',
		pattern: 'فُعُول',
		pos: 'verbal-noun',
		verbForm: 'I',
		glosses: ['pleasure, joy, delight'],
		note: 'Verbal noun of سَرَّ "to please"; بكل سرور "with great pleasure, gladly".'
	},
	{
		id: 'taawun',
		lemma: 'تَعَاوُن',
		root: 'عون',
		pattern: 'تَفَاعُل',
		pos: 'verbal-noun',
		verbForm: 'VI',
		glosses: ['cooperation'],
		note: 'Verbal noun of تَعَاوَنَ "to cooperate".'
	},
	{
		id: 'tadakhkhul',
		lemma: 'تَدَخُّل',
		root: 'دخل',
		pattern: 'تَفَعُّل',
		pos: 'verbal-noun',
		verbForm: 'V',
		plurals: ['تَدَخُّلَات'],
		glosses: ['interference, intervention', 'meddling'],
		note: 'Verbal noun of تَدَخَّلَ في "to interfere in". التدخل الأجنبي "foreign interference".'
	},
	{
		id: 'tahdid',
		lemma: 'تَهْدِيد',
		root: 'هدد',
		pattern: 'تَفْعِيل',
		pos: 'verbal-noun',
		verbForm: 'II',
		plurals: ['تَهْدِيدَات'],
		glosses: ['threat', 'threatening'],
		note: 'Verbal noun of هَدَّدَ "to threaten".'
	},
	{
		id: 'tanfidh',
		lemma: 'تَنْفِيذ',
		root: 'نفذ',
		pattern: 'تَفْعِيل',
		pos: 'verbal-noun',
		verbForm: 'II',
		glosses: ['implementation, carrying out', 'execution, enforcement'],
		note: 'Verbal noun of نَفَّذَ "to carry out".'
	},
	{
		id: 'tatawwur',
		lemma: 'تَطَوُّر',
		root: 'طور',
		pattern: 'تَفَعُّل',
		pos: 'verbal-noun',
		verbForm: 'V',
		plurals: ['تَطَوُّرَات'],
		glosses: ['development (pl. developments, events)', 'evolution, progress']
	},
	{
		id: 'tatwir',
		lemma: 'تَطْوِير',
		root: 'طور',
		pattern: 'تَفْعِيل',
		pos: 'verbal-noun',
		verbForm: 'II',
		glosses: ['developing, development', 'advancing'],
		note: 'Verbal noun of طَوَّرَ "to develop".'
	},
	{
		id: 'tawajjuh',
		lemma: 'تَوَجُّه',
		root: 'وجه',
		pattern: 'تَفَعُّل',
		pos: 'verbal-noun',
		verbForm: 'V',
		plurals: ['تَوَجُّهَات'],
		glosses: ['tendency, orientation, approach', 'heading (towards)']
	},
	{
		id: 'tawajud',
		lemma: 'تَوَاجُد',
		root: 'وجد',
		pattern: 'تَفَاعُل',
		pos: 'verbal-noun',
		verbForm: 'VI',
		glosses: ['presence (of troops, forces)', 'being present'],
		note: 'Common in modern news for “presence”; purists prefer وُجُود.',
		uncertain:
			'The “presence” sense is modern usage; older dictionaries give تواجد only a Sufi sense (“showing ecstasy”), so a purist lexicon may not confirm the gloss.'
	},
	{
		id: 'taziz',
		lemma: 'تَعْزِيز',
		root: 'عزز',
		pattern: 'تَفْعِيل',
		pos: 'verbal-noun',
		verbForm: 'II',
		glosses: ['strengthening, reinforcement', 'consolidation, boosting'],
		note: 'Verbal noun of عَزَّزَ “to strengthen”; its object follows in idafa: تعزيز العلاقات “strengthening relations”.'
	},
	{
		id: 'zazaa',
		lemma: 'زَعْزَعَة',
		root: 'زعزع',
		pattern: 'فَعْلَلَة',
		pos: 'verbal-noun',
		glosses: ['destabilizing, unsettling (زعزعة الاستقرار: destabilization)', 'shaking'],
		note: 'Verbal noun of the quadriliteral verb زَعْزَعَ "to shake, unsettle".'
	},
	{
		id: 'ziyara',
		lemma: 'زِيَارَة',
		root: 'زور',
		pattern: 'فِعَالَة',
		pos: 'verbal-noun',
		verbForm: 'I',
		plurals: ['زِيَارَات'],
		glosses: ['visit'],
		note: 'Verbal noun of زَارَ "to visit".'
	}
] satisfies GlossaryEntry[];
