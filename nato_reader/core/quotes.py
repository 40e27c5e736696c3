"""Direct quotations: the text between quotation marks, in every style Arabic news uses.

Marks come as ``"…"``, ``«…»`` and its reversed ``»…«``, ``“…”`` and its swapped ``”…“``,
``„…“`` and ``'…'``. Within one family of marks the glyph says little in right-to-left text, so
marks pair by position and by what stands around them (an opening mark has text after it, a
closing mark text before it). A quotation inside another (other marks inside the outer ones)
stays part of the outer one. An opening mark that finds no closing mark within its paragraph
and the next one is a stray and is dropped, so it cannot swallow the rest of the article.
Quotation marks around a name (منصة "إكس", مناورات «درع الحرية») make no quotation.

No library pairs Arabic quotation marks, so this is written by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nato_reader.core.cues import is_name_noun, is_speech_word
from nato_reader.core.record import QUOTE, Span
from nato_reader.core.text import char_positions
from nato_reader.core.tokens import WORD

# Mark → family; marks of one family pair with each other.
_FAMILY = {
    '"': "double", "＂": "double",
    "«": "angle", "»": "angle",
    "“": "curly", "”": "curly", "„": "curly", "‟": "curly",
    "'": "single",
    "‘": "curly-single", "’": "curly-single", "‚": "curly-single", "‛": "curly-single",
}
_MARKS = "".join(_FAMILY)
_LETTER = re.compile(r"[^\W\d_]")
# Zero-width characters and bidi controls: never at the edge of a span.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c"
                       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Single-letter proclitics glued to an opening mark: و"…" ب«…» ل"…".
_CLITIC_LETTERS = frozenset("وبلفك")
# Cut-offs that keep a stray mark local: a quotation is at most this long, and a name inside
# quotation marks at most this many words.
_MAX_QUOTE_CHARS = 4000
_MAX_MARKS_INSIDE = 64  # other quotation marks inside one quotation (nested quotes)
_MAX_NAME_WORDS = 3
# A noun with a possessive pronoun; group 2 is the ت that stands for ة (سفينتها).
_POSSESSIVE = re.compile("(.{2,}?)(ت)?(?:ها|هما|هم|ه|نا|كم)")
# The particle of reported speech (أن، بأنها، إنه …): what follows it is said, not named.
# A definite word, with its proclitics (المنصة، بالمنصة، للمنصة).
_DEFINITE = re.compile("[وف]?[بك]?(?:ال|لل)")
# Prepositions between a naming noun and the name (مقابلة مع «…»، تصريح لـ"…").
_NAME_PREPOSITIONS = frozenset({"مع", "باسم", "بعنوان", "عن", "على", "ل", "لـ"})
_PARTICLE = re.compile("[وف]?ب?[اأإ]ن(?:ه|ها|هم|هما|نا)?")
# Nouns of a pact that open its quoted name ("اتفاقيات X"، "معاهدة X"): the quotation marks
# hold a name, unless an indefinite adjective follows (بأنه "اتفاق تاريخي" is said of it).
_PACT_NOUNS = frozenset({"اتفاقية", "اتفاقيه", "اتفاقيات", "معاهدة", "معاهده", "معاهدات",
                         "اتفاقات"})


# A quotation mark: (position, family, can open, can close); a plain tuple, as one is made
# for every mark of the text and a named one costs far more to build.
_Mark = tuple[int, str, bool, bool]


def _classify(text: str, pos: int) -> _Mark:
    ch = text[pos]
    family = _FAMILY[ch]
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    before2 = text[pos - 2] if pos > 1 else ""
    # و"…" ب«…» بـ"…": a one-letter proclitic (or a tatweel) glued to the opening mark.
    glued_clitic = before == "ـ" or (
        before in _CLITIC_LETTERS and not _LETTER.match(before2 or " "))
    opens_after_word = before == "" or not before.isalnum() or glued_clitic
    space_before = not before or before.isspace()  # the text's edge counts as a space
    space_after = not after or after.isspace()
    can_open = not space_after and opens_after_word
    # A closing apostrophe-quote must not run into a word ('…'s); other marks may (»لحلف).
    closes_here = ch != "'" or after == "" or not after.isalnum()
    can_close = not space_before and closes_here
    if space_before and space_after and family != "single":
        can_open = can_close = True  # " spaced out " marks: position decides
    if family == "single" and before.isascii() and after.isascii() and (
        before.isalpha() and after.isalpha()
    ):
        can_open = can_close = False  # an apostrophe: O'Brien, don't
    return pos, family, can_open, can_close


def _paragraph_limit(text: str, pos: int) -> int:
    """End of the paragraph after the one holding ``pos``: how far a quotation may run."""
    end = text.find("\n", pos)
    if end < 0:
        return len(text)
    while end < len(text) and text[end] == "\n":
        end += 1
    nxt = text.find("\n", end)
    limit = len(text) if nxt < 0 else nxt
    return min(limit, pos + _MAX_QUOTE_CHARS)


def _pairs(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) positions of the outermost quotations, in order."""
    marks = [_classify(text, pos) for pos in char_positions(text, _MARKS)]
    pairs: list[tuple[int, int]] = []
    opened: tuple[_Mark, int, int] | None = None  # the mark, its index, how far it may run
    i = 0
    while i < len(marks):
        pos, family, can_open, can_close = marks[i]
        if opened is None:
            if can_open:
                opened = (marks[i], i, _paragraph_limit(text, pos))
            i += 1
            continue
        first, first_i, limit = opened
        if pos > limit or i - first_i > _MAX_MARKS_INSIDE:
            # The opening mark was a stray: look again from just after it.
            opened = None
            i = first_i + 1
            continue
        if family == first[1]:
            if can_close:
                pairs.append((first[0], pos))
                opened = None
            elif can_open:
                opened = (marks[i], i, _paragraph_limit(text, pos))
        i += 1
        if i == len(marks) and opened is not None:
            i = opened[1] + 1
            opened = None
    return pairs


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space or invisible controls at its edges."""
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def _names_something(text: str, open_pos: int) -> bool:
    """Whether a naming noun (منصة، صحيفة، عملية …) stands right before the mark or one
    adjective before it, or the mark follows "told" (وقال لـ«الشرق الأوسط»، في تصريح
    لـ"العربية"). A particle between them makes a quotation: التدريبات بأنها "دفاعية"."""
    line_start = text.rfind("\n", 0, open_pos) + 1
    if text[line_start:open_pos].rstrip().endswith(":"):
        return False  # قال في المقابلة: "…" is a quotation whatever precedes the colon
    words = WORD.findall(text, max(line_start, open_pos - 60), open_pos)
    if words and _naming_noun(words[-1]):
        return not _predicate(words, WORD.findall(text, open_pos, open_pos + 40))
    # المنصة الاجتماعية "إكس", مقابلة مع «…»: an adjective or a preposition may stand
    # between; a verb may not (الوكالة فقدت "…": the noun is the subject of what is said).
    if len(words) >= 2 and is_name_noun(words[-2]) and _between_noun_and_name(*words[-2:]):
        return True
    told = len(words) >= 2 and words[-1] in ("ل", "لـ") and text[open_pos - 1] in "لـ"
    return told and is_speech_word(words[-2])


def _between_noun_and_name(noun: str, word: str) -> bool:
    """Whether ``word`` may stand between the naming ``noun`` and the quoted name: not a
    particle or a speech verb; after an indefinite noun its genitive or adjective (خط أنابيب
    "…"، مقابلة مع «…»), after a definite one its adjective or a preposition (المنصة
    الاجتماعية "…"): a definite noun and another word are a subject and its verb (الوكالة
    فقدت "…")."""
    if _PARTICLE.fullmatch(word) or is_speech_word(word):
        return False
    if _DEFINITE.match(noun) is None:
        return True
    return word.startswith(("ال", "وال")) or word in _NAME_PREPOSITIONS


def _naming_noun(word: str) -> bool:
    """A naming noun, also with a possessive pronoun (سفينتها "…"، حسابه «…») or in the
    sound feminine plural (اتفاقيات "…"، معاهدات "…")."""
    if is_name_noun(word):
        return True
    if len(word) > 4 and word.endswith("ات") and is_name_noun(word[:-2] + "ة"):
        return True
    m = _POSSESSIVE.fullmatch(word)
    return m is not None and is_name_noun(m.group(1) + ("ة" if m.group(2) else ""))


def _predicate(before: list[str], inside: list[str]) -> bool:
    """Whether the quoted text says something about the definite noun before it rather than
    naming it: the noun is the subject after إن/أن (إن التدريبات "…"), or the quotation
    opens with a speech verb (القمة "أكدت …") or with an indefinite relational adjective
    (المناورات "دفاعية بحتة"). A name follows an indefinite noun: مناورات "درع الشمال"."""
    noun = before[-1].lstrip("وفبلك")
    if not noun.startswith("ال"):
        return False
    if len(before) >= 2 and _PARTICLE.fullmatch(before[-2]):
        return True
    first = inside[0] if inside else ""
    return is_speech_word(first) or (
        not first.startswith("ال") and first.endswith(("ية", "يه", "ي")) and len(first) >= 4)


def find_quotes(text: str, names: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """QUOTE spans (marks excluded) for every quotation in ``text``.

    ``names`` are the (start, end) of known names (entities): a quoted text that is exactly
    one of them is a name in quotation marks, not a quotation, however many words it has
    (لصحيفة "فولها دي ساو باولو").
    """
    known = set(names)
    name_ends = {e for _, e in known}
    spans: list[Span] = []
    for open_pos, close_pos in _pairs(text):
        start, end = trim(text, open_pos + 1, close_pos)
        inner = text[start:end]
        if not _LETTER.search(inner):
            continue
        short = len(inner.split()) <= _MAX_NAME_WORDS
        if ((start, end) in known
                or (short and (_names_something(text, open_pos) or _pact_name(text, open_pos,
                                                                                inner)))
                or _short_name_after(text, open_pos, close_pos, inner, name_ends)):
            continue
        spans.append(Span(start, end, QUOTE, inner))
    return spans


def _pact_name(text: str, open_pos: int, inner: str) -> bool:
    """Whether the quoted ``inner`` is a pact's name: a pact's noun, then a word that is no
    indefinite adjective, not after a colon, the particle of reported speech or a speech
    verb."""
    words = inner.split()
    if len(words) < 2 or words[0] not in _PACT_NOUNS:
        return False
    second = words[1]
    if (not second.startswith("ال") and second.endswith(("ي", "ية", "يه"))) or text[
        max(0, open_pos - 3):open_pos
    ].rstrip().endswith(":"):
        return False
    before = WORD.findall(text, max(0, open_pos - 20), open_pos)
    return not before or not (_PARTICLE.fullmatch(before[-1]) or is_speech_word(before[-1]))


def _short_name_after(text: str, open_pos: int, close_pos: int, inner: str,
                      name_ends: set[int]) -> bool:
    """Whether a quoted single word right after a name and right before إن/أن is that
    name's short form (وذكرت هيئة البث العامة "X" أن …): a one-word statement
    after a name is its predicate and the clause does not go on with a particle."""
    if " " in inner:
        return False
    before = text[:open_pos].rstrip(" ")
    if len(before) == open_pos or len(before) not in name_ends:
        return False
    after = WORD.match(text[close_pos + 1 : close_pos + 40].lstrip(" "))
    return after is not None and _PARTICLE.fullmatch(after.group()) is not None
