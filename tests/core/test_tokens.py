"""Tokens, lexicon-checked proclitics and glued words."""

from __future__ import annotations

from nato_reader.core.tokens import Token, readings, split_glued, tokenize


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
