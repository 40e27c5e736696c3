"""A selection becomes the span the annotator meant: whole words, no proclitics on entities,
never half a character."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_reader.core.selection import cluster_end, cluster_start, snap_selection

TEXT = "وقال إن الحلف يدعم لأوكرانيا وللصين والصين وكوريا الشمالية، وزار واشنطن وبولندا."


def snapped(text: str, part: str, label: str, inset: tuple[int, int] = (0, 0), known=None):
    start = text.index(part) + inset[0]
    end = text.index(part) + len(part) - inset[1]
    result = snap_selection(text, start, end, label, known)
    return None if result is None else text[result[0]:result[1]]


@pytest.mark.parametrize(
    ("selected", "label", "expected"),
    [
        ("لأوكرانيا", "COUNTRY", "أوكرانيا"),
        ("والصين", "COUNTRY", "الصين"),
        ("وللصين", "COUNTRY", "لصين"),  # after ل+ال the article's lam stays
        ("واشنطن", "LOCATION", "واشنطن"),  # و is part of the name
        ("وبولندا", "COUNTRY", "وبولندا"),  # no visible seam, no lexicon: left whole
        ("لأوكرانيا", "QUOTE", "لأوكرانيا"),  # only entities lose proclitics
    ],
)
def test_proclitics_of_entities(selected: str, label: str, expected: str) -> None:
    assert snapped(TEXT, selected, label) == expected


def test_lexicon_decides_where_spelling_shows_no_seam() -> None:
    known = {"كوريا الشمالية", "بولندا"}.__contains__
    assert snapped(TEXT, "وكوريا الشمالية", "COUNTRY", known=known) == "كوريا الشمالية"
    assert snapped(TEXT, "وبولندا", "COUNTRY", known=known) == "بولندا"


def test_selection_inside_words_widens_to_whole_words() -> None:
    assert snapped(TEXT, "الحلف يدعم", "CLAIM", inset=(2, 2)) == "الحلف يدعم"
    assert snapped(TEXT, "واشنطن", "LOCATION", inset=(2, 1)) == "واشنطن"


def test_caret_without_selection_takes_the_word() -> None:
    pos = TEXT.index("واشنطن") + 3
    start, end = snap_selection(TEXT, pos, pos, "LOCATION")
    assert TEXT[start:end] == "واشنطن"


def test_spaces_and_punctuation_are_trimmed() -> None:
    assert snapped(TEXT, " وزار واشنطن وبولندا.", "LOCATION") == "وزار واشنطن وبولندا"
    quote = 'قال: «سوف نتصدى لتحدياتنا.» ثم غادر'
    assert snapped(quote, "«سوف نتصدى لتحدياتنا.»", "QUOTE") == "سوف نتصدى لتحدياتنا."


def test_nothing_to_tag() -> None:
    assert snap_selection("  ،  ", 0, 5, "PERSON") is None
    assert snap_selection("مرحبا 🇯🇵", 6, 8, "COUNTRY") is None


def test_diacritics_stay_with_their_letter() -> None:
    text = "قالَ الأمينُ العامُّ"
    end = text.index("العامُّ") + len("العام")  # selection ends before the marks
    start, stop = snap_selection(text, text.index("الأمين"), end, "PERSON")
    assert text[start:stop] == "الأمينُ العامُّ"


def test_flags_and_emoji_sequences_are_never_cut() -> None:
    text = "🇯🇵🇰🇷 👩‍💻 قال"
    assert cluster_start(text, 1) == 0 and cluster_start(text, 3) == 2
    assert cluster_end(text, 1) == 2 and cluster_end(text, 3) == 4
    zwj = text.index("👩")
    assert cluster_end(text, zwj + 1) == zwj + 3


@given(st.text(alphabet="اأبتلكوف ًٌَُ،.«»🇯🇵‍👩", max_size=30), st.integers(0, 30),
       st.integers(0, 30), st.sampled_from(["PERSON", "COUNTRY", "QUOTE"]))
def test_snapped_spans_are_valid_and_never_split_a_character(text, a, b, label) -> None:
    result = snap_selection(text, a, b, label)
    if result is None:
        return
    start, end = result
    assert 0 <= start < end <= len(text)
    assert cluster_start(text, start) == start
    assert cluster_end(text, end) == end
    assert text[start:end].strip() == text[start:end]
