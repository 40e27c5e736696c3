"""Entities found by pattern: datelines, bracketed short forms, head-noun organisations,
media names, place nouns, geographic features, Mali, derived nationality adjectives."""

from __future__ import annotations

from nato_reader.core.entities import find_entities
from nato_reader.core.lexicon import derived_adjective, lexicon


def labelled(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_dateline_agency_is_an_org():
    text = ("نص العنوان\nنيروبي (شينخوا) - أعلنت الحكومة الكينية خطة جديدة.\n"
            "لوساكا (وكالة محلية) - بدأ")
    spans = labelled(text)
    assert ("شينخوا", "ORG") in spans
    assert ("نيروبي", "LOCATION") in spans
    assert ("وكالة محلية", "ORG") in spans


def test_bracketed_short_form_is_a_second_org_known_for_the_rest_of_the_article():
    text = ("وقالت منظمة التعاون الإسلامي (التعاون) إنها ستجتمع. "
            "وأضافت منظمة الصحة العالمية (هوو) أن الوباء انحسر، ودعت هوو إلى الحذر.")
    spans = find_entities(text)
    short = [s for s in spans if s.text == "هوو"]
    assert len(short) == 2 and all(s.label == "ORG" for s in short)
    # The short form's canonical name is the organisation's full name.
    full = next(s for s in spans if s.text.startswith("منظمة الصحة"))
    assert {s.get("canonical") for s in short} == {full.get("canonical")}


def test_head_noun_and_genitive_phrase_make_one_org_without_a_country_inside():
    assert labelled("أعلن مكتب شؤون كوريا في الحكومة") == [("مكتب شؤون كوريا", "ORG")]
    assert ("معهد الدراسات الاستراتيجية", "ORG") in labelled(
        "وقال باحث في معهد الدراسات الاستراتيجية إن")
    assert ("جامعة نيروبي الوطنية", "ORG") in labelled("يدرس في جامعة نيروبي الوطنية منذ عام")


def test_an_org_ends_with_its_genitive_chain_not_at_the_next_word():
    # The verb's object after the name is not part of it; an adjective of the name is.
    assert labelled("رفض اتحاد نقابات العمال الخطة") == [("اتحاد نقابات العمال", "ORG")]
    assert labelled("وقال اتحاد نقابات العمال العربية إن") == [
        ("اتحاد نقابات العمال العربية", "ORG")]


def test_a_head_noun_alone_or_with_a_generic_complement_is_no_org():
    assert labelled("اجتمع مجلس الإدارة أمس") == []
    assert labelled("وصلت مجموعة من الخبراء إلى المدينة") == []


def test_armed_forces_named_by_a_nationality_are_an_org():
    assert labelled("أكدت القوات الجوية المصرية جاهزيتها") == [("القوات الجوية المصرية", "ORG")]
    assert labelled("قال الجيش الأردني إن") == [("الجيش الأردني", "ORG")]
    # Forces with a nationality alone keep the adjective as a NORP.
    assert labelled("انسحبت القوات الفرنسية من البلاد") == [("الفرنسية", "NORP")]


def test_a_quoted_name_after_a_medium_is_an_org():
    spans = labelled('وقال في حديث لصحيفة "الشروق" اليومية إن')
    assert ("الشروق", "ORG") in spans


def test_a_name_after_a_place_noun_is_a_location_and_stays_one_alone():
    text = "تصاعد التوتر في إقليم أوروميا وسط مخاوف. وقال سكان أوروميا إن"
    assert [s for s in labelled(text) if s[1] == "LOCATION"] == [
        ("أوروميا", "LOCATION"), ("أوروميا", "LOCATION")]
    assert ("الساحل", "LOCATION") in labelled("تنشط الجماعات المسلحة في منطقة الساحل")
    # An adjective after منطقة is no place name.
    assert labelled("أقامت منطقة عازلة على الحدود") == []


def test_geographic_features_keep_their_head_noun_inside():
    assert ("نهر الفولغا", "LOCATION") in labelled("تجمدت مياه نهر الفولغا هذا الشتاء")
    assert ("بحر إيجه", "LOCATION") in labelled("أبحرت السفن في بحر إيجه")
    assert ("خليج عدن", "LOCATION") in labelled("قرصنة في خليج عدن")
    assert labelled("سيصل الوفد في بحر الأسبوع المقبل") == []


def test_mali_is_the_country_in_a_list_or_after_a_preposition_but_not_financial():
    assert ("مالي", "COUNTRY") in labelled("يضم التحالف النيجر ومالي وتشاد")
    assert ("مالي", "COUNTRY") in labelled("اندلعت اشتباكات في مالي أمس")
    assert labelled("قدم البنك دعم مالي كبير") == []
    assert ("المالي", "NORP") in labelled("قال وزير الخارجية المالي إن")
    assert labelled("قال وزير المالي إن الموازنة") == []


def test_nationality_adjective_is_derived_for_countries_without_a_listed_one():
    assert derived_adjective("غيانا") == "غياني"
    assert derived_adjective("ناميبيا") == "ناميبي"
    assert derived_adjective("مالي") is None  # مالية means "financial"
    assert derived_adjective("كوريا الجنوبية") is None
    assert ("ناميبي", "NORP") in labelled("قال دبلوماسي ناميبي إن")
    assert labelled("قالت وزيرة الخارجية الغيانية") == [("الغيانية", "NORP")]


def test_every_capital_is_a_location():
    lex = lexicon()
    for city in ("كراكاس", "جورج تاون", "باماكو", "نواكشوط", "ويندهوك", "بيشكيك"):
        assert lexicon().is_place(city), city
    assert not lex.is_place("جورج")
