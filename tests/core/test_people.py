"""Person evidence and canonical names."""

from __future__ import annotations

import pytest

from nato_reader.core.entities import find_entities
from nato_reader.core.people import skeleton


def _people(text):
    return [(s.text, s.attrs["canonical"]) for s in find_entities(text) if s.label == "PERSON"]


def test_transliteration_variants_share_a_skeleton():
    assert skeleton("ستولتنبرغ") == skeleton("ستولتنبرج")
    assert skeleton("كيشيدا") == skeleton("كيشيده")
    assert skeleton("ستولتنبرغ") != skeleton("شولتس")


def test_a_lone_hamza_word_does_not_stop_the_people_finder():
    # A stray ء is a word with no letters left once spellings are folded.
    assert _people("قال الرئيس الروسي فلاديمير بوتين ء إن بوتين سيزور") == [
        ("فلاديمير بوتين", "فلاديمير بوتين"), ("بوتين", "فلاديمير بوتين")]


def test_short_mentions_take_the_fullest_name():
    text = ("قالت رئيسة الوزراء النيوزيلندية جاسيندا أرديرن إن ويلينغتون مستعدة. "
            "وتابعت أرديرن: «سنعمل معاً». وكانت أرديرن قد زارت سيدني.")
    assert _people(text) == [("جاسيندا أرديرن", "جاسيندا أرديرن"),
                             ("أرديرن", "جاسيندا أرديرن"), ("أرديرن", "جاسيندا أرديرن")]


def test_family_name_first_short_mention():
    text = "وقال الرئيس الصيني شي جين بينغ إن ... ورحب شي بالاتفاق."
    people = _people(text)
    assert people[0] == ("شي جين بينغ", "شي جين بينغ")


def test_common_words_after_a_title_are_not_names():
    text = "وقال الرئيس الأمريكي إن بلاده تدعم الاتفاق."
    assert _people(text) == []


def test_time_words_after_speech_verb_are_not_names():
    assert _people("وقال يوم الجمعة: «لن نتراجع».") == []


def test_skeleton_keeps_short_names_apart_from_everyday_words():
    assert skeleton("بايدن") != skeleton("بدون")
    assert skeleton("ميلوني") != skeleton("ملايين")
    assert skeleton("زيلينسكي") == skeleton("زيلنسكي")


def test_famous_surname_alone_is_a_person_but_everyday_words_are_not():
    text = "ورد ترامب بدون تأخير على تصريحات لافروف، وقال إن ملايين الناس يتابعون."
    assert _people(text) == [("ترامب", "ترامب"), ("لافروف", "لافروف")]


def test_listed_name_wins_over_a_country_spelt_the_same():
    text = "التقت جورجيا ميلوني بنظيرها في تبليسي عاصمة جورجيا."
    spans = [(s.label, s.text) for s in find_entities(text)]
    assert ("PERSON", "جورجيا ميلوني") in spans
    assert ("COUNTRY", "جورجيا") in spans


def test_given_name_then_family_name_with_article():
    text = "وقال وزير الخارجية الأردني أيمن الصفدي إن عمّان ترفض ذلك. وأضاف الصفدي أن"
    assert _people(text) == [("أيمن الصفدي", "أيمن الصفدي"), ("الصفدي", "أيمن الصفدي")]


def test_a_verb_after_a_given_name_and_surname_is_not_part_of_the_name():
    text = ("أكد الرئيس الكيني وليام روتو يزور نيروبي، فيما قال الرئيس الفرنسي "
            "إيمانويل ماكرون سيزور بكين.")
    assert [p for p, _ in _people(text)] == ["وليام روتو", "إيمانويل ماكرون"]


def test_east_asian_three_word_names_stay_whole():
    text = "وقال رئيس الوزراء الصيني السابق لي كه تشيانغ للصحفيين إنه متفائل."
    assert _people(text)[0][0] == "لي كه تشيانغ"


def test_a_name_between_commas_after_a_title_is_a_person() -> None:
    text = "وقالت المتحدثة باسم الوزارة، رحمة ليبان، في مؤتمر صحفي إن الحكومة ترفض الاتفاق."
    assert _people(text) == [("رحمة ليبان", "رحمة ليبان")]


def test_an_apposition_after_a_title_the_title_finder_cut_short() -> None:
    text = ("قالت الباحثة في المعهد الألماني للشؤون الدولية، إنغريد مولر، إن برلين تراقب. "
            "وأضافت مولر أن الحوار ضروري.")
    assert _people(text) == [("إنغريد مولر", "إنغريد مولر"), ("مولر", "إنغريد مولر")]


def test_a_comma_after_a_title_without_a_closing_comma_gives_no_person() -> None:
    text = "وقال المتحدث باسم الجيش، في بيان صدر مساء أمس، إن القوات انسحبت."
    assert _people(text) == []


def test_an_adjective_between_a_title_and_a_name_is_not_part_of_the_name() -> None:
    text = "وكتبت النائبة الكينية المعارضة وانجيرو موانغي على حسابها أن القرار خاطئ."
    assert _people(text) == [("وانجيرو موانغي", "وانجيرو موانغي")]


def test_the_given_name_ali_inside_a_name_but_not_the_preposition() -> None:
    assert _people("وقال وزير الخارجية الكيني عمر علي ديريه إن الطرفين اتفقا.") == [
        ("عمر علي ديريه", "عمر علي ديريه")]
    assert _people("وقال الرئيس الكيني ويليام روتو على هامش القمة إن بلاده مستعدة.") == [
        ("ويليام روتو", "ويليام روتو")]


def test_a_name_word_starting_with_waw_stays_in_the_name() -> None:
    text = "وقال وزير الإعلام الكيني داود حسن وركية في مؤتمر صحفي إن الحكومة مستعدة."
    assert _people(text) == [("داود حسن وركية", "داود حسن وركية")]


def test_the_preposition_of_a_source_phrase_is_not_part_of_the_name() -> None:
    text = 'قال النائب الكيني جوزيف كاماو إن الاتفاق سيئ. "لن نتراجع"، وفقا لكاماو.'
    assert _people(text) == [("جوزيف كاماو", "جوزيف كاماو"), ("كاماو", "جوزيف كاماو")]


@pytest.mark.parametrize("text", [
    "وقدم السفير الألماني احتجاجا على القرار.",
    "وعقدت إيطاليا وتونس وليبيا اجتماعا في العاصمة.",
    "وقال الوزير استنكارا للهجوم إن بلاده لن تصمت.",
])
def test_an_indefinite_verbal_noun_is_not_a_person(text: str) -> None:
    assert _people(text) == []


def test_a_title_and_adjective_at_the_very_end_of_the_text() -> None:
    assert _people("وقال النائب الكيني المعارض") == []
    assert _people("وقال المتحدث باسم الوزارة،") == []
