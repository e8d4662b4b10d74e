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
		note: 'Verbal noun of عَرَضَ "to display, offer".',
		definitionAr:
			'عَرْض: إظهار الشيء وتقديمه للناظرين (خلال العرض: في أثناء ما عُرِضَ عليه)؛ وتقديم الشيء ليُقبَل أو يُشترى؛ والعَرْض أيضًا: خلاف الطُّول.',
		noteAr: 'مصدر الفعل «عَرَضَ»: أظهر الشيء وقدَّمه.'
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
		note: 'The plural ضغوط "pressures" is common in politics.',
		definitionAr:
			'ضَغْط: التأثير في شخص أو دولة بالقوة أو الإكراه لحمله على أمر (الضغط بالعقوبات)؛ وفي الأصل: عَصْرُ الشيء وكَبْسُه.',
		noteAr: 'الجمع «ضغوط» شائع في لغة السياسة.'
	},
	{
		id: 'difa',
		lemma: 'دِفَاع',
		root: 'دفع',
		pattern: 'فِعَال',
		pos: 'verbal-noun',
		verbForm: 'III',
		glosses: ['defence', 'defending, protection'],
		note: 'Verbal noun of دَافَعَ عن "to defend". وزير الدفاع "defence minister"; الدفاع الجوي "air defence".',
		definitionAr:
			'دِفَاع: حماية البلاد أو الشيء وصدُّ المعتدي عنه (وزير الدفاع، الدفاع الجوي)؛ والذَّود والحماية عمومًا.',
		noteAr: 'مصدر الفعل «دَافَعَ عن»: حمى وذاد. ومن تراكيبه: «وزير الدفاع» و«الدفاع الجوي».'
	},
	{
		id: 'hifaz',
		lemma: 'حِفَاظ',
		root: 'حفظ',
		pattern: 'فِعَال',
		pos: 'verbal-noun',
		verbForm: 'III',
		glosses: ['preserving, maintaining (على: something)', 'preservation, protection'],
		note: 'Verbal noun of حَافَظَ على; الحفاظ على “preserving”.',
		definitionAr: 'الحِفَاظ على الشيء: صَوْنُه وإبقاؤه سليمًا كما هو؛ والحماية والرعاية.',
		noteAr: 'مصدر الفعل «حَافَظَ على»؛ و«الحفاظ على...»: صونُه وإبقاؤه.'
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
		note: 'Verbal noun of حَاوَرَ "to converse with".',
		definitionAr: 'حِوَار: تبادُل الكلام والرأي بين طرفين أو أكثر للتفاهم؛ ومحادثة ومراجعة في الكلام.',
		noteAr: 'مصدر الفعل «حَاوَرَ»: جاوبه وراجعه الكلام.'
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
		note: 'Verbal noun of أَضَافَ "to add". إضافةً إلى / بالإضافة إلى "in addition to".',
		definitionAr:
			'إِضَافَة: زيادة الشيء على غيره وضمُّه إليه (إضافةً إلى كذا: زيادةً عليه، فضلًا عنه)؛ وضمُّ دولةٍ أرضًا إليها؛ وفي النحو: نسبة اسم إلى اسم يليه مجرورًا، مثل «وزيرُ الدفاعِ».',
		noteAr: 'مصدر الفعل «أَضَافَ». «إضافةً إلى» و«بالإضافة إلى»: زيادةً على، فضلًا عن.'
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
		note: 'Verbal noun of أَجْرَى "to conduct, hold". لإجراء محادثات "to hold talks".',
		definitionAr:
			'إِجْرَاء: القيام بالأمر وعقده (إجراء المحادثات أو الانتخابات: عقدها)؛ والإجراء أيضًا: التدبير المتَّخذ لغرض ما، وجمعه إجراءات.',
		noteAr: 'مصدر الفعل «أَجْرَى»: أقام الأمر وعقده. «لإجراء محادثات»: لعقد محادثات.'
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
		note: 'Verbal noun of اِجْتَمَعَ "to meet".',
		definitionAr:
			'اجْتِمَاع: لقاء شخصين أو أكثر في مكان للتشاور أو البحث في أمر؛ وتجمُّع الناس واحتشادهم؛ والتقاء الأشياء بعضها ببعض.',
		noteAr: 'مصدر الفعل «اِجْتَمَعَ»: التقى.'
	},
	{
		id: 'ilgha',
		lemma: 'إِلْغَاء',
		root: 'لغو',
		pattern: 'إِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['lifting (sanctions), cancellation', 'abolition, annulment'],
		definitionAr:
			'إِلْغَاء: إبطال الشيء ورفعه حتى لا يبقى له أثر (إلغاء العقوبات: رفعها)؛ ونَقْضُ القرار أو القانون وإزالته.'
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
		note: 'Verbal noun of اِلْتَزَمَ بِـ “to commit oneself to”. The kasra on the initial alif marks the hamzat al-wasl as said at the start of an utterance (iltizām); the ال here is not the article.',
		definitionAr:
			'اِلْتِزَام: ما يتعهَّد به الإنسان أو الدولة ويُوجبه على نفسه من واجبات؛ والتمسُّك بالأمر والوفاء به (الالتزام بالاتفاق).',
		noteAr:
			'مصدر الفعل «اِلْتَزَمَ بِـ»: أوجب الأمر على نفسه وتعهَّد به. والكسرة على الألف الأولى تبيِّن نطق همزة الوصل إذا ابتُدئ بالكلمة؛ و«ال» هنا من بنية الكلمة، لا أداة التعريف.'
	},
	{
		id: 'inha',
		lemma: 'إِنْهَاء',
		root: 'نهي',
		pattern: 'إِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['ending, putting an end to', 'termination', 'completion'],
		note: 'Verbal noun of أَنْهَى "to end, finish".',
		definitionAr:
			'إِنْهَاء: وضع حدٍّ للأمر وإيقافه (إنهاء التدخل: إيقافه)؛ والختم والإبطال؛ وإتمام العمل والفراغ منه.',
		noteAr: 'مصدر الفعل «أَنْهَى»: أتمَّ الأمر وأوقفه.'
	},
	{
		id: 'intihak',
		lemma: 'انْتِهَاك',
		root: 'نهك',
		pattern: 'اِفْتِعَال',
		pos: 'verbal-noun',
		verbForm: 'VIII',
		glosses: ['violation, breach', 'infringement'],
		definitionAr:
			'انْتِهَاك: التعدِّي على الحقِّ أو العهد أو القانون ومخالفته وعدم احترامه (انتهاك الالتزامات: الإخلال بها).'
	},
	{
		id: 'irhab',
		lemma: 'إِرْهَاب',
		root: 'رهب',
		pattern: 'إِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['terrorism', 'terrorizing, intimidation'],
		definitionAr:
			'إِرْهَاب: استعمال العنف أو التهديد به لبثِّ الرعب وتحقيق أهداف سياسية؛ والإخافة والترويع.'
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
		note: 'Verbal noun of اِسْتَعَدَّ "to get ready"; the plural means "preparations".',
		definitionAr:
			'اسْتِعْدَاد: التهيُّؤ للأمر والتأهُّب له؛ والرغبة في القيام به؛ وهو أيضًا: الميل الفطري والقابلية.',
		noteAr: 'مصدر الفعل «اِسْتَعَدَّ»: تهيَّأ؛ وجمعه «استعدادات» بمعنى التحضيرات.'
	},
	{
		id: 'istiqrar',
		lemma: 'اسْتِقْرَار',
		root: 'قرر',
		pattern: 'اِسْتِفْعَال',
		pos: 'verbal-noun',
		verbForm: 'X',
		glosses: ['stability', 'settling down, settledness'],
		note: 'Verbal noun of اِسْتَقَرَّ “to settle, become stable”; with the article: الِاسْتِقْرَار (al-istiqrār).',
		definitionAr:
			'اسْتِقْرَار: ثبات الحال وهدوؤها وانتفاء الاضطراب فيها (استقرار المنطقة)؛ والسكون والإقامة في المكان.',
		noteAr: 'مصدر الفعل «اِسْتَقَرَّ»: ثبت وسكن؛ ويُضبط مع أداة التعريف: الِاسْتِقْرَار.'
	},
	{
		id: 'ithara',
		lemma: 'إِثَارَة',
		root: 'ثور',
		pattern: 'إِفْعَالَة',
		pos: 'verbal-noun',
		verbForm: 'IV',
		glosses: ['stirring up, provoking', 'raising (an issue)', 'excitement'],
		note: 'Verbal noun of أَثَارَ "to stir up, provoke"; إثارة الفوضى "stirring up chaos".',
		definitionAr:
			'إِثَارَة: تهييج الشيء وتحريكه وإحداثه (إثارة الفوضى: إشعالها)؛ وطرح المسألة للبحث (إثارة القضية)؛ والتشويق والإهاجة.',
		noteAr: 'مصدر الفعل «أَثَارَ»: هيَّج وحرَّك؛ «إثارة الفوضى»: إحداثها وإشعالها.'
	},
	{
		id: 'khalq',
		lemma: 'خَلْق',
		root: 'خلق',
		pattern: 'فَعْل',
		pos: 'verbal-noun',
		verbForm: 'I',
		glosses: ['creating, creation', 'bringing about, making'],
		note: 'Verbal noun of خَلَقَ; in news “creating (a situation, an order)”.',
		definitionAr:
			'خَلْق: إيجاد الشيء وإنشاؤه؛ وفي لغة الأخبار: إحداث وضعٍ أو نظامٍ وإقامته (خلق نظام متعدد الأقطاب).',
		noteAr: 'مصدر الفعل «خَلَقَ»؛ ويُستعمل في لغة الأخبار بمعنى إيجاد وضعٍ أو نظامٍ وإقامته.'
	},
	{
		id: 'muarada',
		lemma: 'مُعَارَضَة',
		root: 'عرض',
		pattern: 'مُفَاعَلَة',
		pos: 'verbal-noun',
		verbForm: 'III',
		glosses: ['opposition (لِـ: to)', 'objection, resistance'],
		note: 'Verbal noun of عَارَضَ “to oppose”; المعارضة is also “the (political) opposition”.',
		definitionAr:
			'مُعَارَضَة: الوقوف في وجه الأمر ورفضه (معارضة بلاده لأي تواجد)؛ والاعتراض عليه ومقاومته.',
		noteAr: 'مصدر الفعل «عَارَضَ»: خالف وقاوم؛ و«المعارضة» أيضًا: الجماعة السياسية المخالفة للحكومة.'
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
		note: 'Verbal noun of حَادَثَ "to talk with"; the plural محادثات is the usual word for diplomatic talks.',
		definitionAr:
			'مُحَادَثَات: مباحثات ومفاوضات رسمية بين دولتين أو طرفين؛ والمُحَادَثَة: كلام متبادل بين اثنين أو أكثر.',
		noteAr: 'مصدر الفعل «حَادَثَ»: كلَّم وحاور؛ والجمع «محادثات» هو اللفظ المعتاد للمباحثات الدبلوماسية.'
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
		note: 'Verbal noun of وَاجَهَ "to face, confront".',
		definitionAr:
			'مُوَاجَهَة: التصدِّي للأمر والوقوف في وجهه لدفعه (مواجهة التهديدات)؛ والمقابلة وجهًا لوجه؛ والمصادمة.',
		noteAr: 'مصدر الفعل «وَاجَهَ»: قابل وتصدَّى.'
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
		note: 'Verbal noun of قَالَ; نقل عنه قولَه "quoted him as saying".',
		definitionAr:
			'قَوْل: الكلام الذي ينطق به المرء، ما قاله (نقل عنه قولَه: روى ما قاله)؛ واللفظ والعبارة.',
		noteAr: 'مصدر الفعل «قَالَ»؛ «نقل عنه قولَه»: روى عنه ما قاله.'
	},
	{
		id: 'sun',
		lemma: 'صُنْع',
		root: 'صنع',
		pattern: 'فُعْل',
		pos: 'verbal-noun',
		verbForm: 'I',
		glosses: ['make, manufacture', 'making, production'],
		note: 'After a nationality adjective: إيرانيّ الصنع "Iranian-made", روسيّ الصنع "Russian-made".',
		definitionAr: 'صُنْع: عمل الشيء وإنتاجه (إيرانيّ الصنع: مصنوع في إيران)؛ والصناعة والإنتاج.',
		noteAr:
			'يأتي بعد صفة منسوبة إلى بلد: «إيرانيّ الصنع»: مصنوع في إيران، «روسيّ الصنع»: مصنوع في روسيا.'
	},
	{
		id: 'surur',
		lemma: 'سُرُور',
		root: 'سرر',
		pattern: 'فُعُول',
		pos: 'verbal-noun',
		verbForm: 'I',
		glosses: ['pleasure, joy, delight'],
		note: 'Verbal noun of سَرَّ "to please"; بكل سرور "with great pleasure, gladly".',
		definitionAr: 'سُرُور: فرح وبهجة وانشراح في الصدر (بكل سرور: بفرح تامّ).',
		noteAr: 'مصدر الفعل «سَرَّ»: أفرح؛ «بكل سرور»: بفرح كبير، عن طيب خاطر.'
	},
	{
		id: 'taawun',
		lemma: 'تَعَاوُن',
		root: 'عون',
		pattern: 'تَفَاعُل',
		pos: 'verbal-noun',
		verbForm: 'VI',
		glosses: ['cooperation'],
		note: 'Verbal noun of تَعَاوَنَ "to cooperate".',
		definitionAr: 'تَعَاوُن: أن يُعين كلٌّ من الطرفين الآخرَ ويعملا معًا لتحقيق غاية مشتركة.',
		noteAr: 'مصدر الفعل «تَعَاوَنَ»: أعان بعضهم بعضًا.'
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
		note: 'Verbal noun of تَدَخَّلَ في "to interfere in". التدخل الأجنبي "foreign interference".',
		definitionAr:
			'تَدَخُّل: دخول طرف في شؤون غيره دون حقٍّ أو طلب (التدخل الأجنبي)؛ والتعرُّض لأمر لا يعنيه.',
		noteAr: 'مصدر الفعل «تَدَخَّلَ في». «التدخل الأجنبي»: تدخُّل دول من الخارج في شؤون دولة أو منطقة.'
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
		note: 'Verbal noun of هَدَّدَ "to threaten".',
		definitionAr:
			'تَهْدِيد: ما يُخشى منه الخطر والأذى (التهديدات المشتركة: أخطار تُهدِّد الطرفين كليهما)؛ والوعيد بالأذى أو العقاب.',
		noteAr: 'مصدر الفعل «هَدَّدَ»: توعَّد.'
	},
	{
		id: 'tanfidh',
		lemma: 'تَنْفِيذ',
		root: 'نفذ',
		pattern: 'تَفْعِيل',
		pos: 'verbal-noun',
		verbForm: 'II',
		glosses: ['implementation, carrying out', 'execution, enforcement'],
		note: 'Verbal noun of نَفَّذَ "to carry out".',
		definitionAr:
			'تَنْفِيذ: إجراء الأمر وإخراجه إلى حيِّز العمل (تنفيذ الأنشطة: القيام بها)؛ وإمضاء الحكم أو القرار وتطبيقه.',
		noteAr: 'مصدر الفعل «نَفَّذَ»: أجرى الأمر وأمضاه.'
	},
	{
		id: 'tatawwur',
		lemma: 'تَطَوُّر',
		root: 'طور',
		pattern: 'تَفَعُّل',
		pos: 'verbal-noun',
		verbForm: 'V',
		plurals: ['تَطَوُّرَات'],
		glosses: ['development (pl. developments, events)', 'evolution, progress'],
		definitionAr:
			'تَطَوُّر: تغيُّر الشيء وانتقاله من حال إلى حال؛ والتطورات: الأحداث والمستجدات (الظروف والتطورات الإقليمية)؛ والنموُّ والتقدُّم.'
	},
	{
		id: 'tatwir',
		lemma: 'تَطْوِير',
		root: 'طور',
		pattern: 'تَفْعِيل',
		pos: 'verbal-noun',
		verbForm: 'II',
		glosses: ['developing, development', 'advancing'],
		note: 'Verbal noun of طَوَّرَ "to develop".',
		definitionAr:
			'تَطْوِير: تحسين الشيء وتنميته والارتقاء به إلى حال أفضل (تطوير التعاون)؛ والدفع به إلى الأمام.',
		noteAr: 'مصدر الفعل «طَوَّرَ»: حسَّن ونمَّى.'
	},
	{
		id: 'tawajjuh',
		lemma: 'تَوَجُّه',
		root: 'وجه',
		pattern: 'تَفَعُّل',
		pos: 'verbal-noun',
		verbForm: 'V',
		plurals: ['تَوَجُّهَات'],
		glosses: ['tendency, orientation, approach', 'heading (towards)'],
		definitionAr:
			'تَوَجُّه: ميلٌ ونزعة في الرأي أو السياسة، ونهج يُسار عليه (التوجهات الأحادية)؛ والاتجاه نحو الشيء والقصد إليه.'
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
			'The “presence” sense is modern usage; older dictionaries give تواجد only a Sufi sense (“showing ecstasy”), so a purist lexicon may not confirm the gloss.',
		definitionAr: 'تَوَاجُد: حضور ووجود في مكان (تواجد القوات: وجودها وانتشارها فيه)؛ والكون حاضرًا.',
		noteAr: 'شائع في لغة الأخبار الحديثة بمعنى «الحضور»؛ ويؤثر المتشدِّدون في اللغة لفظ «وُجُود».',
		uncertainAr:
			'معنى «الحضور» استعمال حديث؛ والمعاجم القديمة لا تذكر للتواجد إلا معنًى صوفيًّا (إظهار الوَجْد)، فقد لا يُثبت المعجم المتشدِّد هذا المعنى.'
	},
	{
		id: 'taziz',
		lemma: 'تَعْزِيز',
		root: 'عزز',
		pattern: 'تَفْعِيل',
		pos: 'verbal-noun',
		verbForm: 'II',
		glosses: ['strengthening, reinforcement', 'consolidation, boosting'],
		note: 'Verbal noun of عَزَّزَ “to strengthen”; its object follows in idafa: تعزيز العلاقات “strengthening relations”.',
		definitionAr: 'تَعْزِيز: تقوية الشيء ودعمه وتثبيته (تعزيز العلاقات: تقويتها)؛ والزيادة فيه.',
		noteAr: 'مصدر الفعل «عَزَّزَ»: قوَّى؛ ومفعوله يأتي بعده مضافًا إليه: «تعزيز العلاقات»: تقويتها.'
	},
	{
		id: 'zazaa',
		lemma: 'زَعْزَعَة',
		root: 'زعزع',
		pattern: 'فَعْلَلَة',
		pos: 'verbal-noun',
		glosses: ['destabilizing, unsettling (زعزعة الاستقرار: destabilization)', 'shaking'],
		note: 'Verbal noun of the quadriliteral verb زَعْزَعَ "to shake, unsettle".',
		definitionAr:
			'زَعْزَعَة: تحريك الشيء بشدة وخلخلته حتى يضطرب (زعزعة الاستقرار: الإخلال به وإضعافه)؛ والهزُّ.',
		noteAr: 'مصدر الفعل الرباعي «زَعْزَعَ»: حرَّك بشدة وخلخل.'
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
		note: 'Verbal noun of زَارَ "to visit".',
		definitionAr: 'زِيَارَة: قَصْدُ المكان أو الشخص والذهاب إليه للقائه أو للاطِّلاع عليه.',
		noteAr: 'مصدر الفعل «زَارَ».'
	}
] satisfies GlossaryEntry[];
