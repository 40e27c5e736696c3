"""Tokens, lexicon-checked proclitics and glued words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_reader.core.lexicon import lexicon
from nato_reader.core.matching import token_stream
from nato_reader.core.text import normalize
from nato_reader.core.tokens import (
    Token,
    TokenList,
    WordFilter,
    positions,
    readings,
    split_glued,
    tokenize,
    vocabulary,
)


def test_hashtags_hold_no_tokens():
    assert [t.text for t in tokenize("قمة #الأمن_العالمي في روما")] == ["قمة", "في", "روما"]


def test_readings_offer_every_proclitic_split_unsplit_first():
    keys = [(r.offset, r.key) for r in readings("وبفرنسا")]
    assert keys[0] == (0, "وبفرنسا")
    assert (2, "فرنسا") in keys


def test_lam_lam_contraction_restores_the_article_but_keeps_the_lam_in_the_span():
    assert (1, "الهند") in [(r.offset, r.key) for r in readings("للهند")]
    assert (2, "الهند") in [(r.offset, r.key) for r in readings("وللهند")]


def test_glued_words_split_only_into_known_words():
    known = {"المانيا", "فرنسا", "الجنوبيه", "اليابان"}.__contains__
    parts = split_glued(Token(10, 23, "المانياوفرنسا"), known)
    assert [(p.start, p.end, p.text) for p in parts] == [
        (10, 17, "المانيا"), (17, 23, "وفرنسا")]
    assert split_glued(Token(0, 11, "الاستثمارات"), known) is None
    assert split_glued(Token(0, 16, "الجنوبيهواليابان"), known) is not None


def test_names_glued_without_a_joining_letter_split_only_into_whole_names():
    names = {"فرنسا", "كندا", "تشيلي"}.__contains__
    parts = split_glued(Token(0, 9, "فرنساكندا"), names, names)
    assert [p.text for p in parts] == ["فرنسا", "كندا"]
    assert split_glued(Token(0, 9, "فرنساكندا"), names, None) is None  # no و/ال join
    assert split_glued(Token(0, 8, "فرنساكند"), names, names) is None


def test_shared_token_list_finds_the_same_places_as_a_plain_list():
    plain = tokenize("قال الرئيس إن الرئيس سيزور روما، ثم قال إن روما جميلة")
    shared = TokenList(plain)
    for words in ({"قال"}, {"روما", "الرئيس"}, {"باريس"}, set(), vocabulary(plain)):
        assert positions(shared, words) == positions(plain, words)
    assert vocabulary(shared) == vocabulary(plain)


def test_shared_token_list_forgets_its_index_when_tokens_are_added():
    shared = TokenList(tokenize("قال الرئيس"))
    assert positions(shared, {"روما"}) == []
    shared.append(Token(11, 15, "روما"))
    assert positions(shared, {"روما"}) == [2]
    assert "روما" in vocabulary(shared)


def test_word_filter_answers_each_vocabulary_and_tests_each_word_once():
    tested: list[str] = []

    def long_word(w: str) -> bool:
        tested.append(w)
        return len(w) > 3

    keep = WordFilter(long_word)
    assert keep({"قال", "الرئيس", "روما"}) == {"الرئيس", "روما"}
    assert keep({"الرئيس", "في", "باريس"}) == {"الرئيس", "باريس"}
    assert sorted(tested) == sorted(["قال", "الرئيس", "روما", "في", "باريس"])


_PROSE = "قال الرئيس ان روسياوالصين، «حلف» (الناتو).\n\t\"كذا\" - #وسم_ما x_y 12 ١٢ 🇯🇵 ـ؛؟…"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_PROSE, max_size=80) | st.text(max_size=40))
def test_token_stream_covers_exactly_the_words_of_the_text(text):
    # Glued words may be cut in two, but the tokens hold every letter of every word and
    # nothing else, in order.
    nm = normalize(text)
    stream = token_stream(nm, lexicon())
    assert all(nm.norm[t.start:t.end] == t.text for t in stream)
    assert [t.start for t in stream] == sorted({t.start for t in stream})
    covered = {i for t in stream for i in range(t.start, t.end)}
    assert covered == {i for t in tokenize(nm) for i in range(t.start, t.end)}


def test_shared_token_list_given_its_words_answers_like_one_that_reads_them():
    plain = tokenize("قال الرئيس إن الرئيس سيزور روما")
    told = TokenList(plain, [t.text for t in plain])
    assert told.texts() == [t.text for t in plain]
    assert positions(told, {"الرئيس"}) == [1, 3]
    told.append(Token(32, 36, "روما"))  # words given earlier no longer cover every token
    assert told.texts()[-1] == "روما"
    assert positions(told, {"روما"}) == [5, 6]
