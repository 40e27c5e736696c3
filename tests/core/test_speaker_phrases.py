"""Speaker phrases in prose the lexicons were not written for: unknown names, long titles,
subjects written before their verb, coordinated verbs, unnamed sources.

Every sentence here is invented for these tests; none of the names is in a lexicon, so the
rules, not lists, must find them.
"""

from __future__ import annotations

import pytest

from nato_reader.core.analyze import analyze
from nato_reader.core.claims import find_claims
from nato_reader.core.cues import find_cues
from nato_reader.core.quotes import find_quotes
from nato_reader.core.record import COUNTRY, ORG, PERSON, Span
from nato_reader.core.speakers import attribute


def said(text: str) -> list[tuple[str, str, str]]:
    """[(QUOTE or CLAIM, its text, its speaker)] in text order."""
    return [(s.label, s.text, s.attrs.get("speaker", "")) for s in analyze(text).spans
            if s.label in ("QUOTE", "CLAIM")]


def speakers_of(text: str) -> set[str]:
    return {who for _, _, who in said(text)}


def people(text: str) -> list[str]:
    return [s.text for s in analyze(text).spans if s.label == PERSON]


# --- the speaker phrase: title words, qualifiers, rank, then the name ---------------------


@pytest.mark.parametrize(("text", "speaker"), [
    # an adjective of nationality no lexicon lists, then a name no list knows
    ('وقال وزير الخارجية الليسوتي تيبوهو ماكوا إن "الحدود آمنة".', "تيبوهو ماكوا"),
    # the office sits "in" an organisation
    ('وقالت مسؤولة الإغاثة في الأمم المتحدة نادين فاروخ إن "المخازن فارغة".', "نادين فاروخ"),
    # باسم + a body, then a rank, then the name
    ('وقال المتحدث باسم القوات الجوية الكندية النقيب دوغ ميلبانك إن "الطائرات عادت".',
     "دوغ ميلبانك"),
    # a field of expertise, a university with a place and an adjective
    ('وقالت خبيرة الطاقة في جامعة نيروبي التقنية وانجيرو موانغي إن الأسعار "سترتفع".',
     "وانجيرو موانغي"),
    # ل + a noun and its genitive
    ('وقال المفوض الأفريقي لشؤون السلم تاديسي ورقو إن "الهدنة صامدة".', "تاديسي ورقو"),
    # a name written with a hyphen, three name words
    ('وقالت رئيسة البرلمان ماري-لويز دالين مونتيرو إن "الجلسة ستعقد".',
     "ماري-لويز دالين مونتيرو"),
    # a surname shaped like a plural, right before the particle
    ('وقال وزير الطاقة رامي فرحات إن "الخطة جاهزة".', "رامي فرحات"),
])
def test_the_name_ending_a_title_phrase_is_the_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


def test_a_name_starting_with_a_hamza_alef_is_not_an_article() -> None:
    # أليكو folds to اليكو, which looks like a word with the article.
    assert people('وقال رئيس الوزراء أليكو دانفا إن "الحكومة مستقرة".') == ["أليكو دانفا"]


def test_a_long_name_after_a_given_name_is_taken_whole() -> None:
    text = 'وقال الرئيس الإكوادوري ماريو خوان تيبيلاكا إن "الاقتصاد يتعافى".'
    assert people(text) == ["ماريو خوان تيبيلاكا"]


def test_with_no_name_the_whole_title_phrase_is_the_speaker() -> None:
    text = 'وقالت وزيرة الخارجية الليسوتية إن "البلاد مستعدة للحوار".'
    assert speakers_of(text) == {"وزيرة الخارجية الليسوتية"}


def test_an_unnamed_official_keeps_the_words_that_describe_them() -> None:
    text = 'وقال مسؤول عسكري بريطاني إن "الدوريات ستتواصل".'
    assert speakers_of(text) == {"مسؤول عسكري بريطاني"}


def test_a_later_surname_alone_is_the_same_person() -> None:
    text = ('وقال وزير الخارجية الليسوتي تيبوهو ماكوا إن "الحدود آمنة".\n'
            '"سنواصل الحوار"، أضاف ماكوا.')
    assert speakers_of(text) == {"تيبوهو ماكوا"}


def test_head_words_of_offices_and_bodies_are_never_names() -> None:
    text = ("ونقلت الصحيفة عن رئيس أركان الجيش الكيني قوله إن الوضع مستقر.\n"
            'وقالت المتحدثة باسم مكتب شؤون اللاجئين سلمى داود إن "المخيمات مكتظة".')
    assert people(text) == ["سلمى داود"]
    assert [who for _, _, who in said(text)] == [
        "رئيس أركان الجيش الكيني", "سلمى داود", "سلمى داود"]


def test_a_given_name_that_is_also_a_pronoun_is_no_name() -> None:
    # آنا (Anna) folds to أنا (I).
    assert people("وقال الوزير: أنا سعيد بالنتيجة.") == []


# --- verbs and where their subject stands ---------------------------------------------------


def test_replied_with_a_particle_is_a_speech_verb() -> None:
    text = 'وردت المتحدثة باسم الحكومة لورا فيني بأن القرار "نهائي".'
    assert said(text) == [("CLAIM", 'القرار "نهائي"', "لورا فيني"),
                          ("QUOTE", "نهائي", "لورا فيني")]


def test_came_in_a_report_is_no_speech_verb() -> None:
    assert said("وورد في التقرير أن الأسعار ارتفعت. ورد في البيان أن الاجتماع انتهى.") == []


def test_commented_saying_with_a_colon() -> None:
    text = "وعلّقت الباحثة في معهد الدراسات الشرقية ليلى حداد على القرار قائلةً: «إنه متأخر»."
    assert speakers_of(text) == {"ليلى حداد"}


def test_subject_before_the_verb_after_amma() -> None:
    text = ('وقال المتحدث باسم الرئاسة إن "الباب مفتوح".\n'
            'أما وزير الدفاع بيتر هولمغرين فكتب على منصة "إكس" أن "الجيش جاهز".')
    assert [who for _, _, who in said(text)][-2:] == ["بيتر هولمغرين", "بيتر هولمغرين"]


def test_subject_before_the_verb_after_kana() -> None:
    text = ('وقال دبلوماسي غربي إن "الوضع هش".\n'
            'وكان الرئيس الأوروغواياني خوسيه بيرالتا قد دعا في وقت سابق إلى "حوار مباشر".')
    assert said(text)[-1] == ("QUOTE", "حوار مباشر", "خوسيه بيرالتا")


def test_a_pronoun_continues_the_titled_subject_of_a_non_speech_verb() -> None:
    text = ('وقال وزير المالية كمال الدباغ إن العجز تراجع.\n'
            "والتقت وزيرة التجارة منى الساعدي بالمستثمرين أمس.\n"
            'وقالت إن "الصادرات ارتفعت".')
    assert said(text)[-1][2] == "منى الساعدي"


def test_said_saying_continues_the_speaker() -> None:
    text = ('وقال وزير الطاقة رامي فرحات إن الخطة جاهزة.\n'
            'وأضاف قائلا إن "التنفيذ يبدأ غدا".')
    assert speakers_of(text) == {"رامي فرحات"}


# --- coordinated verbs, objects and unnamed sources ------------------------------------------


def test_a_coordinated_verb_shares_the_subject_of_the_sentence() -> None:
    text = 'أثينا (رويترز) - احتجت اليونان على المناورات، ووصفتها بأنها «تصعيد خطير».'
    assert speakers_of(text) == {"اليونان"}


def test_the_object_of_accused_is_not_the_speaker() -> None:
    text = 'رفضت الحكومة الانتقالية الاقتراح، واتهمت ألمانيا بـ"التدخل".'
    assert speakers_of(text) == {"الحكومة الانتقالية"}


def test_a_described_body_opening_the_sentence_is_the_subject() -> None:
    # no entity given: the head noun and its genitive describe the body
    text = 'رفض اتحاد نقابات العمال الخطة، واتهم الوزارة بـ"التضليل".'
    assert _attributed(text, []) == ["اتحاد نقابات العمال"]


def test_an_unnamed_plural_source_after_a_verb_with_an_object_pronoun() -> None:
    text = 'وهي خطوة وصفها دبلوماسيون بأنها "جريئة".'
    assert speakers_of(text) == {"دبلوماسيون"}


def test_a_noun_after_a_preposition_is_not_the_speaker() -> None:
    text = 'وقال دبلوماسي غربي في سان ماركو لوكالة الأنباء إن "الوضع هادئ".'
    place = text.index("سان ماركو")
    # a place misread as a name must still not become the speaker
    names = [Span(place, place + 9, PERSON, "سان ماركو", attrs={"canonical": "سان ماركو"})]
    quotes = find_quotes(text)
    cues = find_cues(text)
    out = attribute(text, quotes, find_claims(text, cues, quotes), cues, names)
    assert {a.speaker.name for a in out} == {"دبلوماسي غربي"}


# --- the canonical name of an organisation ---------------------------------------------------


def _org(text: str, words: str, canonical: str | None = None) -> Span:
    pos = text.index(words)
    return Span(pos, pos + len(words), ORG, words, attrs={"canonical": canonical or words})


def _attributed(text: str, names: list[Span]) -> list[str]:
    quotes = find_quotes(text)
    cues = find_cues(text)
    return [a.speaker.name
            for a in attribute(text, quotes, find_claims(text, cues, quotes), cues, names)]


def test_a_bracketed_short_name_speaks_as_the_full_name() -> None:
    text = ('وانتقدت الهيئة الإقليمية للموانئ (هرم) القرار.\n'
            'وقالت هرم في بيان إن "الرسوم مرتفعة".')
    names = [_org(text, "الهيئة الإقليمية للموانئ"), _org(text, "هرم")]
    second = text.rindex("هرم")
    names.append(Span(second, second + 3, ORG, "هرم", attrs={"canonical": "هرم"}))
    assert set(_attributed(text, names)) == {"الهيئة الإقليمية للموانئ"}


def test_the_head_noun_written_with_an_organisation_belongs_to_its_name() -> None:
    text = 'وقالت منظمة أطباء العالم إن "المستشفيات مكتظة".'
    names = [_org(text, "منظمة أطباء العالم", canonical="أطباء العالم")]
    assert set(_attributed(text, names)) == {"منظمة أطباء العالم"}


def test_a_canonical_name_with_its_own_head_noun_stays() -> None:
    text = 'وقالت منظمة حلف شمال الأطلسي إن "الردع قائم".'
    names = [_org(text, "منظمة حلف شمال الأطلسي", canonical="حلف شمال الأطلسي")]
    assert set(_attributed(text, names)) == {"حلف شمال الأطلسي"}


def test_a_country_speaker_keeps_its_name() -> None:
    text = 'وقالت كينيا إن "الحدود مغلقة".'
    pos = text.index("كينيا")
    names = [Span(pos, pos + 5, COUNTRY, "كينيا", attrs={"country": "KE"})]
    assert _attributed(text, names) == ["كينيا", "كينيا"]


def test_a_name_between_commas_after_a_title_is_the_speaker() -> None:
    text = ('وقال الباحث في مركز الدراسات الاستراتيجية، كمال ديريه، لوكالة رويترز إن '
            '"الوضع خطير".')
    assert speakers_of(text) == {"كمال ديريه"}


def test_a_title_does_not_swallow_the_name_after_an_adjective() -> None:
    text = 'وكتب النائب الكيني المعارض جوزيف كاماو على منصة إكس: "هذا يوم حزين".'
    assert speakers_of(text) == {"جوزيف كاماو"}


def test_a_naming_noun_with_a_quoted_name_gives_the_name_as_speaker() -> None:
    assert speakers_of("وقالت منظمة «أطباء العالم» إن فرقها وصلت إلى المدينة.") == {
        "أطباء العالم"}


def test_a_participle_takes_the_subject_of_a_verb_that_is_not_a_speech_verb() -> None:
    text = 'رفضت إسبانيا يوم الأحد الاتهامات، مؤكدة أن سياستها "قانونية بالكامل".'
    assert speakers_of(text) == {"إسبانيا"}


def test_a_relative_clause_cue_takes_the_subject_of_the_main_verb() -> None:
    text = ('استدعت وزارة الخارجية الإسبانية السفير المغربي احتجاجا على ما وصفته '
            'بـ"مناورات خطيرة".')
    assert speakers_of(text) == {"وزارة الخارجية الإسبانية"}


def test_a_subject_written_before_its_verb_in_a_headline() -> None:
    assert said('مدريد تطالب بإنفاق أكبر وباريس تدعو إلى "الحوار"') == [
        ("QUOTE", "الحوار", "باريس")]


def test_bil_qawl_after_a_verb_that_is_not_a_speech_verb() -> None:
    text = ('قالت الخارجية المصرية إن الاجتماع "أكد الدور المحوري" للمنظمة، بينما اكتفى '
            'البيت الأبيض بالقول إنه "يراقب" الوضع.')
    assert ("QUOTE", "يراقب", "البيت الأبيض") in said(text)
    assert ("CLAIM", '"يراقب" الوضع', "البيت الأبيض") in said(text)


def test_a_participle_after_an_unnamed_speech_verb_continues_its_speaker() -> None:
    text = ('وقال الرئيس الكيني ويليام روتو إن الوضع صعب. وقال إن الصين تساعد، مضيفا أن '
            '"الحل قريب".')
    assert speakers_of(text) == {"ويليام روتو"}


def test_a_rank_may_open_the_apposition_after_a_title() -> None:
    text = "وقال المتحدث باسم الجيش، العميد كمال نور، إن القوات تقدمت."
    assert said(text) == [("CLAIM", "القوات تقدمت", "كمال نور")]


def test_a_comma_phrase_after_a_title_that_is_not_a_name_leaves_the_title_speaking() -> None:
    text = "قال المتحدث باسم الحكومة، في بيان، إن وزير الدفاع أحمد حسن سيزور المنطقة."
    assert speakers_of(text) == {"المتحدث باسم الحكومة"}


def test_a_quotation_inside_a_claim_is_the_reporter_s_not_the_clause_subject_s() -> None:
    assert said('وقال الوزير إن الصين تدعو إلى "الحوار".') == [
        ("CLAIM", 'الصين تدعو إلى "الحوار"', "الوزير"), ("QUOTE", "الحوار", "الوزير")]


def test_a_quotation_takes_the_reporter_of_the_claim_holding_it_not_of_other_claims() -> None:
    text = ('وقال السفير إن الحلف قوي. وقال الوزير إن الصين تدعو إلى "الحوار". '
            'وأضاف المتحدث "نعم"')
    assert said(text) == [
        ("CLAIM", "الحلف قوي", "السفير"),
        ("CLAIM", 'الصين تدعو إلى "الحوار"', "الوزير"), ("QUOTE", "الحوار", "الوزير"),
        ("QUOTE", "نعم", "المتحدث")]


@pytest.mark.parametrize(("text", "speaker"), [
    # the channel it spoke to is no part of an unnamed official
    ('وقال مسؤول في الحلف لقناة الجزيرة إن "الدوريات مستمرة".', "مسؤول في الحلف"),
    # nor the city it spoke from
    ('وقال مسؤول عسكري في نيروبي إن "الهجوم صُدّ".', "مسؤول عسكري"),
    # an estimate speaks for the body that made it
    ('وتشير تقديرات الأمم المتحدة إلى أن "الملايين" نزحوا.', "الأمم المتحدة"),
])
def test_unnamed_sources_and_reports_in_full_prose(text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


def test_a_subject_set_out_before_its_verb_speaks_on_in_the_next_sentence() -> None:
    text = ("وقالت وكالة الهجرة فيها إنها أعادت آلاف المهاجرين.\n"
            "المنسقة الإنسانية للأمم المتحدة في البلاد، كلارا فيستيرغورد، قالت أمام المجلس "
            "إن الجوع يتفاقم. وأضافت: «الوقت ينفد».")
    assert [who for _, _, who in said(text)][-2:] == ["كلارا فيستيرغورد"] * 2


# --- sources with a medium, a body they serve in, or a pointer back to a quotation -----------


@pytest.mark.parametrize(("text", "speaker"), [
    ('وقال مسؤول أمريكي رفيع لقناة "سي إن إن" إن الإدارة "لن تتراجع".', "مسؤول أمريكي رفيع"),
    ('وقالت خبيرة عسكرية لموقع "ميدل إيست آي" إن الهجوم "كان متوقعا".', "خبيرة عسكرية"),
    ('وقالت مسؤولة أممية فضلت عدم ذكر اسمها لوكالة فرانس برس إن المساعدات "لا تكفي".',
     "مسؤولة أممية"),
    ('وقال النائب عن التيار الصدري حيدر عبد الحسين إن البرلمان "لن يصوت".', "حيدر عبد الحسين"),
    ('"لن نتراجع"، هكذا لخص الرئيس الفرنسي إيمانويل ماكرون موقف بلاده.', "إيمانويل ماكرون"),
    ('ونفت موسكو الاتهامات، ووصفتها صحيفة "إزفستيا" الروسية بأنها "ملفقة".', "إزفستيا"),
])
def test_who_speaks_past_a_medium_an_office_or_a_pointer(text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


# --- phrases glued to ب or ل, places an office is tied to, genitives a title finder left out -


@pytest.mark.parametrize(("text", "speaker"), [
    # the leader after بقيادة is not who spoke: the described source is
    ('وقال ضابط في الجيش الوطني بقيادة مراد حلمي لوكالة رويترز إن "الطريق مغلق".',
     "ضابط في الجيش الوطني"),
    # an adjective that tells whom a source serves makes the body after في redundant
    ('وقال مصدر عسكري في الجيش الوطني بقيادة مراد حلمي إن "الطريق مغلق".', "مصدر عسكري"),
    # nor what it takes part in (a participle and its preposition)
    ('وقال دبلوماسي آسيوي مشارك في المفاوضات لإذاعة محلية إن "الفجوة تضيق".',
     "دبلوماسي آسيوي"),
    # the place after بمقر, between the verb and the particle, is not a speaker
    ('النائبة سهى داود قالت في مؤتمر صحفي بمقر البرلمان إن "الموازنة متأخرة".', "سهى داود"),
    # the statement a body answered with is not part of its name
    ('وردت هيئة الموانئ الوطنية ببيان قالت فيه إن "الرصيف آمن".', "هيئة الموانئ الوطنية"),
    # the body of an office after لإحدى, then the name
    ('"الطلب قياسي"، قال المدير المالي لإحدى شركات الطيران الإقليمية رامي عيسى.', "رامي عيسى"),
    # the place an activist comes from (من) or an envoy is sent to (إلى), then the name
    ('وقالت الناشطة الحقوقية من بغداد ريم ناصيف إن "السجون مكتظة".', "ريم ناصيف"),
    ('وحذر المبعوث الأممي إلى اليمن يورغ فالتر، في إحاطة، من أن الهدنة "قد تنهار".',
     "يورغ فالتر"),
    # a noun and its definite genitive after a short title, then the name
    ('"النمو يتباطأ"، قالت نائبة محافظ المصرف جنى سالم للصحفيين.', "جنى سالم"),
    ('وكان رئيس حكومة تسيير الأعمال وليد شحادة قد قال الشهر الماضي إن "الخزينة فارغة".',
     "وليد شحادة"),
    # the company set in quotation marks after the title, then the name
    ('"السوق مضطربة"، بحسب ما قالته المحللة في شركة "نوفا داتا" لينا فاروق.', "لينا فاروق"),
])
def test_who_speaks_past_a_glued_phrase_a_place_or_a_genitive(text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


@pytest.mark.parametrize("adjunct", [
    "الخميس الماضي", "يوم الأحد المقبل", "صباح اليوم للصحفيين", "الأسبوع الماضي لوكالة رويترز",
])
def test_time_words_and_listeners_after_a_verb_are_never_its_speaker(adjunct: str) -> None:
    text = f'وقال وزير النقل سامر خوري إن "الجسر جاهز". وقال {adjunct} إن "العمل انتهى".'
    assert speakers_of(text) == {"سامر خوري"}


def test_a_title_and_a_family_name_are_the_person_named_in_full_before() -> None:
    text = ("وطالب النواب باستجواب وزير الصحة ماهر الدباغ. ونقلت الوكالة عن الوزير الدباغ "
            "قوله إن المستشفيات جاهزة.")
    assert speakers_of(text) == {"ماهر الدباغ"}


def test_a_bare_head_noun_is_the_organisation_named_in_full_before() -> None:
    text = ("رفع البنك المركزي المصري سعر الفائدة.\n"
            'وقال البنك في بيان إن "التضخم سيتراجع".')
    assert speakers_of(text) == {"البنك المركزي المصري"}


def test_the_colon_of_a_later_participle_does_not_take_a_quotation_from_its_verb() -> None:
    text = ('"لن نتراجع"، قالت الوزيرة هالة يونس في مؤتمر صحفي، مضيفة: "القرار نهائي".')
    assert [who for _, _, who in said(text)] == ["هالة يونس", "هالة يونس"]


def test_a_quotation_in_a_relative_clause_is_the_words_of_the_person_it_is_about() -> None:
    text = ('وقال السفير كمال عياد إن الزيارة ناجحة. والتقى الوفد وزير الصناعة الماليزي '
            'أنور حكيم، الذي امتدح «الشراكة الذكية» بين البلدين.')
    assert said(text)[-1] == ("QUOTE", "الشراكة الذكية", "أنور حكيم")


def test_a_verb_speaking_from_a_speech_takes_the_one_who_gave_it() -> None:
    text = ("وقال المتحدث باسم الحزب إن الاجتماع انتهى. وجاء ذلك بعد يومين من خطاب لرئيس "
            "الوزراء الكندي مارك كارني أمام البرلمان، قال فيه إن بلاده مستعدة للحوار.")
    assert said(text)[-1] == ("CLAIM", "بلاده مستعدة للحوار", "مارك كارني")


@pytest.mark.parametrize(("text", "speaker"), [
    ('وكان الوزير نزار القباني قد قال في خطاب ألقاه الشهر الماضي إنه "لا تراجع" عن القرار.',
     "نزار القباني"),
    ("وكانت وزيرة الخارجية قد قالت في كلمة ألقتها أمام البرلمان إن الحكومة لن تتراجع.",
     "وزيرة الخارجية"),
    ("وقال وزير الداخلية في مؤتمر صحفي عقده في بغداد إن القوات ستنتشر في المدينة.",
     "وزير الداخلية"),
    ("وقالت المتحدثة باسم الوزارة في بيان نشرته على موقعها إن الاجتماع تأجل.",
     "المتحدثة باسم الوزارة"),
])
def test_a_relative_clause_after_a_setting_is_no_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


def test_a_name_introduced_by_an_age_and_a_description_speaks_on_after_it() -> None:
    text = ('وقال نعمان الشيخلي (47 عاما)، وهو سائق سيارة أجرة من الموصل، لوكالة الأناضول: '
            '"لم نعد نحتمل".\n"الأسعار تضاعفت خلال شهرين".\nوتابع الشيخلي: «لا أحد يسمعنا».')
    assert [who for _, _, who in said(text)] == ["نعمان الشيخلي"] * 3


@pytest.mark.parametrize(("text", "speaker"), [
    ('وقالت سلمى الحكيم (40 عاماً)، وهي معلمة من حلب، لرويترز: "لا نملك شيئا".', "سلمى الحكيم"),
    ("وقال شاهد عيان (30 عاما) لوكالة الأنباء إن القصف استمر.", "شاهد عيان"),
    ('ويصف مروان الصباغ، وهو موظف متقاعد، حال أسرته قائلا: "نملأ الخزانات". وأشار إلى أن '
     "المياه لا تصل.", "مروان الصباغ"),
])
def test_an_unknown_name_followed_by_who_they_are_is_the_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقالت المتحدثة باسم المفوضية إن العودة طوعية. وقال مصدر حكومي، فضل عدم الكشف عن هويته، "
     'إن عمّان "لن تجبر أحدا"، لكنها تطالب المجتمع الدولي بتحمل مسؤولياته، مشيرا إلى أن '
     "المملكة تستضيف مليون لاجئ.", "مصدر حكومي"),
    ("وقال الوزير إن الحكومة مستعدة. وقالت مسؤولة أوروبية إن بروكسل تؤيد الاتفاق، لكنها "
     "تطالب الطرفين بالحوار، مشيرة إلى أن الوقت ينفد.", "مسؤولة أوروبية"),
    ("وقالت الوزيرة إن بغداد ستدفع الرواتب، لكنها تطالب أربيل بتسليم النفط، مضيفة أن الاتفاق "
     "قريب.", "الوزيرة"),
])
def test_a_participle_goes_to_the_speaker_it_agrees_with_not_an_object(
        text: str, speaker: str) -> None:
    assert said(text)[-1][2] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('"الأسواق تنتظر إشارة واضحة"، قال محلل في بنك استثمار إقليمي طلب عدم ذكر اسمه.',
     "محلل في بنك استثمار إقليمي"),
    ("وقال محلل في شركة استشارات دولية لرويترز إن الأسعار سترتفع.",
     "محلل في شركة استشارات دولية"),
    ("وتقول مصادر قريبة من الوساطة إن الطرفين وافقا مبدئيا.", "مصادر قريبة من الوساطة"),
    ("وقالت مصادر دبلوماسية مقربة من المفاوضات إن الاتفاق قريب.",
     "مصادر دبلوماسية مقربة من المفاوضات"),
    ("وقال مسؤول عسكري في الجيش الوطني إن القوات انسحبت.", "مسؤول عسكري"),
    ("وقال مصدر في الحكومة إن الاجتماع تأجل.", "مصدر في الحكومة"),
])
def test_an_unnamed_source_keeps_the_words_that_say_who_it_is(text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


def test_the_subject_after_a_verb_carrying_its_object_describes_a_source() -> None:
    text = 'عبرت العائلات الحدود، في إطار ما تصفه السلطات المحلية بـ"العودة الطوعية".'
    assert speakers_of(text) == {"السلطات المحلية"}


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال المبعوث الأممي الخاص إلى ليبيا، كمال الورفلي، في بيان إن الانتخابات ممكنة.",
     "كمال الورفلي"),
    ("وقال المبعوث الخاص للأمين العام إلى السودان، رمزي الفاخوري، إن الهدنة صامدة.",
     "رمزي الفاخوري"),
])
def test_a_name_between_commas_after_the_office_is_the_title_holder(
        text: str, speaker: str) -> None:
    assert speakers_of(text) == {speaker}


def test_a_quotation_no_verb_reports_is_the_words_of_the_subject_before_the_verb() -> None:
    text = ("وقال النائب سامر خوري إن الحزب لن يقبل بالاتفاق مع رئيس الوزراء ماهر الدباغ. "
            'وكان الدباغ قد تعهد في وقت سابق بإيجاد "حل جذري" للأزمة.')
    assert said(text)[-1] == ("QUOTE", "حل جذري", "ماهر الدباغ")
