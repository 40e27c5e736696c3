"""Mentions of people already found: the spelling skeleton that merges transliterations of one
name (``skeleton``), every other mention of a found name in the article (``add_bare_mentions``)
and the canonical, fullest form each mention takes (``assign_canonicals``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from threading import Lock
from typing import TYPE_CHECKING, Protocol

from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lang.phrase_words import NAME_LINKS
from nato_reader.core.text import Normalized
from nato_reader.core.tokens import Reading, Token, cached_readings, positions

if TYPE_CHECKING:
    from nato_reader.core.lexicon import Lexicon

# Letters that transliterations of one foreign sound swap (g as غ ج ق ك, emphatics).
_SKELETON = str.maketrans({
    "غ": "ج", "ق": "ج", "ك": "ج", "گ": "ج", "ط": "ت", "ض": "د", "ص": "س", "ث": "س",
    "ز": "س", "ذ": "س", "ظ": "س", "ء": None, "ؤ": "و", "ئ": "ي",
})
_VOWEL_LETTERS = re.compile("[اوي]")
_PROCLITIC_LETTERS = "وفبلك"


@dataclass(slots=True)
class PersonMatch:
    first: int  # token range [first, last)
    last: int
    nstart: int
    nend: int
    canonical: str = ""


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-independent form of a transliterated name word (ستولتنبرغ = ستولتنبرج).

    Letters that transliterations swap are folded (g as غ ج ق ك, emphatics, ز/س), and a final
    ه or ا is one. Long vowels are dropped only from long names: with fewer than five
    letters left the vowels must agree, so بايدن never meets بدون nor ميلوني ملايين.
    """
    w = word.translate(_SKELETON)
    if not w:
        return w  # a word of hamzas alone (ء) has no letters left to compare
    if w.endswith("ه"):
        w = w[:-1] + "ا"
    consonants = w[0] + _VOWEL_LETTERS.sub("", w[1:-1]) + (w[-1] if len(w) > 1 else "")
    consonants = consonants.rstrip("ا")
    return consonants if len(consonants) >= 5 else w


class MentionContext(Protocol):
    """What finding mentions needs of the article being read."""

    toks: list[Token]
    blocked: set[int]
    vocab: set[str]

    def joined(self, a: int, b: int) -> bool: ...


def known_parts(names: list[list[str]]) -> set[tuple[str, ...]]:
    """Keys of known names, of their first and last words, for trimming weaker evidence."""
    out: set[tuple[str, ...]] = set()
    for words in names:
        out.add(name_key(words))
        if len(words) > 1:
            out.add(name_key(_last_part(words)))
            out.add(name_key(_first_part(words)))
    return out


def _first_part(words: list[str]) -> list[str]:
    """The first part of a name: its first word, or two when a link joins them (عبد الله)."""
    return words[:2] if words[0] in NAME_LINKS else words[:1]


def _last_part(words: list[str]) -> list[str]:
    """The last part of a name: its last word, or two when a link joins them (عبد الله)."""
    return words[-2:] if len(words) > 1 and words[-2] in NAME_LINKS else words[-1:]


def name_key(words: list[str]) -> tuple[str, ...]:
    return tuple(map(skeleton, words))


def add_bare_mentions(ctx: MentionContext, persons: list[PersonMatch], lex: Lexicon) -> None:
    """Every other mention of a known person's name, whole or its first/last word."""
    toks = ctx.toks
    full_keys: set[tuple[str, ...]] = set()
    single: set[str] = set()
    for p in persons:
        words = [t.text for t in toks[p.first : p.last]]
        full_keys.add(name_key(words))
        first, last = _first_part(words), _last_part(words)
        if len(last) > 1:
            full_keys.add(name_key(last))  # عبد الله alone, never الله
        elif len(words) > 1:
            last_word = words[-1]
            if len(last_word) >= 3 and last_word not in FUNCTION_WORDS:
                single.add(skeleton(last_word))
        if len(first) > 1:
            full_keys.add(name_key(first))
        elif len(words) > 1:
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
    # The words that can be (or start) a mention, from the index of words by skeleton.
    single_at = {w: single_hit(w, single) for w in WORD_INDEX.with_reading_in(ctx.vocab, single)}
    starters = WORD_INDEX.with_skeleton_in(ctx.vocab, starts)
    wanted = starters | single_at.keys()
    candidates = positions(toks, wanted)
    resume = 0
    for i in candidates:
        if i < resume or i in busy:
            continue
        tok = toks[i]
        hit = None
        if tok.text in starters:
            for n in range(min(longest, len(toks) - i), 1, -1):
                if any(k in busy for k in range(i, i + n)):
                    continue
                if name_key([t.text for t in toks[i : i + n]]) in full_keys and all(
                    ctx.joined(k, k + 1) for k in range(i, i + n - 1)
                ):
                    hit = PersonMatch(i, i + n, tok.start, toks[i + n - 1].end)
                    break
        if hit is None:
            offset = single_at.get(tok.text)
            if offset is not None:
                hit = PersonMatch(i, i + 1, tok.start + offset, tok.end)
        if hit is not None:
            persons.append(hit)
            busy.update(range(hit.first, hit.last))
            resume = hit.last


class _WordIndex:
    """The words of the articles read so far, by their skeleton and by the skeletons of their
    name readings (``_name_readings``), so that finding an article's words with a given
    skeleton is set arithmetic rather than a look at every distinct word: articles share most
    of their vocabulary, and only their new words are indexed. Bounded: it starts afresh once
    it holds 65,536 words. Articles may be analysed on worker threads, hence the lock."""

    _LIMIT = 1 << 16

    def __init__(self) -> None:
        self._lock = Lock()
        self._seen: set[str] = set()
        self._by_skeleton: dict[str, set[str]] = {}
        self._by_reading: dict[str, set[str]] = {}
        # The vocabulary indexed last: an article asks several times with the one shared set
        # (never changed), and comparing it word by word again is the bulk of a look-up.
        self._indexed: set[str] | None = None

    def _add(self, vocab: set[str]) -> None:
        if vocab is self._indexed:
            return
        self._indexed = vocab
        new = vocab - self._seen
        if not new:
            return
        if len(self._seen) + len(new) > self._LIMIT:
            self._seen.clear()
            self._by_skeleton.clear()
            self._by_reading.clear()
            new = set(vocab)
        for w in new:
            self._by_skeleton.setdefault(skeleton(w), set()).add(w)
            for _, skel in _name_readings(w):
                self._by_reading.setdefault(skel, set()).add(w)
        self._seen |= new

    def with_skeleton_in(self, vocab: set[str], skeletons: set[str]) -> set[str]:
        """The words of ``vocab`` whose skeleton is one of ``skeletons``."""
        return self._lookup(vocab, skeletons, self._by_skeleton)

    def with_reading_in(self, vocab: set[str], skeletons: set[str]) -> set[str]:
        """The words of ``vocab`` with a name reading whose skeleton is one of ``skeletons``
        (the words whose ``single_hit`` among them is not None)."""
        return self._lookup(vocab, skeletons, self._by_reading)

    def _lookup(self, vocab: set[str], skeletons: set[str],
                index: dict[str, set[str]]) -> set[str]:
        if not skeletons:
            return set()
        with self._lock:
            self._add(vocab)
            found: set[str] = set().union(*(index[k] for k in index.keys() & skeletons))
        return found & vocab


WORD_INDEX = _WordIndex()


def single_hit(word: str, single: set[str]) -> int | None:
    """The offset at which ``word`` (maybe with proclitics) is one of the ``single`` names."""
    for offset, skel in _name_readings(word):
        if skel in single:
            return offset
    return None


@lru_cache(maxsize=1 << 16)
def _name_readings(word: str) -> tuple[tuple[int, str], ...]:
    """The readings of ``word`` that may be a single-word name, as (offset, skeleton):
    decided once per word, since every article asks about each of its words."""
    return tuple(
        (r.offset, skeleton(r.key))
        for r in (cached_readings(word) if word[0] in _PROCLITIC_LETTERS else (Reading(0, word),))
        if not (r.key in FUNCTION_WORDS or len(r.key) < 3
                or (r.key.startswith("ال") and r.offset and not _family_nisba(r.key)))
    )


def _family_nisba(word: str) -> bool:
    """Whether ``word`` has the shape of a family name of the nisba kind (الـXي):
    after a proclitic (بالـXي، والـXي) it is still the person's name."""
    return len(word) >= 7 and word.endswith("ي") and not word.endswith("يي")


def assign_canonicals(nm: Normalized, persons: list[PersonMatch]) -> None:
    """Group mentions of one person and give each the fullest name written in the article."""
    def original(p: PersonMatch) -> str:
        s, e = nm.to_original(p.nstart, p.nend)
        return " ".join(nm.original[s:e].split())

    words = {id(p): nm.norm[p.nstart : p.nend].split() for p in persons}
    order = sorted(persons, key=lambda p: (-len(words[id(p)]), p.first))
    groups: list[tuple[tuple[str, ...], str]] = []  # (key of the fullest form, its text)
    fuller: list[tuple[list[str], str]] = []  # the words of names of two words or more
    known: dict[tuple[str, ...], str] = {}  # a mention's key → its canonical name
    for p in order:
        mention = words[id(p)]
        key = name_key(mention)
        if key not in known:
            known[key] = _containing(groups, key)
            if not known[key] and len(mention) == 1:
                # وونغ … ونغ، هوكشتاين … هوكستين: one full name whose word this is, spelt
                # with a vowel letter less or ش for س.
                form = _loose(mention[0])
                names = {text for full, text in fuller if any(
                    len(w) >= 3 and _loose(w) == form for w in full)}
                known[key] = names.pop() if len(names) == 1 else ""
            if not known[key]:
                known[key] = original(p)
                groups.append((key, known[key]))
                if len(mention) > 1:
                    fuller.append((mention, known[key]))
        p.canonical = known[key]


def _containing(groups: list[tuple[tuple[str, ...], str]], key: tuple[str, ...]) -> str:
    """The text of the first group whose full name holds ``key``, or ""."""
    for full, text in groups:
        if _contains(full, key):
            return text
    return ""


_LOOSE = str.maketrans({"ش": "س"})
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 14)
def _loose(word: str) -> str:
    """A looser skeleton, for matching a later one-word mention to a name already found: no
    vowel letters after the first letter, ش as س, no doubled letters."""
    w = word.translate(_SKELETON).translate(_LOOSE)
    return _REPEATS.sub(r"\1", w[:1] + _VOWEL_LETTERS.sub("", w[1:]))


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    if n == 1:
        return part[0] in full  # most mentions are one word: a C-level scan
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))
