"""Title phrases and the people they introduce."""

from __future__ import annotations

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
