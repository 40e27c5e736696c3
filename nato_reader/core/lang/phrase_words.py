"""Word classes that shape a speaker phrase: the head nouns of organisations and offices, the
words that describe an unnamed source, and military or civil ranks.

Written for nato_reader from general knowledge of Arabic news style; keys are folded as
``normalize_key`` folds, so hamza, alef maqsura and ta marbuta variants need no entry.
"""

from __future__ import annotations

from nato_reader.core.text import normalize_key


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words.split())


def _with_article(words: frozenset[str]) -> frozenset[str]:
    return words | {"ال" + w for w in words}


# Nouns that head the name of an organisation, an office or a force (مكتب شؤون تايوان، جامعة
# طشقند الحكومية، هيئة الأركان): never a person's name, and what follows them is their
# genitive, not a new phrase.
ORG_HEADS: frozenset[str] = _with_article(_keys(
    "حلف مكتب مجلس هيئة لجنة مركز معهد جامعة وزارة قوات جيش منظمة وكالة مؤسسة اتحاد تحالف "
    "مجموعة حركة حزب شركة بنك مصرف صندوق برنامج محكمة إدارة دائرة قيادة أركان بعثة مفوضية "
    "سلطة جهاز شؤون قسم مديرية أكاديمية كلية مرصد منتدى رابطة جمعية نقابة غرفة بلدية "
    "حكومة برلمان أمانة سفارة قنصلية شرطة استخبارات مخابرات"
))

# Words that make one name part with the word after them, its article included (عبد الملك،
# أبو الغيط).
NAME_LINKS: frozenset[str] = _keys("عبد أبو")

# Groups a news text names as one speaker, without a proper name (والمعارضة تقول «…»).
COLLECTIVE_SUBJECTS: frozenset[str] = _keys("المعارضة المتظاهرون المحتجون")

# Nouns that describe a source without naming it (وقال مسؤولون، وصفها دبلوماسي غربي): the
# subject of a speech verb even when the verb could take an object.
SOURCE_NOUNS: frozenset[str] = _keys(
    "مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر دبلوماسي دبلوماسية دبلوماسيون دبلوماسيين "
    "خبير خبيرة خبراء محلل محللة محللون محللين مراقب مراقبون مراقبين شاهد شهود ناشط ناشطة "
    "ناشطون ناشطين متحدث متحدثة سكان مواطن مواطنون مواطنين باحث باحثة باحثون باحثين "
    "مراسل مراسلة مسعف مسعفون عسكري عسكريون ضابط ضابطة ضباط "
    # Unnamed groups (منظمات حقوقية تقول إن …).
    "منظمات جمعيات جماعات هيئات نقابات أحزاب فصائل حركات"
)

# Definite nouns that describe one person met in the story (يقول الرجل الخمسيني، تضيف
# السيدة المسنة): the person last named before them, never a speaker of their own.
PERSON_NOUNS: frozenset[str] = _keys(
    "الرجل المرأة السيدة الشاب الشابة الفتى الفتاة العجوز المسن المسنة الأب الأم الزوج "
    "الزوجة الطالب الطالبة الطفل الطفلة"
)

# Nouns that name a person by their tie to another (محامي X، شقيقة X، مستشار X): with that
# other's name after them they still describe the one the sentence is about.
RELATION_NOUNS: frozenset[str] = _keys(
    "محامي محامية محامو وكيل وكيلة شقيق شقيقة أخ أخت زوج زوجة ابن ابنة نجل نجلة والد والدة "
    "أب أم عم عمة خال خالة مستشار مستشارة مساعد مساعدة صديق صديقة جار جارة زميل زميلة"
)

# Ranks and honorifics between a title and a name (المتحدث باسم البحرية النقيب …).
RANKS: frozenset[str] = _keys(
    "النقيب اللواء العميد العقيد المقدم الرائد الملازم الفريق المشير الجنرال الأدميرال "
    "النائب النائبة الدكتور الدكتورة البروفيسور الشيخ الشيخة السيد السيدة القاضي القاضية "
    "الأستاذ الأستاذة المهندس المهندسة"
)

# Prepositions after which a noun is the place or partner of an action, never its speaker.
PLACE_PREPOSITIONS: frozenset[str] = _keys("في مع إلى الى من على عن لدى بين")

# Source words whose name comes after the preposition ل, glued to it (وفقا لـX).
SOURCES_WITH_LAM = _keys("وفقا وفقاً طبقا طبقاً تبعا تبعاً")

# Nouns of a body's published word (تقديرات الأمم المتحدة، تقرير لمنظمة العفو، بيان صادر عن
# الوزارة): the body that issued it is the speaker, never the document.
REPORT_NOUNS: frozenset[str] = _with_article(_keys(
    "تقرير تقارير بيان بيانات تقدير تقديرات أرقام إحصاءات إحصائيات معطيات دراسة استطلاع "
    "وثيقة وثائق مذكرة حصيلة"
))

# Words that may stand between a report noun and the body that issued it: its date or kind
# (الأخير، السنوي) and the participle of issuing (صادر عن).
REPORT_QUALIFIERS: frozenset[str] = _with_article(_keys(
    "أخير أخيرة جديد جديدة سنوي سنوية صادر صادرة حديث حديثة أولي أولية رسمي رسمية"
))

# Common nouns that open a prepositional phrase after a speaker's description, glued to ب or
# ل (بقيادة X، برئاسة X، بمقر المجلس، لإحدى الشركات، بحضور X): what they govern is a
# leader, a place or an occasion, never the one who spoke.
PHRASE_HEADS: frozenset[str] = _keys(
    "قيادة رئاسة زعامة إمرة إشراف رعاية وساطة حضور مشاركة دعم مقر مقار مدينة منطقة ولاية "
    "محافظة عاصمة مناسبة شأن خصوص إحدى أحد جانب عضوية"
)

# Media a statement was given to (قال لقناة …، لوكالة …): a listener, never part of who spoke.
MEDIA_NOUNS: frozenset[str] = _keys(
    "قناة وكالة صحيفة جريدة إذاعة مجلة موقع تلفزيون شبكة"
)
