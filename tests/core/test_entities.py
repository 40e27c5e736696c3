"""Entity spans on sentences written for these tests (other countries, names and styles)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_reader.core.entities import find_entities, find_titles


def _spans(text):
    return [(s.label, s.text, s.attrs.get("country") or s.attrs.get("canonical"))
            for s in find_entities(text)]


def test_proclitics_are_left_out_but_name_letters_kept():
    text = "التقى وفد من بولندا ولبنان وفنلندا وكندا بممثلين عن واشنطن ولإيطاليا وبالهند."
    assert _spans(text) == [
        ("COUNTRY", "بولندا", "PL"), ("COUNTRY", "لبنان", "LB"), ("COUNTRY", "فنلندا", "FI"),
        ("COUNTRY", "كندا", "CA"), ("LOCATION", "واشنطن", "US"),
        ("COUNTRY", "إيطاليا", "IT"), ("COUNTRY", "الهند", "IN"),
    ]


def test_lam_lam_keeps_article_lam():
    spans = _spans("قدمت اليابان مساعدات للفلبين وللمكسيك")
    assert ("COUNTRY", "لفلبين", "PH") in spans
    assert ("COUNTRY", "لمكسيك", "MX") in spans


def test_glued_words():
    text = "وقعت فرنساوألمانيا اتفاقا مع الولاياتالمتحدة وكورياالجنوبيةوالهند"
    assert _spans(text) == [
        ("COUNTRY", "فرنسا", "FR"), ("COUNTRY", "ألمانيا", "DE"),
        ("COUNTRY", "الولاياتالمتحدة", "US"), ("COUNTRY", "كورياالجنوبية", "KR"),
        ("COUNTRY", "الهند", "IN"),
    ]


def test_a_preposition_glued_to_a_definite_name_is_left_out():
    text = "وعاد الوفد إلىالولايات المتحدة بعد زيارة منالصين وجولة فيالمغرب."
    assert _spans(text) == [
        ("COUNTRY", "الولايات المتحدة", "US"), ("COUNTRY", "الصين", "CN"),
        ("COUNTRY", "المغرب", "MA"),
    ]


def test_a_listed_company_is_named_without_the_word_company():
    spans = _spans("ووقعت شركة أرامكو اتفاقا مع شركة إكسون موبيل.")
    assert [t for label, t, _ in spans if label == "ORG"] == ["أرامكو", "إكسون موبيل"]


def test_nationality_adjectives_in_every_form():
    text = "انتقد المسؤولون الإيرانيون السفينة التركية وجنديين بريطانيين والقوات الكورية الشمالية"
    labels = [(lab, t, c) for lab, t, c in _spans(text) if lab == "NORP"]
    assert labels == [("NORP", "الإيرانيون", "IR"), ("NORP", "التركية", "TR"),
                      ("NORP", "بريطانيين", "GB"), ("NORP", "الكورية الشمالية", "KP")]


def test_ministry_takes_its_adjective_agency_does_not():
    text = "قالت وزارة الدفاع الفرنسية ووكالة كيودو اليابانية إن"
    assert _spans(text) == [
        ("ORG", "وزارة الدفاع الفرنسية", "FR"),
        ("ORG", "وكالة كيودو", "JP"),
        ("NORP", "اليابانية", "JP"),
    ]


def test_generic_government_is_not_an_org_without_nationality():
    assert _spans("أعلنت الحكومة خطة جديدة") == []
    assert _spans("أعلنت الحكومة الكندية خطة") == [("ORG", "الحكومة الكندية", "CA")]


def test_hashtags_hold_no_spans():
    assert _spans("#روسيا #الناتو قمة") == []


def test_titles_and_people():
    text = ("وقال وزير الخارجية الإيطالي أنطونيو تاياني إن روما تدعم كييف. "
            "وأضاف تاياني أن الاتحاد الأوروبي موحد.")
    spans = _spans(text)
    assert ("NORP", "الإيطالي", "IT") in spans
    assert ("PERSON", "أنطونيو تاياني", "أنطونيو تاياني") in spans
    assert ("PERSON", "تاياني", "أنطونيو تاياني") in spans
    titles = find_titles(text)
    assert titles[0].text == "وزير الخارجية الإيطالي"
    assert titles[0].person is not None and titles[0].person.text == "أنطونيو تاياني"


def test_spelling_variants_are_one_person():
    text = ("قال المستشار الألماني أولاف شولتس إن برلين ستساعد. "
            "ورد شولتز على المنتقدين.")
    persons = [(t, c) for lab, t, c in _spans(text) if lab == "PERSON"]
    assert persons == [("أولاف شولتس", "أولاف شولتس"), ("شولتز", "أولاف شولتس")]


def test_speech_verb_then_name_then_colon():
    text = "وقالت بيربوك: «نحن مستعدون»."
    assert ("PERSON", "بيربوك", "بيربوك") in _spans(text)


def test_apposition_after_name():
    text = "وقال غو جيا كون، المتحدث باسم وزارة الخارجية الصينية، إن بكين ترفض ذلك."
    spans = _spans(text)
    assert ("PERSON", "غو جيا كون", "غو جيا كون") in spans
    assert ("ORG", "وزارة الخارجية الصينية", "CN") in spans
    assert find_titles(text)[0].person.text == "غو جيا كون"


def test_spans_never_overlap_on_samples(sample_texts):
    for text in sample_texts.values():
        spans = find_entities(text)
        for a, b in pairwise(spans):
            assert a.end <= b.start, (a, b)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
       | st.text(alphabet="وال بلك فرنسا الصين كوريا\u064e\u0640\u200f#،:\"ـ", max_size=200)
       | st.lists(st.sampled_from(["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "،", "إن",
                                   "وزارة", "الخارجية", "الصينية", "للصين", "الناتو", "(", ")",
                                   "منظمة", "ليندا", "لدى", "الأمم", "المتحدة", "\n", "-"]),
                  max_size=40).map(" ".join))
def test_find_entities_never_raises_and_spans_are_exact(text):
    spans = find_entities(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for a, b in pairwise(spans):
        assert a.end <= b.start
    for title in find_titles(text):
        assert text[title.start : title.end] == title.text


def test_masculine_adjective_after_ministry_word_belongs_to_the_minister():
    text = "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم الخطة."
    spans = _spans(text)
    assert ("NORP", "الفرنسي", "FR") in spans
    assert not [s for s in spans if s[0] == "ORG"]


def test_diacritics_tatweel_and_crlf_keep_exact_spans_and_plain_canonicals():
    text = ("قالَ الرَّئِيسُ الفِنْلَنْدِيُّ أَلِكْسَنْدَر سْتوب إنَّ هِلْسِنْكِي ستنضم إلى الناتـــو.\r\n"
            "وأكّد سْتوب: «نحن جاهزون».")
    spans = find_entities(text)
    assert [(s.label, s.text) for s in spans] == [
        ("NORP", "الفِنْلَنْدِيُّ"), ("PERSON", "أَلِكْسَنْدَر سْتوب"), ("LOCATION", "هِلْسِنْكِي"),
        ("ORG", "الناتـــو"), ("PERSON", "سْتوب"),
    ]
    assert {s.attrs["canonical"] for s in spans if s.label == "PERSON"} == {"ألكسندر ستوب"}


def test_a_listed_full_name_is_taken_whole():
    text = "وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن بروكسل مستعدة."
    people = [s.text for s in find_entities(text) if s.label == "PERSON"]
    assert people == ["أورسولا فون دير لاين"]


def test_title_with_bracketed_short_name_still_introduces_the_person():
    text = "وقال الأمين العام لمنظمة حلف شمال الأطلسي (الناتو) مارك روته إن الحلف موحد."
    titles = find_titles(text)
    assert titles[0].text == "الأمين العام لمنظمة حلف شمال الأطلسي (الناتو)"
    assert titles[0].person is not None and titles[0].person.text == "مارك روته"


@pytest.mark.parametrize(
    ("written", "name", "code"),
    [
        ("واشنطن", "واشنطن", "US"), ("وواشنطن", "واشنطن", "US"), ("بولندا", "بولندا", "PL"),
        ("لبولندا", "بولندا", "PL"), ("ليتوانيا", "ليتوانيا", "LT"),
        ("لليتوانيا", "ليتوانيا", "LT"), ("ليبيا", "ليبيا", "LY"), ("وليبيا", "ليبيا", "LY"),
        ("فلسطين", "فلسطين", "PS"), ("ففلسطين", "فلسطين", "PS"), ("كوبا", "كوبا", "CU"),
        ("وكوبا", "كوبا", "CU"), ("كينيا", "كينيا", "KE"), ("بكينيا", "كينيا", "KE"),
        ("فنلندا", "فنلندا", "FI"), ("وبفنلندا", "فنلندا", "FI"), ("كندا", "كندا", "CA"),
        ("لكندا", "كندا", "CA"), ("وللصين", "لصين", "CN"), ("كالهند", "الهند", "IN"),
    ],
)
def test_proclitics_are_split_only_when_the_rest_is_known(written, name, code):
    text = f"اجتماع {written} اليوم"
    spans = find_entities(text)
    assert [(s.text, s.attrs["country"]) for s in spans] == [(name, code)]


def test_unlisted_ministries_by_pattern():
    spans = _spans("أعلنت وزارة الشباب والرياضة المصرية، ثم وزارة الطوارئ الروسية، أن الوزارة")
    assert spans == [("ORG", "وزارة الشباب والرياضة المصرية", "EG"),
                     ("ORG", "وزارة الطوارئ الروسية", "RU")]


def test_title_complements_and_postings():
    text = ("وقالت المديرة التنفيذية للبرنامج سيندي ماكين إن الوضع خطير. "
            "وقال السفير الصيني لدى واشنطن شيه فنغ للصحفيين إن بكين ترفض. وقال الرئيس للصحفيين إن")
    titles = [(t.text, t.person.text if t.person else None) for t in find_titles(text)]
    assert titles == [("المديرة التنفيذية للبرنامج", "سيندي ماكين"),
                      ("السفير الصيني لدى واشنطن", "شيه فنغ"), ("الرئيس", None)]


def test_central_banks_gulf_council_and_energy_companies_are_organisations():
    text = ("وقال مصرف سوريا المركزي إن الليرة استقرت، ورد المصرف المركزي العراقي بخفض الفائدة. "
            "وأكد الأمين العام لمجلس التعاون أن شركتي بي بي وكوسموس إنرجي وقعتا العقد.")
    orgs = [s.text for s in find_entities(text) if s.label == "ORG"]
    assert orgs == ["مصرف سوريا المركزي", "المصرف المركزي العراقي", "مجلس التعاون", "بي بي",
                    "كوسموس إنرجي"]
    gcc = [s for s in find_entities("قمة مجلس التعاون الخليجي") if s.label == "ORG"]
    assert gcc[0].get("canonical") == "مجلس التعاون الخليجي"


def test_a_bank_named_after_its_country_holds_no_country():
    spans = find_entities("طالبت جمعية مصارف لبنان مصرف لبنان بخطة.")
    assert [(s.text, s.label) for s in spans] == [("جمعية مصارف لبنان", "ORG"),
                                                   ("مصرف لبنان", "ORG")]
