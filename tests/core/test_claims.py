"""Reported speech: CLAIM spans from a speech verb and إن/أن to the end of the sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_reader.core.claims import PARTICLE, Sentences, find_claims, find_particles, said_noun_cues
from nato_reader.core.cues import find_cues
from nato_reader.core.quotes import find_quotes


def claims(text: str) -> list[str]:
    quotes = find_quotes(text)
    found = find_claims(text, find_cues(text), quotes)
    for c in found:
        assert text[c.span.start:c.span.end] == c.span.text
        assert c.span.label == "CLAIM"
    return [c.span.text for c in found]


@pytest.mark.parametrize(("particle", "sentence"), [
    ("إن", "وقالت الوزارة إن الحدود مغلقة."),
    ("إنه", "وقال المتحدث إنه سيزور المنطقة."),
    ("أن", "وأكد الرئيس أن الجيش مستعد."),
    ("أنها", "وأوضحت الشركة أنها ستعوض المتضررين."),
    ("بأن", "وصرح الوزير بأن المفاوضات انتهت."),
    ("بأنه", "واعترف المسؤول بأنه أخطأ التقدير."),
])
def test_the_claim_starts_after_the_particle_token(particle: str, sentence: str) -> None:
    expected = sentence.split(f" {particle} ", 1)[1].rstrip(".")
    assert claims(sentence) == [expected]


def test_a_claim_runs_past_commas_to_the_end_of_the_sentence() -> None:
    text = "وقال السفير إن الوضع هادئ، وإن السفارة تعمل، رغم التوتر. ثم غادر."
    assert claims(text) == ["الوضع هادئ، وإن السفارة تعمل، رغم التوتر"]


@pytest.mark.parametrize("end", ["!", "؟", "?", "\n"])
def test_other_sentence_ends(end: str) -> None:
    text = f"وأكد المحلل أن الأزمة ستطول{end}وهذا رأي آخر"
    assert claims(text) == ["الأزمة ستطول"]


def test_a_quote_inside_the_claim_stays_inside_it() -> None:
    text = 'وقال النائب إن الحكومة تريد "إنهاء الأزمة. فوراً" قبل الانتخابات.'
    assert claims(text) == ['الحكومة تريد "إنهاء الأزمة. فوراً" قبل الانتخابات']


def test_a_following_wa_anna_sentence_continues_the_report() -> None:
    text = "وقال الوزير إن التعاون مستمر. وأن الاتفاق سيوقع قريباً. وانتهى اللقاء."
    assert claims(text) == ["التعاون مستمر", "الاتفاق سيوقع قريباً"]


def test_a_speech_verb_inside_a_claim_reports_a_nested_claim() -> None:
    text = "وقال إن البلاد رحبت بالقرار، الذي قال إنه سيعزز الأمن."
    assert claims(text) == ["البلاد رحبت بالقرار، الذي قال إنه سيعزز الأمن", "سيعزز الأمن"]


@pytest.mark.parametrize("text", [
    "يجب أن نعمل معاً من أجل السلام.",  # no speech verb
    'وقال الوزير: "إن الأمر محسوم".',  # a direct quotation, not reported speech
    "وقال الوزير للصحفيين في المؤتمر الصحفي. إن الأمر محسوم.",  # another sentence
    "التقى الوفدان لأن الأمر عاجل.",  # لأن is not the particle
])
def test_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_verb_inside_a_quotation_reports_nothing() -> None:
    text = '"قال لي إن الأمر انتهى"، روى الشاهد.'
    assert claims(text) == []


def test_sentences_ignore_punctuation_inside_quotes_and_numbers() -> None:
    text = 'النمو 2.5 بالمئة. وقال: "أولاً. ثانياً." انتهى'
    sentences = Sentences(text, find_quotes(text))
    assert sentences.end_after(0) == text.index("بالمئة.") + len("بالمئة")
    assert sentences.end_after(text.index("وقال")) == len(text)
    assert sentences.start_before(text.index("وقال")) == text.index(" وقال")


def test_an_anna_of_a_conjunction_is_not_the_reporting_particle() -> None:
    text = "وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة."
    assert claims(text) == ["المحادثات كانت مثمرة"]


def test_a_sentence_that_lost_its_punctuation_gives_no_page_long_claim() -> None:
    text = "وقال الوزير إن " + "الوضع يتحسن و" * 300 + "انتهى."
    assert claims(text) == []


def test_bil_qawl_reports_a_claim_after_a_verb_that_is_not_a_speech_verb() -> None:
    text = "واكتفت الحكومة بالقول إنها تتابع التطورات عن كثب."
    assert claims(text) == ["تتابع التطورات عن كثب"]


@pytest.mark.parametrize("text", [
    "ولم تعلق الوزارة على الخبر، غير أن الصحف نشرت صورا جديدة للموقع.",
    "ولم يعلق الجيش رسميا، بيد أن الصور تظهر دمارا واسعا.",
])
def test_ghayr_anna_and_bayda_anna_mean_however_and_report_nothing(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize("channel", ['لقناة "سي إن إن"', "لقناة سي إن إن", "لشبكة «سي إن إن»"])
def test_the_letters_of_cnn_are_not_the_particle(channel: str) -> None:
    text = f"وقال مسؤول أوروبي {channel} إن المفاوضات مستمرة."
    assert claims(text) == ["المفاوضات مستمرة"]


def test_a_quotation_glued_to_the_particle_still_opens_the_claim() -> None:
    assert claims('وقال الوزير إن"الهدنة صامدة".') == ['"الهدنة صامدة"']


@pytest.mark.parametrize(("text", "found"), [
    ("اكتفى الكرملين بالقول إنه", ["بالقول"]),
    ("واكتفى وَبالقَـول إنه", ["وَبالقَـول"]),  # diacritics and tatweel
    ("اكتفى xبالقول إنه", []),  # glued to another word
])
def test_bil_qawl_is_found_as_a_whole_word(text: str, found: list[str]) -> None:
    assert [text[c.start:c.end] for c in said_noun_cues(text, [])] == found


# Letters of the particle and its neighbours, diacritics, tatweel, spaces and punctuation.
_PARTICLE_TEXT = st.text(alphabet="باأإنهيكموفلx ،\"\n\u064e\u0651\u0640", max_size=30)


@given(_PARTICLE_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_find_particles_finds_what_the_particle_pattern_finds(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert [m.span() for m in find_particles(text, start, end)] == [
        m.span() for m in PARTICLE.finditer(text, start, end)]


def test_the_letters_of_a_word_with_a_shadda_are_no_particle() -> None:
    assert claims('وأضافت الوزيرة في مؤتمر صحفي عقدته في عمّان: «لم يعد لدينا وقت».') == []
    assert claims("قالت المتحدثة باسم المفوضية في عمّان سارة علي إن العودة طوعية.") == [
        "العودة طوعية"]


@pytest.mark.parametrize("expected", ["ويُتوقع", "ويتوقع", "ويرجح"])
def test_a_passive_of_expectation_governs_its_own_particle(expected: str) -> None:
    text = f"وأعلنت الوزارة المشروع الجديد، {expected} أن يبدأ تشغيله عام 2030."
    assert claims(text) == []


def test_observers_seeing_is_an_opinion_not_reported_speech() -> None:
    assert claims("ويرى مراقبون أن الوساطة باتت أداة رئيسية في سياسة البلاد.") == []
