import type { GlossaryEntry } from '../../../schema';

/** Verbs, by lemma (3rd person masculine singular past). */
export const verbs = [
	{
		id: 'adafa',
		lemma: 'أَضَافَ',
		root: 'ضيف',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَضَافَ',
		present: 'يُضِيفُ',
		glosses: ['to add (in speech)', 'to add, attach (إلى: to)', 'to annex'],
		note: 'وأضاف “and he added” introduces a further quotation.',
		definitionAr:
			'أَضَافَ إلى كلامه: زاد عليه قولًا آخر؛ وأَضَافَ الشيءَ إلى الشيء: ضَمَّه إليه وألحقه به؛ وأضافت الدولةُ أرضًا: ضَمَّتها إليها.',
		noteAr: '«وأضاف» تُقدِّم كلامًا آخر منقولًا عن المتحدِّث نفسه.'
	},
	{
		id: 'adda',
		lemma: 'عَدَّ',
		root: 'عدد',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'عَدَّ',
		present: 'يَعُدُّ',
		glosses: ['to consider, regard as', 'to count'],
		note: 'Takes two objects (عَدَّهُ سَبَبًا “considered it a cause”). In the news register mostly passive: يُعَدُّ + a second object that stays accusative, “is considered (to be)”.',
		definitionAr: 'عَدَّ الشيءَ كذا: حَسِبَه واعتبره إيّاه؛ وعَدَّ الأشياءَ: أحصاها وحسبها واحدًا واحدًا.',
		noteAr:
			'يتعدّى إلى مفعولين (عَدَّهُ سَبَبًا: اعتبره سببًا). ويكثر في لغة الأخبار مبنيًّا للمجهول: «يُعَدُّ» ويبقى المفعول الثاني بعده منصوبًا، بمعنى «يُعتبَر».'
	},
	{
		id: 'akkada',
		lemma: 'أَكَّدَ',
		root: 'أكد',
		pattern: 'فَعَّلَ',
		pos: 'verb',
		verbForm: 'II',
		past: 'أَكَّدَ',
		present: 'يُؤَكِّدُ',
		glosses: ['to stress, emphasize (على: something)', 'to confirm, affirm', 'to assure'],
		note: 'أكّد على + noun "to stress (the importance of …)"; أكّد أنّ "to affirm that".',
		definitionAr:
			'أَكَّدَ على الأمر: شَدَّدَ عليه وأبرز أهميته؛ وأَكَّدَ الخبرَ: أثبته وقرَّره؛ وأكَّد له الأمرَ: طمأنه إلى صحته.',
		noteAr: '«أكّد على» + اسم: شدَّد على (أهمية الأمر)؛ «أكّد أنّ»: قرَّر وأثبت أنّ.'
	},
	{
		id: 'alana',
		lemma: 'أَعْلَنَ',
		root: 'علن',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَعْلَنَ',
		present: 'يُعْلِنُ',
		glosses: ['to announce, declare (عن: something)', 'to proclaim'],
		definitionAr:
			'أَعْلَنَ الأمرَ أو عن الأمر: أظهره وجهر به وأذاعه على الناس؛ وأَعْلَنَ الحربَ أو الاستقلالَ: أشهره رسميًّا.'
	},
	{
		id: 'araba',
		lemma: 'أَعْرَبَ',
		root: 'عرب',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَعْرَبَ',
		present: 'يُعْرِبُ',
		glosses: [
			'to express (عن: readiness, concern, hope)',
			'to declare, voice',
			'to parse (grammar)'
		],
		note: 'أعرب عن + noun is a stock news verb: أعرب عن استعداده "expressed his readiness".',
		definitionAr:
			'أَعْرَبَ عن الشيء: أَظْهَرَه وبَيَّنَ ما في نفسه منه (أعرب عن استعداده)؛ وأَعْرَبَ الكلامَ في النحو: بيَّن إعرابه.',
		noteAr: '«أعرب عن» + اسم فعلٌ مألوف في لغة الأخبار: «أعرب عن استعداده»: أظهر استعداده وعبَّر عنه.'
	},
	{
		id: 'arada',
		lemma: 'عَرَضَ',
		root: 'عرض',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'عَرَضَ',
		present: 'يَعْرِضُ',
		glosses: ['to display, exhibit', 'to present, show', 'to offer'],
		definitionAr:
			'عَرَضَ الشيءَ: أظهره وأبرزه للناظرين؛ وعَرَضَ الأمرَ على فلان: قدَّمه إليه وبيَّنه له؛ وعَرَضَ عليه مالًا: بذله له ليقبله.'
	},
	{
		id: 'ashara',
		lemma: 'أَشَارَ',
		root: 'شور',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَشَارَ',
		present: 'يُشِيرُ',
		glosses: [
			'to point out, note (إلى أنّ: that)',
			'to point (to), refer (to), mention (إلى)',
			'to indicate'
		],
		note: 'A standard verb of reported speech: أشار إلى “pointed to, mentioned”; أشار إلى أنّ … “pointed out that …”.',
		definitionAr:
			'أَشَارَ إلى أنّ...: ذكر ونبَّه إلى أنّ...؛ وأَشَارَ إلى الأمر: لفت إليه وذكره؛ وأشار إليه بيده: أومأ.',
		noteAr:
			'فعلٌ مألوف في نقل الكلام: «أشار إلى» بمعنى نبَّه إلى الأمر وذكره؛ و«أشار إلى أنّ...» بمعنى ذكر وبيَّن أنّ...'
	},
	{
		id: 'azhara',
		lemma: 'أَظْهَرَ',
		root: 'ظهر',
		pattern: 'أَفْعَلَ',
		pos: 'verb',
		verbForm: 'IV',
		past: 'أَظْهَرَ',
		present: 'يُظْهِرُ',
		glosses: ['to show, display', 'to reveal, demonstrate'],
		definitionAr:
			'أَظْهَرَ الشيءَ: بيَّنه وكشفه وجعله ظاهرًا؛ وأَظْهَرَ الأمرُ كذا: دلَّ عليه وأثبته (يُظهر عدم جدواه).'
	},
	{
		id: 'hadafa',
		lemma: 'هَدَفَ',
		root: 'هدف',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'هَدَفَ',
		present: 'يَهْدِفُ',
		glosses: ['to aim (إلى at), have as a goal'],
		note: 'Construed with إلى + verbal noun: نهدف إلى تنفيذ … "we aim to carry out …".',
		definitionAr: 'هَدَفَ إلى الأمر: قَصَدَه وسعى إليه وجعله غايةً له.',
		noteAr: 'يتعدّى بـ«إلى» ويليه مصدر: «نهدف إلى تنفيذ...»: نسعى إلى تنفيذ...'
	},
	{
		id: 'itabara',
		lemma: 'اعْتَبَرَ',
		root: 'عبر',
		pattern: 'اِفْتَعَلَ',
		pos: 'verb',
		verbForm: 'VIII',
		past: 'اعْتَبَرَ',
		present: 'يَعْتَبِرُ',
		glosses: ['to consider, regard (أنّ: that; X as Y)', 'to take into account'],
		note: 'اعتبر أنّ “to consider that”: in reported speech, “held that, said that”.',
		definitionAr:
			'اعْتَبَرَ أنّ...: رأى وذهب إلى أنّ...؛ واعْتَبَرَ الشيءَ كذا: عَدَّه إيّاه وحَسِبَه؛ واعتبر الأمرَ: اعتدَّ به وراعاه.',
		noteAr: '«اعتبر أنّ»: رأى أنّ؛ وفي نقل الكلام معناه: ذهب إلى أنّ، وقال إنّ.'
	},
	{
		id: 'naqala',
		lemma: 'نَقَلَ',
		root: 'نقل',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'نَقَلَ',
		present: 'يَنْقُلُ',
		glosses: ['to report, relay (a statement)', 'to transport, carry', 'to transfer, move'],
		note: 'نقلت الوكالة عن فلان قولَه "the agency quoted X as saying".',
		definitionAr:
			'نَقَلَ عن فلان قولًا: رواه عنه وأبلغه غيرَه؛ ونَقَلَ الشيءَ: حمله وحوَّله من موضع إلى موضع.',
		noteAr: '«نقلت الوكالة عن فلان قولَه»: روت عنه ما قاله.'
	},
	{
		id: 'naqasha',
		lemma: 'نَاقَشَ',
		root: 'نقش',
		pattern: 'فَاعَلَ',
		pos: 'verb',
		verbForm: 'III',
		past: 'نَاقَشَ',
		present: 'يُنَاقِشُ',
		glosses: ['to discuss', 'to debate'],
		definitionAr: 'نَاقَشَ الأمرَ: بحثه وتداول فيه الرأي مع غيره؛ ونَاقَشَ فلانًا: جادله وحاوره.'
	},
	{
		id: 'qala',
		lemma: 'قَالَ',
		root: 'قول',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'قَالَ',
		present: 'يَقُولُ',
		glosses: ['to say'],
		definitionAr: 'قَالَ: تكلَّم ونطق بكلام.'
	},
	{
		id: 'taarrafa',
		lemma: 'تَعَرَّفَ',
		root: 'عرف',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَعَرَّفَ',
		present: 'يَتَعَرَّفُ',
		glosses: ['to get to know, become acquainted with (على)', 'to identify, recognize (على)'],
		note: 'تعرّف على "to get to know, learn about": of a visitor at an exhibition, "was shown, was introduced to".',
		definitionAr:
			'تَعَرَّفَ على الشيء أو الشخص: عَرَفَه واطَّلع عليه عن قرب بعد أن لم يكن يعرفه؛ وتَعَرَّفَ على الشيء: ميَّزه وعرف حقيقته.',
		noteAr:
			'«تعرّف على»: عرف الشيء واطَّلع عليه؛ وإذا قيل عن زائرٍ في معرض فمعناه: عُرِضَ عليه الشيء وشُرِحَ له.'
	},
	{
		id: 'tafaqqada',
		lemma: 'تَفَقَّدَ',
		root: 'فقد',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَفَقَّدَ',
		present: 'يَتَفَقَّدُ',
		glosses: ['to inspect', 'to look into, check on'],
		definitionAr:
			'تَفَقَّدَ الشيءَ: نظر فيه وفحصه ليعرف حاله، ومرَّ عليه متفحِّصًا؛ وتَفَقَّدَ أحوالَ الناس: تعهَّدها واطمأنَّ عليها.'
	},
	{
		id: 'taqaddama',
		lemma: 'تَقَدَّمَ',
		root: 'قدم',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَقَدَّمَ',
		present: 'يَتَقَدَّمُ',
		glosses: ['to advance, progress, move forward', 'to come forward, submit (بـ)', 'to precede'],
		definitionAr:
			'تَقَدَّمَ: مضى إلى الأمام وارتقى وتحسَّن؛ وتَقَدَّمَ بطلب: قدَّمه ورفعه؛ وتَقَدَّمَ القومَ: سبقهم ومشى أمامهم.'
	},
	{
		id: 'tatallaba',
		lemma: 'تَطَلَّبَ',
		root: 'طلب',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَطَلَّبَ',
		present: 'يَتَطَلَّبُ',
		glosses: ['to require, call for', 'to demand'],
		definitionAr: 'تَطَلَّبَ الأمرُ كذا: اقتضاه واستلزمه وجعله ضروريًّا؛ وتَطَلَّبَ الشيءَ: طلبه وسعى إليه.'
	},
	{
		id: 'tatawwara',
		lemma: 'تَطَوَّرَ',
		root: 'طور',
		pattern: 'تَفَعَّلَ',
		pos: 'verb',
		verbForm: 'V',
		past: 'تَطَوَّرَ',
		present: 'يَتَطَوَّرُ',
		glosses: ['to develop, evolve', 'to progress, advance'],
		definitionAr: 'تَطَوَّرَ: نما وتقدَّم وانتقل من حال إلى حال أحسن منها؛ تغيَّر وتحوَّل.'
	},
	{
		id: 'wasala',
		lemma: 'وَصَلَ',
		root: 'وصل',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'وَصَلَ',
		present: 'يَصِلُ',
		glosses: ['to reach; to arrive (إلى: at, in)', 'to connect, join'],
		note: 'The initial و drops in the present: يَصِلُ.',
		definitionAr:
			'وَصَلَ إلى المكان: بلغه وانتهى إليه، وقَدِمَ إليه؛ ووَصَلَ الشيءَ بالشيء: ضمَّه إليه وربطه به.',
		noteAr: 'تسقط الواو الأولى في المضارع: «يَصِلُ».'
	},
	{
		id: 'zara',
		lemma: 'زَارَ',
		root: 'زور',
		pattern: 'فَعَلَ',
		pos: 'verb',
		verbForm: 'I',
		past: 'زَارَ',
		present: 'يَزُورُ',
		glosses: ['to visit'],
		definitionAr: 'زَارَ المكانَ أو الشخصَ: قصده وأتاه للقائه أو للاطِّلاع عليه.'
	}
] satisfies GlossaryEntry[];
