"""Direct quotations in every style of quotation marks, and what is not a quotation."""

from __future__ import annotations

import pytest

from nato_reader.core.quotes import find_quotes


def quoted(text: str, names: tuple[tuple[int, int], ...] = ()) -> list[str]:
    spans = find_quotes(text, names)
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.label == "QUOTE"
    return [s.text for s in spans]


@pytest.mark.parametrize(("opening", "closing"), [
    ('"', '"'), ("«", "»"), ("»", "«"), ("“", "”"), ("”", "“"), ("„", "“"), ("'", "'"),
])
def test_every_style_of_quotation_marks(opening: str, closing: str) -> None:
    text = f"وقالت الوزيرة: {opening}لن نقبل بهذا الحل{closing}، ثم غادرت القاعة."
    assert quoted(text) == ["لن نقبل بهذا الحل"]


def test_marks_are_excluded_and_edges_trimmed() -> None:
    text = 'قال: " نحن جاهزون "'
    spans = find_quotes(text)
    assert [s.text for s in spans] == ["نحن جاهزون"]
    assert text[spans[0].start - 2] == '"'


def test_a_split_quote_is_two_spans() -> None:
    text = "«الوضع صعب»، قال السفير، «لكننا سنصمد»."
    assert quoted(text) == ["الوضع صعب", "لكننا سنصمد"]


def test_consecutive_quotes_of_the_same_glyph_pair_in_order() -> None:
    text = 'وقال: "أولاً نريد السلام". "ثانياً نريد الأمن".\n"ثالثاً لا حرب".'
    assert quoted(text) == ["أولاً نريد السلام", "ثانياً نريد الأمن", "ثالثاً لا حرب"]


def test_a_quote_may_run_over_a_paragraph_break() -> None:
    text = "وقال المندوب: «الفقرة الأولى من كلامه.\nوالفقرة الثانية منه» ثم صمت."
    assert quoted(text) == ["الفقرة الأولى من كلامه.\nوالفقرة الثانية منه"]


def test_nested_quotes_give_the_outer_span_only() -> None:
    text = 'وقال: «وصفوا الخطة بأنها "فاشلة" ونحن نرفض ذلك».'
    assert quoted(text) == ['وصفوا الخطة بأنها "فاشلة" ونحن نرفض ذلك']


def test_a_stray_mark_does_not_swallow_the_article() -> None:
    paragraphs = ['قال المتحدث "إن الوضع مستقر', "وأضاف أن المفاوضات مستمرة.",
                  "ثم جاء التعليق الثاني.", 'وختم: "سنلتقي قريباً".']
    text = "\n".join(paragraphs)
    assert quoted(text) == ["سنلتقي قريباً"]


def test_a_stray_closing_mark_is_ignored() -> None:
    text = 'انتهت الجلسة" دون اتفاق. وقال الوسيط: «سنحاول مجدداً».'
    assert quoted(text) == ["سنحاول مجدداً"]


def test_a_proclitic_glued_to_the_opening_mark() -> None:
    text = 'ووصف الاتفاق بـ"التاريخي" و"الضروري".'
    assert quoted(text) == ["التاريخي", "الضروري"]


def test_one_word_quotes_count() -> None:
    text = 'وقال إن البلدين "سيتعاونان" في المجال الأمني.'
    assert quoted(text) == ["سيتعاونان"]


@pytest.mark.parametrize("text", [
    'وكتب على منصة "إكس" أن الاجتماع انتهى.',
    'وكتب على المنصة الاجتماعية "إكس" أن الاجتماع انتهى.',
    "ونشرت صحيفة «لوموند» تقريراً مطولاً.",
    'وشاركت السفن في مناورات "درع البحر" قرب الساحل.',
    "وأطلق الجيش عملية «السهم الذهبي» فجراً.",
    "عبر تطبيق 'تيليغرام' للمراسلة.",
])
def test_quotation_marks_around_names_make_no_quote(text: str) -> None:
    assert quoted(text) == []


def test_a_short_quoted_known_name_is_no_quote() -> None:
    text = 'وأكد أن "غوغل" ستتعاون.'
    start = text.index("غوغل")
    assert quoted(text, names=((start, start + 4),)) == []
    assert quoted(text) == ["غوغل"]


def test_a_long_quote_after_a_naming_noun_is_still_a_quote() -> None:
    text = 'وقالت الوكالة "إن الوضع الأمني في المنطقة يتدهور بسرعة كبيرة".'
    assert quoted(text) == ["إن الوضع الأمني في المنطقة يتدهور بسرعة كبيرة"]


def test_apostrophes_in_latin_names_are_not_quotes() -> None:
    text = "التقى O'Brien بالسفير D'Souza أمس، وقال: 'الأمر انتهى'."
    assert quoted(text) == ["الأمر انتهى"]


def test_marks_with_no_letters_inside_make_no_quote() -> None:
    assert quoted('الطول 5" والعرض "" و"123"') == []


def test_invisible_controls_are_not_part_of_the_span_edges() -> None:
    text = "قال: «\u200f\u200bنعم للحوار\u200c\u202c»"
    assert quoted(text) == ["نعم للحوار"]


@pytest.mark.parametrize("text", [
    "وقال لـ«الشرق الأوسط» إن المفاوضات متعثرة.",
    'وأضاف في تصريح لـ"العربية" أن الوفد سيعود.',
    "وقالت في مقابلة مع «سكاي نيوز» إن الأمر انتهى.",
])
def test_a_medium_the_speaker_talked_to_is_no_quote(text: str) -> None:
    assert quoted(text) == []


def test_after_a_colon_a_short_quote_is_a_quote_even_after_a_naming_noun() -> None:
    assert quoted('وقال في المقابلة: "نعم بالتأكيد".') == ["نعم بالتأكيد"]


@pytest.mark.parametrize(("text", "quote"), [
    # a particle between the naming noun and the mark: the words are said, not a name
    ('ويصف الجيش هذه العمليات بأنها "وقائية".', "وقائية"),
    ('وتصف الوزارة الخطة بأنها "طموحة".', "طموحة"),
])
def test_after_a_particle_a_short_quote_is_a_quote_even_near_a_naming_noun(
        text: str, quote: str) -> None:
    assert quoted(text) == [quote]


@pytest.mark.parametrize("text", [
    'وأسقطت الدفاعات الجوية طائرات "كاميكازي" فوق المدينة.',
    'وانتهت مهلة "الرابطة" دون رد من الحكومة.',
    'ونشر الجيش منظومة "القبة الحديدية" قرب الحدود.',
])
def test_a_quoted_name_after_a_weapon_or_deadline_noun_is_no_quote(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(("text", "quote"), [
    ('وقال مسؤول إن التدريبات "دفاعية بحتة" وإنها مقررة.', "دفاعية بحتة"),
    ('وقالت الوزارة إن القمة "أكدت الدور المحوري" للمنظمة.', "أكدت الدور المحوري"),
    ('وأكد أن المناورات "هادئة" حتى الآن.', "هادئة"),
])
def test_a_quotation_after_a_definite_naming_noun_says_something_about_it(
        text: str, quote: str) -> None:
    assert quoted(text) == [quote]


@pytest.mark.parametrize("text", [
    'وقالت المنظمة إن سفينتها "أوشن فايكنغ" أنقذت خمسين شخصا.',
    'وبدأت مناورات "درع الشمال" أمس.',
    'وأبحرت الناقلة "نجمة الخليج" من الميناء.',
])
def test_possessive_naming_nouns_and_ships_name_something(text: str) -> None:
    assert quoted(text) == []


def test_a_known_name_in_quotation_marks_is_no_quotation_whatever_its_length() -> None:
    text = 'وقال دبلوماسي لصحيفة "أو استادو دي ساو باولو" إن المحادثات "صعبة".'
    start = text.index("أو استادو")
    name = (start, start + len("أو استادو دي ساو باولو"))
    assert quoted(text, names=(name,)) == ["صعبة"]
    assert quoted(text) == ["أو استادو دي ساو باولو", "صعبة"]


def test_a_quoted_short_name_after_a_name_before_an_is_no_quotation():
    text = 'وذكرت قناة التلفزيون الرسمية "ماسبيرو" أن الوزير استقال.'
    name = text.index("قناة"), text.index(' "ماسبيرو"')
    assert quoted(text, (name,)) == []


def test_a_quoted_word_after_a_name_is_a_quotation_elsewhere():
    text = 'ووصف الرئيس الهجوم "جبانا" وتعهد بالرد.'
    name = text.index("الرئيس"), text.index(' الهجوم')
    assert quoted(text, (name,)) == ["جبانا"]


@pytest.mark.parametrize("text", [
    'وأطلقت الوزارة حملة تطعيم "صحتك أولا" في المدارس.',
    'وتمول الحكومة مشروع "نيوم" منذ سنوات.',
    'وينقل خط أنابيب "السيل الشمالي" الغاز إلى ألمانيا.',
    'وبدأ الإنتاج من حقل "ظهر" قبالة السواحل.',
])
def test_a_name_after_a_naming_noun_and_its_genitive_is_no_quote(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize("text", [
    'وقال إن الوكالة فقدت "ثقة الأطراف" تماما.',
    'وأضاف أن المنظمة خسرت «دعم المانحين» هذا العام.',
])
def test_two_quoted_words_after_a_verb_are_a_quote(text: str) -> None:
    assert len(quoted(text)) == 1


def test_a_quoted_pacts_name_is_no_quote() -> None:
    assert quoted('احتفل البلدان بذكرى توقيع "معاهدة الصداقة" في العاصمة.') == []
    assert quoted('وانضمت الدولة إلى «اتفاقيات السلام الإقليمية» العام الماضي.') == []
    # Said of it, after the particle or a colon, it stays a quotation.
    assert quoted('ووصف الاتفاق بأنه "اتفاقية تاريخية" للمنطقة.') == ["اتفاقية تاريخية"]
    assert quoted('وقال الوزير: "اتفاقية جيدة لنا".') == ["اتفاقية جيدة لنا"]
