from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nato_reader.formats.tokens import span_tokens, tokenize


def texts(tokens):
    return [t.text for t in tokens]


def test_words_and_punctuation_are_separate_tokens():
    assert texts(tokenize("قال: «الأمن عالمي»، وأضاف.")) == [
        "قال", ":", "«", "الأمن", "عالمي", "»", "،", "وأضاف", "."
    ]


def test_span_starting_after_a_proclitic_splits_the_word():
    text = "دعم لأوكرانيا"
    start = text.index("أوكرانيا")
    tokens = tokenize(text, [start, len(text)])
    assert texts(tokens) == ["دعم", "ل", "أوكرانيا"]
    assert span_tokens(tokens, start, len(text)) == (2, 2)


def test_diacritics_tatweel_and_invisible_marks_stay_in_their_word():
    word = "الـسَّلام\u200c"
    assert texts(tokenize(f"{word} \u200fهنا")) == [word, "\u200fهنا"]


def test_emoji_flags_and_hashtags():
    assert texts(tokenize("🇺🇦🇯🇵 #حلف_الناتو 👍🏽")) == ["🇺🇦🇯🇵", "#", "حلف_الناتو", "👍🏽"]


def test_ws_tells_whether_whitespace_follows():
    tokens = tokenize("أ، ب\nج")
    assert [(t.text, t.ws) for t in tokens] == [("أ", False), ("،", True), ("ب", True),
                                               ("ج", False)]


def test_span_of_whitespace_has_no_tokens():
    tokens = tokenize("أ   ب", [1, 4])
    assert span_tokens(tokens, 1, 4) is None


@given(st.text(alphabet="اب لأ،.«»🇺\u200f\u064e\n", max_size=40), st.data())
def test_tokens_cover_every_non_space_and_every_span_exactly(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    tokens = tokenize(text, [start, end])
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.text and not any(ch.isspace() for ch in token.text)
    covered = "".join(t.text for t in tokens)
    assert covered == "".join(ch for ch in text if not ch.isspace())
    found = span_tokens(tokens, start, end)
    if text[start:end].strip():
        assert found is not None
        first, last = found
        assert text[tokens[first].start : tokens[last].end] == text[start:end].strip()


def _reference_pieces(text):
    """The module's rules, applied one character at a time with unicodedata."""
    import unicodedata

    pieces, start, kind = [], 0, None
    for i, ch in enumerate(text + " "):
        if ch.isspace():
            new = None
        else:
            cat = unicodedata.category(ch)
            if cat[0] in "MC" or ch == "\u0640":
                new = kind if kind in ("word", "symbol") else "word"
            elif cat[0] == "P" and cat != "Pc":
                new = "punct"
            else:
                new = "symbol" if cat[0] == "S" else "word"
        if kind is not None and (new != kind or kind == "punct"):
            pieces.append(text[start:i])
        if new is not None and (new != kind or new == "punct"):
            start = i
        kind = new
    return pieces


_ASSIGNED = st.characters(exclude_categories=("Cn", "Cs"))


@given(st.text(alphabet=st.one_of(_ASSIGNED, st.sampled_from("اب ل،.«»_#\u0640\u200d\n")),
               max_size=40))
def test_tokens_follow_the_character_classes_of_unicode(text):
    assert texts(tokenize(text)) == _reference_pieces(text)


def test_two_span_edges_inside_one_word():
    text = "والأمن"
    tokens = tokenize(text, [1, 3])
    assert texts(tokens) == ["و", "ال", "أمن"]
    assert [t.ws for t in tokens] == [False, False, False]
    assert tokens[2].to_dict() == {"text": "أمن", "start": 3, "end": 6, "id": 2, "ws": False}
