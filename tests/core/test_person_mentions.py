"""Later mentions of people found in an article, and their canonical names."""

from __future__ import annotations

from nato_reader.core.entities import find_entities
from nato_reader.core.person_mentions import skeleton


def _people(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.attrs["canonical"]) for s in find_entities(text) if s.label == "PERSON"]


def test_a_nisba_family_name_after_a_proclitic_is_a_mention() -> None:
    text = "وقال النائب سامي الشناوي إن البرنامج جاهز. ووعد الحزب والشناوي بالمزيد."
    assert _people(text) == [("سامي الشناوي", "سامي الشناوي"),
                             ("الشناوي", "سامي الشناوي")]


def test_a_short_definite_word_after_a_proclitic_is_no_mention() -> None:
    # بالعمل is ب + a noun even when a person's family name is العمل-like and short.
    text = "وقال الوزير سامي العلي إن الخطة جاهزة. وبدأ بالعلم والعمل."
    assert _people(text) == [("سامي العلي", "سامي العلي")]


def test_the_skeleton_ignores_vowel_letters_only_in_long_names() -> None:
    assert skeleton("ستولتنبيرغ") == skeleton("ستولتنبرغ")
    assert skeleton("بايدن") != skeleton("بدون")
