"""Speakers of quotations and claims, with names given by hand so only attribution is tested."""

from __future__ import annotations

from dataclasses import dataclass

from nato_reader.core.claims import find_claims
from nato_reader.core.cues import find_cues
from nato_reader.core.quotes import find_quotes
from nato_reader.core.record import COUNTRY, ORG, PERSON, Span
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
