"""Speakers of quotations and claims, with names given by hand so only attribution is tested."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from nato_reader.core.claims import find_claims
from nato_reader.core.cues import find_cues
from nato_reader.core.quotes import find_quotes
from nato_reader.core.record import COUNTRY, LOCATION, ORG, PERSON, Span
from nato_reader.core.speakers import attribute


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    text: str
    person: Span | None = None


def name(text: str, label: str, words: str, canonical: str | None = None, nth: int = 0) -> Span:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(words, pos + 1)
    attrs = {"canonical": canonical or words} if label in (PERSON, ORG) else {}
    return Span(pos, pos + len(words), label, words, attrs=attrs)


def title(text: str, words: str, person: Span | None = None) -> Title:
    pos = text.index(words)
    return Title(pos, pos + len(words), words, person)


def speakers(text: str, names: list[Span], titles: list[Title] = ()):
    """[(statement label, statement text, speaker name, SAID_BY child text or None)]."""
    quotes = find_quotes(text)
    claims = find_claims(text, find_cues(text), quotes)
    out = attribute(text, quotes, claims, find_cues(text), names, titles)
    return [(a.statement.label, a.statement.text, a.speaker.name,
             a.mention.text if a.mention is not None else None) for a in out]


def test_cue_before_the_quote_with_a_colon() -> None:
    text = 'وقالت الوزيرة سارة الخطيب: "سنفتح المعابر غداً".'
    sara = name(text, PERSON, "سارة الخطيب")
    assert speakers(text, [sara]) == [("QUOTE", "سنفتح المعابر غداً", "سارة الخطيب", "سارة الخطيب")]


def test_cue_after_the_quote() -> None:
    text = "«لن نتراجع أبداً»، قال يوسف حداد أمام البرلمان."
    youssef = name(text, PERSON, "يوسف حداد")
    assert speakers(text, [youssef]) == [("QUOTE", "لن نتراجع أبداً", "يوسف حداد", "يوسف حداد")]


def test_source_phrase_after_the_quote() -> None:
    text = 'وتابع الوفد عمله. "الاتفاق قريب"، حسبما قال كريم منصور.'
    karim = name(text, PERSON, "كريم منصور")
    assert speakers(text, [karim])[0][2:] == ("كريم منصور", "كريم منصور")


def test_a_split_quote_has_one_speaker() -> None:
    text = "«الوضع صعب»، قال ليلى عمران، «لكننا سنصمد»."
    layla = name(text, PERSON, "ليلى عمران")
    assert [s[2] for s in speakers(text, [layla])] == ["ليلى عمران", "ليلى عمران"]


def test_pronoun_attributions_continue_the_latest_speaker_and_point_at_the_latest_mention() -> None:
    text = ("وقال رئيس الوزراء نبيل شاكر إن الحكومة مستعدة. والتقى شاكر بالسفراء.\n"
            'وأضاف: "سنعلن الخطة قريباً".\n'
            '"ولن نتأخر".\n'
            "وقال يوم الخميس إن الخطة جاهزة.")
    full = name(text, PERSON, "نبيل شاكر")
    short = name(text, PERSON, "شاكر", canonical="نبيل شاكر", nth=1)
    result = speakers(text, [full, short], [title(text, "رئيس الوزراء", full)])
    assert [(label, who, child) for label, _, who, child in result] == [
        ("CLAIM", "نبيل شاكر", "نبيل شاكر"),
        ("QUOTE", "نبيل شاكر", "شاكر"),
        ("QUOTE", "نبيل شاكر", "شاكر"),
        ("CLAIM", "نبيل شاكر", "شاكر"),
    ]


def test_an_organisation_speaks() -> None:
    text = "وقالت وزارة الدفاع اليابانية إنها رصدت إطلاق صاروخ."
    ministry = name(text, ORG, "وزارة الدفاع اليابانية")
    assert speakers(text, [ministry]) == [
        ("CLAIM", "رصدت إطلاق صاروخ", "وزارة الدفاع اليابانية", "وزارة الدفاع اليابانية")]


def test_a_country_that_condemned_then_said() -> None:
    text = "ونددت فنزويلا بالعقوبات الأمريكية وقالت إنها غير قانونية."
    venezuela = name(text, COUNTRY, "فنزويلا")
    assert speakers(text, [venezuela]) == [
        ("CLAIM", "غير قانونية", "فنزويلا", "فنزويلا")]


def test_an_unnamed_speaker_by_title_has_no_said_by() -> None:
    text = 'وقال وزير الخارجية التركي: "لن نسمح بذلك".'
    assert speakers(text, [], [title(text, "وزير الخارجية التركي")]) == [
        ("QUOTE", "لن نسمح بذلك", "وزير الخارجية التركي", None)]


def test_a_described_speaker_and_its_later_short_mention() -> None:
    text = ('وقال دبلوماسي غربي مطلع: "المحادثات متعثرة".\n'
            "«لا نرى أي تقدم»، أضاف الدبلوماسي.")
    assert [s[2] for s in speakers(text, [])] == ["دبلوماسي غربي مطلع"] * 2


def test_time_phrase_between_verb_and_subject() -> None:
    text = "وقال يوم الأحد المبعوث الأممي هانز مولر إن الهدنة صامدة."
    hans = name(text, PERSON, "هانز مولر")
    assert speakers(text, [hans], [title(text, "المبعوث الأممي", hans)])[0][2] == "هانز مولر"


def test_feminine_verb_skips_a_man_and_finds_the_woman() -> None:
    text = ('وقالت مريم حسن: "الأمر خطير". وقال علي ناصر: "لا أوافق".\n'
            "وأضافت أن الحل ممكن.")
    mariam = name(text, PERSON, "مريم حسن")
    ali = name(text, PERSON, "علي ناصر")
    assert [s[2] for s in speakers(text, [mariam, ali])] == ["مريم حسن", "علي ناصر", "مريم حسن"]


def test_a_verb_joined_to_an_earlier_one_keeps_its_subject() -> None:
    text = "ودافع المتحدث سامي يوسف عن القرار وانتقد البرلمان بأنه يعرقل الإصلاح."
    sami = name(text, PERSON, "سامي يوسف")
    parliament = name(text, ORG, "البرلمان")
    assert speakers(text, [sami, parliament])[0][2] == "سامي يوسف"


def test_described_sources_end_at_the_particle() -> None:
    text = "وقالت مصادر دبلوماسية مطلعة إن الاتفاق وشيك."
    assert speakers(text, []) == [("CLAIM", "الاتفاق وشيك", "مصادر دبلوماسية مطلعة", None)]


def test_a_title_the_lexicon_lacks_still_leads_to_the_name() -> None:
    text = 'وقالت الوزيرة سارة الخطيب للصحفيين إن المعابر ستفتح.'
    sara = name(text, PERSON, "سارة الخطيب")
    assert speakers(text, [sara])[0][2:] == ("سارة الخطيب", "سارة الخطيب")


def test_a_quote_with_no_speaker_anywhere_has_no_attribution() -> None:
    assert speakers('الخطوة "مفاجئة" للجميع.', []) == []


def test_a_name_after_a_joined_intransitive_verb_is_a_new_speaker() -> None:
    text = "وأعربت البرازيل عن قلقها، وقالت المتحدثة باسم الرئاسة آنا سيلفا إن الوضع مقلق."
    brazil = name(text, COUNTRY, "البرازيل")
    ana = name(text, PERSON, "آنا سيلفا")
    spokes = title(text, "المتحدثة باسم الرئاسة", ana)
    assert speakers(text, [brazil, ana], [spokes])[0][2:] == ("آنا سيلفا", "آنا سيلفا")


def test_a_name_a_few_words_after_a_short_title_is_the_titled_person() -> None:
    text = "وقال المدير العام للوكالة رافائيل غروسي إن التفتيش سيستأنف."
    rafael = name(text, PERSON, "رافائيل غروسي")
    result = speakers(text, [rafael], [title(text, "المدير العام")])
    assert result[0][2:] == ("رافائيل غروسي", "رافائيل غروسي")


def test_a_short_title_later_is_the_person_introduced_with_the_long_one() -> None:
    text = ("وقال رئيس الوزراء الهولندي ديك شوف إن بلاده ستزيد الدعم.\n"
            '"لن نتخلى عن التزاماتنا"، قال رئيس الوزراء.')
    dick = name(text, PERSON, "ديك شوف")
    titles = [title(text, "رئيس الوزراء الهولندي", dick),
              Title(text.rindex("رئيس الوزراء"), text.rindex("رئيس الوزراء") + 12,
                    "رئيس الوزراء")]
    assert [s[2] for s in speakers(text, [dick], titles)] == ["ديك شوف", "ديك شوف"]


def test_a_titled_name_after_a_joined_transitive_verb_is_a_new_speaker() -> None:
    text = 'ونفت الحكومة الخبر، ووصف المتحدث باسمها علي رضا التقارير بـ"الكاذبة".'
    government = name(text, ORG, "الحكومة")
    ali = name(text, PERSON, "علي رضا")
    result = speakers(text, [government, ali], [title(text, "المتحدث")])
    assert result[-1][2] == "علي رضا"


def test_reported_from_a_source_with_qawluhu() -> None:
    text = "ونقلت صحيفة محلية عن مسؤول أمني رفيع قوله إن الحدود ستبقى مغلقة."
    assert speakers(text, []) == [("CLAIM", "الحدود ستبقى مغلقة", "مسؤول أمني رفيع", None)]


def test_a_long_unknown_title_with_a_preposition_then_the_name() -> None:
    text = "وتقول الباحثة في مركز الدراسات الإقليمية هالة سعيد إن الإصلاح بطيء."
    hala = name(text, PERSON, "هالة سعيد")
    centre = name(text, ORG, "مركز الدراسات الإقليمية")
    assert speakers(text, [centre, hala])[0][2:] == ("هالة سعيد", "هالة سعيد")


def test_a_short_reference_to_an_organisation_that_spoke_before() -> None:
    text = ("وقالت منظمة العفو الدولية إن الاعتقالات تعسفية.\n"
            "«يجب الإفراج عنهم فورًا»، بحسب المنظمة.")
    amnesty = name(text, ORG, "منظمة العفو الدولية")
    result = speakers(text, [amnesty])
    assert [s[2] for s in result] == ["منظمة العفو الدولية"] * 2
    assert result[1][3] == "منظمة العفو الدولية"


def test_the_object_of_a_transitive_verb_is_not_taken_for_a_speaker() -> None:
    text = 'وقال وزير المالية كمال بدر إن المعارضة وصفت الوضع بأنه "كارثي".'
    kamal = name(text, PERSON, "كمال بدر")
    result = speakers(text, [kamal], [title(text, "وزير المالية", kamal)])
    assert result[0][:3] == ("CLAIM", 'المعارضة وصفت الوضع بأنه "كارثي"', "كمال بدر")
    assert "الوضع" not in {s[2] for s in result}


def test_the_listener_after_the_verb_is_never_the_speaker() -> None:
    text = ("وقال مراد سليم لوكالة الأنباء الوطنية إن المفاوضات متعثرة.\n"
            'وقالت ريم جابر للصحفيين إن الوفد "سيعود".\n'
            "وقال لـ\"الشرق\" كمال بدر إن الهدنة صامدة.")
    murad = name(text, PERSON, "مراد سليم")
    agency = name(text, ORG, "وكالة الأنباء الوطنية")
    reem = name(text, PERSON, "ريم جابر")
    kamal = name(text, PERSON, "كمال بدر")
    result = speakers(text, [murad, agency, reem, kamal])
    assert [s[2] for s in result] == ["مراد سليم", "ريم جابر", "ريم جابر", "كمال بدر"]


def test_a_listener_or_a_setting_between_the_verb_and_its_subject_is_skipped() -> None:
    text = ("وقال للصحفيين وزير الداخلية فارس عودة إن الحدود آمنة.\n"
            "وقالت في مقابلة مع صحيفة الأفق النائبة سهى كامل إن القانون سيقر.")
    faris = name(text, PERSON, "فارس عودة")
    paper = name(text, ORG, "صحيفة الأفق")
    suha = name(text, PERSON, "سهى كامل")
    result = speakers(text, [faris, paper, suha], [title(text, "وزير الداخلية", faris)])
    assert [s[2:] for s in result] == [("فارس عودة", "فارس عودة"), ("سهى كامل", "سهى كامل")]


def test_time_words_and_pronouns_after_the_verb_are_not_speakers() -> None:
    text = ("وكان رامي عيسى قد قال الأسبوع الماضي إن الاتفاق قريب.\n"
            "وأصدرت هيئة الطاقة تقريرا قالت فيه إن الأسعار سترتفع.\n"
            "وكانت منى شريف قد حذرت حينها من أن الأزمة ستتفاقم.")
    rami = name(text, PERSON, "رامي عيسى")
    energy = name(text, ORG, "هيئة الطاقة")
    mona = name(text, PERSON, "منى شريف")
    assert [s[2] for s in speakers(text, [rami, energy, mona])] == [
        "رامي عيسى", "هيئة الطاقة", "منى شريف"]


def test_a_title_right_before_the_verb_after_but() -> None:
    text = ("وقالت الحكومة إن الموازنة جاهزة، لكن وزير الزراعة قال إن الدعم سيتأخر.\n"
            "وقالت سلوى نجم إن الخطة طموحة، غير أن يوسف عاطف قال إنها غير واقعية.")
    government = name(text, ORG, "الحكومة")
    salwa = name(text, PERSON, "سلوى نجم")
    youssef = name(text, PERSON, "يوسف عاطف")
    result = speakers(text, [government, salwa, youssef], [title(text, "وزير الزراعة")])
    assert [(s[1], s[2]) for s in result if "،" not in s[1]] == [
        ("الدعم سيتأخر", "وزير الزراعة"), ("غير واقعية", "يوسف عاطف")]


def test_the_antecedent_of_a_relative_clause_speaks() -> None:
    text = ('ورفضت المعارضة الخطة، وهو ما أيدته النقابة التي اتهمت الحكومة بـ"التسرع".\n'
            "وقال المتحدث إن الوزير سامر نادر، الذي يقود الوفد منذ عام، قال إن الجولة حاسمة.")
    opposition = name(text, ORG, "المعارضة")
    union = name(text, ORG, "النقابة")
    government = name(text, ORG, "الحكومة")
    samer = name(text, PERSON, "سامر نادر")
    result = speakers(text, [opposition, union, government, samer])
    assert ("QUOTE", "التسرع", "النقابة", "النقابة") in result
    assert ("CLAIM", "الجولة حاسمة", "سامر نادر", "سامر نادر") in result


def test_a_relative_clause_whose_verb_does_not_agree_has_its_own_subject() -> None:
    text = ("وقال الوزير حسام عادل إن الشركة وقعت العقود، والتي قال إنها ستوفر الوظائف.\n"
            "وانتقدت الدول الصين، التي وصفها الوزير عادل بأنها شريك صعب.")
    hussam = name(text, PERSON, "حسام عادل")
    company = name(text, ORG, "الشركة")
    china = name(text, COUNTRY, "الصين")
    adel = name(text, PERSON, "عادل", canonical="حسام عادل")
    result = speakers(text, [hussam, company, china, adel])
    assert [s[2] for s in result] == ["حسام عادل"] * 3


def test_a_surname_written_later_with_tatweel_is_the_person_introduced_before() -> None:
    text = ("وقالت كارلا مينديز روخاس إن الوضع صعب.\n"
            "وأضافت مينديـز أن الحل بعيد.")
    carla = name(text, PERSON, "كارلا مينديز روخاس")
    assert [s[2] for s in speakers(text, [carla])] == ["كارلا مينديز روخاس"] * 2


def test_a_name_no_lexicon_knows_after_a_title() -> None:
    text = ("وقال وزير الصيد البحري الموريتاني سيدي ولد بلال للإذاعة المحلية إن المخزون يتراجع.\n"
            "وقال الأمين العام للاتحاد، التونسي هادي بن عمار، إن الحل إقليمي.\n"
            "وأضاف بلال أن الرقابة ستشدد.")
    titles = [title(text, "وزير الصيد البحري الموريتاني"), title(text, "الأمين العام للاتحاد")]
    assert [s[2] for s in speakers(text, [], titles)] == [
        "سيدي ولد بلال", "هادي بن عمار", "سيدي ولد بلال"]


def test_an_unnamed_source_who_asked_for_anonymity() -> None:
    text = "وقال مسؤول أوروبي طلب عدم الكشف عن هويته إن العقوبات ستمدد."
    assert speakers(text, []) == [("CLAIM", "العقوبات ستمدد", "مسؤول أوروبي", None)]


def test_a_body_named_with_a_genitive_keeps_it_for_its_later_short_mention() -> None:
    text = ("وبحسب المركز الوطني للأرصاد الجوية، ستنخفض الحرارة.\n"
            "وقال المركز إن العاصفة ستصل غدا.")
    assert [s[2] for s in speakers(text, [])] == ["المركز الوطني للأرصاد الجوية"]


def test_a_new_subject_after_but_with_a_name_no_lexicon_knows() -> None:
    text = ("وكانت الحكومة قد وعدت بالدعم، لكن الناشطة البيئية نورا فاضل قالت للصحفيين إن "
            "الوعود لم تنفذ.")
    government = name(text, ORG, "الحكومة")
    assert speakers(text, [government])[0][2] == "نورا فاضل"


def test_a_claim_reported_through_a_source_phrase_belongs_to_the_source() -> None:
    text = "وذكرت الإذاعة نقلا عن وزير الطاقة أن المحطة ستعمل قريبا."
    radio = name(text, ORG, "الإذاعة")
    result = speakers(text, [radio], [title(text, "وزير الطاقة")])
    assert result == [("CLAIM", "المحطة ستعمل قريبا", "وزير الطاقة", None)]


def test_a_rank_before_a_name_no_lexicon_knows() -> None:
    text = "وقال قائد خفر السواحل العقيد بيدرو سالاس إن الدوريات ستزيد."
    result = speakers(text, [], [title(text, "قائد خفر السواحل")])
    assert result[0][2] == "بيدرو سالاس"


def test_a_preposition_with_a_pronoun_ends_a_body_described_without_a_name() -> None:
    text = "إذ أعلنت الهيئة العامة للموانئ فيها أنها أوقفت الملاحة يومين."
    assert speakers(text, []) == [
        ("CLAIM", "أوقفت الملاحة يومين", "الهيئة العامة للموانئ", None)]


def test_a_listener_the_title_finder_took_in_is_not_part_of_the_speaker() -> None:
    text = "وقال مصدر في الحكومة لصحيفة الوطن إن الميزانية ستتأخر."
    paper = name(text, ORG, "صحيفة الوطن")
    result = speakers(text, [paper], [title(text, "مصدر في الحكومة لصحيفة الوطن")])
    assert result == [("CLAIM", "الميزانية ستتأخر", "مصدر في الحكومة", None)]


def test_an_unnamed_source_drops_the_city_it_spoke_from_but_an_office_keeps_its_post() -> None:
    text = ("وقال مسؤول أمني في كيسمايو إن الطريق مغلق.\n"
            "وقال سفير تشاد في باريس إن الزيارة تأجلت.")
    names = [name(text, LOCATION, "كيسمايو"), name(text, COUNTRY, "تشاد"),
             name(text, LOCATION, "باريس")]
    titles = [title(text, "مسؤول أمني في كيسمايو"), title(text, "سفير تشاد في باريس")]
    assert [s[2] for s in speakers(text, names, titles)] == [
        "مسؤول أمني", "سفير تشاد في باريس"]


def test_the_body_behind_a_report_or_an_estimate_is_the_speaker() -> None:
    text = ("وتفيد تقديرات البنك الدولي بأن النمو سيتباطأ.\n"
            "وذكر تقرير صادر عن منظمة الصحة العالمية أن الوباء انحسر.\n"
            "وأشار بيان لوزارة المالية إلى أن العجز تراجع.")
    bank = name(text, ORG, "البنك الدولي")
    who = name(text, ORG, "منظمة الصحة العالمية")
    ministry = name(text, ORG, "وزارة المالية")
    assert speakers(text, [bank, who, ministry]) == [
        ("CLAIM", "النمو سيتباطأ", "البنك الدولي", "البنك الدولي"),
        ("CLAIM", "الوباء انحسر", "منظمة الصحة العالمية", "منظمة الصحة العالمية"),
        ("CLAIM", "العجز تراجع", "وزارة المالية", "وزارة المالية"),
    ]


def test_a_name_set_between_commas_after_a_title_and_its_posting() -> None:
    text = ("وقال قائد الكتيبة الرواندية في بعثة حفظ السلام، المقدم إريك نكوندا، للصحفيين "
            "إن الطرق غير آمنة.")
    eric = name(text, PERSON, "إريك نكوندا")
    result = speakers(text, [eric], [title(text, "قائد الكتيبة الرواندية")])
    assert result == [("CLAIM", "الطرق غير آمنة", "إريك نكوندا", "إريك نكوندا")]


def test_a_subject_set_out_before_its_verb_with_a_name_between_commas() -> None:
    text = ("وأكدت الوكالة الوطنية للهجرة فيها أنها سجلت آلاف الوافدين.\n"
            "المبعوثة الخاصة للاتحاد الأفريقي في المنطقة، أمينة سانغاري، قالت أمام البرلمان "
            "إن الحدود يجب أن تبقى مفتوحة. وأضافت: «لا حل بالقوة».\n"
            "تيمو لاكسونن، الباحث في جامعة أولو، قال إن الشتاء سيكون صعبا.")
    amina = name(text, PERSON, "أمينة سانغاري")
    timo = name(text, PERSON, "تيمو لاكسونن")
    assert [s[2] for s in speakers(text, [amina, timo])] == [
        "الوكالة الوطنية للهجرة", "أمينة سانغاري", "أمينة سانغاري", "تيمو لاكسونن"]


def test_a_name_after_an_institute_head_noun_names_the_institute_not_the_speaker() -> None:
    text = "ويقول الباحث في معهد هاملتون البريطاني، سارة نيلسون، إن الأسواق قلقة."
    hamilton = name(text, PERSON, "هاملتون")
    sara = name(text, PERSON, "سارة نيلسون")
    result = speakers(text, [hamilton, sara], [title(text, "الباحث في معهد", hamilton)])
    assert result == [("CLAIM", "الأسواق قلقة", "سارة نيلسون", "سارة نيلسون")]


def test_a_title_whose_name_the_entities_hold_in_full_speaks_with_the_full_name() -> None:
    text = "ونقلت الوكالة عن نائب وزير الدفاع إيفان بتروفسكي قوله إن التدريبات انتهت."
    full = name(text, PERSON, "إيفان بتروفسكي")
    surname = name(text, PERSON, "بتروفسكي")
    result = speakers(text, [full], [title(text, "نائب وزير الدفاع", surname)])
    assert result == [("CLAIM", "التدريبات انتهت", "إيفان بتروفسكي", "إيفان بتروفسكي")]


def test_one_word_taken_for_a_name_at_the_end_of_an_unnamed_description() -> None:
    text = ("وقال مسؤول أوروبي رفيع، طلب عدم نشر اسمه، إن المحادثات متعثرة.\n"
            "وقال رئيس حكومة مالطا أبيلا إن الميناء سيفتح.")
    rafi = name(text, PERSON, "رفيع")
    malta = name(text, COUNTRY, "مالطا")
    abela = name(text, PERSON, "أبيلا")
    titles = [title(text, "مسؤول أوروبي", rafi), title(text, "رئيس حكومة مالطا", abela)]
    assert [s[2:] for s in speakers(text, [rafi, malta, abela], titles)] == [
        ("مسؤول أوروبي رفيع", None), ("أبيلا", "أبيلا")]


def test_sources_inside_or_close_to_a_body_keep_it_and_sources_in_a_city_do_not() -> None:
    text = ("ونقلت الإذاعة عن مصادر في الجيش قولها إن الهدنة صامدة.\n"
            "وقالت مصادر مقربة من الحكومة إن التعديل وشيك.\n"
            "وقال دبلوماسي غربي في نيروبي إن الانتخابات ستؤجل.")
    nairobi = name(text, LOCATION, "نيروبي")
    assert [s[2] for s in speakers(text, [nairobi])] == [
        "مصادر في الجيش", "مصادر مقربة من الحكومة", "دبلوماسي غربي"]


def test_a_body_no_lexicon_knows_behind_a_report_is_read_from_its_head_noun() -> None:
    text = "وتشير بيانات مفوضية شؤون العائدين إلى أن الآلاف عادوا."
    assert speakers(text, []) == [("CLAIM", "الآلاف عادوا", "مفوضية شؤون العائدين", None)]


def test_a_medium_glued_to_lam_ends_an_unnamed_description() -> None:
    text = 'وقالت خبيرة اقتصادية لمجلة "الأفق" إن الأسعار سترتفع.'
    misread = name(text, PERSON, "لمجلة")  # a listener read as a name names no one
    assert speakers(text, [misread]) == [("CLAIM", "الأسعار سترتفع", "خبيرة اقتصادية", None)]


def test_the_clause_an_unnamed_source_adds_about_itself_is_no_name() -> None:
    text = "وقال ضابط كبير فضل عدم ذكر اسمه لإذاعة محلية إن القصف توقف."
    misread = name(text, PERSON, "فضل عدم")
    assert speakers(text, [misread], [title(text, "ضابط كبير", misread)]) == [
        ("CLAIM", "القصف توقف", "ضابط كبير", None)]


def test_a_verb_carrying_its_object_has_the_name_after_it_for_subject() -> None:
    text = 'ورفضت الحكومة التقرير، ووصفته هيئة الرقابة المستقلة بأنه "منحاز".'
    government = name(text, ORG, "الحكومة")
    watchdog = name(text, ORG, "هيئة الرقابة المستقلة")
    result = speakers(text, [government, watchdog])
    assert {(label, who) for label, _, who, _ in result} == {
        ("QUOTE", "هيئة الرقابة المستقلة"), ("CLAIM", "هيئة الرقابة المستقلة")}


def test_a_title_held_in_a_body_then_the_name() -> None:
    text = ('وقال النائب عن حزب الخضر توماس برانت للصحفيين إن الموازنة "غير عادلة".\n'
            "وقالت النائبة عن الحزب الاشتراكي الفنلندي مريم عبد الرحمن إن التصويت تأجل.\n"
            "وقال المتحدث باسم الشرطة سالم العتيبي إن الطرق مفتوحة.")
    greens = name(text, ORG, "حزب الخضر")
    thomas = name(text, PERSON, "توماس برانت")
    socialists = name(text, ORG, "الحزب الاشتراكي")
    titles = [title(text, "النائب"), title(text, "النائبة"),
              title(text, "المتحدث باسم الشرطة")]
    result = speakers(text, [greens, thomas, socialists], titles)
    assert [(who, child) for _, _, who, child in result] == [
        ("توماس برانت", "توماس برانت"), ("توماس برانت", "توماس برانت"),
        ("مريم عبد الرحمن", None), ("سالم العتيبي", None)]


def test_a_word_after_a_title_that_ends_no_name_is_not_taken_for_one() -> None:
    text = "وأكد الوزير دعم الحكومة الكامل للخطة، وقال إن التنفيذ سيبدأ."
    result = speakers(text, [], [title(text, "الوزير")])
    assert [who for _, _, who, _ in result] == ["الوزير"]


def test_a_quotation_opening_its_sentence_is_taken_up_by_the_cue_a_few_words_on() -> None:
    text = ('"الصبر مفتاح الحل"، هكذا لخص السفير جان دوبوا موقف بلاده.\n'
            '"لا"، بهذه العبارة اختصرت النقابة ردها على العرض.')
    jean = name(text, PERSON, "جان دوبوا")
    union = name(text, ORG, "النقابة")
    result = speakers(text, [jean, union], [title(text, "السفير", jean)])
    assert result == [("QUOTE", "الصبر مفتاح الحل", "جان دوبوا", "جان دوبوا"),
                      ("QUOTE", "لا", "النقابة", "النقابة")]


def test_a_cue_far_into_the_sentence_does_not_take_up_its_opening_quotation() -> None:
    text = ("وقال الوزير رامي سعد إن الحدود مفتوحة.\n"
            '"السلام أولا" شعار رفعه المتظاهرون أمام البرلمان قبل أن تقول الشرطة إنهم غادروا.')
    rami = name(text, PERSON, "رامي سعد")
    police = name(text, ORG, "الشرطة")
    result = speakers(text, [rami, police])
    assert ("QUOTE", "السلام أولا", "رامي سعد", "رامي سعد") in result


def test_an_unnamed_source_after_a_conjunction_speaks_in_its_clause() -> None:
    text = "ولم يعلق الجيش، بيد أن مصادر عسكرية قالت إن القوات انسحبت."
    army = name(text, ORG, "الجيش")
    assert speakers(text, [army]) == [("CLAIM", "القوات انسحبت", "مصادر عسكرية", None)]


def test_a_bare_lam_before_a_quoted_medium_ends_an_unnamed_description() -> None:
    text = 'وأكدت مصادر تونسية مطلعة لـ"الصباح" أن الوفد سيعود.'
    assert [s[2] for s in speakers(text, [])] == ["مصادر تونسية مطلعة"]


def test_the_body_a_source_serves_in_closes_its_description() -> None:
    text = "وقال ضابط في الجيش الأوكراني يقاتل قرب المدينة إن القوات منهكة."
    army = name(text, ORG, "الجيش الأوكراني")
    assert [s[2] for s in speakers(text, [army])] == ["ضابط في الجيش الأوكراني"]


def test_an_office_for_a_place_named_after_its_noun_then_the_name() -> None:
    text = "وقال عضو مجلس الشيوخ عن ولاية أوهايو جيمس ديلون إن التصويت تأجل."
    senate = name(text, ORG, "مجلس الشيوخ")
    ohio = name(text, LOCATION, "أوهايو")
    james = name(text, PERSON, "جيمس ديلون")
    result = speakers(text, [senate, ohio, james], [title(text, "عضو مجلس الشيوخ")])
    assert result == [("CLAIM", "التصويت تأجل", "جيمس ديلون", "جيمس ديلون")]


def test_a_relaying_verb_gives_the_word_to_the_source_after_an() -> None:
    text = ('ونقل موقع "المرصد" عن مسؤولين أتراك أن الاتفاق "بات قريبا".\n'
            "وحسب ما نقلت الإذاعة عن مصدر حكومي، فإن الحكومة ستستقيل.\n"
            "ونقلت القناة أن القصف طال المنازل.")
    channel = name(text, ORG, "القناة")
    result = speakers(text, [channel])
    assert [(label, who) for label, _, who, _ in result] == [
        ("CLAIM", "مسؤولين أتراك"), ("QUOTE", "مسؤولين أتراك"), ("CLAIM", "القناة")]


def test_a_family_name_with_the_article_right_before_the_words_said() -> None:
    text = ('وقالت رئيسة البعثة الأممية في ليبيا ريم الحسن: "الانتخابات ممكنة".\n'
            "وقال مدير المرصد سامي النجار إن الأرقام دقيقة.\n"
            "وأكد الوزير دعم الحكومة، وقال إن التنفيذ سيبدأ.")
    libya = name(text, COUNTRY, "ليبيا")
    titles = [title(text, "رئيسة البعثة الأممية في ليبيا"), title(text, "مدير المرصد"),
              title(text, "الوزير")]
    assert [who for _, _, who, _ in speakers(text, [libya], titles)] == [
        "ريم الحسن", "سامي النجار", "الوزير"]


def test_an_unnamed_source_titled_keeps_the_body_it_serves_in() -> None:
    text = "وقال مسؤول كبير في الإدارة الأمريكية إن القرار نهائي."
    misread = name(text, PERSON, "كبير")
    result = speakers(text, [misread], [title(text, "مسؤول", misread)])
    assert result == [("CLAIM", "القرار نهائي", "مسؤول كبير في الإدارة الأمريكية", None)]


def test_a_name_no_lexicon_knows_after_the_medium_a_title_spoke_to() -> None:
    text = "وقال المتحدث العسكري للإعلام العربي رامز قدورة إن الجيش سيواصل عملياته."
    result = speakers(text, [], [title(text, "المتحدث العسكري")])
    assert [s[2] for s in result] == ["رامز قدورة"]


def test_an_unnamed_description_ends_at_a_speech_verb() -> None:
    text = "وقال محللون تحدثوا إلى الإذاعة إن الخطوة رمزية."
    assert [s[2] for s in speakers(text, [])] == ["محللون"]


def test_a_name_after_a_coordinated_body_and_its_adjective_is_the_speaker() -> None:
    text = ("وقال المتحدث باسم وزارة الزراعة والصيد المغربية كريم بنعلي للصحفيين إن "
            'المحصول جيد.\n"نحتاج إلى المطر"، قال بنعلي.')
    titles = [title(text, "المتحدث باسم وزارة الزراعة")]
    assert [s[2] for s in speakers(text, [], titles)] == ["كريم بنعلي", "كريم بنعلي"]


def test_a_name_after_a_description_and_the_body_it_serves_in() -> None:
    text = ('وقالت الناشطة في الرابطة نادية العمراني إن "المعتقلين مضربون".\n'
            '"لن نتراجع"، قالت العمراني.')
    assert [s[2] for s in speakers(text, [])] == ["نادية العمراني"] * 3


def test_a_body_speaks_without_the_adjective_of_its_stance() -> None:
    text = "واعتبرت حركة النهضة الوطنية المعارضة أن الانتخابات مزورة."
    assert [s[2] for s in speakers(text, [])] == ["حركة النهضة الوطنية"]


def test_an_accusing_participle_gives_the_quote_to_the_subject_of_its_sentence() -> None:
    text = 'وكانت اليونان قد استدعت سفيرها في أنقرة، متهمة إياها بـ"استفزازات متكررة".'
    greece = name(text, COUNTRY, "اليونان")
    ankara = name(text, LOCATION, "أنقرة")
    assert [s[2] for s in speakers(text, [greece, ankara])] == ["اليونان"]


def test_a_bare_definite_head_noun_speaks_for_the_body_named_before() -> None:
    text = ("وزار وفد من وزارة الصحة اللبنانية المستشفى أمس.\n"
            "وقالت الوزارة في بيان إن اللقاحات وصلت.")
    health = name(text, ORG, "وزارة الصحة اللبنانية")
    assert [s[2] for s in speakers(text, [health])] == ["وزارة الصحة اللبنانية"]


def test_a_group_named_without_a_proper_name_speaks_before_its_verb() -> None:
    text = "الجزائر: الحكومة ترفع الأسعار والمعارضة تتحدث عن «عقاب جماعي»\n"
    assert speakers(text, []) == [("QUOTE", "عقاب جماعي", "المعارضة", None)]


@pytest.mark.parametrize(("opening", "lawyer", "verb"), [
    ("محامي الحلبي، مروان صقر،", "مروان صقر", "قال"),
    ("ومحامية الحلبي، سارة أحمد،", "سارة أحمد", "قالت"),
    ("شقيق الحلبي، يوسف منصور،", "يوسف منصور", "قال"),
])
def test_a_name_between_commas_after_a_kinship_or_service_noun_is_who_speaks(
        opening: str, lawyer: str, verb: str) -> None:
    text = f"ومثل فؤاد الحلبي أمام القاضي. {opening} {verb} للصحفيين إن موكله بريء."
    names = [name(text, PERSON, "فؤاد الحلبي"), name(text, PERSON, "الحلبي", "فؤاد الحلبي", 1),
             name(text, PERSON, lawyer)]
    assert speakers(text, names)[0][2:] == (lawyer, lawyer)


@pytest.mark.parametrize("adverb", ["ساخرا", "غاضبا", "مستنكرا", "مبتسما"])
def test_a_manner_adverb_after_the_verb_is_not_the_speaker(adverb: str) -> None:
    text = f'وقال يوسف حداد إنه لم يعد يصدق المواعيد. "سمعنا هذا الكلام"، أضاف {adverb}.'
    names = [name(text, PERSON, "يوسف حداد"), name(text, PERSON, adverb)]
    assert [s[2] for s in speakers(text, names)] == ["يوسف حداد", "يوسف حداد"]


@pytest.mark.parametrize(("description", "verb"), [
    ("الرجل الخمسيني", "يقول"), ("السيدة المسنة", "تقول"), ("الشاب", "يضيف"),
])
def test_a_description_of_someone_met_in_the_paragraph_is_that_person(
        description: str, verb: str) -> None:
    text = ("وقال الوزير إن الوضع صعب.\nفي الميناء يراقب كريم منصور القوارب العائدة. "
            f'"رحل نصف شباب الحي"، {verb} {description}.')
    karim = name(text, PERSON, "كريم منصور")
    assert speakers(text, [karim])[-1][1:] == ("رحل نصف شباب الحي", "كريم منصور", "كريم منصور")


def test_a_description_names_no_one_from_an_earlier_paragraph() -> None:
    text = 'وقال كريم منصور إن الوضع صعب.\n"رحل نصف شباب الحي"، يقول الرجل الخمسيني.'
    karim = name(text, PERSON, "كريم منصور")
    assert speakers(text, [karim])[-1][2] == "الرجل الخمسيني"


@pytest.mark.parametrize("group", ["منظمات حقوقية", "نقابات عمالية", "أحزاب معارضة"])
def test_an_unnamed_group_before_its_verb_is_the_speaker(group: str) -> None:
    text = f"وقالت سارة الخطيب إن الوضع صعب. لكن {group} تقول إن المذكرة لم توقف الإبحار."
    sara = name(text, PERSON, "سارة الخطيب")
    assert speakers(text, [sara])[-1][2] == group


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u2067", "\ufeff"])
def test_an_invisible_mark_before_the_name_hides_no_speaker(mark: str) -> None:
    text = f"وقالت القاهرة إن المفاوضات فشلت، بينما تقول {mark}إثيوبيا إن السد ضروري."
    names = [name(text, LOCATION, "القاهرة"), name(text, COUNTRY, "إثيوبيا")]
    assert [s[2] for s in speakers(text, names)] == ["القاهرة", "إثيوبيا"]


@pytest.mark.parametrize("body", ['شركة "كامكو إنفست"', "شركة أرامكو", "جامعة الكويت"])
def test_a_name_after_the_body_a_titles_genitive_works_in(body: str) -> None:
    text = f"وقال محلل أسواق الطاقة في {body} أحمد الصالح إن الأسواق تراقب التطورات بحذر."
    names = [name(text, PERSON, "أحمد الصالح")]
    if "أرامكو" in body:
        names.insert(0, name(text, ORG, "أرامكو"))
    if "جامعة" in body:
        names.insert(0, name(text, ORG, "جامعة الكويت"))
    assert speakers(text, names, [title(text, "محلل")])[0][2:] == ("أحمد الصالح", "أحمد الصالح")


@pytest.mark.parametrize("listener", ["لقناة الجزيرة", "للصحفيين", "لوكالة الأنباء"])
def test_a_family_name_no_list_knows_ends_before_the_listener(listener: str) -> None:
    text = (f'"القوانين فصلت على مقاس مرشحين"، قالت النائبة عن مدينة بنغازي سلمى المقريف '
            f"{listener}. وأوضحت المقريف أن الخلاف كبير.")
    names = [name(text, LOCATION, "بنغازي")]
    assert [s[2] for s in speakers(text, names, [title(text, "النائبة")])] == [
        "سلمى المقريف", "سلمى المقريف"]
