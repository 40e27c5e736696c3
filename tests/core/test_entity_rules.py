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


def test_a_dateline_is_found_after_other_lines_with_brackets():
    text = ("قراءة في الأخبار (تحليل)\nصورة (أرشيف)\nالرباط (ومع) - قال مسؤول إن الاجتماع بدأ "
            "(صباحا).\nنص (ملاحظة)")
    spans = labelled(text)
    assert ("ومع", "ORG") in spans
    assert not any(label == "ORG" and text in ("تحليل", "أرشيف", "صباحا", "ملاحظة")
                   for text, label in spans)


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


def test_benin_is_the_country_beside_other_countries_not_the_plural_noun():
    assert ("بنين", "COUNTRY") in labelled("وصلت السفن إلى سواحل بنين وتوغو أمس")
    assert ("بنين", "COUNTRY") in labelled("عاد الوفد من بنين")
    assert labelled("رزق الرجل بنين وبنات") == []


def test_a_noun_written_with_final_alef_maqsura_is_not_a_nationality():
    # مجرى (a course) folds to the spelling of مجري (Hungarian).
    assert labelled("تغير مجرى النهر بعد الفيضان") == []
    assert labelled("ارتفع منسوب المياه في المجرى الرئيسي") == []
    assert ("المجري", "NORP") in labelled("قال رئيس الوزراء المجري إن")


def test_a_country_is_known_with_and_without_its_article_and_its_adjective_is_a_norp():
    assert ("البيرو", "COUNTRY") in labelled("عرضت البيرو الوساطة")
    spans = labelled("قال وزير الخارجية التشيلي إن تشيلي لن تنسحب")
    assert ("التشيلي", "NORP") in spans and ("تشيلي", "COUNTRY") in spans


def test_a_definite_head_with_an_adjective_and_a_purpose_is_one_org():
    for name in ("المكتب الدولي للملاحة البحرية", "المعهد الإيطالي للشؤون الدولية",
                 "المكتب الأوروبي لمكافحة الاحتيال"):
        assert (name, "ORG") in labelled(f"وبحسب {name}، تراجعت الحوادث. وقال المكتب إن"), name
    # The bare head noun later is no ORG.
    assert labelled("وقال المكتب في تقريره إن") == []


def test_a_generic_indefinite_head_is_no_org():
    assert labelled("اقترحت الحكومة إنشاء مركز مشترك لتبادل المعلومات") == []
    assert labelled("طالبت الدول بزيادة المساهمات في صندوق إقليمي للتكيف") == []
    assert labelled("افتتحت الشركة مكتب تمثيلي في المدينة") == []


def test_a_mission_of_a_listed_organisation_is_that_organisation_and_its_short_form():
    spans = labelled("ودعت بعثة حلف الناتو في البوسنة (يوفور) إلى التهدئة")
    assert ("حلف الناتو", "ORG") in spans and ("يوفور", "ORG") in spans
    assert not any(text.startswith("بعثة") for text, _ in spans)


def test_a_describing_adjective_ends_an_org_or_shows_a_common_noun():
    assert ("تحالف دول الساحل", "ORG") in labelled("قال إن تحالف دول الساحل المتنامي يقلقه")
    spans = labelled("اتهمت سيول تحالف روسيا المتنامي مع بيونغ يانغ")
    assert ("روسيا", "COUNTRY") in spans and all(label != "ORG" for _, label in spans)


def test_maritime_as_an_adjective_of_a_noun_is_not_the_navy():
    spans = labelled("قالت وزيرة الشؤون البحرية الغانية إن")
    assert spans == [("الغانية", "NORP")]
    assert labelled("أعلنت البحرية الغانية نشر سفن") == [("البحرية الغانية", "ORG")]


def test_more_place_nouns_introduce_a_location_without_the_noun():
    spans = labelled("اندلعت اشتباكات قرب بلدة كارانيكا ثم في قرية سوليمو وأرخبيل تارفا")
    assert [s for s in spans if s[1] == "LOCATION"] == [
        ("كارانيكا", "LOCATION"), ("سوليمو", "LOCATION"), ("تارفا", "LOCATION")]


def test_a_verb_after_region_is_no_place():
    assert labelled("تسحب الشركات المياه في منطقة تعاني الجفاف") == []
    assert labelled("تقع في منطقة يسيطر عليها المتمردون") == []


def test_islands_of_a_named_ocean_are_the_ocean():
    assert labelled("قادة جزر المحيط الهادئ يجتمعون") == [("المحيط الهادئ", "LOCATION")]


def test_a_river_named_inside_an_organisation_is_a_place_alone_later():
    text = "حذرت لجنة نهر الزامبيزي من الجفاف. ويعيش الملايين على ضفاف الزامبيزي."
    spans = labelled(text)
    assert ("لجنة نهر الزامبيزي", "ORG") in spans
    assert ("الزامبيزي", "LOCATION") in spans


def test_a_working_group_is_no_org():
    assert labelled("اجتمعت مجموعة عمل الطاقة في المدينة") == []


def test_a_head_its_complement_and_a_nationality_are_one_org():
    assert labelled("وقالت هيئة البث الكندية إن") == [("هيئة البث الكندية", "ORG")]


def test_the_short_form_of_a_mission_in_a_country_names_the_mission():
    spans = find_entities("وقال مصدر في بعثة الأمم المتحدة في ليبيا (أونسميل) إن الوضع هادئ")
    short = next(s for s in spans if s.text == "أونسميل")
    assert short.label == "ORG" and short.attrs["canonical"] == "أونسميل"


def test_a_head_and_an_unknown_name_are_an_org_and_a_nationality_after_them_a_norp():
    assert labelled("ويقول باحث في معهد ليو الياباني إن") == [
        ("معهد ليو", "ORG"), ("الياباني", "NORP")]


def test_a_definite_head_and_adjective_before_a_bracketed_short_form_are_an_org():
    spans = labelled("وعقد قادة الجماعة الأنديزية (كان) اجتماعا، ثم قالت كان إنها ستعود.")
    assert spans.count(("كان", "ORG")) == 2
    assert ("الجماعة الأنديزية", "ORG") in spans


def test_a_directorate_general_and_a_court_with_their_complements_are_orgs():
    assert labelled("أعلنت المديرية العامة للجمارك أنها صادرت الشحنة") == [
        ("المديرية العامة للجمارك", "ORG")]
    assert labelled("وقضت محكمة الاستئناف العليا في القضية") == [
        ("محكمة الاستئناف العليا", "ORG")]
    assert labelled("هاجمت جماعة مسلحة قرية نائية") == []


def test_a_latin_acronym_after_an_org_is_its_short_form():
    spans = find_entities("ونقلت هيئة الإذاعة البولندية TVP عن الوزير قوله. وذكرت TVP أن")
    short = [s for s in spans if s.text == "TVP"]
    assert len(short) == 2 and {s.label for s in short} == {"ORG"}
    assert {s.get("canonical") for s in short} == {"هيئة الإذاعة البولندية"}


def test_a_dateline_source_after_a_dash_or_slash_is_an_org_even_with_a_place_name():
    spans = find_entities("عنوان الخبر\nالقاهرة - «الشرق الأوسط»\nقال الوزير إن")
    assert [(s.text, s.label) for s in spans][:2] == [
        ("القاهرة", "LOCATION"), ("الشرق الأوسط", "ORG")]
    spans = find_entities("عنوان الخبر\nأنقرة/ الأناضول\nقال الوزير إن")
    assert spans[1].label == "ORG" and spans[1].get("canonical") == "وكالة الأناضول"


def test_al_qaeda_is_the_group_only_where_the_context_is_one_of_groups():
    assert labelled("وهاجم مسلحو القاعدة البلدة") == [("القاعدة", "ORG")]
    assert labelled("جماعات مرتبطة بالقاعدة") == [("القاعدة", "ORG")]
    assert labelled("أقيمت القاعدة العسكرية وفق القاعدة المعروفة") == []


def test_the_quoted_name_a_group_is_known_by_is_an_org_and_its_description_is_not():
    text = 'ويقود الهجمات تحالف الميليشيات المعروف باسم "درع الشمال" منذ عام.'
    assert labelled(text) == [("درع الشمال", "ORG")]
    assert labelled('التقى الصحفي رجلا يدعى "أبو علي" في السوق') == []


def test_malian_in_an_article_about_mali_but_financial_elsewhere():
    text = ("وقال المحلل العسكري المالي موسى كوني إن الجيش يتقدم نحو باماكو. "
            "وتفاقمت الأزمة المالية في البلاد.")
    norps = [s.text for s in find_entities(text) if s.label == "NORP"]
    assert norps == ["المالي"]
    assert labelled("وقال المحلل المالي إن الأسواق هبطت") == []
    assert ("المالية", "NORP") in labelled("وصل الوفد إلى المدينة المالية تمبكتو")


def test_a_nationality_in_the_indefinite_accusative_is_a_norp():
    spans = find_entities("وأصيب خمسة عشر جنديا تشاديا، وأسر المسلحون ضابطا بوركينيا.")
    assert [(s.text, s.label, s.get("country")) for s in spans] == [
        ("تشاديا", "NORP", "TD"), ("بوركينيا", "NORP", "BF")]


def test_prepositions_and_conjunctions_after_a_place_noun_are_no_place():
    assert labelled("فر السكان من بلدة قرب النهر") == []
    assert labelled("وهي منطقة طالما شهدت معارك") == []
    assert labelled("وهي جزيرة تتبع التاج وجزيرة تقع قبالة الساحل") == []


def test_a_town_after_a_quarter_noun_and_a_region_after_its_states():
    assert labelled("وقال أحد سكان حي بيلفيو إن") == [("بيلفيو", "LOCATION")]
    assert labelled("وتعاني دول الساحل من الجفاف") == [("الساحل", "LOCATION")]


def test_a_direction_makes_one_place_with_a_region_but_not_with_a_country():
    assert labelled("في شمال القوقاز") == [("شمال القوقاز", "LOCATION")]
    assert labelled("في جنوب لبنان") == [("لبنان", "COUNTRY")]
    assert labelled("في منطقة القطب الشمالي") == [("القطب الشمالي", "LOCATION")]


def test_the_quoted_name_of_an_exercise_holds_no_place():
    assert labelled('وتشارك السفن في مناورات "عاصفة الخليج" قرب الخليج') == [
        ("الخليج", "LOCATION")]


def test_a_city_named_by_a_common_word_needs_a_place_context():
    assert labelled("ويبقى التمويل العقبة الأبرز") == []
    assert labelled("وصلت السفينة إلى ميناء العقبة") == [("العقبة", "LOCATION")]


def test_both_spellings_of_armenian_are_norps():
    assert labelled("فر ألف أرمني من الإقليم بحسب الأرميني") == [
        ("أرمني", "NORP"), ("الأرميني", "NORP")]


def test_a_regional_government_is_one_org_with_no_place_inside() -> None:
    assert labelled("وقال برلمان ولاية بافاريا إن") == [("برلمان ولاية بافاريا", "ORG")]
    # A government named by its country keeps the country.
    assert labelled("قررت حكومة كندا") == [("كندا", "COUNTRY")]


def test_a_company_named_by_a_chain_needs_its_nationality() -> None:
    text = "وقعت شركة نقل الغاز المصرية (نقلغاز) عقدا، وقالت نقلغاز إنها ستبدأ."
    spans = labelled(text)
    assert ("شركة نقل الغاز المصرية", "ORG") in spans
    assert spans.count(("نقلغاز", "ORG")) == 2
    assert labelled("وقالت شركة طيران إنها ستلغي الرحلات.") == []
    # A name the lexicon does not know is complete without the nationality after it.
    assert labelled("وقالت شركة بتروكيم الماليزية إن") == [
        ("شركة بتروكيم", "ORG"), ("الماليزية", "NORP")]


def test_a_quoted_company_name_is_an_org() -> None:
    assert ("بتروناس", "ORG") in labelled('وتدير شركة "بتروناس" الحقل.')
    assert labelled('وأعلنت "توتال إنرجي" الفرنسية انسحابها.')[:2] == [
        ("توتال إنرجي", "ORG"), ("الفرنسية", "NORP")]
    # A quoted product before a nationality is described by it, it is no organisation.
    assert labelled('أسقطت مسيرات "لانسيت" الروسية') == [("الروسية", "NORP")]


def test_a_head_with_a_noun_and_its_adjective_is_a_description() -> None:
    assert labelled("افتتح مكتب تنسيق إقليمي في المدينة") == []


def test_a_party_name_takes_an_unlisted_relational_adjective() -> None:
    assert labelled("وقال الحزب الديمقراطي الكردستاني إن") == [
        ("الحزب الديمقراطي الكردستاني", "ORG")]
    # A describing adjective is not part of the name.
    assert labelled("الحزب الديمقراطي العسكري") == [("الحزب الديمقراطي", "ORG")]


def test_a_dateline_newspaper_named_like_a_region_is_the_paper_when_quoted_later() -> None:
    text = ("عنوان الخبر\n\nالقاهرة: «الشرق الأوسط»\n\nوقال الوزير لـ«الشرق الأوسط» إن "
            "الشرق الأوسط يتغير.")
    spans = labelled(text)
    assert spans.count(("الشرق الأوسط", "ORG")) == 2
    assert ("الشرق الأوسط", "LOCATION") in spans
    assert ("وكالات", "ORG") not in labelled("عنوان\nالقاهرة (وكالات) - قال الوزير")


def test_two_directions_before_a_region_listed_with_one_make_one_place() -> None:
    assert labelled("التوتر في شمال شرق آسيا") == [("شمال شرق آسيا", "LOCATION")]
    assert ("شرق المتوسط", "LOCATION") in labelled("الغاز في شرق المتوسط")


def test_a_definite_head_with_relational_adjectives_names_a_body() -> None:
    assert labelled("وقال الاتحاد الوطني الكردستاني إن") == [
        ("الاتحاد الوطني الكردستاني", "ORG")]
    assert labelled("وقالت المفوضية العليا المستقلة للانتخابات إن") == [
        ("المفوضية العليا المستقلة للانتخابات", "ORG")]
    # Generic adjectives alone describe a body of that kind.
    assert labelled("افتتح المركز الوطني الإقليمي أبوابه") == []
    assert labelled("أسس حزب سياسي جديد") == []


def test_a_media_name_no_list_knows_is_read_before_its_nationality() -> None:
    assert labelled("وذكرت صحيفة فيدوموستي الروسية أن") == [
        ("فيدوموستي", "ORG"), ("الروسية", "NORP")]
    # An indefinite adjective describes the medium's noun.
    assert labelled("وقال موقع إلكتروني أمريكي إن") == [("أمريكي", "NORP")]


def test_a_company_noun_with_an_indefinite_nationality_is_a_kind_of_company() -> None:
    assert labelled("حيث تدير شركة تعدين نرويجية منجما") == [("نرويجية", "NORP")]


def test_a_coordinated_field_stays_in_the_name():
    assert ("المركز الوطني للرصد والإنذار", "ORG") in labelled(
        "وقال المركز الوطني للرصد والإنذار إن العاصفة تقترب.")
    assert ("الهيئة العامة للطرق والنقل", "ORG") in labelled(
        "وقالت الهيئة العامة للطرق والنقل إن الطريق مغلق.")



def test_a_front_is_named_by_its_genitive_and_an_adjective_of_it():
    assert ("جبهة الإنقاذ الوطني", "ORG") in labelled(
        "وقالت جبهة الإنقاذ الوطني المعارضة إن المشاركة ضعيفة.")
    assert not any(label == "ORG" for _, label in labelled(
        "وتقدمت القوات على جبهة القتال الشرقية أمس."))


def test_a_general_union_with_a_nationality_and_a_purpose_is_one_org():
    assert ("الاتحاد العام المغربي للشغل", "ORG") in labelled(
        "وقال الاتحاد العام المغربي للشغل إن الإضراب مستمر.")


def test_a_quoted_place_after_la_is_the_medium_told():
    assert ("الشرق الأوسط", "ORG") in labelled("وقالت الوزيرة لـ\"الشرق الأوسط\" إن الخطة جاهزة.")
    assert ("الشرق الأوسط", "LOCATION") in labelled("وسافر الوفد إلى \"الشرق الأوسط\" أمس.")


def test_a_quoted_short_name_after_an_org_before_an_is_an_org():
    spans = labelled("وذكرت هيئة البث العامة \"كان\" أن الحكومة وافقت.")
    assert ("هيئة البث العامة", "ORG") in spans
    assert ("كان", "ORG") in spans


def test_a_university_named_by_a_place_stops_before_the_person_after_it() -> None:
    spans = labelled("وقال الباحث في جامعة بغداد سالم الحسني لوكالة رويترز إن الأزمة طويلة.")
    assert ("جامعة بغداد", "ORG") in spans
    assert ("وكالة رويترز", "ORG") in spans
    assert not any(label == "ORG" and "الحسني" in text for text, label in spans)


def test_a_given_name_ends_an_unlisted_university_name() -> None:
    spans = labelled("وقالت الأستاذة في جامعة مرمرة فاطمة شاهين إن الأرقام مقلقة.")
    assert ("جامعة مرمرة", "ORG") in spans
    assert not any(label == "ORG" and "فاطمة" in text for text, label in spans)


def test_a_head_with_a_regional_adjective_is_a_kind_of_body() -> None:
    spans = labelled("افتتح منتدى عربي للطاقة أعماله، وأعلن صندوق خليجي للتنمية عن منح.")
    assert not any(label == "ORG" for _, label in spans)


def test_a_parliament_and_the_government_are_two_bodies() -> None:
    spans = labelled("تصاعد الخلاف بين مجلس الشورى والحكومة بعد الجلسة.")
    assert ("مجلس الشورى", "ORG") in spans
    assert not any("والحكومة" in text for text, _ in spans)


def test_fatah_is_the_movement_only_beside_factions_or_after_its_kind() -> None:
    spans = labelled("التقى وفدا حماس وفتح في الدوحة، واشتبكت عناصر موالية لفتح مع الشرطة. "
                     "ثم وصل ممثلو حركتي فتح والجهاد.")
    assert [text for text, label in spans if label == "ORG" and text == "فتح"] == ["فتح"] * 3
    assert ("فتح", "ORG") in labelled("وقالت فتح في بيان إن الاتفاق ملزم.")
    assert not any(label == "ORG" for text, label in labelled(
        "وفتح الجيش الطريق أمام المدنيين، وقرر الوزير فتح المعابر، وأكدت فتح الطرق.")
        if "فتح" in text)


def test_a_quoted_name_after_an_organisation_noun_is_an_org() -> None:
    spans = labelled('وقال متطوع في منظمة "أطباء الحدود" الإيطالية إن القارب غرق.')
    assert ("أطباء الحدود", "ORG") in spans


def test_a_place_after_a_noun_of_the_press_is_the_newspaper() -> None:
    spans = labelled("وقال المسؤول لصحيفة الشرق الأوسط إن الوفد وصل، وذكرت جريدة الرياض ذلك. "
                     "وتتصاعد التوترات في الشرق الأوسط.")
    assert [label for text, label in spans if text == "الشرق الأوسط"] == ["ORG", "LOCATION"]
    assert ("الرياض", "ORG") in spans


def test_an_island_is_named_without_its_noun_and_a_described_island_is_no_name() -> None:
    spans = labelled("وصل المهاجرون إلى جزيرة مالطا ثم إلى جزيرة سانتوريني اليونانية. "
                     "وغرينلاند جزيرة تتمتع بحكم ذاتي.")
    assert ("سانتوريني", "LOCATION") in spans
    assert not any(text.startswith("جزيرة") for text, _ in spans)
    assert not any(text == "تتمتع" for text, _ in spans)


def test_amid_a_sea_is_not_a_region_of_it() -> None:
    spans = labelled("غرق قارب في وسط البحر الأبيض المتوسط، وتوترت الأجواء في شرق البحر المتوسط.")
    assert ("البحر الأبيض المتوسط", "LOCATION") in spans
    assert ("شرق البحر المتوسط", "LOCATION") in spans


def test_the_quoted_name_of_an_event_holds_no_place() -> None:
    spans = labelled('وافتتح مؤتمر "آفاق أفريقيا" في دكار بمشاركة مسؤولين من السنغال.')
    assert not any(text == "أفريقيا" for text, _ in spans)
    assert ("السنغال", "COUNTRY") in spans


def test_financial_is_not_the_maldivian_capital() -> None:
    spans = labelled("ويعاني البلد من أزمة مالية حادة، ووصل الوفد إلى ماليه عاصمة المالديف.")
    assert [text for text, label in spans if label == "LOCATION"] == ["ماليه"]


def test_kabul_is_no_place_where_a_cable_takes_its_adjective() -> None:
    text = "وانقطع كابل بحري بين البلدين، واتهمت كابل جارتها بالقصف، ثم عاد الوفد إلى كابل."
    places = [s.start for s in find_entities(text) if s.label == "LOCATION"]
    cable = text.index("كابل")
    assert len(places) == 2 and cable not in places


def test_a_head_with_an_indefinite_describing_adjective_is_no_name() -> None:
    spans = labelled("وانتخب مجلس بلدي جديد، وتأسس حزب يساري صغير، وأعلن حزب معارض مقاطعته.")
    assert not any(label == "ORG" for _, label in spans)


def test_a_parliamentary_bloc_or_coalition_is_named_by_its_genitive() -> None:
    spans = labelled("وقال ائتلاف دولة القانون إن الحكومة فشلت، وقالت كتلة الوفاء للمقاومة إن "
                     "الجلسة مؤجلة، وقالت كتلة نيابية كبيرة إنها ستقاطع.")
    assert [text for text, label in spans if label == "ORG"] == [
        "ائتلاف دولة القانون", "كتلة الوفاء للمقاومة"]


def test_a_city_named_by_a_common_word_is_a_place_beside_another_place() -> None:
    spans = labelled("وتشمل الخطة إربد والمفرق، ثم الزرقاء وعمّان، وطلاء الجدران بالأزرق والرمادي.")
    places = [text for text, label in spans if label == "LOCATION"]
    assert places == ["إربد", "المفرق", "الزرقاء", "عمّان"]


def test_a_mission_named_with_its_purpose_runs_through_the_place_it_works_in() -> None:
    spans = labelled("وانتقد وزير بعثة الأمم المتحدة لتحقيق الاستقرار في هايتي، ثم مدح بعثة "
                     "الاتحاد الأوروبي للتدريب في موزمبيق.")
    orgs = [text for text, label in spans if label == "ORG"]
    assert orgs == ["بعثة الأمم المتحدة لتحقيق الاستقرار في هايتي",
                    "بعثة الاتحاد الأوروبي للتدريب في موزمبيق"]
    assert not any(label == "COUNTRY" for _, label in spans)


def test_a_mission_without_a_purpose_leaves_its_organisation_and_place_apart() -> None:
    spans = labelled("وصلت بعثة الاتحاد الأوروبي في ليبيا أمس.")
    assert ("الاتحاد الأوروبي", "ORG") in spans and ("ليبيا", "COUNTRY") in spans


def test_a_commission_of_a_listed_organisation_is_one_org() -> None:
    spans = labelled("ورحبت مفوضية الاتحاد الأوروبي بالقرار، وأيدته بعثة حلف الناتو.")
    orgs = [text for text, label in spans if label == "ORG"]
    assert orgs == ["مفوضية الاتحاد الأوروبي", "حلف الناتو"]


def test_a_court_by_its_jurisdiction_and_a_university_by_its_country_are_orgs() -> None:
    spans = labelled("ونظرت المحكمة العسكرية في القضية، وطعن المحامي أمام المحكمة الإدارية "
                     "المغربية، وقالت أستاذة بالجامعة اللبنانية إن الحكم نهائي.")
    orgs = [text for text, label in spans if label == "ORG"]
    assert orgs == ["المحكمة العسكرية", "المحكمة الإدارية المغربية", "الجامعة اللبنانية"]
    assert not any(label == "NORP" for _, label in spans)


def test_a_royal_force_is_named_without_its_country() -> None:
    spans = labelled("ورافقت فرقاطة من البحرية الملكية الناقلة، وحلقت طائرات القوات الجوية "
                     "الملكية الأردنية فوق الحدود.")
    orgs = [text for text, label in spans if label == "ORG"]
    assert orgs == ["البحرية الملكية", "القوات الجوية الملكية الأردنية"]


def test_a_committee_on_a_policy_is_no_org_of_its_own() -> None:
    spans = labelled("وتجتمع لجنة السياسة النقدية الشهر المقبل لبحث أسعار الفائدة.")
    assert not any(label == "ORG" for _, label in spans)


def test_saudi_as_an_adjective_after_a_noun() -> None:
    spans = find_entities("وقالت وزارة الداخلية السعودية إن الحكومة السعودية رحبت، وعبرت "
                          "الشاحنات إلى ميناء جدة السعودية، ونفت السلطات السعودية ذلك، وزار "
                          "الوفد السعودية.")
    got = [(s.text, s.label, s.get("country")) for s in spans]
    assert ("وزارة الداخلية السعودية", "ORG", "SA") in got
    assert ("الحكومة السعودية", "ORG", "SA") in got
    assert [g for g in got if g[1] == "NORP"] == [("السعودية", "NORP", "SA")] * 2
    assert got[-1] == ("السعودية", "COUNTRY", "SA")


def test_a_medium_spoken_to_is_an_org_whatever_its_name() -> None:
    spans = labelled("وقال في حديث لـ«الحرة» إن الحوار متوقف، وأكدت لـ\"الجزيرة\" أن الوفد "
                     "عاد، ودعا لـ«الحوار الوطني» الشامل.")
    assert [text for text, label in spans if label == "ORG"] == ["الحرة", "الجزيرة"]


def test_a_direction_before_a_sea_stays_outside_the_place() -> None:
    spans = labelled("أبحرت السفن غرب البحر الأسود ثم جنوب المحيط الهندي، وشمال القوقاز.")
    places = [text for text, label in spans if label == "LOCATION"]
    assert places == ["البحر الأسود", "المحيط الهندي", "شمال القوقاز"]


def test_a_region_noun_stays_outside_and_the_name_alone_names_the_place() -> None:
    spans = labelled("وصل الوزير إلى إقليم كردستان، وقال مسؤول في كردسـتان إن الرواتب تأخرت.")
    assert [text for text, label in spans if label == "LOCATION"] == ["كردستان", "كردسـتان"]


def test_a_verb_after_a_place_noun_is_no_name() -> None:
    spans = labelled("هذا إقليم يصدر النفط وحي يسكنه العمال، أما ميناء ينبع فيستقبل الناقلات "
                     "وينبع النهر من الجبال.")
    assert [text for text, label in spans if label == "LOCATION"] == ["ينبع"]


def test_a_city_that_begins_a_persons_name_is_no_place() -> None:
    spans = labelled("وقال المندوب الخليل محمد إن الجلسة انتهت، ثم زار الوفد الخليل وبيت لحم.")
    places = [text for text, label in spans if label == "LOCATION"]
    assert places == ["الخليل", "بيت لحم"]


def test_a_nationality_right_after_a_given_name_is_a_family_name() -> None:
    spans = labelled("وقال المحلل ماركو روسي إن جندي روسي قتل، وأكد الباحث محمد مصري ذلك.")
    assert [text for text, label in spans if label == "NORP"] == ["روسي"]
    assert ("ماركو روسي", "PERSON") in spans


def test_a_country_in_a_datelines_brackets_is_where_the_city_lies() -> None:
    spans = labelled("عنوان\nأبشي (تشاد) - قال مسؤول محلي إن المخيم امتلأ.")
    assert ("أبشي", "LOCATION") in spans
    assert ("تشاد", "COUNTRY") in spans
    assert not any(label == "ORG" for _, label in spans)


def test_diacritics_tell_oman_from_amman() -> None:
    oman = find_entities("وصل الوفد إلى عُمان أمس، ثم سافر إلى عَمّان.")
    assert [(s.text, s.label, s.get("country")) for s in oman] == [
        ("عُمان", "COUNTRY", "OM"), ("عَمّان", "LOCATION", "JO")]


def test_without_diacritics_a_list_of_countries_or_muscat_makes_it_oman() -> None:
    listed = find_entities("اجتمع قادة الكويت وقطر وعمان في الدوحة.")
    assert ("عمان", "COUNTRY") in [(s.text, s.label) for s in listed]
    muscat = find_entities("وصل الوفد إلى مسقط. وقالت عمان إنها ترحب بالمحادثات.")
    assert ("عمان", "COUNTRY") in [(s.text, s.label) for s in muscat]
    alone = find_entities("عقد المؤتمر في عمان بحضور وزراء عرب.")
    assert [(s.text, s.label) for s in alone] == [("عمان", "LOCATION")]


def test_countryside_stays_outside_a_province_except_the_listed_governorate() -> None:
    spans = labelled("قصفت الطائرات ريف حماة وريف دمشق وريف درعا.")
    assert ("ريف دمشق", "LOCATION") in spans
    assert ("درعا", "LOCATION") in spans
    assert not any(text.startswith("ريف") and text != "ريف دمشق" for text, _ in spans)


def test_a_district_named_by_an_everyday_word_after_an_indefinite_place_noun() -> None:
    assert ("الحمراء", "LOCATION") in labelled("افتتح مقهى في حي الحمراء.")
    assert ("الغربية", "LOCATION") in labelled("زار الوزير محافظة الغربية.")
    assert labelled("زار الوزير المنطقة الشرقية.") == []


def test_the_mediterranean_alone_after_a_noun_of_its_shores() -> None:
    assert ("المتوسط", "LOCATION") in labelled("هاجر الآلاف عبر المتوسط إلى أوروبا.")
    assert ("المتوسط", "LOCATION") in labelled("تعاون بين دول حوض المتوسط.")
    assert labelled("يتوقع نموا على المدى المتوسط.") == []


def test_an_everyday_word_town_is_a_place_only_where_a_place_is_expected() -> None:
    assert ("أدري", "LOCATION") in labelled("وصلت الأسر إلى مخيم أدري الحدودي.")
    assert labelled("قال الرجل: لا أدري إلى أين أذهب.") == []


def test_a_party_named_by_its_nationality_and_two_more_adjectives() -> None:
    spans = labelled("وقال الحزب السوري القومي الاجتماعي إنه يرفض القرار.")
    assert ("الحزب السوري القومي الاجتماعي", "ORG") in spans
    assert not any(label == "NORP" for _, label in spans)
    assert ("السوري", "NORP") in labelled("وقال المسؤول السوري إنه يرفض القرار.")


def test_an_unlisted_body_in_a_place_with_a_short_form_has_the_place_in_its_name() -> None:
    spans = find_entities("وقالت رابطة شركات الطاقة في الجزائر (رشطج) إن الموسم ضعيف.")
    orgs = [(s.text, s.get("canonical")) for s in spans if s.label == "ORG"]
    assert orgs[0][0] == "رابطة شركات الطاقة في الجزائر"
    assert ("رشطج", "رابطة شركات الطاقة في الجزائر") in orgs
    assert not any(s.label == "COUNTRY" for s in spans)
    # A listed organisation keeps its name; the short form names its mission there.
    mission = labelled("وقالت بعثة حلف الناتو في كوسوفو (كفور) إن")
    assert ("حلف الناتو", "ORG") in mission and ("كوسوفو", "COUNTRY") in mission


def test_a_country_glued_to_the_next_words_conjunction_is_still_found() -> None:
    spans = labelled("وسط مخاوف على شبكة الكهرباء لسورياوجيرانها في الشتاء.")
    assert ("سوريا", "COUNTRY") in spans
    both = labelled("تراجع التعاون بين موريتانياومالي بعد الانسحاب.")
    assert ("موريتانيا", "COUNTRY") in both and ("مالي", "COUNTRY") in both


def test_the_malian_army_is_one_org_and_malians_are_found_in_a_mali_article() -> None:
    spans = labelled("وقال شهود إن الجيش المالي انتشر قرب باماكو.")
    assert ("الجيش المالي", "ORG") in spans
    assert not any(label == "NORP" for _, label in spans)
    mali = labelled("يعيش آلاف الماليين قرب تمبكتو، والأسواق شريان حيوي لمالي.")
    assert ("الماليين", "NORP") in mali and ("مالي", "COUNTRY") in mali
    # Without Mali in the article the same words are money words.
    assert labelled("وقال عدد من الماليين إن السوق شريان حيوي لمالي.") == []


def test_a_district_is_named_by_a_definite_word_after_its_noun() -> None:
    assert ("الشجاعية", "LOCATION") in labelled("وفي حي الشجاعية قال سكان إن القصف اشتد.")
    assert ("الأندلس", "LOCATION") in labelled("يسكن في حي الأندلس بطرابلس.")
    # "the whole town" names no town.
    assert labelled("قالت إن مدينة بأكملها ستنام بأمان، وإن قرية بأسرها نزحت.") == []


def test_a_town_named_by_a_common_word_only_where_a_place_is_expected() -> None:
    assert ("الخيام", "LOCATION") in labelled("عاد المزارع إلى بلدة الخيام الشهر الماضي.")
    tents = labelled("ويقول متطوعون إن الخيام لم تعد تصمد أمام الرياح.")
    assert not any(label == "LOCATION" for _, label in tents)


def test_an_abbreviation_written_in_letters_is_an_agency() -> None:
    spans = find_entities("وقالت الشرطة (أ ف ب) إن الحادث وقع ليلا.")
    agency = [s for s in spans if s.text == "أ ف ب"]
    assert agency and agency[0].label == "ORG"
    assert agency[0].get("canonical") == "وكالة الصحافة الفرنسية"


def test_a_quoted_force_name_before_its_nationality_is_an_org_not_a_quote() -> None:
    from nato_reader.core.analyze import analyze

    record = analyze('وقال سكان إنهم شاهدوا قوات "الفيلق الأفريقي" الروسية في المدينة.')
    spans = [(s.text, s.label) for s in record.spans]
    assert ("الفيلق الأفريقي", "ORG") in spans and ("الروسية", "NORP") in spans
    assert not any(label == "QUOTE" for _, label in spans)
    assert ("فاغنر", "ORG") in labelled("هاجمت مجموعة «فاغنر» الروسية القرية.")


def test_listed_bodies_take_the_nationality_after_them_into_their_name() -> None:
    spans = labelled("وقال الحرس الوطني الكويتي إن الصليب الأحمر الإيطالي أرسل فريقا.")
    assert ("الحرس الوطني الكويتي", "ORG") in spans
    assert ("الصليب الأحمر الإيطالي", "ORG") in spans
    assert not any(label == "NORP" for _, label in spans)
    islands = labelled("شركة مسجلة في جزر العذراء البريطانية.")
    assert islands == [("جزر العذراء البريطانية", "COUNTRY")]


def test_the_bank_alone_is_the_west_bank_beside_gaza() -> None:
    spans = find_entities("تعيل الرواتب آلاف الأسر في الضفة وغزة، وبالضفة وقطاع غزة معا.")
    banks = [s for s in spans if s.text == "الضفة"]
    assert len(banks) == 2 and all(s.label == "LOCATION" and s.get("country") == "PS"
                                   for s in banks)
    assert labelled("وقف على الضفة الأخرى من النهر.") == []
