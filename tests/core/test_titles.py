"""Title phrases and the people they introduce."""

from __future__ import annotations

import pytest

from nato_reader.core.entities import find_titles


def test_a_given_name_that_folds_like_a_definite_adjective_is_not_part_of_the_title() -> None:
    titles = find_titles("قال نائب وزير الدفاع الروسي أليكسي كارتسيف إن موسكو سترد.")
    assert [(t.text, t.person.text if t.person else None) for t in titles] == [
        ("نائب وزير الدفاع الروسي", "أليكسي كارتسيف")]


def test_a_relational_adjective_after_a_title_stays_in_it() -> None:
    titles = find_titles("وقال المسؤول العسكري الروسي إن القوات انسحبت.")
    assert [t.text for t in titles] == ["المسؤول العسكري الروسي"]


def test_a_member_for_a_party_is_one_title_before_the_name() -> None:
    titles = find_titles("وقال النائب عن حزب العمال ماجد عبد الرحمن للصحفيين إن التصويت تأجل.")
    assert [(t.text, t.person.text if t.person else None) for t in titles] == [
        ("النائب عن حزب العمال", "ماجد عبد الرحمن")]
    # عن after any other title is what it speaks about.
    assert [t.text for t in find_titles("وتحدث الرئيس عن الصين طويلا.")] == ["الرئيس"]


def test_two_portfolios_joined_by_wa_are_one_title_before_the_name() -> None:
    titles = find_titles(
        "ونقلت الوكالة عن وزير الخزانة والمالية أوغوز تكين قوله إن التضخم سيتراجع.")
    assert [(t.text, t.person.text if t.person else None) for t in titles] == [
        ("وزير الخزانة والمالية", "أوغوز تكين")]


def test_a_nisba_family_name_confirmed_elsewhere_is_cut_from_the_title() -> None:
    text = ("طلب النواب استجواب وزير المالية ناصر العتيبي. "
            "ونقلت الوكالة عن الوزير العتيبي قوله إن الإيرادات تراجعت.")
    assert [(t.text, t.person.text if t.person else None) for t in find_titles(text)] == [
        ("وزير المالية", "ناصر العتيبي"), ("الوزير", "العتيبي")]


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.person.text if t.person else None) for t in find_titles(text)]


def test_a_title_with_a_field_adjective_after_lil_and_a_place_stays_whole() -> None:
    assert _rows("وقالت منسقة الأمم المتحدة للشؤون الإنسانية في اليمن جولي مارتن في بيان إن "
                 "الوضع خطير.") == [
        ("منسقة الأمم المتحدة للشؤون الإنسانية في اليمن", "جولي مارتن")]
    assert _rows("وقال نائب وزير الخارجية للشؤون القانونية والدولية مجيد رضا حسيني إن الوفد "
                 "وصل.") == [
        ("نائب وزير الخارجية للشؤون القانونية والدولية", "مجيد رضا حسيني")]


def test_a_second_portfolio_in_construct_or_definite_is_one_title() -> None:
    assert _rows("قال وزير البيئة وأمن الطاقة الإيطالي ماركو بيانكي إن الاتفاق مهم.") == [
        ("وزير البيئة وأمن الطاقة الإيطالي", "ماركو بيانكي")]
    assert _rows("عن وزير الطاقة والمناجم كريم بن سالم قوله إن الإنتاج سيرتفع.") == [
        ("وزير الطاقة والمناجم", "كريم بن سالم")]
    # a title joined by و opens a phrase of its own
    assert [t for t, _ in _rows("والتقى وزير الخارجية والمسؤولين في القصر.")] == [
        "وزير الخارجية"]


def test_a_delegation_head_and_a_rank_are_one_title_before_the_name() -> None:
    assert _rows("قال رئيس وفد الجيش اللواء حسن عبد الباقي للصحفيين إن الوفد جاهز.") == [
        ("رئيس وفد الجيش اللواء", "حسن عبد الباقي")]


def test_a_title_with_lam_before_a_name_is_the_listener() -> None:
    rows = _rows("وقال الوزير للرئيس جو بايدن إن الاتفاق قريب.")
    assert rows == [("الوزير", None), ("رئيس", "جو بايدن")]
    # with its own complement the title with ل qualifies the first one
    assert _rows("كان المبعوث الشخصي للأمين العام إلى ليبيا ستافان دي ميستورا قد حذر من أن "
                 "الجمود خطير.")[0][0] == "المبعوث الشخصي للأمين العام"


@pytest.mark.parametrize(("text", "title"), [
    ("وقال سفير دولة قطر إن العلاقات ممتازة.", "سفير دولة قطر"),
    ("وقال مدير عام الشركة الوطنية للنفط إن الإنتاج ارتفع.", "مدير عام الشركة الوطنية للنفط"),
    ("وقالت مراسلة الصحيفة بإسطنبول إن الشرطة انتشرت.", "مراسلة الصحيفة بإسطنبول"),
    ("قالت الخبيرة في شؤون المياه بالجامعة الأردنية إن الفاقد كبير.",
     "الخبيرة في شؤون المياه بالجامعة الأردنية"),
    ("قال محلل في بنك استثمار إقليمي إن الأسواق تنتظر.", "محلل في بنك استثمار إقليمي"),
])
def test_title_phrases_take_their_whole_complement(text: str, title: str) -> None:
    assert [t for t, _ in _rows(text)] == [title]
    assert _rows("وقال الرئيس عام 2019 إن البلاد بخير.") == [("الرئيس", None)]


def test_a_title_with_lam_before_a_body_qualifies_the_title() -> None:
    text = ("وقالت الممثلة الخاصة لرئيس مفوضية الاتحاد الأفريقي في ليبيا، سارة نجوم، في بيان "
            "إن البعثة باقية.")
    assert _rows(text) == [
        ("الممثلة الخاصة لرئيس مفوضية الاتحاد الأفريقي في ليبيا", "سارة نجوم")]
