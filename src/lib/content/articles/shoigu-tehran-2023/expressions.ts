import type { Expression } from '../../schema';

/** Multi-word expressions, glossed as units. Tokens link here by id. */
export const expressions = [
	{
		id: 'air-defence',
		text: 'الدفاع الجوي',
		vocalized: 'الدِّفَاعُ الْجَوِّيُّ',
		gloss: 'air defence',
		note: 'أنظمة الدفاع الجوي "air defence systems".'
	},
	{
		id: 'between-the-two-countries',
		text: 'بين البلدين',
		vocalized: 'بَيْنَ الْبَلَدَيْنِ',
		gloss: 'between the two countries',
		note: 'The usual way to refer back to two countries just named; البلدين is a genitive dual after بين. Often with التعاون / العلاقات: “bilateral cooperation / relations”.'
	},
	{
		id: 'by-virtue-of',
		text: 'بموجب',
		vocalized: 'بِمُوجِبِ',
		gloss: 'under, by virtue of, in accordance with (an agreement, a law)',
		note: 'Read bi-mūjibi (Hans Wehr) or bi-mūjabi; followed by a genitive.'
	},
	{
		id: 'defence-minister',
		text: 'وزير الدفاع',
		vocalized: 'وَزِيرُ الدِّفَاعِ',
		gloss: 'minister of defence, defence minister',
		note: 'An idafa: the nationality adjective comes after the whole phrase and agrees with وزير: وزيرُ الدفاعِ الروسيُّ "the Russian defence minister".'
	},
	{
		id: 'despite',
		text: 'على الرغم من',
		vocalized: 'عَلَى الرَّغْمِ مِنْ',
		gloss: 'despite, in spite of',
		note: 'Also written بالرغم من or رغم. Followed by a noun in the genitive.'
	},
	{
		id: 'destabilization',
		text: 'زعزعة الاستقرار',
		vocalized: 'زَعْزَعَةُ الِاسْتِقْرَارِ',
		gloss: 'destabilization (lit. "shaking stability")',
		note: 'Often with لـ: السبب الرئيسي لزعزعة الاستقرار "the main cause of destabilization".'
	},
	{
		id: 'drones',
		text: 'الطائرات المسيرة',
		vocalized: 'الطَّائِرَاتُ الْمُسَيَّرَةُ',
		gloss: 'drones, remotely piloted aircraft',
		note: 'Literally "the steered aircraft"; often shortened to المسيّرات. A synonym is الطائرات بدون طيار "unmanned aircraft".'
	},
	{
		id: 'for-his-part',
		text: 'بدوره',
		vocalized: 'بِدَوْرِهِ',
		gloss: 'for his part; in turn',
		note: 'One written word: بِـ + دَوْر “role” + ـهِ “his”. Feminine بدورها.'
	},
	{
		id: 'forward',
		text: 'الى الأمام',
		vocalized: 'اِلَى الْأَمَامِ',
		gloss: 'forward (تقدّم إلى الأمام: to move forward, make progress)',
		note: 'The article writes الى without hamza for إلى.'
	},
	{
		id: 'futility',
		text: 'عدم جدواه',
		vocalized: 'عَدَمُ جَدْوَاهُ',
		gloss: 'its futility, its uselessness (lit. "the lack of its use")',
		note: 'عَدَم + noun makes a negative noun ("non-", "lack of"); عدم جدوى "futility".'
	},
	{
		id: 'hold-talks',
		text: 'إجراء محادثات',
		vocalized: 'إِجْرَاءُ مُحَادَثَاتٍ',
		gloss: 'holding talks (لإجراء محادثات: to hold talks)',
		note: 'أجرى محادثات مع "to hold talks with".'
	},
	{
		id: 'in-a-related-context',
		text: 'في سياقٍ متصل',
		vocalized: 'فِي سِيَاقٍ مُتَّصِلٍ',
		gloss: 'in a related context; in a related development',
		note: 'A news transition; in the article it is preceded by وَ.'
	},
	{
		id: 'in-addition',
		text: 'إلى ذلك',
		vocalized: 'إِلَى ذَٰلِكَ',
		gloss: 'in addition, besides; meanwhile',
		note: 'A news transition opening a new paragraph.'
	},
	{
		id: 'in-addition-to',
		text: 'إضافةً إلى',
		vocalized: 'إِضَافَةً إِلَى',
		gloss: 'in addition to, as well as',
		note: 'Also بالإضافة إلى; followed by a noun in the genitive.'
	},
	{
		id: 'in-the-meantime',
		text: 'في الأثناء',
		vocalized: 'فِي الْأَثْنَاءِ',
		gloss: 'meanwhile, in the meantime',
		note: 'Also في هذه الأثناء; في أثناء + noun means "during".'
	},
	{
		id: 'intensively',
		text: 'بشكلٍ مكثّف',
		vocalized: 'بِشَكْلٍ مُكَثَّفٍ',
		gloss: 'intensively',
		note: 'بشكل + adjective ("in a … way") is the usual news way to make an adverb: بشكل كبير "greatly", بشكل مكثف "intensively".'
	},
	{
		id: 'iranian-made',
		text: 'الإيرانية الصنع',
		vocalized: 'الْإِيرَانِيَّةُ الصُّنْعِ',
		gloss: 'Iranian-made (lit. "Iranian of make")',
		note: 'An adjectival (improper) idafa: the nisba adjective agrees with the noun it describes in case, gender and definiteness, and الصنع stays genitive: الصواريخَ الإيرانيةَ الصنعِ, أنظمةِ الدفاع الجوي الإيرانيةِ الصنعِ.'
	},
	{
		id: 'jcpoa',
		text: 'خطة العمل الشاملة المشتركة',
		vocalized: 'خُطَّةِ الْعَمَلِ الشَّامِلَةِ الْمُشْتَرَكَةِ',
		gloss: 'the Joint Comprehensive Plan of Action (JCPOA), the 2015 Iran nuclear agreement',
		note: 'Literally “the comprehensive joint plan of action”; vocalized as in the article (genitive after بموجب). Often just الاتفاق النووي “the nuclear agreement”.'
	},
	{
		id: 'joint-action',
		text: 'العمل المشترك',
		vocalized: 'الْعَمَلُ الْمُشْتَرَكُ',
		gloss: 'joint action, joint work',
		note: 'Common in diplomatic reporting: مستعدون لمزيد من العمل المشترك "ready for more joint action".'
	},
	{
		id: 'middle-east',
		text: 'الشرق الأوسط',
		vocalized: 'الشَّرْقُ الْأَوْسَطُ',
		gloss: 'the Middle East',
		note: 'Literally "the middle East": شَرْق "east" + the elative أَوْسَط "middle". The adjective always follows and agrees: في الشرقِ الأوسطِ.'
	},
	{
		id: 'military-industrial-complex',
		text: 'المجمع الصناعي العسكري',
		vocalized: 'الْمُجَمَّعُ الصِّنَاعِيُّ الْعَسْكَرِيُّ',
		gloss: 'the military-industrial complex',
		note: 'مُجَمَّع "complex" (not مَجْمَع "academy") followed by two nisba adjectives.'
	},
	{
		id: 'more-of',
		text: 'لمزيد من',
		vocalized: 'لِمَزِيدٍ مِنَ',
		gloss: 'for more (of), for further',
		note: 'مزيد من + noun "more …, further …"; مِنْ is read مِنَ before the article.'
	},
	{
		id: 'multipolar',
		text: 'متعدّد الأقطاب',
		vocalized: 'مُتَعَدِّدِ الْأَقْطَابِ',
		gloss: 'multipolar (lit. “having many poles”)',
		note: 'An adjective in improper idafa; the first word agrees with its noun in case: نظامٍ متعددِ الأقطاب. Compare عالم متعدد الأقطاب “a multipolar world”.'
	},
	{
		id: 'on-the-basis-of',
		text: 'على أساس',
		vocalized: 'عَلَى أَسَاسِ',
		gloss: 'on the basis of'
	},
	{
		id: 'on-the-sidelines-of',
		text: 'على هامش',
		vocalized: 'عَلَى هَامِشِ',
		gloss: 'on the sidelines of (a visit, a conference)',
		note: 'Literally "on the margin of"; followed by a noun in the genitive: على هامش الزيارة.'
	},
	{
		id: 'planned-for',
		text: 'المخطط لها',
		vocalized: 'الْمُخَطَّطُ لَهَا',
		gloss: 'planned (lit. "planned for them")',
		note: 'The passive participle of خَطَّطَ لـ keeps its preposition; the pronoun refers back to the noun (الأنشطة), and the participle stays masculine singular.'
	},
	{
		id: 'red-lines',
		text: 'الخطوط الحمراء',
		vocalized: 'الْخُطُوطِ الْحَمْرَاءِ',
		gloss: 'red lines (limits that must not be crossed)',
		note: 'Vocalized as in the article (genitive). Singular: خَطّ أَحْمَر.'
	},
	{
		id: 'regarding',
		text: 'بشأن',
		vocalized: 'بِشَأْنِ',
		gloss: 'regarding, concerning, about',
		note: 'One written word: بِـ + شَأْن “matter”, followed by a genitive.'
	},
	{
		id: 'russian-iranian',
		text: 'الروسي الإيراني',
		vocalized: 'الرُّوسِيُّ الْإِيرَانِيُّ',
		gloss: 'Russian-Iranian',
		note: 'Two nisba adjectives in a row make a compound adjective ("Russian-Iranian"); both agree with the noun in case and gender: الحوارَ الروسيَّ الإيرانيَّ, التعاونُ الروسيُّ الإيرانيُّ.'
	},
	{
		id: 'stir-up-chaos',
		text: 'إثارة الفوضى',
		vocalized: 'إِثَارَةُ الْفَوْضَى',
		gloss: 'stirring up chaos, sowing disorder'
	},
	{
		id: 'strengthen-military-relations',
		text: 'تعزيز العلاقات العسكرية',
		vocalized: 'تَعْزِيزُ الْعَلَاقَاتِ الْعَسْكَرِيَّةِ',
		gloss: 'strengthening military relations (ties)',
		note: 'تعزيز (verbal noun of عَزَّزَ) + its object in idafa; often after بهدف "with the aim of" or لـ "to".'
	},
	{
		id: 'territorial-integrity',
		text: 'وحدة أراضي',
		vocalized: 'وَحْدَةِ أَرَاضِي',
		gloss: 'the territorial integrity (of) (lit. “the unity of the lands of”)',
		note: 'Also وحدة الأراضي and السلامة الإقليمية “territorial integrity”.'
	},
	{
		id: 'unmanned-aircraft',
		text: 'الطائرات بدون طيار',
		vocalized: 'الطَّائِرَاتُ بِدُونِ طَيَّارٍ',
		gloss: 'unmanned aircraft, drones',
		note: 'Literally "aircraft without a pilot"; a synonym of الطائرات المسيّرة.'
	},
	{
		id: 'with-great-pleasure',
		text: 'بكل سرور',
		vocalized: 'بِكُلِّ سُرُورٍ',
		gloss: 'with great pleasure, gladly',
		note: 'Literally "with all pleasure".'
	}
] satisfies Expression[];
