"""Person evidence and canonical names."""

from __future__ import annotations

import pytest

from nato_reader.core.analyze import analyze
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


def test_a_name_after_a_title_and_a_nationality_no_list_knows() -> None:
    # التشيلي after a title is the adjective (Chilean), not the country.
    text = "قال وزير الخارجية التشيلي ماتياس بينيتيز لإذاعة محلية إن سانتياغو ترفض القرار."
    assert _people(text) == [("ماتياس بينيتيز", "ماتياس بينيتيز")]


def test_a_name_word_spelt_with_fa_and_the_article_inside_a_name() -> None:
    # فال… is a transliteration (Valdés, Valentina), not ف + a definite noun, after a name word.
    text = "وقالت وزيرة الطاقة الكوبية ماريا فالديس لإذاعة محلية إن الشبكة انهارت."
    assert _people(text) == [("ماريا فالديس", "ماريا فالديس")]


def test_an_apposition_opening_with_a_nationality_names_the_person() -> None:
    text = "وقال رئيس الاتحاد، الكيني جوزيف موانغي، إن الجولة المقبلة ستعقد في أديس أبابا."
    assert _people(text) == [("جوزيف موانغي", "جوزيف موانغي")]


def test_a_name_ends_before_nouns_that_run_into_an_organisation() -> None:
    text = "افتتح الرئيس الغاني كوفي أسانتي أشغال قمة الاتحاد الأفريقي في أكرا."
    assert _people(text) == [("كوفي أسانتي", "كوفي أسانتي")]


@pytest.mark.parametrize(("text", "name"), [
    ("وافتتح الرئيس الكيني ويليام روتو أعمال المؤتمر في نيروبي.", "ويليام روتو"),
    ("ونقلت الإذاعة عن المبعوث الفرنسي جويل ماير قوله إن باريس قلقة.", "جويل ماير"),
])
def test_a_plural_noun_or_a_noun_with_a_pronoun_ends_a_name(text: str, name: str) -> None:
    assert [p for p, _ in _people(text)] == [name]


def test_a_name_between_a_speech_verb_and_ila_anna_is_a_person() -> None:
    text = "وأشارت هيرنانديز إلى أن المفاوضات متعثرة."
    assert _people(text) == [("هيرنانديز", "هيرنانديز")]


def test_the_word_after_a_verb_inside_a_quotation_is_no_name() -> None:
    # The speaker's own words: the word after نرى/نتهم is their object.
    text = 'وقال الوزير: "نرى بوضوح أن الوضع خطير. لا نتهم أحدا، لكننا قلقون".'
    assert _people(text) == []
    # Outside quotation marks the same shape still names a speaker.
    assert _people("وقالت ماتوس، إن السكان غاضبون.") == [("ماتوس", "ماتوس")]


def test_an_activist_is_a_title_before_a_name() -> None:
    text = "لكن الناشطة البيئية سيلفيا ماتوس قالت لوكالة رويترز إن المبلغ غير كاف."
    assert _people(text) == [("سيلفيا ماتوس", "سيلفيا ماتوس")]


def test_a_later_mention_spelt_with_a_vowel_letter_less_or_sh_for_s_is_the_same_person() -> None:
    text = ("قالت وزيرة الخارجية الأسترالية بيني وونغ إن كانبيرا قلقة. وقالت ونغ إن الحوار "
            "مستمر. وقال المبعوث الألماني ماركوس هوكشتاين إن الاتفاق قريب. "
            "وأكد هوكستين أن الطرفين وافقا.")
    assert [c for _, c in _people(text)] == ["بيني وونغ", "بيني وونغ", "ماركوس هوكشتاين",
                                             "ماركوس هوكشتاين"]


def test_a_given_name_that_is_also_a_particle_right_after_a_title() -> None:
    text = "وقالت وزيرة التجارة الغانية أما أسانتي إن الصادرات تراجعت. أما الرئيس فقد غاب."
    assert _people(text) == [("أما أسانتي", "أما أسانتي")]


@pytest.mark.parametrize("text", [
    "وقال وزير الطاقة الغاني كوامي أبيا دانكواه إن الإنتاج ارتفع.",
    "وقال وزير الإعلام الصومالي أحمد علي ديريه إن الحكومة مستعدة.",
])
def test_a_name_ending_in_a_long_vowel_and_ha_keeps_its_last_word(text: str) -> None:
    assert len(_people(text)[0][0].split()) == 3


def test_a_two_word_rank_and_a_verbal_noun_object_stay_out_of_names() -> None:
    assert _people("وقال قائد الجيش، الفريق أول محمد الحسن، إن القوات ستنسحب.") == [
        ("محمد الحسن", "محمد الحسن")]
    assert _people("ووقع وزير الدفاع الكندي بيل بلير اتفاقا مع اليابان.") == [
        ("بيل بلير", "بيل بلير")]


def test_a_third_name_word_shaped_like_a_future_verb_but_ending_in_a_vowel_stays() -> None:
    text = "وكان وزير المالية النيجري محمد باري سيدوكو قد قال إن الموازنة جاهزة."
    assert _people(text) == [("محمد باري سيدوكو", "محمد باري سيدوكو")]


def test_li_inside_an_east_asian_name_and_li_as_to_me() -> None:
    text = "وقالت المتحدثة باسم الخارجية الصينية وانغ لي هوا إن بكين ترفض ذلك."
    assert _people(text) == [("وانغ لي هوا", "وانغ لي هوا")]
    assert _people("وقال لي إن الوضع صعب.") == []


def test_a_surname_that_reads_as_ka_and_a_particle_is_a_name_word() -> None:
    text = "ونقلت الصحيفة عن رئيسة البلدية آنا كلدي قولها إن المدينة مستعدة."
    assert _people(text) == [("آنا كلدي", "آنا كلدي")]


def test_a_hyphenated_name_is_a_person_with_the_given_name_before_it() -> None:
    text = "ويقود الفصيل المقاتل السابق أمادو جان-كلود، ويسيطر على الميناء."
    assert _people(text) == [("أمادو جان-كلود", "أمادو جان-كلود")]


@pytest.mark.parametrize("text", [
    "وافتتح ممر شمال-جنوب للتجارة.",
    "وأطلقت صواريخ أرض-أرض على المدينة.",
    "وتحسنت العلاقات الصينية-الأمريكية.",
])
def test_hyphenated_common_words_are_not_names(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("text", [
    "ويقول سكان محليون إن الأسعار ارتفعت.",
    "وقال شهود عيان إن الانفجار هز المدينة.",
])
def test_an_unnamed_source_after_a_speech_verb_is_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_nationality_shaped_surname_after_given_names_is_the_persons() -> None:
    text = ("استقبل رئيس الوزراء الأردني خالد فهد المصري الوفد أمس. "
            "وقال المصري إن الجيش المصري شريك، وأكد الرئيس المصري ذلك.")
    assert _people(text) == [("خالد فهد المصري", "خالد فهد المصري"),
                             ("المصري", "خالد فهد المصري")]
    labels = [(s.text, s.label) for s in find_entities(text)]
    # Where a definite noun stands before it, the word describes that noun.
    assert ("الجيش المصري", "ORG") in labels and ("المصري", "NORP") in labels
    assert _people("قال الوزير خالد فهد المصري إن. والتقى نظيره المصري.") == [
        ("خالد فهد المصري", "خالد فهد المصري")]
    # After a speech verb, a given name alone takes it when a particle closes them.
    assert _people("وقال خالد المصري إن الأسعار سترتفع. والتقى خالد المصري الوفد.") == [
        ("خالد المصري", "خالد المصري"), ("خالد المصري", "خالد المصري")]


def test_a_family_name_with_the_article_follows_a_title() -> None:
    assert _people("وقال المتحدث باسم الشرطة رائد الخزرجي في بيان إن التحقيق جار.") == [
        ("رائد الخزرجي", "رائد الخزرجي")]
    # A verbal noun and its definite object after a title are no name.
    assert _people("وطالب الرئيس بوقف القتال. وأكد المتحدث ضرورة الحوار.") == []


def test_a_korean_name_may_end_in_a_syllable_written_like_a_pronoun() -> None:
    assert _people("ونقلت الوكالة عن وزير الصناعة الكوري الجنوبي لي جاي هو قوله إن") == [
        ("لي جاي هو", "لي جاي هو")]
    # … but "هو" before a definite predicate is the copula.
    assert _people("وكان الوزير بارك جين هو المسؤول عن الملف") == [("بارك جين", "بارك جين")]


def test_the_anonymity_clause_after_an_unnamed_source_is_no_name() -> None:
    assert _people("وقال دبلوماسي غربي طلب عدم ذكر اسمه إن المحادثات متعثرة.") == []


def test_abd_and_a_divine_name_make_one_name_part() -> None:
    # Four words but three parts: a speech verb's name of up to three parts is taken whole.
    assert _people("وقال عبد الله عبد الرحمن إن الوضع صعب.") == [
        ("عبد الله عبد الرحمن", "عبد الله عبد الرحمن")]
    # The divine name alone is never the person, nor is عبد.
    text = ("وقال النائب حسن عبد الله إن الجلسة تأجلت. وأضاف: إن شاء الله تعقد غدا. "
            "وقال المحلل عبد الرحمن الشمري إن. وقال عبد الكريم إن الشمري محق.")
    assert _people(text) == [
        ("حسن عبد الله", "حسن عبد الله"), ("عبد الرحمن الشمري", "عبد الرحمن الشمري"),
        ("عبد الكريم", "عبد الكريم"), ("الشمري", "عبد الرحمن الشمري")]


def test_a_common_given_name_that_folds_into_a_preposition_opens_a_name_after_a_title() -> None:
    # علي folds to the preposition على; the lexicon lists it as a given name, so it is read as
    # one only straight after a title.
    assert _people("وقال وزير الخارجية العراقي علي حسين إن بغداد ترفض التصعيد.") == [
        ("علي حسين", "علي حسين")]
    assert _people("وأكد الطرفان على حسن الجوار واحترام السيادة.") == []


def test_a_lineage_with_al_belongs_to_the_name():
    # آل ("the house of") folds to a bare ال; the family name after it is part of the name.
    assert [t for t, _ in _people("وقال ولي العهد السعودي الأمير محمد بن سلمان آل سعود إن "
                                  "المملكة مستعدة.")] == ["محمد بن سلمان آل سعود"]
    assert [t for t, _ in _people("وقال الشيخ خالد بن راشد آل مكتوم إن الخطة بدأت.")] == [
        "خالد بن راشد آل مكتوم"]


def test_a_present_tense_verb_after_a_title_is_no_name():
    assert _people("وقالت المصادر إن الرئيس يستقبل وزير الخارجية غدا.") == []
    assert _people("وأضاف أن الرئيس يزور بكين الأسبوع المقبل.") == []


def test_a_rank_adjective_after_an_unnamed_official_is_no_name():
    assert _people("وقال مسؤول أمريكي رفيع للصحفيين إن الاتفاق قريب.") == []
    assert _people("وقال دبلوماسي غربي بارز طلب عدم الكشف عن هويته إن المحادثات تعثرت.") == []


def test_a_name_after_the_field_of_a_title():
    assert [t for t, _ in _people("وأوضح الباحث في الشؤون الأفريقية مامادو جالو لوكالة "
                                  "رويترز أن الانقلاب متوقع.")] == ["مامادو جالو"]
    assert [t for t, _ in _people("وقالت القيادية في الحزب ليلى الجبوري لـ\"الحياة\" إن "
                                  "الحزب سيقاطع.")] == ["ليلى الجبوري"]


def test_a_place_noun_after_a_title_is_no_name():
    people = [t for t, _ in _people("وأعلن حاكم إقليم الشرق الأقصى، بيير أندريه كوليبالي، أن "
                                    "12 شخصا لقوا حتفهم.")]
    assert people == ["بيير أندريه كوليبالي"]


def test_a_given_name_that_is_also_a_word_opens_an_apposition():
    # آنا folds to أنا ("I"): between commas after a title it is a given name.
    assert [t for t, _ in _people("وقالت مفوضة شؤون الطاقة في المفوضية الأوروبية، آنا "
                                  "سيمسون، إن الخطة جاهزة.")] == ["آنا سيمسون"]


def test_the_preposition_ala_after_a_title_is_no_name():
    assert _people("ولم يعلق متحدث باسم وزارة الدفاع على التصريحات.") == []
    assert [t for t, _ in _people("وقال وزير الدفاع علي الأحمد إن الجيش مستعد.")] == [
        "علي الأحمد"]


def test_a_title_word_after_abd_is_part_of_the_name():
    assert [t for t, _ in _people("وقال المتحدث باسم الحركة، عبد الملك الحاشدي، في بيان إن "
                                  "الهجوم نجح.")] == ["عبد الملك الحاشدي"]


# --- the name at the tail of a speaker's subject phrase ---------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    # a field and a university between the title and the name, a listener after it
    ("وقال أستاذ الاقتصاد في جامعة دمشق سامر الحلبي لوكالة رويترز إن الأسعار سترتفع.",
     "سامر الحلبي"),
    # the place an activist comes from
    ("وقالت الناشطة الحقوقية من بيروت رنا العلوي إن السجون مكتظة.", "رنا العلوي"),
    # a noun and its definite genitive after a short title
    ('"النمو يتباطأ"، قالت نائبة محافظ المصرف جنى الراشدي للصحفيين.', "جنى الراشدي"),
    # the subject before قد and its verb
    ("وكان رئيس حكومة تسيير الأعمال وليد شحادة قد قال الشهر الماضي إن الخزينة فارغة.",
     "وليد شحادة"),
    ("وكان مدير مكتب الإعلام الحكومي في القطاع إسماعيل الثوابتة قد قال إن القصف مستمر.",
     "إسماعيل الثوابتة"),
    # a foreign name no list knows, after the place an envoy is sent to
    ("وحذرت المبعوثة الأممية إلى السودان إنغريد هالفورسن، في إحاطة، من أن الهدنة قد تنهار.",
     "إنغريد هالفورسن"),
    # an occupation, a hospital, and a given name shaped like a present-tense verb
    ("وقالت الطبيبة في مستشفى الشفاء تسنيم غراب إن الجرحى بالمئات.", "تسنيم غراب"),
    ("وقال المراسل يوهانس كلاين إن الطرق مغلقة.", "يوهانس كلاين"),
    # a given name of two words (نور الدين) and a Maghrebi family name in بو…ة
    ('"الموازنة في خطر"، قال الخبير في مركز البحوث التطبيقية نور الدين سعيداني للصحفيين.',
     "نور الدين سعيداني"),
    ("وقالت أستاذة القانون في جامعة الجزائر ليلى بوعزة لوكالة الأنباء إن التعديل محدود.",
     "ليلى بوعزة"),
    # a family name with ال after a listed given name
    ("وقال الخبير في الشؤون الأمنية من عمان عمر الرداد إن الحدود آمنة.", "عمر الرداد"),
    # an institute's name, then a foreign name and a listener
    ("وقالت الخبيرة في معهد الدراسات الاستراتيجية أوكسانا ميلنيك للتلفزيون إن الوضع خطير.",
     "أوكسانا ميلنيك"),
])
def test_the_name_ending_a_subject_phrase_is_a_person(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده في العاصمة إن المفاوضات مستمرة.",
    "وقال مسؤول أمريكي رفيع المستوى إن المحادثات مستمرة.",
    "وقالت الوزيرة في حديث تلفزيوني مطول إن الخطة جاهزة.",
    "وقال قائد الشرطة في المدينة القديمة إن الوضع هادئ.",
    # a title that is no speaker's subject: the words before the comma are its object
    "وقالت المتحدثة إن الأمين العام سيلتقي الزعيمين على انفراد، مشيرة إلى أن اللقاء مهم.",
])
def test_the_words_of_a_subject_phrase_without_a_name_are_no_person(text: str) -> None:
    assert _people(text) == []


def test_the_leader_after_biqiyada_is_a_person() -> None:
    assert _people("وتقدمت القوات بقيادة عمر الزبيدي نحو المدينة.") == [
        ("عمر الزبيدي", "عمر الزبيدي")]


def test_ya_spelt_ladi_inside_a_name_is_no_preposition() -> None:
    # لدى is written with ى: ولدي with ي is a name's word (Eritrean and Ethiopian names).
    assert _people("وكتب وزير الإعلام الإريتري يماني ولدي مريم على منصة إكس.") == [
        ("يماني ولدي مريم", "يماني ولدي مريم")]


# --- family names and their canonical ----------------------------------------------------------


def test_a_family_name_after_a_title_takes_the_full_name_given_earlier() -> None:
    text = ("طلب النواب استجواب وزير المالية ناصر العتيبي. "
            "ونقلت الوكالة عن الوزير العتيبي قوله إن الإيرادات تراجعت.")
    assert _people(text) == [("ناصر العتيبي", "ناصر العتيبي"), ("العتيبي", "ناصر العتيبي")]


def test_a_later_family_name_takes_a_full_name_found_in_a_subject_phrase() -> None:
    text = ("وقالت الناشطة الحقوقية من بيروت رنا العلوي إن السجون مكتظة. "
            "وأضافت العلوي أن الأوضاع سيئة.")
    assert _people(text) == [("رنا العلوي", "رنا العلوي"), ("العلوي", "رنا العلوي")]


def test_a_nisba_after_a_title_is_a_family_name_when_it_speaks_alone_later() -> None:
    text = "وقال النائب الرشيدي إن الحكومة فشلت. وأضاف الرشيدي أن الاستجواب حق."
    assert _people(text) == [("الرشيدي", "الرشيدي"), ("الرشيدي", "الرشيدي")]
    # an adjective after a title never speaks alone: it stays in the title
    assert _people("وقال المرشح الرئاسي إن الحكومة فشلت. وقال المرشح الرئاسي مجددا إن") == []


@pytest.mark.parametrize("text", [
    "وحل أمير البلاد مجلس الأمة مرتين خلال عامين.",  # a dual adverb after a title
    "بمشاركة ألف مسؤول ومستثمر من نحو 90 دولة.",  # a noun joined to the title by و
    "وقال الوزير مجددا إن الخطة جاهزة.",  # an adverb
    "قال مسؤول كبير في الإدارة طلب عدم نشر اسمه إن المحادثات متعثرة.",  # an adjective
    "وقالت المتحدثة إن الرئيس مطلع.",  # a participle, the predicate
    "وقال المدرب إن الفريق جاهز.",  # the predicate ending the sentence after a bare title
])
def test_a_common_word_alone_after_a_title_is_no_person(text: str) -> None:
    assert _people(text) == []


def test_an_unlisted_surname_alone_after_a_definite_title_is_still_a_person() -> None:
    assert _people("وقالت الوزيرة سفينسون إن الخطة جاهزة.") == [("سفينسون", "سفينسون")]
    assert _people('"لن نتراجع"، قالت الوزيرة سفينسون.') == [("سفينسون", "سفينسون")]


def _names(text: str) -> list[str]:
    return [name for name, _ in _people(text)]


@pytest.mark.parametrize("text", [
    "وكانت رئيسة بعثة البنك إلى تونس ماريا لوبيز قد قالت في ختام الزيارة إن الحكومة تقدمت. "
    "وأشارت إلى أن الدين مرتفع.",
    "وكان رئيس وفد الصندوق إلى الأردن جون كار قد قال إن النمو ضعيف. وشدد على أن الإصلاح ضروري.",
])
def test_a_preposition_after_a_speech_verb_is_no_family_name(text: str) -> None:
    assert "إلى" not in _names(text) and "على" not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وقال المتحدث باسم الحكومة سامر عبد الله لوكالة الأنباء الأردنية إن القرار نهائي.",
     "سامر عبد الله"),
    ("وقالت الناطقة باسم الشرطة هالة عبد الرحمن لقناة الجزيرة إن التحقيق مستمر.",
     "هالة عبد الرحمن"),
    ("صرح وزير الخارجية ماهر أبو الهول لصحيفة الأهرام بأن الاتفاق قريب.", "ماهر أبو الهول"),
])
def test_a_name_with_abd_or_abu_second_runs_into_a_medium_whole(text: str, name: str) -> None:
    assert _names(text)[0] == name


def test_a_noun_after_abd_and_its_word_is_the_family_name() -> None:
    text = "وقال المحلل السياسي عبد الله ورسمه للإذاعة إن الوضع صعب. وأضاف ورسمه أن الحل بعيد."
    assert _people(text) == [("عبد الله ورسمه", "عبد الله ورسمه"),
                             ("ورسمه", "عبد الله ورسمه")]


@pytest.mark.parametrize("text", [
    "ويعتبر اقتصاديون أن التضخم سيتراجع.",
    "ويرى محللون سياسيون أن الانتخابات ستؤجل.",
    "وبحسب أرقام رسمية، تراجع الاحتياطي.",
    "ووفق أعداد أولية، شارك الآلاف.",
])
def test_plural_nouns_after_a_speech_verb_are_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_plural_noun_in_construct_with_a_known_name_leaves_the_name() -> None:
    text = ("قال الرئيس كمال حداد إن البلاد بخير. ويتهم معارضو حداد، الذي يحكم منذ عام 2015، "
            "الرئيس بالتفرد.")
    assert _names(text) == ["كمال حداد", "حداد"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال أبو محمد الشامي (45 عاما)، وهو نازح من حلب، للصحفيين: لم يبق لنا شيء.",
     "أبو محمد الشامي"),
    ("ويقول أبو علي الكبيسي إن الماء لا يصل.", "أبو علي الكبيسي"),
    ("وتقول أم خالد، وهي أرملة من حماة، إن منزلها دمر.", "أم خالد"),
    ("'عدنا لأن الغربة أصعب'، قالت أم سمير، مضيفة أنها تعمل.", "أم سمير"),
])
def test_a_kunya_in_the_subject_place_is_a_person(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_umm_meaning_or_is_no_kunya() -> None:
    assert _people("لا يعرف هل يختار أحمد أم خالد.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("قال الرئيس المدير العام لسونلغاز نور الدين بوطرفة خلال الحفل إن الاتفاق مهم.",
     "نور الدين بوطرفة"),
    ("وقالت المديرة العامة لبتروناس نور الهدى سالم إن الإنتاج ارتفع.", "نور الهدى سالم"),
])
def test_a_name_after_a_body_glued_to_lam_is_a_person(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_an_indefinite_nisba_after_a_listed_given_name_is_its_family_name() -> None:
    text = ("وحذرت الخبيرة الإيطالية في شؤون الاقتصاد كيارا روسّي من أن الدين يرتفع. "
            "وقال دبلوماسي روسي إن الغاز متوفر.")
    people = [s for s in find_entities(text) if s.label in ("PERSON", "NORP")]
    assert [(s.label, s.text) for s in people] == [
        ("NORP", "الإيطالية"), ("PERSON", "كيارا روسّي"), ("NORP", "روسي")]


def test_a_body_named_after_an_indefinite_head_is_no_person() -> None:
    assert _people("قال محلل في بنك استثمار خليجي طلب عدم ذكر اسمه إن الأسواق تنتظر.") == []


def test_a_town_after_the_place_of_a_title_opens_a_name() -> None:
    text = ("وقال ممثل الجبهة في نيويورك الخليل محمد سالم لوكالة الأنباء إن الجبهة لن تشارك.")
    spans = [(s.label, s.text) for s in find_entities(text) if s.label in ("PERSON", "LOCATION")]
    assert spans == [("LOCATION", "نيويورك"), ("PERSON", "الخليل محمد سالم")]
    # a place alone after the title's place is still a place
    assert [s.label for s in find_entities("وقال السفير في باريس القاهرة إن العلاقات ممتازة.")
            if s.text == "القاهرة"] == ["LOCATION"]


def test_a_two_word_given_name_takes_its_article() -> None:
    assert _names("وقال صلاح الدين عمار إن الأمر محسوم.") == ["صلاح الدين عمار"]


def test_a_definite_verbal_noun_after_a_name_is_its_object() -> None:
    text = "وافتتحت وزيرة الداخلية الإيطالية كيارا فيتالي الاجتماع قائلة إن الحدود مشتركة."
    assert _names(text) == ["كيارا فيتالي"]


def test_a_bracket_ends_a_name_of_two_words_only() -> None:
    assert _names("وقال سامر حداد (40 عاما) إن المحل أغلق.") == ["سامر حداد"]
    assert _people("وقالت صحيفة (واشنطن بوست) إن الخطة جاهزة.") == []


def _names(text: str) -> list[str]:
    return [s.text for s in find_entities(text) if s.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("وقال رئيسها فادي الخوري للصحفيين إن المصارف لن تدفع.", "فادي الخوري"),
    ("وقالت مديرتها سلمى الحسيني للصحفيين إن العمل مستمر.", "سلمى الحسيني"),
    ("وقال رئيسهم نبيل الأحمد إن الإضراب مستمر.", "نبيل الأحمد"),
    ("وقال المتحدث باسمها مازن العلي إن الاجتماع انتهى.", "مازن العلي"),
])
def test_a_title_with_a_possessive_pronoun_opens_a_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("وقال حاكم مصرف لبنان بالإنابة كريم الحاج إن الخطة جاهزة.", "كريم الحاج"),
    ("وقالت وزيرة المالية بالوكالة هدى الخطيب إن الخطة جاهزة.", "هدى الخطيب"),
    ("وقال رئيس الحكومة المكلف نواف سلام إن الحكومة جاهزة.", "نواف سلام"),
])
def test_an_acting_title_is_not_part_of_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("وقال وزير الطاقة سيدي ولد الشيخ إن الإنتاج متواضع.", "سيدي ولد الشيخ"),
    ("وقال الرئيس محمد ولد الغزواني إن البلاد مستعدة.", "محمد ولد الغزواني"),
])
def test_wuld_joins_the_parts_of_a_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("وقال الرئيس الجزائري عبد المجيد تبون إن العلاقات صعبة.", "عبد المجيد تبون"),
    ("وكان الرئيس عبد المجيد تبون قد قال إن العلاقات صعبة.", "عبد المجيد تبون"),
    ("وقال الوزير عبد الكريم تسون إن الوضع صعب.", "عبد الكريم تسون"),
])
def test_a_verb_shaped_family_name_ends_a_name_of_two_word_given_name(text: str,
                                                                     name: str) -> None:
    assert _names(text) == [name]


def test_a_verb_after_a_two_word_given_name_is_still_a_verb() -> None:
    assert _names("وقال الرئيس عبد الله يزور المدينة غدا.") == ["عبد الله"]


@pytest.mark.parametrize("text", [
    "أمير الكويت يصدر عفوا عن عدد من المحكومين",
    "أمير الكويت أصدر عفوا عن عدد من المحكومين",
    "رئيس الوزراء يستقبل وفدا من الصين",
    "الرئيس التونسي يعقد اجتماعا مع الحكومة",
    "الرئيس التونسي عقد اجتماعا مع الحكومة",
    "وزير الخارجية الأردني استقبل وفدا من الصين",
    "ملك البحرين يصدر مرسوما بتعيين الوزراء",
])
def test_a_titles_verb_and_its_object_are_no_name(text: str) -> None:
    assert _names(text) == []


def test_a_name_after_a_source_phrase_with_a_conjunction_loses_its_lam() -> None:
    text = "وقال عيتاني إن الأمر خطير. ووفقا لعيتاني فإن المصارف تماطل."
    assert _names(text) == ["عيتاني", "عيتاني"]


def test_a_known_family_name_after_a_preposition_is_the_person() -> None:
    text = ("وقال وزير الخارجية بدر الحارثي إن الحوار مستمر. "
            "والتقى المبعوث بالحارثي مرتين.")
    assert _names(text) == ["بدر الحارثي", "الحارثي"]
    mention = [s for s in analyze(text).spans if s.label == "PERSON"][1]
    assert text[mention.start : mention.end] == "الحارثي"


@pytest.mark.parametrize("text, name", [
    ("وقال المرشح عن حزب الوفد عادل الشناوي إن برنامجه واضح.", "عادل الشناوي"),
    ("وكان المرشح عن الحزب المصري الديمقراطي الاجتماعي شريف زهران قد قال إن المنافسة صعبة.",
     "شريف زهران"),
    ("وقالت المرشحة عن حزب العمال هدى سالم إن برنامجها واضح.", "هدى سالم"),
])
def test_a_candidate_for_a_party_is_a_title_before_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "وزراء دفاع الدول الأعضاء يبحثون في العاصمة تعزيز الدفاعات الجوية",
    "وقال الوزير إن موظفين في الشركة غادروا، وإن متطوعون من القرية ساعدوا.",
    "وأعلنت الوزارة أن وزير الخارجية سيزور الرياض قريبا.",
    "وأعلنت الوزارة أن وزيرة الخارجية ستعقد مؤتمرا صحفيا.",
    '"لن ننتظر أكثر"، أضاف ساخرا.',
    '"لن ننتظر أكثر"، وتابع ضاحكا.',
])
def test_verbs_plural_participles_and_manner_are_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text, names", [
    ("بحسب ما كتبته النائبة ريما فرحات على منصة إكس. وقالت فرحات إن الملف سياسي.",
     ["ريما فرحات", "فرحات"]),
    ("وقال رئيس البعثة يوسف بركات إن المحادثات صعبة.", ["يوسف بركات"]),
    ("وأكد رئيس الوفد أندرياس كولبه أن الاتفاق مشروط. وقال كولبه إن الوقت يداهم.",
     ["أندرياس كولبه", "كولبه"]),
    ("وقالت المتحدثة باسم الوكالة ماريا كلابه إن المساعدات وصلت.", ["ماريا كلابه"]),
])
def test_family_names_ending_like_plurals_or_pronouns(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_preposition_with_a_pronoun_after_a_name_stays_out_of_it() -> None:
    assert _names("وقال الوزير أحمد سالم لزملائه إن الوضع صعب.") == ["أحمد سالم"]


@pytest.mark.parametrize("text, names", [
    ("وقالت فاطمة الزهراء بن علي، وهي أم لثلاثة أطفال، للصحفيين: \"ننتظر\".",
     ["فاطمة الزهراء بن علي"]),
    ("وقالت فاطمة الزهراء إن المدرسة مغلقة.", ["فاطمة الزهراء"]),
    ("وأضافت فاطمة إن المدرسة مغلقة.", ["فاطمة"]),
])
def test_a_listed_given_name_is_not_read_as_a_clitic_and_a_pronoun(
        text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    ("يراقب الصياد سالم بن عمر الشباك الممزقة على الرصيف.", ["سالم بن عمر"]),
    ("وقال سائق الشاحنة عبد الكريم السالمي إن الطريق مغلق.", ["عبد الكريم السالمي"]),
    ("وتقول المزارعة هدى بن صالح إن المحصول ضعيف.", ["هدى بن صالح"]),
    ("وقال وزير الدولة أحمد بن سعيد العامري إن الحوار مستمر.", ["أحمد بن سعيد العامري"]),
])
def test_people_named_by_their_trade_and_the_object_after_a_lineage(
        text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, name", [
    ("وقال الأمين العام المساعد للحلف يوهان كرامر للصحفيين إن الدفاعات غير كافية.",
     "يوهان كرامر"),
    ("وقالت الأمينة العامة المساعدة للمنظمة هدى سالم إن التمويل تراجع.", "هدى سالم"),
])
def test_an_assistant_title_takes_the_body_it_serves(text: str, name: str) -> None:
    assert _names(text) == [name]
