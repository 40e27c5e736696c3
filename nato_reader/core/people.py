"""People without a statistical model: names found from evidence in the text, then merged.

Evidence, strongest first:

- a title phrase followed by a name (``الأمين العام لحلف الناتو ينس ستولتنبرغ``);
- a speech verb or source phrase followed by a name and a boundary (``وقال ماو:``,
  ``حسبما قال كينيث وينشتاين،``);
- a well-known full name or a listed given name followed by a surname (person_names.tsv).

A name is 1–4 words that are not function words, titles, lexicon entities, speech verbs,
definite nouns or plural nouns. Mentions of one person are merged by a spelling skeleton
(غ/ج/ق/ك for g, vowels letters dropped, so ستولتنبرغ = ستولتنبرج) and by containment (``كيشيدا``
in ``فوميو كيشيدا``); the canonical form is the fullest one. A later (or earlier) bare mention
of a known name anywhere in the article is a PERSON too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from nato_reader.core import cues
from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.text import Normalized
from nato_reader.core.tokens import Reading, Token, cached_readings, readings

if TYPE_CHECKING:
    from nato_reader.core.entities import Match
    from nato_reader.core.lexicon import Lexicon

_MAX_NAME_WORDS = 4
# Letters that transliterations of one foreign sound swap (g as غ ج ق ك, emphatics).
_SKELETON = str.maketrans({
    "غ": "ج", "ق": "ج", "ك": "ج", "گ": "ج", "ط": "ت", "ض": "د", "ص": "س", "ث": "س",
    "ذ": "ز", "ظ": "ز", "ء": None, "ؤ": "و", "ئ": "ي",
})
_VOWEL_LETTERS = re.compile("[اوي]")
# Name particles after which a word with ال still belongs to the name (عبد الله، أبو الغيط).
_NAME_LINKS = frozenset({"عبد", "ابو", "بن", "ابن", "بنت"})
_PROCLITIC_LETTERS = "وفبلك"
_PARTICLE = re.compile("[وف]?(?:ب|ل)?[اأإ]ن(?:ه|ها|هم|هما|نا)?")


@dataclass(slots=True)
class PersonMatch:
    first: int  # token range [first, last)
    last: int
    nstart: int
    nend: int
    canonical: str = ""


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-independent form of a transliterated name word."""
    if len(word) <= 3:
        return word
    w = word.translate(_SKELETON)
    tail = _VOWEL_LETTERS.sub("", w[1:]).rstrip("ه")
    return w[0] + tail


class _Context:
    def __init__(self, nm: Normalized, toks: list[Token], blocked: set[int], lex: Lexicon):
        self.nm, self.toks, self.blocked, self.lex = nm, toks, blocked, lex
        self.norm = nm.norm

    def joined(self, a: int, b: int) -> bool:
        gap = self.norm[self.toks[a].end : self.toks[b].start]
        return not gap or (gap.isspace() and "\n" not in gap)

    def name_word(self, i: int, prev: int | None = None) -> bool:
        """Whether token ``i`` can be part of a person's name."""
        if i in self.blocked:
            return False
        w = self.toks[i].text
        lex = self.lex
        if w in FUNCTION_WORDS or w in lex.titles or w in lex.title_qualifiers:
            return False
        if w.isdigit() or len(w) < 2:
            return False
        if w.startswith("ال") and not (prev is not None and self.toks[prev].text in _NAME_LINKS):
            return False
        if len(w) >= 5 and (w.endswith("ات") or (w.endswith("ين") and w.startswith("ال"))):
            return False
        if w[0] in _PROCLITIC_LETTERS and len(w) >= 5 and w.endswith("ه"):
            return False  # لزملائه، بحضوره: a preposition and a pronoun, not a name
        return all(
            not (r.offset and (r.key.startswith("ال") or r.key in FUNCTION_WORDS))
            for r in readings(w)
        )

    def boundary_after(self, k: int) -> bool:
        """Whether a name may end before token ``k``: punctuation, a particle, the end."""
        toks = self.toks
        if k >= len(toks) or not self.joined(k - 1, k):
            return True
        w = toks[k].text
        return w in FUNCTION_WORDS or k in self.blocked or w[0] == "ل"

    def take_name(self, i: int, limit: int = _MAX_NAME_WORDS) -> int:
        """The end of the longest run of name words starting at token ``i``."""
        j = i
        while j < len(self.toks) and j - i < limit and self.name_word(j, j - 1 if j > i else None):
            if j > i and not self.joined(j - 1, j):
                break
            j += 1
        return j

    def particle_after(self, k: int) -> bool:
        """Whether token ``k`` ends a name for sure: punctuation, إن/أن and kin, the end."""
        toks = self.toks
        if k >= len(toks):
            return True
        gap = self.norm[toks[k - 1].end : toks[k].start]
        if gap.strip() and gap.strip()[0] in ":،,.؛;":
            return True
        return self.joined(k - 1, k) and _PARTICLE.fullmatch(toks[k].text) is not None

    def supported(self, i: int, j: int) -> bool:
        w = self.toks[i].text
        return j - i >= 2 or w in self.lex.first_names or w in self.lex.family_names


def _cue_tokens(nm: Normalized, toks: list[Token]) -> tuple[set[int], list[int]]:
    """Tokens inside speech cues, and for each named cue the index of the token after it."""
    starts = [t.start for t in toks]
    inside: set[int] = set()
    after: list[int] = []
    for cue in cues.find_cues(nm.original):
        ns, ne = nm.to_norm(cue.start, cue.end)
        a = bisect_left(starts, ns)
        b = bisect_left(starts, ne)
        inside.update(range(a, b))
        if cue.named and cue.kind in (cues.VERB, cues.SOURCE):
            after.append(b)
    return inside, after


def find_people(
    nm: Normalized,
    toks: list[Token],
    matches: list[Match],
    title_rows: list[tuple[int, int, int]],
    lex: Lexicon,
) -> list[PersonMatch]:
    """PERSON matches (token ranges, norm offsets, canonical name), in text order."""
    blocked: set[int] = set()
    for m in matches:
        blocked.update(range(m.first, m.last))
    for first, last, _ in title_rows:
        blocked.update(range(first, last))
    cue_inside, cue_after = _cue_tokens(nm, toks)
    blocked |= cue_inside
    ctx = _Context(nm, toks, blocked, lex)

    found: dict[int, int] = {}  # first token → end token

    def add(i: int, j: int) -> None:
        if j > i and all(k not in found for k in range(i, j)):
            found[i] = j
            blocked.update(range(i, j))

    for first, last, _ in title_rows:
        if last < len(toks) and ctx.joined(last - 1, last):
            j = ctx.take_name(last)
            if j > last and (ctx.supported(last, j) or ctx.boundary_after(j)):
                add(last, j)
        # "<name>، <title>": an apposition names the person before the comma.
        if first >= 2 and ctx.norm[toks[first - 1].end : toks[first].start].strip() in ("،", ","):
            i = first - 1
            while i > 0 and first - i < 3 and ctx.name_word(i - 1) and ctx.joined(i - 1, i):
                i -= 1
            if ctx.name_word(first - 1) and (
                ctx.supported(i, first) or (i - 1) in cue_inside
            ):
                add(i, first)

    _add_listed_names(ctx, add)

    # After a speech verb the name must end at punctuation or a particle (وقال ماو:) unless
    # its start is a name already known from stronger evidence (ذكر ستولتنبرج لجمهور …).
    known = _known_parts([[t.text for t in toks[i:j]] for i, j in found.items()])
    for k in cue_after:
        if 0 < k < len(toks) and k not in found and ctx.joined(k - 1, k):
            j = ctx.take_name(k, 3)
            cut = next((n for n in range(j - k, 0, -1)
                        if _key([t.text for t in toks[k : k + n]]) in known), 0)
            if cut:
                add(k, k + cut)
            elif j > k and ctx.particle_after(j):
                add(k, j)

    persons = [PersonMatch(i, j, toks[i].start, toks[j - 1].end) for i, j in sorted(found.items())]
    _add_bare_mentions(ctx, persons, lex)
    persons.sort(key=lambda p: p.first)
    _assign_canonicals(nm, persons)
    return persons


def _add_listed_names(ctx: _Context, add: Callable[[int, int], None]) -> None:
    toks, lex = ctx.toks, ctx.lex
    full = lex.full_names
    starters = lex.full_name_starts | lex.first_names
    longest = max((k.count(" ") + 1 for k in full), default=0)
    for i, tok in enumerate(toks):
        w = tok.text
        if w not in starters or i in ctx.blocked:
            continue
        for n in range(longest, 1, -1):
            if i + n <= len(toks) and " ".join(t.text for t in toks[i : i + n]) in full:
                add(i, i + n)
                break
        else:
            if (w in lex.first_names and len(w) >= 3 and i + 1 < len(toks)
                    and ctx.joined(i, i + 1) and ctx.name_word(i + 1)):
                j = ctx.take_name(i + 1, 2)
                if ctx.boundary_after(j):
                    add(i, j)


def _known_parts(names: list[list[str]]) -> set[tuple[str, ...]]:
    """Keys of known names, of their first and last words, for trimming weaker evidence."""
    out: set[tuple[str, ...]] = set()
    for words in names:
        out.add(_key(words))
        if len(words) > 1:
            out.add(_key(words[-1:]))
            out.add(_key(words[:1]))
    return out


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in words)


def _add_bare_mentions(ctx: _Context, persons: list[PersonMatch], lex: Lexicon) -> None:
    """Every other mention of a known person's name, whole or its first/last word."""
    toks = ctx.toks
    full_keys: set[tuple[str, ...]] = set()
    single: set[str] = set()
    for p in persons:
        words = [t.text for t in toks[p.first : p.last]]
        full_keys.add(_key(words))
        if len(words) > 1:
            last_word = words[-1]
            if len(last_word) >= 3 and last_word not in FUNCTION_WORDS:
                single.add(skeleton(last_word))
            first_word = words[0]
            if (len(first_word) >= 3 and first_word not in FUNCTION_WORDS
                    and first_word not in lex.first_names):
                single.add(skeleton(first_word))
    if not single and not full_keys:
        return
    starts = {k[0] for k in full_keys if len(k) > 1}
    longest = max((len(k) for k in full_keys), default=1)
    taken = {k for p in persons for k in range(p.first, p.last)}
    busy = taken | ctx.blocked
    resume = 0
    for i, tok in enumerate(toks):
        if i < resume or i in busy:
            continue
        w = tok.text
        hit = None
        if skeleton(w) in starts:
            for n in range(min(longest, len(toks) - i), 1, -1):
                if any(k in busy for k in range(i, i + n)):
                    continue
                if _key([t.text for t in toks[i : i + n]]) in full_keys and all(
                    ctx.joined(k, k + 1) for k in range(i, i + n - 1)
                ):
                    hit = PersonMatch(i, i + n, tok.start, toks[i + n - 1].end)
                    break
        if hit is None:
            for r in cached_readings(w) if w[0] in _PROCLITIC_LETTERS else (Reading(0, w),):
                if r.key in FUNCTION_WORDS or len(r.key) < 3:
                    continue
                if r.key.startswith("ال") and r.offset:
                    continue
                if skeleton(r.key) in single:
                    hit = PersonMatch(i, i + 1, tok.start + r.offset, tok.end)
                    break
        if hit is not None:
            persons.append(hit)
            busy.update(range(hit.first, hit.last))
            resume = hit.last


def _assign_canonicals(nm: Normalized, persons: list[PersonMatch]) -> None:
    """Group mentions of one person and give each the fullest name written in the article."""
    def words(p: PersonMatch) -> list[str]:
        return nm.norm[p.nstart : p.nend].split()

    def original(p: PersonMatch) -> str:
        s, e = nm.to_original(p.nstart, p.nend)
        return " ".join(nm.original[s:e].split())

    order = sorted(persons, key=lambda p: (-len(words(p)), p.first))
    groups: list[tuple[tuple[str, ...], str]] = []  # (key of the fullest form, its text)
    for p in order:
        key = _key(words(p))
        for full, text in groups:
            if _contains(full, key):
                p.canonical = text
                break
        else:
            text = original(p)
            groups.append((key, text))
            p.canonical = text


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))
