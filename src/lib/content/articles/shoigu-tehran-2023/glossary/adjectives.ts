import type { GlossaryEntry } from '../../../schema';

/** Adjectives (nisba adjectives included) and participles. */
export const adjectives = [
	{
		id: 'adil',
		lemma: 'عَادِل',
		root: 'عدل',
		pattern: 'فَاعِل',
		pos: 'adjective',
		verbForm: 'I',
		glosses: ['just, fair', 'equitable'],
		definitionAr: 'عَادِل: مُنصِف يقوم على الحق ولا يجور (نظام عادل: قائم على الإنصاف بين الدول).'
	},
	{
		id: 'ahmar',
		lemma: 'أَحْمَر',
		root: 'حمر',
		pattern: 'أَفْعَل',
		pos: 'adjective',
		plurals: ['حُمْر'],
		glosses: ['red'],
		note: 'Feminine حَمْرَاء (a diptote).',
		definitionAr: 'أَحْمَر: ما كان لونه لون الدم (الخطوط الحمراء: الحدود التي لا يُسمح بتجاوزها).',
		noteAr: 'مؤنثه «حَمْرَاء» (ممنوعة من الصرف).'
	},
	{
		id: 'ajnabiyy',
		lemma: 'أَجْنَبِيّ',
		root: 'جنب',
		pos: 'adjective',
		plurals: ['أَجَانِب'],
		glosses: ['foreign', 'foreigner'],
		definitionAr:
			'أَجْنَبِيّ: ما كان من خارج البلاد وليس منها (التدخل الأجنبي)؛ والأجنبي: الغريب عن البلد، وجمعه أجانب.'
	},
	{
		id: 'ala-2',
		lemma: 'أَعْلَى',
		root: 'علو',
		pattern: 'أَفْعَل',
		pos: 'adjective',
		glosses: ['supreme, highest', 'higher, upper'],
		note: 'Elative of عَالٍ "high"; feminine عُلْيَا. المجلس الأعلى "the Supreme Council". Id suffixed -2 because it romanizes like عَلَى.',
		definitionAr: 'أَعْلَى: الأرفع منزلة، الذي ليس فوقه غيره (المجلس الأعلى)؛ والأكثر ارتفاعًا.',
		noteAr:
			'اسم تفضيل من «عالٍ» (مرتفع)؛ مؤنثه «عُلْيَا». «المجلس الأعلى»: أرفع المجالس مرتبة. وأُلحق الرقم ٢ بمعرِّف هذا المدخل لأن كتابته بالحروف اللاتينية توافق كتابة «عَلَى».'
	},
	{
		id: 'askariyy',
		lemma: 'عَسْكَرِيّ',
		root: 'عسكر',
		pos: 'adjective',
		plurals: ['عَسْكَرِيُّون'],
		glosses: ['military', 'soldier, serviceman (as a noun)'],
		note: 'Nisba adjective from عَسْكَر "army". القادة العسكريون "military commanders"; العلاقات العسكرية "military relations".',
		definitionAr:
			'عَسْكَرِيّ: منسوب إلى الجيش والحرب (العلاقات العسكرية)؛ والعسكري: الجندي المنتسب إلى الجيش.',
		noteAr:
			'صفة منسوبة إلى «عَسْكَر» (الجيش). «القادة العسكريون»: قادة الجيش؛ «العلاقات العسكرية»: الروابط بين جيشين أو دولتين في شؤون الجيش.'
	},
	{
		id: 'awsat',
		lemma: 'أَوْسَط',
		root: 'وسط',
		pattern: 'أَفْعَل',
		pos: 'adjective',
		glosses: ['middle', 'central, mid-'],
		note: 'Elative form; feminine وُسْطَى.',
		definitionAr: 'أَوْسَط: الواقع في الوسط بين طرفين (الشرق الأوسط).',
		noteAr: 'صيغة اسم التفضيل (أَفْعَل)؛ مؤنثه «وُسْطَى».'
	},
	{
		id: 'damin',
		lemma: 'ضَامِن',
		root: 'ضمن',
		pattern: 'فَاعِل',
		pos: 'participle',
		verbForm: 'I',
		glosses: ['guarantor', 'guaranteeing; liable'],
		definitionAr:
			'ضَامِن: من يكفل الشيء ويتعهَّد بحفظه ويتحمل تبعته (كضامن لمصالح البلدين: كفيلًا بها)؛ والمسؤول عن الشيء.'
	},
	{
		id: 'dawliyy',
		lemma: 'دَوْلِيّ',
		root: 'دول',
		pos: 'adjective',
		glosses: ['international'],
		note: 'Also vocalized دُوَلِيّ (from دُوَل “states”); both are in Hans Wehr.',
		definitionAr: 'دَوْلِيّ: منسوب إلى الدول وما يكون بينها (الحدود الدولية، المجال الدولي)؛ عالمي.',
		noteAr: 'ويُضبط أيضًا «دُوَلِيّ» (نسبة إلى «دُوَل»)؛ وكلاهما في معجم هانز فير.'
	},
	{
		id: 'difaiyy',
		lemma: 'دِفَاعِيّ',
		root: 'دفع',
		pattern: 'فِعَالِيّ',
		pos: 'adjective',
		glosses: ['defence, defensive'],
		definitionAr:
			'دِفَاعِيّ: منسوب إلى الدفاع، يخصُّ حماية البلاد وقواتها المسلحة (التعاون الدفاعي)؛ ويُقصد به أيضًا ما كان للدفاع لا للهجوم.'
	},
	{
		id: 'fadaiyy',
		lemma: 'فَضَائِيّ',
		root: 'فضو',
		pos: 'adjective',
		glosses: ['space (as in aerospace)', 'satellite (channel)'],
		note: 'Nisba of فَضَاء "space". الجوية الفضائية "aerospace".',
		definitionAr:
			'فَضَائِيّ: منسوب إلى الفضاء الواقع فوق الغلاف الجوي (القوات الجوية الفضائية)؛ والفضائية: قناة تبثُّ عبر الأقمار الصناعية.',
		noteAr: 'صفة منسوبة إلى «فَضَاء». «الجوية الفضائية»: التي تجمع الجوَّ والفضاء.'
	},
	{
		id: 'gharbiyy',
		lemma: 'غَرْبِيّ',
		root: 'غرب',
		pos: 'adjective',
		plurals: ['غَرْبِيُّون'],
		glosses: ['Western', 'west, westerly'],
		note: 'Nisba adjective from غَرْب "west".',
		definitionAr:
			'غَرْبِيّ: منسوب إلى الغرب، أي دول أوروبا وأمريكا الشمالية (حلفاؤها الغربيون)؛ وما يقع في جهة الغرب.',
		noteAr: 'صفة منسوبة إلى «غَرْب».'
	},
	{
		id: 'iqlimiyy',
		lemma: 'إِقْلِيمِيّ',
		root: 'قلم',
		pos: 'adjective',
		glosses: ['regional', 'territorial'],
		note: 'Nisba of إِقْلِيم “region” (from Greek klima), which Hans Wehr lists under ق ل م.',
		definitionAr:
			'إِقْلِيمِيّ: منسوب إلى الإقليم، أي المنطقة ودولها المتجاورة (الظروف الإقليمية)؛ وما يخصُّ أرض الدولة وحدودها.',
		noteAr: 'صفة منسوبة إلى «إِقْلِيم» (من اليونانية)، ويذكره هانز فير تحت ق ل م.'
	},
	{
		id: 'iraniyy',
		lemma: 'إِيرَانِيّ',
		root: null,
		pos: 'adjective',
		plurals: ['إِيرَانِيُّون'],
		glosses: ['Iranian'],
		note: 'Nisba adjective from إيران.',
		definitionAr: 'إِيرَانِيّ: منسوب إلى إيران أو إلى أهلها.',
		noteAr: 'صفة منسوبة إلى «إيران».'
	},
	{
		id: 'jadid',
		lemma: 'جَدِيد',
		root: 'جدد',
		pattern: 'فَعِيل',
		pos: 'adjective',
		plurals: ['جُدُد'],
		glosses: ['new'],
		definitionAr: 'جَدِيد: ما لم يكن من قبل، حديث، خلاف القديم.'
	},
	{
		id: 'jawwiyy',
		lemma: 'جَوِّيّ',
		root: 'جوو',
		pos: 'adjective',
		glosses: ['air, aerial', 'atmospheric'],
		note: 'Nisba of جَوّ "air, atmosphere". الدفاع الجوي "air defence".',
		definitionAr:
			'جَوِّيّ: منسوب إلى الجوِّ، أي الهواء وما يعلو الأرض (الدفاع الجوي، القوات الجوية)؛ وما يخصُّ أحوال الجو.',
		noteAr: 'صفة منسوبة إلى «جَوّ». «الدفاع الجوي»: حماية الأجواء من الطائرات والصواريخ المعادية.'
	},
	{
		id: 'kamil',
		lemma: 'كَامِل',
		root: 'كمل',
		pattern: 'فَاعِل',
		pos: 'adjective',
		glosses: ['complete, full', 'entire, whole', 'perfect'],
		definitionAr: 'كَامِل: تامٌّ لا ينقصه شيء (مجموعة كاملة)؛ وجميع الشيء؛ والبالغ حدَّ الكمال.'
	},
	{
		id: 'lafit',
		lemma: 'لَافِت',
		root: 'لفت',
		pattern: 'فَاعِل',
		pos: 'participle',
		verbForm: 'I',
		glosses: ['pointing out, drawing attention (to: إلى)', 'striking, remarkable'],
		note: 'لافتاً إلى “pointing out” (hal) follows a verb of saying in news reports.',
		definitionAr: 'لَافِت: (لافتًا إلى) مُنبِّهًا وموجِّهًا النظر إلى الأمر؛ ولافتٌ للنظر: مثير للانتباه.',
		noteAr: '«لافتاً إلى» حالٌ تأتي بعد فعل القول في الأخبار، بمعنى «منبِّهًا إلى».'
	},
	{
		id: 'mukaththaf',
		lemma: 'مُكَثَّف',
		root: 'كثف',
		pattern: 'مُفَعَّل',
		pos: 'participle',
		verbForm: 'II',
		glosses: ['intensive, intensified', 'concentrated, condensed'],
		note: 'Passive participle of كَثَّفَ "to intensify".',
		definitionAr:
			'مُكَثَّف: شديد مركَّز متواصل (بشكل مكثَّف: بكثافة وتتابع)؛ ومُركَّز مضغوط الأجزاء (الحليب المكثَّف).',
		noteAr: 'اسم مفعول من «كَثَّفَ» (زاد وقوَّى).'
	},
	{
		id: 'mukhattat',
		lemma: 'مُخَطَّط',
		root: 'خطط',
		pattern: 'مُفَعَّل',
		pos: 'participle',
		verbForm: 'II',
		plurals: ['مُخَطَّطَات'],
		glosses: ['planned (لـ for)', 'plan, scheme (as a noun)', 'striped'],
		note: 'Passive participle of خَطَّطَ لـ "to plan"; المخطط لها "planned (for them)". The plural is that of the noun "plan".',
		definitionAr:
			'مُخَطَّط (له): مُعَدٌّ ومُدبَّر من قبل (الأنشطة المخطط لها)؛ والمُخَطَّط: الخطة المرسومة؛ وما فيه خطوط من الثياب ونحوها.',
		noteAr:
			'اسم مفعول من «خَطَّطَ لـ» (وضع الخطة لأمر)؛ «المخطط لها»: التي وُضعت لها الخطط. والجمع «مخططات» جمع الاسم بمعنى الخطة.'
	},
	{
		id: 'mumanhaj',
		lemma: 'مُمَنْهَج',
		root: 'نهج',
		pos: 'participle',
		glosses: ['systematic', 'methodical, organized'],
		note: 'Passive participle of مَنْهَجَ "to systematize", a verb made from مَنْهَج "method". Common in news: الإرهاب الممنهج, العنف الممنهج.',
		pattern: 'مُفَعْلَل',
		uncertain:
			'Root: the verb مَنْهَجَ is a quadriliteral (م ن ه ج, pattern فَعْلَلَ) made from the noun مَنْهَج “method”, which Hans Wehr files under ن ه ج; the root is given as نهج so that learners find it there. Modern usage; not in older editions of Hans Wehr.',
		definitionAr: 'مُمَنْهَج: منظَّم يجري وَفْق خطة ومنهج مقصود (الإرهاب الممنهج)؛ ومرتَّب على طريقة واضحة.',
		noteAr:
			'اسم مفعول من «مَنْهَجَ» (جعله وَفْق منهج)، وهو فعل مصوغ من «مَنْهَج». شائع في الأخبار: «الإرهاب الممنهج»، «العنف الممنهج».',
		uncertainAr:
			'الجذر: الفعل «مَنْهَجَ» رباعي (م ن ه ج، على وزن فَعْلَلَ) مصوغ من الاسم «مَنْهَج» الذي يضعه هانز فير تحت ن ه ج؛ وقد أُثبت الجذر نهج ليجده المتعلم هناك. وهو استعمال حديث لا يرد في الطبعات القديمة من معجم هانز فير.'
	},
	{
		id: 'musayyar',
		lemma: 'مُسَيَّر',
		root: 'سير',
		pattern: 'مُفَعَّل',
		pos: 'participle',
		verbForm: 'II',
		glosses: ['remotely piloted, unmanned (of aircraft)', 'steered, guided', 'driven, run'],
		note: 'Passive participle of سَيَّرَ "to set in motion, steer". الطائرة المسيّرة, or just المسيّرة, "drone".',
		definitionAr:
			'مُسَيَّر: يُدار ويُوجَّه عن بُعد بلا قائد فيه (الطائرات المسيَّرة)؛ ومُوجَّه؛ ومُدار بإرادة غيره.',
		noteAr:
			'اسم مفعول من «سَيَّرَ» (حرَّك وأجرى ووجَّه). «الطائرة المسيَّرة»، أو «المسيَّرة» وحدها: طائرة بلا طيار.'
	},
	{
		id: 'mushir',
		lemma: 'مُشِير',
		root: 'شور',
		pos: 'participle',
		verbForm: 'IV',
		glosses: [
			'pointing out, noting (مشيراً إلى أنّ "noting that")',
			'adviser; field marshal (as a noun)'
		],
		note: 'Active participle of أَشَارَ. مشيراً (accusative, hal) after a quotation adds a further point: "…, noting that …".',
		pattern: 'مُفْعِل',
		definitionAr:
			'مُشِير: (مشيرًا إلى أنّ) ذاكرًا ومنبِّهًا إلى أنّ؛ والمُشِير: الناصح المستشار، وأعلى رتبة في بعض الجيوش.',
		noteAr:
			'اسم فاعل من «أَشَارَ». «مشيراً» (حال منصوبة) تأتي بعد الكلام المنقول لتضيف إليه أمرًا آخر: «...، مشيراً إلى أنّ...».'
	},
	{
		id: 'mushtarak',
		lemma: 'مُشْتَرَك',
		root: 'شرك',
		pattern: 'مُفْتَعَل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['joint, common, shared'],
		note: 'Passive participle of اِشْتَرَكَ "to share, take part".',
		definitionAr:
			'مُشْتَرَك: يشترك فيه طرفان أو أكثر ويعود إليهم جميعًا (العمل المشترك، التهديدات المشتركة).',
		noteAr: 'اسم مفعول من «اِشْتَرَكَ» (شارك وأسهم).'
	},
	{
		id: 'mustaidd',
		lemma: 'مُسْتَعِدّ',
		root: 'عدد',
		pos: 'participle',
		verbForm: 'X',
		plurals: ['مُسْتَعِدُّون'],
		glosses: ['ready, prepared (لـ for)', 'willing'],
		note: 'Active participle of اِسْتَعَدَّ "to get ready".',
		pattern: 'مُسْتَفْعِل',
		definitionAr: 'مُسْتَعِدّ: متهيِّئ وجاهز للأمر (مستعدون لمزيد من العمل)؛ راغب فيه غير ممتنع.',
		noteAr: 'اسم فاعل من «اِسْتَعَدَّ» (تهيَّأ).'
	},
	{
		id: 'mustaqill',
		lemma: 'مُسْتَقِلّ',
		root: 'قلل',
		pos: 'participle',
		verbForm: 'X',
		glosses: ['independent'],
		note: 'Active participle of اِسْتَقَلَّ “to become independent”.',
		pattern: 'مُسْتَفْعِل',
		definitionAr: 'مُسْتَقِلّ: حرٌّ في قراره لا يخضع لسلطة غيره (الدول المستقلة).',
		noteAr: 'اسم فاعل من «اِسْتَقَلَّ» (نال حريته وانفرد بأمره).'
	},
	{
		id: 'mutaaddid',
		lemma: 'مُتَعَدِّد',
		root: 'عدد',
		pattern: 'مُتَفَعِّل',
		pos: 'participle',
		verbForm: 'V',
		glosses: ['multi-, multiple (مُتَعَدِّد الأقطاب: multipolar)', 'numerous, various'],
		definitionAr: 'مُتَعَدِّد: ذو أكثر من واحد (متعدد الأقطاب: له عدة مراكز قوة)؛ كثير العدد ومتنوع.'
	},
	{
		id: 'mutabadal',
		lemma: 'مُتَبَادَل',
		root: 'بدل',
		pattern: 'مُتَفَاعَل',
		pos: 'participle',
		verbForm: 'VI',
		glosses: ['mutual, reciprocal', 'exchanged'],
		definitionAr:
			'مُتَبَادَل: يقدِّمه كلٌّ من الطرفين للآخر ويعود عليهما معًا (المصالح المتبادلة)؛ وما يتداوله الطرفان.'
	},
	{
		id: 'mutabir',
		lemma: 'مُعْتَبِر',
		root: 'عبر',
		pattern: 'مُفْتَعِل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['considering, deeming (that)', 'regarding (as)'],
		note: 'معتبراً أن “considering that” (hal) reports a speaker’s view. Do not confuse with the passive participle مُعْتَبَر “considerable, respected”.',
		definitionAr: 'مُعْتَبِر: (معتبرًا أنّ) رائيًا وذاهبًا إلى أنّ؛ وعادًّا الأمرَ كذا.',
		noteAr:
			'«معتبراً أنّ» (حال) تنقل رأي المتحدث. ولا يُخلط باسم المفعول «مُعْتَبَر» بمعنى المعتدِّ به، ذي القَدْر.'
	},
	{
		id: 'mutah',
		lemma: 'مُتَاح',
		root: 'تيح',
		pattern: 'مُفْعَل',
		pos: 'participle',
		verbForm: 'IV',
		glosses: ['available', 'made possible, afforded'],
		note: 'Passive participle of أَتَاحَ "to make available, allow". الفرص المتاحة "the available opportunities".',
		definitionAr: 'مُتَاح: ممكن متيسِّر يمكن الانتفاع به (الفرص المتاحة)؛ ومُهيَّأ لصاحبه.',
		noteAr: 'اسم مفعول من «أَتَاحَ» (هيَّأ ويسَّر). «الفرص المتاحة»: الفرص الممكنة.'
	},
	{
		id: 'muttahid',
		lemma: 'مُتَّحِد',
		root: 'وحد',
		pattern: 'مُفْتَعِل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['united', 'unified, joined'],
		note: 'Active participle of اِتَّحَدَ (و assimilates to the ت of Form VIII).',
		definitionAr: 'مُتَّحِد: مجتمعٌ صار كيانًا واحدًا (الولايات المتحدة)؛ وموحَّد متَّفق.',
		noteAr: 'اسم فاعل من «اِتَّحَدَ» (قُلبت الواو تاءً وأُدغمت في تاء الافتعال).'
	},
	{
		id: 'muttasil',
		lemma: 'مُتَّصِل',
		root: 'وصل',
		pattern: 'مُفْتَعِل',
		pos: 'participle',
		verbForm: 'VIII',
		glosses: ['related, connected', 'continuous, adjoining'],
		note: 'في سياق متصل “in a related context”: a news transition.',
		definitionAr: 'مُتَّصِل: ذو صلة بالأمر ومرتبط به (في سياق متصل)؛ ومتواصل غير منقطع؛ ومجاور ملاصق.',
		noteAr: '«في سياق متصل»: عبارة انتقال في الأخبار، بمعنى «في موضوع ذي صلة».'
	},
	{
		id: 'qawmiyy',
		lemma: 'قَوْمِيّ',
		root: 'قوم',
		pos: 'adjective',
		glosses: ['national', 'nationalist'],
		definitionAr: 'قَوْمِيّ: منسوب إلى الأمة أو الدولة كلها (الأمن القومي)؛ ومن يدعو إلى القومية.'
	},
	{
		id: 'raisiyy',
		lemma: 'رَئِيسِيّ',
		root: 'رأس',
		pos: 'adjective',
		glosses: ['main, principal, chief'],
		definitionAr: 'رَئِيسِيّ: أهمُّ من غيره وأساسي، تقوم عليه الأمور الأخرى (السبب الرئيسي).'
	},
	{
		id: 'rusiyy',
		lemma: 'رُوسِيّ',
		root: null,
		pos: 'adjective',
		plurals: ['رُوس'],
		glosses: ['Russian'],
		note: 'Nisba adjective from روسيا.',
		definitionAr: 'رُوسِيّ: منسوب إلى روسيا أو إلى أهلها.',
		noteAr: 'صفة منسوبة إلى «روسيا».'
	},
	{
		id: 'sarukhiyy',
		lemma: 'صَارُوخِيّ',
		root: 'صرخ',
		pos: 'adjective',
		glosses: ['missile (as an adjective), rocket (as an adjective)'],
		note: 'Nisba of صَارُوخ. الأسلحة الصاروخية "missile weaponry".',
		definitionAr: 'صَارُوخِيّ: منسوب إلى الصواريخ، يخصُّها أو يعمل بها (الأسلحة الصاروخية).',
		noteAr: 'صفة منسوبة إلى «صَارُوخ». «الأسلحة الصاروخية»: الصواريخ وما يتصل بها من سلاح.'
	},
	{
		id: 'shamil',
		lemma: 'شَامِل',
		root: 'شمل',
		pattern: 'فَاعِل',
		pos: 'adjective',
		glosses: ['comprehensive', 'all-embracing'],
		definitionAr: 'شَامِل: عامٌّ يحيط بجميع الجوانب (خطة العمل الشاملة المشتركة)؛ جامع لا يستثني شيئًا.'
	},
	{
		id: 'sinaiyy',
		lemma: 'صِنَاعِيّ',
		root: 'صنع',
		pos: 'adjective',
		glosses: ['industrial', 'artificial (قمر صناعي: satellite)'],
		definitionAr: 'صِنَاعِيّ: منسوب إلى الصناعة (المجمع الصناعي)؛ ومصنوع غير طبيعي (قمر صناعي).'
	},
	{
		id: 'tabi',
		lemma: 'تَابِع',
		root: 'تبع',
		pattern: 'فَاعِل',
		pos: 'participle',
		verbForm: 'I',
		plurals: ['أَتْبَاع'],
		glosses: ['belonging to, affiliated with (لـ)', 'subordinate', 'follower'],
		note: 'Active participle of تَبِعَ "to follow". التابع لـ "belonging to, part of".',
		definitionAr:
			'تَابِع (لـ): منتمٍ إلى جهة ويتبعها في إدارته (المعرض التابع للحرس الثوري)؛ وخاضع لغيره؛ والتابع: من يتبع غيره، وجمعه أتباع.',
		noteAr: 'اسم فاعل من «تَبِعَ» (مشى خلفه ولحقه). «التابع لـ»: المنتمي إلى، الذي هو جزء من.'
	},
	{
		id: 'thawriyy',
		lemma: 'ثَوْرِيّ',
		root: 'ثور',
		pos: 'adjective',
		glosses: ['revolutionary'],
		definitionAr: 'ثَوْرِيّ: منسوب إلى الثورة (الحرس الثوري: حرس الثورة الإسلامية في إيران).'
	},
	{
		id: 'thunaiyy',
		lemma: 'ثُنَائِيّ',
		root: 'ثني',
		pattern: 'فُعَالِيّ',
		pos: 'adjective',
		glosses: ['bilateral', 'dual, double, two-way'],
		definitionAr: 'ثُنَائِيّ: قائم بين طرفين اثنين (التعاون الثنائي)؛ ومؤلَّف من اثنين.'
	},
	{
		id: 'uhadiyy',
		lemma: 'أُحَادِيّ',
		root: 'وحد',
		pos: 'adjective',
		glosses: ['unilateral', 'single, mono-, uni-'],
		note: 'التوجهات الأحادية “unilateral tendencies”, i.e. unilateralism (often of the US).',
		uncertain:
			'Root: Hans Wehr lists أُحَادِيّ with أَحَد under و ح د; some dictionaries file it under أ ح د.',
		definitionAr:
			'أُحَادِيّ: صادر عن طرف واحد دون مشاركة غيره (التوجهات الأحادية: انفراد دولة بالقرار)؛ ومؤلَّف من واحد.',
		noteAr:
			'«التوجهات الأحادية»: نزعة الانفراد بالقرار في السياسة الدولية (وكثيرًا ما يُقصد بها الولايات المتحدة).',
		uncertainAr: 'الجذر: يذكر هانز فير «أُحادي» مع «أَحَد» تحت و ح د، وتضعه بعض المعاجم تحت أ ح د.'
	},
	{
		id: 'urubbiyy',
		lemma: 'أُورُوبِّيّ',
		root: null,
		pos: 'adjective',
		glosses: ['European'],
		note: 'Nisba of the loanword أوروبا.',
		uncertain:
			'Vocalized after Hans Wehr’s ūrubbī (doubled b); أُورُوبِيّ without shadda is also common.',
		definitionAr: 'أُورُوبِّيّ: منسوب إلى أوروبا أو إلى أهلها (الدول الأوروبية).',
		noteAr: 'صفة منسوبة إلى الاسم الدخيل «أوروبا».',
		uncertainAr: 'ضُبط على قراءة هانز فير بتشديد الباء؛ ويكثر أيضًا «أُورُوبِيّ» بلا شدة.'
	},
	{
		id: 'wadih',
		lemma: 'وَاضِح',
		root: 'وضح',
		pattern: 'فَاعِل',
		pos: 'adjective',
		glosses: ['clear, obvious'],
		definitionAr: 'وَاضِح: بيِّن ظاهر لا لَبْس فيه (انتهاك واضح).'
	}
] satisfies GlossaryEntry[];
