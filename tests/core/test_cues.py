"""Speech cues: every inflection of the verbs, adverbial forms and source phrases."""

from __future__ import annotations

import pytest

from nato_reader.core.cues import (
    ADVERBIAL,
    FEM,
    MASC,
    SOURCE,
    VERB,
    find_cues,
    is_cue_word,
    is_name_noun,
    parse_lexicon,
)


def _only(text: str):
    cues = find_cues(text)
    assert len(cues) == 1, [(text[c.start:c.end], c.kind) for c in cues]
    return cues[0]


@pytest.mark.parametrize(("word", "gender", "number"), [
    ("قال", MASC, "sg"),
    ("قالت", FEM, "sg"),
    ("قالوا", MASC, "pl"),
    ("يقول", MASC, "sg"),
    ("تقول", FEM, "sg"),
    ("يقولون", MASC, "pl"),
    ("سيقول", MASC, "sg"),
    ("وأضافت", FEM, "sg"),
    ("فأضاف", MASC, "sg"),
    ("يضيف", MASC, "sg"),
    ("وتابعت", FEM, "sg"),
    ("وأكدوا", MASC, "pl"),
    ("أوضحت", FEM, "sg"),
    ("ودعت", FEM, "sg"),
    ("دعوا", MASC, "pl"),
    ("يدعو", MASC, "sg"),
    ("نفت", FEM, "sg"),
    ("ينفي", MASC, "sg"),
    ("لفتت", FEM, "sg"),
    ("يلفت", MASC, "sg"),
    ("ونددت", FEM, "sg"),
    ("اعتبرت", FEM, "sg"),
    ("صرحت", FEM, "sg"),
    ("وحذرت", FEM, "sg"),
    ("وصفها", MASC, "sg"),
    ("ذكرته", FEM, "sg"),
])
def test_verb_forms_in_every_person_gender_and_tense(word: str, gender: str, number: str) -> None:
    text = f"في المؤتمر {word} الوزير إن المحادثات مستمرة"
    cue = _only(text)
    assert cue.kind == VERB
    assert text[cue.start:cue.end] == word
    assert (cue.gender, cue.number) == (gender, number)


@pytest.mark.parametrize(("word", "gender"), [
    ("قائلاً", MASC), ("قائلا", MASC), ("قائلةً", FEM), ("مضيفاً", MASC), ("مؤكدة", FEM),
    ("مشيرةً", FEM), ("موضحا", MASC),
])
def test_adverbial_forms(word: str, gender: str) -> None:
    text = f"وانتقد الخطة {word} إنها فاشلة"
    cues = find_cues(text)
    adverbial = [c for c in cues if c.kind == ADVERBIAL]
    assert len(adverbial) == 1
    assert text[adverbial[0].start:adverbial[0].end] == word
    assert adverbial[0].gender == gender


def test_diacritics_tatweel_and_hamza_spellings_still_match_with_exact_offsets() -> None:
    text = "😀🇫🇷 وقـــالَ الوزير، ثم اضافت الناطقة"
    found = [(text[c.start:c.end], c.gender) for c in find_cues(text)]
    assert found == [("وقـــالَ", MASC), ("اضافت", FEM)]


def test_source_phrases() -> None:
    text = ("الخبر صحيح، حسبما قالت الوزارة. وهذا وفقًا لما ذكرته الصحيفة، ونقلاً عن مصادر، "
            "وعلى لسان الناطق، وبحسب المراقبين، وهو ما يتكرر على حد قولها.")
    cues = [(text[c.start:c.end], c.kind, c.named, c.gender) for c in find_cues(text)]
    assert ("حسبما قالت", SOURCE, True, FEM) in cues
    assert ("وفقًا لما ذكرته", SOURCE, True, FEM) in cues
    assert ("ونقلاً عن", SOURCE, True, None) in cues
    assert ("وعلى لسان", SOURCE, True, None) in cues
    assert ("وبحسب", SOURCE, True, None) in cues
    assert ("على حد قولها", SOURCE, False, FEM) in cues


def test_words_that_only_contain_a_cue_are_not_cues() -> None:
    # الإدانة/إشارة look like أدانه/أشاره once ta marbuta is folded; مقال holds قال.
    assert find_cues("في إشارة إلى مقال القائل وإدانة المقالات والإضافة") == []


def test_the_preposition_bayna_is_not_the_verb_bayyana() -> None:
    assert find_cues("التعاون بين الدول وبين الشعوب") == []
    cue = _only("وبين أن الصين تستثمر")
    assert cue.lemma == "بين"
    assert _only("وبيّن: الأمر واضح").kind == VERB


def test_name_nouns_with_and_without_article_and_proclitics() -> None:
    assert is_name_noun("منصة")
    assert is_name_noun("المنصة")
    assert is_name_noun("وصحيفة")
    assert is_name_noun("بمناورات")
    assert not is_name_noun("الوزير")


def test_a_bad_lexicon_line_is_refused_with_the_line() -> None:
    with pytest.raises(ValueError, match="قال"):
        parse_lexicon(["verb\tقال\tقالت"])


def test_replied_and_commented_count_only_when_speech_follows() -> None:
    replied = _only("وردّت الوزيرة بأن القرار نهائي.")
    assert (replied.lemma, replied.gender, replied.clitic) == ("رد", FEM, "و")
    commented = find_cues('وعلّق الوزير على القرار قائلاً: "لا تعليق".')
    assert [(c.lemma, c.kind) for c in commented] == [("علق", VERB), ("قال", ADVERBIAL)]
    # ورد "came", علّق "suspended": no particle, colon or quotation follows
    assert find_cues("وردت أنباء عن اشتباكات. وعلقت الحكومة المحادثات.") == []
    # ورد في التقرير أن …: "it came in the report"
    assert find_cues("وورد في التقرير أن الأسعار ارتفعت. ورد في البيان أنه انتهى.") == []


@pytest.mark.parametrize(("sentence", "has_object"), [
    ("الدولة التي وصفها الوزير بأنها شريك.", True),
    ("وتصفه الصحيفة بأنه حليف.", True),
    ("الدولة التي وصفت الخطة بأنها ضرورية.", False),
    ("وقال الوزير إن الخطة ضرورية.", False),
])
def test_an_object_pronoun_on_the_verb_is_recorded(sentence: str, has_object: bool) -> None:
    assert _only(sentence).has_object is has_object


def test_a_verb_spelled_after_adam_is_its_verbal_noun() -> None:
    # فضّل عدم ذكر اسمه: "preferred not to give his name", no one speaks in ذكر.
    assert find_cues("وقال ضابط فضّل عدم ذكر اسمه وبعدم كشف هويته") == [
        c for c in find_cues("وقال ضابط") if c.lemma == "قال"]
    assert _only("وذكر الضابط أن القصف توقف").lemma == "ذكر"


@pytest.mark.parametrize("word", ["لخص", "ولخصت", "يلخص", "اختصر", "واختصرت"])
def test_summing_up_reports_speech(word: str) -> None:
    cue = _only(f"{word} المتحدث الموقف بكلمة واحدة")
    assert cue.kind == VERB and cue.transitive


def test_awrada_reports_only_what_the_sentence_goes_on_to_report() -> None:
    assert _only("وأوردت القناة أن القصف طال منازل").lemma == "أورد"
    assert find_cues("وأورد الكاتب أمثلة كثيرة على ذلك.") == []


def test_tahaddatha_spoke_but_not_the_present_of_happen() -> None:
    assert _only("وتحدثت الوزيرة عن \"مخاطر جسيمة\"").lemma == "تحدث"
    assert not [c for c in find_cues("وقد تحدث أزمة جديدة إذا لم يتفق الطرفان على أن الحدود مفتوحة")
                if c.lemma == "تحدث"]


@pytest.mark.parametrize(("text", "where"), [
    ("قال الوزير إن الحلف قوي", 0),  # the very start of the text
    ("«نعم»، قال الوزير", 7),  # right after punctuation
    ("نعم\nقال الوزير", 4),  # at the start of a line
    ("\u200fقال الوزير", 1),  # after a bidi mark
])
def test_a_cue_is_found_wherever_a_word_starts(text: str, where: int) -> None:
    assert [c.start for c in find_cues(text)] == [where]


def test_a_cue_inside_a_longer_word_is_none() -> None:
    assert find_cues("نشر مقال الوزير عن الاستقالة") == []


def test_a_verb_that_asks_not_to_be_named_is_no_cue() -> None:
    text = "وقال مصدر حكومي، طالبا عدم الكشف عن هويته، إن الاتفاق قريب."
    assert [text[c.start:c.end] for c in find_cues(text)] == ["وقال"]


def test_speaking_about_a_quoted_phrase_is_a_cue_but_speaking_about_a_topic_is_not() -> None:
    assert [c.lemma for c in find_cues("والنقابة تتحدث عن «تضييق ممنهج»")] == ["تحدث"]
    assert find_cues("وتحدث عن الأزمة طويلا.") == []


def test_a_verb_whose_bare_past_is_a_given_name_counts_only_with_a_proclitic() -> None:
    text = 'ودانت النقابة "القمع"، ودان الاتحاد "الاعتقالات". وقال دان براون إن الكتاب جاهز.'
    assert [text[c.start:c.end] for c in find_cues(text)] == ["ودانت", "ودان", "وقال"]
    assert not is_cue_word("دان")


@pytest.mark.parametrize("text", ["وقال إن نصف المحلات مغلقة.", "بعد ساعة ونصف قالت الوزيرة ذلك."])
def test_half_is_not_we_describe(text: str) -> None:
    assert [text[c.start:c.end] for c in find_cues(text)] == [w for w in ("وقال", "قالت")
                                                               if w in text.split()]


def test_we_will_describe_is_still_a_verb() -> None:
    assert [c.lemma for c in find_cues("وسنصف ما جرى بأنه خرق.")] == ["وصف"]
