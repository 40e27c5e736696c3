"""Normalisation folds spellings for matching and maps every match back to exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_reader.core.text import normalize, normalize_key


def _find(text: str, word: str) -> str:
    """Find ``word`` (written plainly) in ``text`` via the norm form; return the original slice."""
    nm = normalize(text)
    i = nm.norm.index(normalize_key(word))
    start, end = nm.to_original(i, i + len(normalize_key(word)))
    return text[start:end]


def test_hamza_alef_maqsura_ta_marbuta_fold():
    folded = normalize_key("إيران وأمريكا وآسيا ومصطفى والقاهرة")
    assert folded == "ايران وامريكا واسيا ومصطفي والقاهره"


def test_persian_letters_and_digits_fold():
    assert normalize_key("یک ١٢٣ ۴۵۶") == "يك 123 456"


def test_diacritics_span_keeps_marks_on_last_letter():
    text = "زار الرئيسُ فَرَنْسا أمسِ"
    assert _find(text, "فرنسا") == "فَرَنْسا"


def test_tatweel_inside_a_name():
    text = "بيان من موسكـــو اليوم"
    assert _find(text, "موسكو") == "موسكـــو"


def test_zero_width_and_bidi_controls_vanish_but_are_not_in_the_span():
    text = "وصل إلى \u200fبرلين\u200e\u200b أمس"
    assert normalize(text).norm == "وصل الي برلين امس"
    assert _find(text, "برلين") == "برلين"


def test_presentation_forms_map_to_the_ligature():
    text = "ﺑﺮﻟﻴﻦ و ﻻﻫﺎي"  # presentation forms, lam-alef ligature included
    nm = normalize(text)
    assert nm.norm == "برلين و لاهاي"
    i = nm.norm.index("لاهاي")
    start, end = nm.to_original(i, i + len("لاهاي"))
    assert text[start:end] == "ﻻﻫﺎي"


def test_emoji_flags_and_crlf_keep_offsets():
    text = "🇯🇵🇰🇷 قمة\r\nفي طوكيو 👍"
    assert _find(text, "طوكيو") == "طوكيو"
    assert normalize(text).norm.endswith("👍")


def test_latin_is_case_folded_for_matching_only():
    text = "ذكرت NHK أن"
    nm = normalize(text)
    i = nm.norm.index("nhk")
    s, e = nm.to_original(i, i + 3)
    assert text[s:e] == "NHK"


@pytest.mark.parametrize(
    "text",
    ["", "abc", "ـــ", "\u200f\u200e", "ًٌٍ", "ﻻ", "قالَ\u200dـ🇸🇦ﷲ"],
)
def test_to_norm_and_to_original_round_trip(text):
    nm = normalize(text)
    for i in range(len(nm.norm)):
        s, e = nm.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        ns, ne = nm.to_norm(s, e)
        assert ns <= i < ne


def _reference_map(text):
    """Per-character folding, written the slow obvious way, to check the fast map against."""
    from nato_reader.core.text import _CONTROLS, _TABLE

    starts, ends = [], []
    for o, ch in enumerate(text):
        out = _TABLE.get(ord(ch), ch)
        if out == "":
            if ch not in _CONTROLS and ends and ends[-1] == o:
                ends[-1] = o + 1  # a mark joins the letter before it
            continue
        starts.extend([o] * len(out))
        ends.extend([o + 1] * len(out))
    return starts, ends


_HOSTILE = "ابتكلوف أإآىة ًٌَُِّْـ\u200b\u200c\u200d\u200e\u200f\u202b\u2066\ufeffﻻﷲﺑ١۲ی🇯🇵\r\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HOSTILE, max_size=60) | st.text(max_size=40))
def test_offset_map_matches_a_character_by_character_reference(text):
    nm = normalize(text)
    starts, ends = _reference_map(text)
    assert len(nm.norm) == len(starts)
    for i in range(len(nm.norm)):
        assert nm.to_original(i, i + 1) == (starts[i], ends[i])
        for j in range(i + 1, min(len(nm.norm), i + 4) + 1):
            assert nm.to_original(i, j) == (starts[i], ends[j - 1])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HOSTILE + "ABCﺍﻷ", max_size=60) | st.text(max_size=40))
def test_folding_equals_translating_every_character(text):
    from nato_reader.core.text import _TABLE

    assert normalize(text).norm == text.translate(_TABLE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HOSTILE, max_size=40) | st.text(alphabet="abc ()\n", max_size=40),
       st.integers(-3, 45), st.integers(-3, 45))
def test_to_norm_takes_the_first_norm_character_at_or_after_each_offset(text, a, b):
    # Plain texts (nothing folded away) and folded ones must agree with one reference,
    # offsets outside the text included.
    nm = normalize(text)
    starts, _ = _reference_map(text)

    def first_at_or_after(o):
        return next((i for i, s in enumerate(starts) if s >= o), len(starts))

    assert nm.to_norm(a, b) == (first_at_or_after(a), first_at_or_after(max(a, b)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HOSTILE, max_size=60) | st.text(max_size=40),
       st.lists(st.tuples(st.integers(-3, 65), st.integers(-3, 65)), max_size=12))
def test_mapping_many_spans_back_agrees_with_the_reference(text, spans):
    # Spans inside the text map as the per-character reference says; the rest are clipped
    # as a single span would be.
    nm = normalize(text)
    starts, ends = _reference_map(text)
    mapped = nm.spans_to_original(spans)
    assert len(mapped) == len(spans)
    for (a, b), got in zip(spans, mapped, strict=True):
        if 0 <= a < b <= len(starts):
            assert got == (starts[a], ends[b - 1])
        else:
            assert got == nm.to_original(a, b)
